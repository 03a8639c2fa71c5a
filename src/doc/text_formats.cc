#include "doc/text_formats.h"

#include <string>

#include "doc/html.h"

namespace khabar::doc {
namespace {

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// "a\r\nb\rc" -> "a\nb\nc".
std::string UnixNewlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') {
      out.push_back(s[i]);
    } else if (i + 1 == s.size() || s[i + 1] != '\n') {
      out.push_back('\n');
    }
  }
  return out;
}

// Walks LF-separated lines of a text.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}

  // The next line without its '\n'; "" at the end.
  std::string_view Next() {
    const size_t nl = std::min(text_.find('\n', pos_), text_.size());
    std::string_view line = text_.substr(pos_, nl - pos_);
    pos_ = std::min(nl + 1, text_.size());
    return line;
  }

  void SkipBlankLines() {
    while (pos_ < text_.size()) {
      const size_t before = pos_;
      if (!Trim(Next()).empty()) {
        pos_ = before;
        return;
      }
    }
  }

  // Lines up to the next blank one, as they stand in the text.
  std::string_view Block() {
    const size_t start = pos_;
    size_t end = pos_;
    while (pos_ < text_.size() && !Trim(Next()).empty()) end = pos_;
    pos_ = end;
    return text_.substr(start, end - start);
  }

  std::string_view Rest() { return text_.substr(pos_); }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// "date 2026-01-22 https://x" (already trimmed) -> date, url.
void ParseHeader(std::string_view line, RawArticle* article) {
  std::string_view rest = Trim(line.substr(4));  // past "date"
  const size_t blank = std::min(rest.find_first_of(" \t"), rest.size());
  article->date = std::string(rest.substr(0, blank));
  article->url = std::string(Trim(rest.substr(blank)));
  if (!IsIsoDate(article->date)) {
    article->warnings.push_back("header date '" + article->date +
                                "' is not YYYY-MM-DD");
  }
}

// A missing title is the pipeline's to report (it checks every record).
void WarnMissingParts(RawArticle* article) {
  if (article->body.empty()) article->warnings.push_back("no body");
}

// Title from the first non-blank line, body from the rest.
void SplitTitleAndBody(Lines* lines, RawArticle* article) {
  lines->SkipBlankLines();
  article->title = std::string(Trim(lines->Next()));
  lines->SkipBlankLines();
  article->body = std::string(TrimRight(lines->Rest()));
}

}  // namespace

RawArticle ParseSeed(std::string_view text) {
  const std::string unix_text = UnixNewlines(text);
  Lines lines(unix_text);
  lines.SkipBlankLines();
  const std::string_view header = Trim(lines.Next());
  if (header.substr(0, 4) != "date") return ParsePlainText(text);
  RawArticle article;
  article.format = "seed";
  ParseHeader(header, &article);
  lines.SkipBlankLines();
  article.title = std::string(Trim(lines.Next()));
  lines.SkipBlankLines();
  article.lede = std::string(Trim(lines.Block()));
  lines.SkipBlankLines();
  article.body = std::string(TrimRight(lines.Rest()));
  WarnMissingParts(&article);
  return article;
}

RawArticle ParsePlainText(std::string_view text) {
  const std::string unix_text = UnixNewlines(text);
  Lines lines(unix_text);
  RawArticle article;
  article.format = "text";
  article.warnings.push_back(
      "no 'date YYYY-MM-DD URL' header line; read as plain text");
  SplitTitleAndBody(&lines, &article);
  WarnMissingParts(&article);
  return article;
}

RawArticle ParseHtmlPage(std::string_view html) {
  HtmlText page = StripHtml(html, HtmlMode::kPage);
  RawArticle article;
  article.format = "html";
  article.warnings.push_back("HTML page: markup removed, text extracted");
  if (page.title.empty()) {
    Lines lines(page.text);
    SplitTitleAndBody(&lines, &article);
  } else {
    article.title = std::move(page.title);
    article.body = std::move(page.text);
  }
  WarnMissingParts(&article);
  return article;
}

}  // namespace khabar::doc
