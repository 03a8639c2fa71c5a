#include "doc/structure.h"

#include <algorithm>
#include <string>

#include "base/utf8.h"
#include "doc/dates.h"
#include "text/chars.h"

namespace khabar::doc {
namespace {

uint32_t U32(size_t v) { return static_cast<uint32_t>(v); }

// Trims blanks from both ends of text[b, e).
Span Trim(std::string_view text, size_t b, size_t e) {
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  return Span{U32(b), U32(e)};
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool blank = c == ' ' || c == '\t';
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

}  // namespace

std::optional<Dateline> FindDateline(std::string_view text, Span lede) {
  const std::string_view s = lede.Of(text);
  // The date is the last run "dd.dd.dddd" (or / -) on the last line.
  const size_t line_start = s.rfind('\n') == std::string_view::npos
                                ? 0 : s.rfind('\n') + 1;
  for (size_t i = s.size(); i-- > line_start;) {
    size_t next = i;
    if (text::DigitValue(base::DecodeAt(s, &next)) < 0) continue;
    // Back up to the start of this token of digits and separators.
    size_t b = i;
    while (b > line_start && s[b - 1] != ' ') --b;
    // It stands at the start of the line or after a sentence's end.
    const std::string_view before = Trim(s, line_start, b).Of(s);
    if (!before.empty() && !before.ends_with(".") && !before.ends_with("!") &&
        !before.ends_with("؟") && !before.ends_with("?"))
      return std::nullopt;
    std::string problem;
    const std::optional<std::string> date = ParseDate(s.substr(b), &problem);
    if (!date) return std::nullopt;
    // Then a comma (Latin or Arabic) and the source.
    size_t after = b;
    while (after < s.size() && s[after] != ' ' && s[after] != ',' &&
           !s.substr(after).starts_with("،"))
      ++after;
    size_t skip = after;
    bool comma = false;
    while (skip < s.size()) {
      if (s[skip] == ',') comma = true;
      else if (s.substr(skip).starts_with("،")) comma = true, ++skip;
      else if (s[skip] != ' ') break;
      ++skip;
    }
    if (!comma) return std::nullopt;
    const Span source = Trim(s, skip, s.size());
    const size_t words = CountWords(source.Of(s));
    if (words == 0 || words > 6 ||
        source.Of(s).find_first_of(".!?:\"") != std::string_view::npos)
      return std::nullopt;
    return Dateline{*date, std::string(source.Of(s)),
                    Span{lede.begin + U32(b), lede.begin + source.end}};
  }
  return std::nullopt;
}

std::vector<Span> Lines(std::string_view text, Span range) {
  std::vector<Span> lines;
  size_t b = range.begin;
  while (b < range.end) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos || e > range.end) e = range.end;
    const Span line = Trim(text, b, e);
    if (!line.empty()) lines.push_back(line);
    b = e + 1;
  }
  return lines;
}

bool LooksLikeHeadingLine(std::string_view text, Span line, Span next) {
  const std::string_view s = line.Of(text);
  const size_t words = CountWords(s);
  if (words == 0 || words > 10 || CountWords(next.Of(text)) < 8) return false;
  if (s.find_first_of(",:;\"'@/<>|*#=+-0123456789") != std::string_view::npos)
    return false;
  for (std::string_view mark : {"،", "؛", "«", "»", "“", "”", " - ", " – ",
                                " ـ ", "ـ", "•", "Next"})
    if (s.find(mark) != std::string_view::npos) return false;
  for (std::string_view end : {".", "!", "?", "؟", "…", ")"})
    if (s.ends_with(end)) return false;
  // Mostly Arabic letters: not a byline, a number, a code.
  size_t arabic = 0, all = 0;
  for (size_t i = 0; i < s.size();) {
    const char32_t c = base::DecodeAt(s, &i);
    if (c == ' ') continue;
    ++all;
    arabic += c >= 0x0621 && c <= 0x064A;
  }
  return arabic * 10 >= all * 9;
}

std::vector<Section> MakeSections(std::string_view text, Span body,
                                  const std::vector<Span>& headings) {
  std::vector<Section> sections;
  uint32_t from = body.begin;
  Span heading;  // empty: the part before the first heading
  auto close = [&](uint32_t until) {
    const Span span = Trim(text, from, until);
    Span s = span;
    while (s.begin < s.end && text[s.begin] == '\n') ++s.begin;
    while (s.end > s.begin && text[s.end - 1] == '\n') --s.end;
    if (!heading.empty() || !s.empty()) sections.push_back(Section{heading, s});
  };
  for (const Span& h : headings) {
    close(h.begin);
    heading = h;
    from = h.end;
  }
  close(body.end);
  return sections;
}

}  // namespace khabar::doc
