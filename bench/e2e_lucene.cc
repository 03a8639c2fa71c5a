// Peer: Lucene++'s ArabicAnalyzer (ArabicLetterTokenizer, LowerCaseFilter,
// StopFilter, ArabicNormalizationFilter, ArabicStemFilter), consumed as an
// indexer consumes it: reusableTokenStream over a StringReader, every token
// pulled with incrementToken() and its TermAttribute read.
//
// Lucene++ analyzes wchar_t strings, so each article is first decoded from
// UTF-8; that decoding is part of the timed work, as it would be for any
// caller holding UTF-8 text.
//
// Linked alone: liblucene++-contrib carries its own old copy of libstemmer
// with the same C symbols as Debian's libstemmer (see e2e_snowball.cc).

#include <ArabicAnalyzer.h>
#include <LuceneHeaders.h>
#include <StringUtils.h>
#include <TermAttribute.h>

#include <iostream>

#include "e2e.h"

namespace khabar::bench {
namespace {

class LuceneEngine : public Engine {
 public:
  LuceneEngine()
      : analyzer_(Lucene::newLucene<Lucene::ArabicAnalyzer>(
            Lucene::LuceneVersion::LUCENE_CURRENT)) {}

  std::string_view name() const override { return "lucene++"; }

  void Analyze(std::string_view article, TermSink* sink) override {
    const Lucene::String text = Lucene::StringUtils::toUnicode(
        reinterpret_cast<const uint8_t*>(article.data()),
        static_cast<int32_t>(article.size()));
    Lucene::TokenStreamPtr stream = analyzer_->reusableTokenStream(
        L"text", Lucene::newLucene<Lucene::StringReader>(text));
    Lucene::TermAttributePtr term =
        stream->addAttribute<Lucene::TermAttribute>();
    stream->reset();
    while (stream->incrementToken()) {
      sink->Add(term->termBufferArray(), term->termLength());
    }
    stream->end();
    stream->close();
  }

 private:
  Lucene::AnalyzerPtr analyzer_;
};

}  // namespace
}  // namespace khabar::bench

int main(int argc, char** argv) {
  try {
    khabar::bench::LuceneEngine engine;
    return khabar::bench::E2eMain(argc, argv, &engine);
  } catch (const Lucene::LuceneException& e) {
    std::wcerr << L"lucene++: " << e.getError() << L"\n";
    return 1;
  }
}
