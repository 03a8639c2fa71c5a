// Sentence splitting with exact byte spans.
//
// A sentence ends at . ! ? ؟ ؛ … (and runs of them, "؟!", "..."), taking
// along the closing quotes and brackets that follow ("إنسانية". -> the
// sentence ends after the quote), and at every line break. These do not end
// a sentence:
//   - a '.' between digits of any set (3.5, 22.01.2026, ٣٫٥ uses ٫ anyway);
//   - a '.' followed directly by a Latin letter or digit (sarabic.ae, U.S.);
//   - a '.' after a Latin abbreviation (Mr. Dr. e.g. vs.) or a single Latin
//     initial (J. Smith), or after the Arabic title abbreviations د. and أ.,
//     and م. (engineer) when no number comes before it (2015م. ends one);
// A '.' followed directly by an Arabic letter ends a sentence: that is text
// glued at punctuation, which the cleaner repairs before this runs.
// Terminators inside a quotation split it too: a reader sees the sentences
// of a long quote; quote extraction joins them again.
// Spans are trimmed of white space; empty sentences are dropped.

#ifndef KHABAR_TEXT_SENTENCES_H_
#define KHABAR_TEXT_SENTENCES_H_

#include <string_view>
#include <vector>

#include "khabar/document.h"

namespace khabar::text {

// Appends the sentences of text[range] to *out, in order.
void SplitSentences(std::string_view text, Span range, std::vector<Span>* out);

}  // namespace khabar::text

#endif  // KHABAR_TEXT_SENTENCES_H_
