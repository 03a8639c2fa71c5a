// Splits text into tokens with exact byte spans, one pass, no backtracking
// beyond a token.
//
//   "قال بوتين: ٨٠٠ طن (3.5%) https://x.ru #غزة"
//   -> قال/arabic بوتين/arabic :/punct ٨٠٠/number طن/arabic (/punct
//      3.5%/number )/punct https://x.ru/url #غزة/hashtag
//
// Arabic words keep their marks and tatweel inside the span; numbers take
// any digit set with the separators ٫ ٬ , . ، between digits and a trailing
// % or ٪; whitespace is never a token. Each token gets its normalized form
// (normalizer.h) and its stopword flag (stopwords.h).
//
// Details: a change of script or class ends a word ("بوتينABC" -> بوتين ABC,
// "2026م" -> 2026 م); format controls (RLM, ZWNJ) between two letters of a
// word stay in its span; Latin words keep an apostrophe between letters
// (don't) and split at a hyphen; a run of "." or "…" or of ? ! ؟ ("؟!") is
// one punct token, other punctuation one per code point; an invalid UTF-8
// sequence is a kOther token of its bytes. norm is Normalize(surface),
// except for punct and URLs (the surface); a lone haraka or tatweel line is
// kOther with an empty norm. stop is set for kArabic and kLatin tokens only.
// Thread-safe: no shared mutable state.

#ifndef KHABAR_TEXT_TOKENIZER_H_
#define KHABAR_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "khabar/document.h"

namespace khabar::text {

// Appends the tokens of text[range] to *out; spans are into `text`.
void Tokenize(std::string_view text, Span range, std::vector<Token>* out);

inline std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &out);
  return out;
}

}  // namespace khabar::text

#endif  // KHABAR_TEXT_TOKENIZER_H_
