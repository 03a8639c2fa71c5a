// The formats read as one whole record: the seed text format, plain text and
// HTML pages. Each takes the record's bytes (already known to fit the size
// limit) and returns the article with `format` and `warnings` set; the
// caller sets `origin`. Line ends may be LF, CRLF or CR; the fields come out
// with LF. Bytes are otherwise kept as they are (invalid UTF-8 included).

#ifndef KHABAR_DOC_TEXT_FORMATS_H_
#define KHABAR_DOC_TEXT_FORMATS_H_

#include <string_view>

#include "khabar/reader.h"

namespace khabar::doc {

// The seed format:
//   "date 2026-01-22 https://x/y\n\nTitle\n\nLede...\n\nBody...\n\nMore body"
//   -> {date "2026-01-22", url "https://x/y", title "Title",
//       lede "Lede...", body "Body...\n\nMore body"}
// The header may be indented and its URL missing; blank lines between parts
// may be missing or doubled. The lede is kept verbatim (a trailing dateline
// "22.01.2026, Source" is the pipeline's to find). A missing
// body is the warning "no body" (a missing title the pipeline reports), a
// date not shaped YYYY-MM-DD the warning "header date 'x' is not ...".
RawArticle ParseSeed(std::string_view text);

// Text with no header: the first non-blank line is the title, the rest the
// body; warns "no 'date YYYY-MM-DD URL' header line; read as plain text".
RawArticle ParsePlainText(std::string_view text);

// A saved web page: the title from <title> (else the text's first line),
// the body its text with markup removed; warns
// "HTML page: markup removed, text extracted". Format "html".
RawArticle ParseHtmlPage(std::string_view html);

}  // namespace khabar::doc

#endif  // KHABAR_DOC_TEXT_FORMATS_H_
