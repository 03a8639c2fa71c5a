// One JSON object (its bytes, cut from the input by the scanner in
// json_reader.cc) to one article.
//
// Field names, matched ignoring case, '_' and '-' (publishedAt ==
// published_at); the first present one that is not blank (only spaces,
// line breaks, no-break spaces) wins:
//   title   title
//   body    content | text | body | article
//   lede    lede | description | summary
//   date    date | date_extracted | published | published_at | pubDate
//   url     url | link
//   source  source | site
//   author  author | byline
// Numbers and booleans become their JSON text, arrays are joined, an object
// becomes its "name" (NewsAPI's {"source": {"name": ...}}) or its JSON text.

#ifndef KHABAR_DOC_JSON_ARTICLE_H_
#define KHABAR_DOC_JSON_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "khabar/reader.h"

namespace khabar::doc {

struct JsonOutcome {
  bool is_article = false;
  RawArticle article;  // when is_article: format "json", warnings set
  std::string why;     // when not: the parser's message, or the missing text
  // For a parse error: how many line feeds precede the error in the
  // object's bytes, so the caller can name the file line.
  uint64_t error_line_delta = 0;
};

// Parses `bytes` (one object) and maps its fields. Invalid UTF-8, which the
// JSON parser refuses, is replaced with U+FFFD and the object read again,
// with the warning "invalid UTF-8 in input (N sequences) replaced with
// U+FFFD". Markup in title, lede or body is stripped with the warning
// "content held HTML markup; tags removed". Title and no body: warning
// "empty body" (a missing title the pipeline reports). Only an object with
// neither a title nor a text field at all is not an article; one whose
// fields are there but blank is an article with warnings, so a record count
// matches the source's.
// Never throws.
JsonOutcome JsonObjectToArticle(std::string_view bytes);

}  // namespace khabar::doc

#endif  // KHABAR_DOC_JSON_ARTICLE_H_
