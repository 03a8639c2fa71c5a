// One left-to-right pass. Text between tags is entity-decoded and fed to a
// TextBuilder that only ever writes a visible byte after deciding what goes
// before it (nothing, a space, one or two line breaks), so blanks collapse
// and the ends come out trimmed. Every search moves forward and a missing
// '>' or closing tag ends the scan, so the pass stays linear on any input.

#include "doc/html.h"

#include <algorithm>
#include <array>

namespace khabar::doc {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

bool IsAlpha(char c) { return Lower(c) >= 'a' && Lower(c) <= 'z'; }

bool StartsWithNoCase(std::string_view s, size_t at, std::string_view prefix) {
  if (s.size() - std::min(at, s.size()) < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (Lower(s[at + k]) != prefix[k]) return false;
  }
  return true;
}

// Writes visible text, deciding at each visible byte what separates it from
// the previous one.
class TextBuilder {
 public:
  explicit TextBuilder(HtmlMode mode) : mode_(mode) {}

  void Text(std::string_view s) {
    for (char c : s) {
      if (IsBlank(c)) {
        space_ = true;
        if (c == '\n' && mode_ == HtmlMode::kFragment) ++newlines_;
        continue;
      }
      Separate();
      out_.push_back(c);
    }
  }
  void Break(int n) { breaks_ = std::max(breaks_, n); }
  void Space() { space_ = true; }
  std::string Finish() { return std::move(out_); }

 private:
  void Separate() {
    const int lines = std::max(breaks_, std::min(newlines_, 2));
    if (!out_.empty()) {
      if (lines > 0) {
        out_.append(lines, '\n');
      } else if (space_) {
        out_.push_back(' ');
      }
    }
    breaks_ = newlines_ = 0;
    space_ = false;
  }

  HtmlMode mode_;
  std::string out_;
  int breaks_ = 0;    // line breaks asked for by tags
  int newlines_ = 0;  // source line breaks seen (kFragment only)
  bool space_ = false;
};

struct Tag {
  std::string name;  // lower case; "!" for <!doctype>, <?xml ...?>
  bool closing = false;
  size_t end = 0;  // just past '>'
};

// The first '>' at or after a position. One answer serves every later
// question up to it, so a run of raw-text elements or unclosed quotes does
// not rescan the rest of the page each time.
class GtFinder {
 public:
  explicit GtFinder(std::string_view html) : html_(html) {}
  size_t From(size_t i) {
    if (!(asked_ <= i && i <= gt_)) {
      asked_ = i;
      gt_ = html_.find('>', i);
    }
    return gt_;
  }

 private:
  std::string_view html_;
  size_t asked_ = 1;
  size_t gt_ = 0;  // with asked_ > gt_: no answer yet
};

// Reads the tag opening at html[lt] == '<'. False when this '<' is text
// ("a < b", "<3") or no '>' follows.
bool ParseTag(std::string_view html, size_t lt, GtFinder* gts, Tag* tag) {
  size_t i = lt + 1;
  tag->closing = i < html.size() && html[i] == '/';
  if (tag->closing) ++i;
  if (i < html.size() && (html[i] == '!' || html[i] == '?')) {
    tag->name = "!";  // <!doctype ...>, <![CDATA[...]]>, <?xml ...?>
    tag->end = gts->From(i);
    if (tag->end == std::string_view::npos) return false;
    ++tag->end;
    return true;
  }
  tag->name.clear();
  while (i < html.size() &&
         (IsAlpha(html[i]) ||
          (!tag->name.empty() && html[i] >= '0' && html[i] <= '9'))) {
    tag->name.push_back(Lower(html[i++]));
  }
  if (tag->name.empty()) return false;
  // Attributes: a quoted value may hold '>' (href="a>b"); a '<' outside
  // quotes means this was no tag.
  while (i < html.size() && html[i] != '>') {
    if (html[i] == '<') return false;
    if (html[i] == '=') {
      do ++i;
      while (i < html.size() && IsBlank(html[i]));
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        const size_t close = html.find(html[i], i + 1);
        if (close == std::string_view::npos) {
          i = gts->From(i);  // unclosed quote: the tag ends at the next '>'
          break;
        }
        i = close;
      }
      continue;
    }
    ++i;
  }
  if (i >= html.size()) return false;
  tag->end = i + 1;
  return true;
}

