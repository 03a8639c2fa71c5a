// The layout of an article's cleaned text: dateline, paragraphs, section
// headings and sections. Works on Record::text with spans; changes nothing.

#ifndef KHABAR_DOC_STRUCTURE_H_
#define KHABAR_DOC_STRUCTURE_H_

#include <optional>
#include <string_view>
#include <vector>

#include "khabar/document.h"

namespace khabar::doc {

// A dateline ending the lede: "DD.MM.YYYY, Source" (also with / or -, any
// digit set, an Arabic comma ، or none), where Source is one to six words.
//   "... الفلسطينية. 22.01.2026, سبوتنيك عربي" -> {2026-01-22, سبوتنيك عربي}
std::optional<Dateline> FindDateline(std::string_view text, Span lede);

// The non-empty lines of text[range], trimmed.
std::vector<Span> Lines(std::string_view text, Span range);

// A line that reads as a section heading when it stands alone in a body,
// followed by `next`: one to ten words, nearly all Arabic letters (no
// digits, tatweel, symbols or dash-separated bylines like "عين اليوم –
// الرياض"), no sentence punctuation at its end, no quotes, commas or colons,
// and a paragraph of at least eight words after it.
bool LooksLikeHeadingLine(std::string_view text, Span line, Span next);

// Sections of a body given its heading lines (sorted): each heading opens a
// section that runs to the next heading; text before the first heading is a
// section without a heading.
std::vector<Section> MakeSections(std::string_view text, Span body,
                                  const std::vector<Span>& headings);

}  // namespace khabar::doc

#endif  // KHABAR_DOC_STRUCTURE_H_
