// A snippet: the stretch of an article where the query's words gather,
// with each matching word marked at its exact bytes.
//
// The article's text is tokenized and segmented as it was for indexing
// (terms.h), so the word that matched is the word marked, clitics and
// diacritics included: the query دمج marks all of "بِدمج" in the text.
// A word matching by its exact form weighs 2, by its stem 1; the window
// of up to `max_words` words with the most weight wins, earlier on ties.

#ifndef KHABAR_INDEX_SNIPPET_H_
#define KHABAR_INDEX_SNIPPET_H_

#include <string>
#include <string_view>
#include <vector>

#include "index/terms.h"
#include "khabar/document.h"

namespace khabar::index {

struct Snippet {
  Span span;                     // into the text
  std::vector<Span> highlights;  // into the text, inside `span`, in order
};

// `query` are the query's positive words (PositiveWords). `range` is where
// to look (the body, usually); when it has no match the whole text is
// tried, then the window falls at the start of `range`.
Snippet MakeSnippet(std::string_view text, Span range,
                    const std::vector<Word>& query, size_t max_words = 32);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_SNIPPET_H_