// Line breaks a tag stands for: 2 for blocks, 1 for <br>, 0 for inline tags.
int BreaksFor(std::string_view name) {
  static constexpr std::array<std::string_view, 30> kBlocks = {
      "address", "article", "aside",      "blockquote", "dd",     "div",
      "dl",      "dt",      "figcaption", "figure",     "footer", "form",
      "h1",      "h2",      "h3",         "h4",         "h5",     "h6",
      "header",  "hr",      "li",         "main",       "nav",    "ol",
      "p",       "pre",     "section",    "table",      "tr",     "ul"};
  if (name == "br") return 1;
  return std::find(kBlocks.begin(), kBlocks.end(), name) != kBlocks.end() ? 2
                                                                          : 0;
}

bool IsRawTextElement(std::string_view name) {
  return name == "script" || name == "style" || name == "title" ||
         name == "noscript" || name == "template";
}

// Where "</name" starts at or after `from`, or html.size().
size_t FindClosing(std::string_view html, std::string_view name, size_t from) {
  for (size_t p = html.find("</", from); p != std::string_view::npos;
       p = html.find("</", p + 2)) {
    if (StartsWithNoCase(html, p + 2, name)) return p;
  }
  return html.size();
}

std::string CollapsedText(std::string_view html) {
  std::string decoded;
  AppendDecodedEntities(html, &decoded);
  TextBuilder builder(HtmlMode::kPage);
  builder.Text(decoded);
  return builder.Finish();
}

// Handles the markup at html[lt] == '<'; returns where text resumes.
size_t HandleMarkup(std::string_view html, size_t lt, GtFinder* gts,
                    TextBuilder* builder, std::string* title) {
  if (html.substr(lt, 4) == "<!--") {
    const size_t close = html.find("-->", lt + 4);
    return close == std::string_view::npos ? html.size() : close + 3;
  }
  Tag tag;
  if (!ParseTag(html, lt, gts, &tag)) {
    builder->Text("<");
    return lt + 1;
  }
  if (!tag.closing && IsRawTextElement(tag.name)) {
    const size_t close = FindClosing(html, tag.name, tag.end);
    if (tag.name == "title" && title->empty()) {
      *title = CollapsedText(html.substr(tag.end, close - tag.end));
    }
    const size_t gt = gts->From(close);
    return gt == std::string_view::npos ? html.size() : gt + 1;
  }
  const int breaks = BreaksFor(tag.name);
  if (breaks > 0) builder->Break(breaks);
  if (tag.name == "td" || tag.name == "th") builder->Space();
  return tag.end;
}

}  // namespace

HtmlText StripHtml(std::string_view html, HtmlMode mode) {
  HtmlText out;
  TextBuilder builder(mode);
  GtFinder gts(html);
  std::string decoded;
  size_t i = 0;
  while (i < html.size()) {
    const size_t lt = std::min(html.find('<', i), html.size());
    decoded.clear();
    AppendDecodedEntities(html.substr(i, lt - i), &decoded);
    builder.Text(decoded);
    if (lt == html.size()) break;
    i = HandleMarkup(html, lt, &gts, &builder, &out.title);
  }
  out.text = builder.Finish();
  return out;
}

bool LooksLikeHtmlPage(std::string_view head) {
  size_t i = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < head.size() && IsBlank(head[i])) ++i;
  for (std::string_view start : {"<!doctype html", "<html"}) {
    const size_t after = i + start.size();
    if (StartsWithNoCase(head, i, start) &&
        (after == head.size() || !IsAlpha(head[after]))) {
      return true;
    }
  }
  return false;
}

bool HasHtmlMarkup(std::string_view text) {
  static constexpr std::array<std::string_view, 22> kInline = {
      "a",      "b",     "br",     "center", "code", "em",     "font",  "i",
      "iframe", "img",   "script", "small",  "span", "strong", "style", "sub",
      "sup",    "tbody", "td",     "th",     "u",    "video"};
  for (size_t lt = text.find('<'); lt != std::string_view::npos;
       lt = text.find('<', lt + 1)) {
    size_t i = lt + 1 + (lt + 1 < text.size() && text[lt + 1] == '/');
    std::string name;
    while (i < text.size() && name.size() < 12 &&
           (IsAlpha(text[i]) ||
            (!name.empty() && text[i] >= '1' && text[i] <= '6'))) {
      name.push_back(Lower(text[i++]));
    }
    if (name.empty() || i == text.size()) continue;
    if (text[i] != '>' && text[i] != '/' && !IsBlank(text[i])) continue;
    if (BreaksFor(name) > 0 ||
        std::find(kInline.begin(), kInline.end(), name) != kInline.end()) {
      return true;
    }
  }
  return false;
}

}  // namespace khabar::doc
