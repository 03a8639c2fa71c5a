#include "base/hash.h"

#include <xxhash.h>

#include <cctype>

namespace khabar::base {

uint64_t Hash64(std::string_view bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

std::string Hex64(uint64_t v) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[i] = kDigits[v & 0xF];
  return out;
}

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string PercentDecode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      const int hi = HexValue(s[i + 1]), lo = HexValue(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace

std::string NormalizeUrl(std::string_view url) {
  // Trim blanks.
  while (!url.empty() && std::isspace(static_cast<unsigned char>(url.front())))
    url.remove_prefix(1);
  while (!url.empty() && std::isspace(static_cast<unsigned char>(url.back())))
    url.remove_suffix(1);
  if (const size_t hash = url.find('#'); hash != std::string_view::npos)
    url = url.substr(0, hash);

  std::string out;
  size_t rest = 0;
  if (const size_t colon = url.find("://"); colon != std::string_view::npos) {
    for (char c : url.substr(0, colon))
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    out += "://";
    rest = colon + 3;
  }
  size_t host_end = url.find('/', rest);
  if (host_end == std::string_view::npos) host_end = url.size();
  std::string_view host = url.substr(rest, host_end - rest);
  std::string lower_host;
  for (char c : host)
    lower_host.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower_host.rfind("www.", 0) == 0) lower_host.erase(0, 4);
  out += lower_host;
  out += PercentDecode(url.substr(host_end));
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

}  // namespace khabar::base
