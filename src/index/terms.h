// The words the index sees, made the same way for articles and queries:
// one tokenizer, one normalization, one segmenter. A query word and a
// document word meet when their norms are equal (spelling variants:
// أ/إ/آ/ا, ى/ي, ة/ه, diacritics, tatweel and digit sets fold in the norm)
// or when their stems are (clitic forms: بدمج, والدمج and دمج share the
// stem دمج).
//
//   "وبالكتاب ٢٠١٠" -> {norm وبالكتاب, stem كتاب} {norm 2010, stem 2010}

#ifndef KHABAR_INDEX_TERMS_H_
#define KHABAR_INDEX_TERMS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/document.h"

namespace khabar::index {

// Xapian refuses terms over 245 bytes; longer words are not indexed.
inline constexpr size_t kMaxTermBytes = 200;

struct Word {
  Span span;         // into the analyzed text
  std::string norm;  // "وبالكتاب"
  std::string stem;  // "كتاب"; equals norm for words without clitics
  bool stop = false;
};

// Words, numbers, hashtags, mentions, URLs and e-mail addresses are
// searchable; punctuation and symbols are not.
bool IsIndexable(const Token& token);

// The norm and stem of one token of `text`, segmented (Token::seg set).
// A hashtag's stem drops its '#', so #غزة is found by غزة.
void FormsOf(const Token& token, std::string_view text, std::string* norm,
             std::string* stem);

// The searchable words of `text` with their spans, tokenized and segmented
// as the pipeline does it. Uses the segmenter compiled into the binary.
std::vector<Word> AnalyzeWords(std::string_view text);

// The searchable words of `tokens` (segmented, spans into `text`) that lie
// inside `range`.
std::vector<Word> WordsOf(std::string_view text, const std::vector<Token>& tokens,
                          Span range);

// A name as a key: its words' norms joined by single spaces.
//   "فلاديمير  بوتين" -> "فلاديمير بوتين", "مؤسسة النقد" -> "موسسه النقد"
std::string NameKey(std::string_view name);
std::vector<std::string> NameWords(std::string_view name);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_TERMS_H_
