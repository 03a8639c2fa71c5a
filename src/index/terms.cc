#include "index/terms.h"

#include "morph/segmenter.h"
#include "text/tokenizer.h"

namespace khabar::index {

bool IsIndexable(const Token& token) {
  switch (token.kind) {
    case TokenKind::kArabic:
    case TokenKind::kLatin:
    case TokenKind::kNumber:
    case TokenKind::kHashtag:
    case TokenKind::kMention:
    case TokenKind::kUrl:
    case TokenKind::kEmail:
      return !token.norm.empty() && token.norm.size() <= kMaxTermBytes;
    default:
      return false;
  }
}

void FormsOf(const Token& token, std::string_view text, std::string* norm,
             std::string* stem) {
  norm->assign(token.norm.view());
  morph::StemInto(token, text, stem);
  if (token.kind == TokenKind::kHashtag && stem->size() > 1 && (*stem)[0] == '#')
    stem->erase(0, 1);
}

std::vector<Word> WordsOf(std::string_view text, const std::vector<Token>& tokens,
                          Span range) {
  std::vector<Word> words;
  for (const Token& t : tokens) {
    if (t.span.begin < range.begin || t.span.end > range.end) continue;
    if (!IsIndexable(t)) continue;
    Word w;
    w.span = t.span;
    w.stop = t.stop;
    FormsOf(t, text, &w.norm, &w.stem);
    words.push_back(std::move(w));
  }
  return words;
}

std::vector<Word> AnalyzeWords(std::string_view text) {
  std::vector<Token> tokens = text::Tokenize(text);
  morph::SegmentTokens(morph::Segmenter::Default(), text, &tokens);
  return WordsOf(text, tokens, Span{0, static_cast<uint32_t>(text.size())});
}

std::vector<std::string> NameWords(std::string_view name) {
  // Names keep their words whole: the clitics of a name were taken off when
  // the entity layer chose its canonical form.
  std::vector<std::string> words;
  for (const Token& t : text::Tokenize(name))
    if (IsIndexable(t)) words.push_back(t.norm.str());
  return words;
}

std::string NameKey(std::string_view name) {
  std::string key;
  for (const std::string& w : NameWords(name)) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key.size() <= kMaxTermBytes ? key : std::string();
}

}  // namespace khabar::index
