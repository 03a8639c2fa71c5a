// Peer: the Snowball "arabic" stemmer (libstemmer), applied to each
// whitespace-separated word of the article, as a minimal stemming indexer
// would. It does no normalization and no tokenization beyond the spaces, so
// it bounds from above what a light Arabic pipeline can cost.
//
// Linked alone, never with Lucene++ (whose contrib library exports the same
// sb_stemmer_* symbols from an older Snowball).

#include <libstemmer.h>

#include <iostream>

#include "e2e.h"

namespace khabar::bench {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' ||
         c == '\v';
}

class SnowballEngine : public Engine {
 public:
  SnowballEngine() : stemmer_(sb_stemmer_new("arabic", "UTF_8")) {}
  ~SnowballEngine() override { sb_stemmer_delete(stemmer_); }
  SnowballEngine(const SnowballEngine&) = delete;
  SnowballEngine& operator=(const SnowballEngine&) = delete;

  bool ok() const { return stemmer_ != nullptr; }
  std::string_view name() const override { return "snowball"; }

  void Analyze(std::string_view article, TermSink* sink) override {
    size_t i = 0;
    while (i < article.size()) {
      while (i < article.size() && IsSpace(article[i])) ++i;
      const size_t begin = i;
      while (i < article.size() && !IsSpace(article[i])) ++i;
      if (i > begin) Stem(article.substr(begin, i - begin), sink);
    }
  }

 private:
  void Stem(std::string_view word, TermSink* sink) {
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
        static_cast<int>(word.size()));
    if (stem == nullptr) return;  // out of memory
    sink->Add(stem, static_cast<size_t>(sb_stemmer_length(stemmer_)));
  }

  sb_stemmer* stemmer_;
};

}  // namespace
}  // namespace khabar::bench

int main(int argc, char** argv) {
  khabar::bench::SnowballEngine engine;
  if (!engine.ok()) {
    std::cerr << "libstemmer has no arabic stemmer (needs Snowball >= 2.1)\n";
    return 1;
  }
  return khabar::bench::E2eMain(argc, argv, &engine);
}
