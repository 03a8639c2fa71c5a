// Character references: the handful of names news pages use, and numbers.

#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "base/utf8.h"
#include "doc/html.h"

namespace khabar::doc {
namespace {

// Long enough for "&#x10FFFF;" and every name below; anything longer is
// not a reference we decode.
constexpr size_t kMaxReference = 12;

constexpr std::array<std::pair<std::string_view, char32_t>, 22> kNamed = {{
    {"amp", U'&'},       {"lt", U'<'},       {"gt", U'>'},
    {"quot", U'"'},      {"apos", U'\''},    {"nbsp", U' '},
    {"laquo", U'«'},     {"raquo", U'»'},    {"hellip", U'…'},
    {"mdash", U'—'},     {"ndash", U'–'},    {"lsquo", U'‘'},
    {"rsquo", U'’'},     {"ldquo", U'“'},    {"rdquo", U'”'},
    {"bull", U'•'},      {"middot", U'·'},   {"copy", U'©'},
    {"zwnj", U'\u200C'}, {"zwj", U'\u200D'}, {"lrm", U'\u200E'},
    {"rlm", U'\u200F'},
}};

bool IsDigit(char c, int base) {
  if (c >= '0' && c <= '9') return true;
  const char lower = c | 0x20;
  return base == 16 && lower >= 'a' && lower <= 'f';
}

int DigitValue(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

// "#1576" or "#x628" (no '&', no ';') to a code point; -1 when malformed.
int64_t NumericReference(std::string_view body) {
  const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  const int base = hex ? 16 : 10;
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty()) return -1;
  int64_t value = 0;
  for (char c : digits) {
    if (!IsDigit(c, base)) return -1;
    value = value * base + DigitValue(c);
  }
  return value;
}

// Decodes the reference at the start of `s` (s[0] == '&') onto *out.
// Returns the bytes it used, or 0 when `s` does not start with one.
size_t DecodeReference(std::string_view s, std::string* out) {
  const size_t semi = s.substr(0, kMaxReference).find(';');
  if (semi == std::string_view::npos || semi < 2) return 0;
  const std::string_view body = s.substr(1, semi - 1);
  if (body[0] == '#') {
    const int64_t cp = NumericReference(body);
    if (cp < 0) return 0;
    const bool valid =
        cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    base::AppendUtf8(valid ? static_cast<char32_t>(cp) : base::kReplacement,
                     out);
    return semi + 1;
  }
  for (const auto& [name, cp] : kNamed) {
    if (body == name) {
      base::AppendUtf8(cp, out);
      return semi + 1;
    }
  }
  return 0;
}

}  // namespace

void AppendDecodedEntities(std::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    const size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) {
      out->append(text.substr(i));
      return;
    }
    out->append(text.substr(i, amp - i));
    const size_t used = DecodeReference(text.substr(amp), out);
    if (used == 0) out->push_back('&');
    i = amp + (used == 0 ? 1 : used);
  }
}

}  // namespace khabar::doc
