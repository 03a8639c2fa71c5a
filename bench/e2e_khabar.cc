// khabar normalize+tokenize, end to end: text::Tokenize splits each article
// and gives every token its normalized form and stopword flag, which is the
// work an indexer needs from the text core. See e2e.h for the harness.

#include <vector>

#include "e2e.h"
#include "khabar/document.h"
#include "text/tokenizer.h"

namespace khabar::bench {
namespace {

class KhabarEngine : public Engine {
 public:
  std::string_view name() const override { return "khabar"; }

  void Analyze(std::string_view article, TermSink* sink) override {
    tokens_.clear();  // keeps the capacity: grows only for a longer article
    text::Tokenize(article, Span{0, static_cast<uint32_t>(article.size())},
                   &tokens_);
    for (const Token& token : tokens_) {
      sink->Add(token.norm.data(), token.norm.size());
    }
  }

 private:
  std::vector<Token> tokens_;
};

}  // namespace
}  // namespace khabar::bench

int main(int argc, char** argv) {
  khabar::bench::KhabarEngine engine;
  return khabar::bench::E2eMain(argc, argv, &engine);
}
