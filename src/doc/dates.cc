#include "doc/dates.h"

#include <chrono>
#include <cstdio>
#include <vector>

#include "base/utf8.h"
#include "text/chars.h"

namespace khabar::doc {
namespace {

// The runs of digits (any decimal digit set) at the start of `raw`, with
// the single separators between them; stops at the first blank or 'T'.
std::vector<int> DigitGroups(std::string_view raw, std::string* seps) {
  std::vector<int> groups;
  size_t i = 0;
  int value = -1, digits = 0;
  while (i < raw.size()) {
    const char32_t c = base::DecodeAt(raw, &i);
    const int d = text::DigitValue(c);
    if (d >= 0) {
      value = (value < 0 ? 0 : value) * 10 + d;
      if (++digits > 4) return {};
      continue;
    }
    if (value < 0) return {};
    groups.push_back(value);
    value = -1;
    digits = 0;
    if (c == ' ' || c == 'T' || groups.size() == 3) break;
    seps->push_back(static_cast<char>(c < 0x80 ? c : '?'));
  }
  if (value >= 0) groups.push_back(value);
  return groups;
}

}  // namespace

std::optional<std::string> ParseDate(std::string_view raw,
                                     std::string* problem) {
  while (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t'))
    raw.remove_prefix(1);
  std::string seps;
  const std::vector<int> g = DigitGroups(raw, &seps);
  int y = 0, m = 0, d = 0;
  if (g.size() == 3 && seps.size() >= 2 && seps[0] == seps[1] &&
      (seps[0] == '-' || seps[0] == '/' || seps[0] == '.')) {
    if (g[0] >= 1000) {
      y = g[0], m = g[1], d = g[2];
    } else if (g[2] >= 1000) {
      d = g[0], m = g[1], y = g[2];
    }
  }
  if (y == 0) {
    *problem = "unreadable date '" + std::string(raw.substr(0, 40)) + "'";
    return std::nullopt;
  }
  const std::chrono::year_month_day ymd{std::chrono::year(y),
                                        std::chrono::month(m),
                                        std::chrono::day(d)};
  if (!ymd.ok() || y < 1800 || y > 2200) {
    *problem = "impossible date '" + std::string(raw.substr(0, 40)) + "'";
    return std::nullopt;
  }
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

}  // namespace khabar::doc
