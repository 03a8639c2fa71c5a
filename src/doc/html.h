// Text out of HTML: for whole pages saved by a crawler and for JSON content
// fields scraped with their markup. Not a conforming HTML parser: a small
// tag stripper that is total (any bytes in, text out), linear, and keeps
// paragraph breaks where block tags stood.
//
//   "<p>قال &laquo;نعم&raquo;</p><p>ثم</p>"  ->  "قال «نعم»\n\nثم"

#ifndef KHABAR_DOC_HTML_H_
#define KHABAR_DOC_HTML_H_

#include <string>
#include <string_view>

namespace khabar::doc {

// How line breaks in the HTML source are read.
enum class HtmlMode {
  kPage,      // source line breaks are layout: they become spaces
  kFragment,  // source line breaks are kept (content mixing "\n" and <br>)
};

struct HtmlText {
  std::string title;  // the <title> element's text; "" when there is none
  std::string text;   // the rest: tags removed, entities decoded
};

// Removes tags, drops <script>, <style>, <title> and comment content, turns
// block tags (p, div, li, h1-h6, ...) into paragraph breaks and <br> into a
// line break, decodes entities, collapses runs of blanks, trims the ends.
// Bytes that are not markup pass through unchanged (invalid UTF-8 included).
HtmlText StripHtml(std::string_view html, HtmlMode mode);

// Appends `text` to *out with character references decoded: &amp; &lt; &gt;
// &quot; &apos; &nbsp; (as a plain space), &laquo; &raquo; and a few more by
// name, &#1576; and &#x628; by number. Unknown or malformed references stay
// as written; numbers that name no character become U+FFFD.
void AppendDecodedEntities(std::string_view text, std::string* out);

// True when `head` (after blanks and a BOM) starts with "<!doctype html" or
// "<html", in any case.
bool LooksLikeHtmlPage(std::string_view head);

// True when `text` holds a known tag such as <p>, <br/>, </div> or
// <a href=...>: a field scraped with its markup. "x < y" and "<3" are not.
bool HasHtmlMarkup(std::string_view text);

}  // namespace khabar::doc

#endif  // KHABAR_DOC_HTML_H_
