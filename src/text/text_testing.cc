#include "text/text_testing.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/utf8.h"

namespace khabar::text::testing {
namespace {

std::string EnvOr(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses `digits` hex digits at s[i]; -1 when they are not all hex.
long ParseHex(std::string_view s, size_t i, size_t digits) {
  if (i + digits > s.size()) return -1;
  long v = 0;
  for (size_t k = 0; k < digits; ++k) {
    const int d = HexValue(s[i + k]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// What \t \n \r \\ stand for; '\0' for any other letter.
char SimpleEscape(char kind) {
  switch (kind) {
    case 't':
      return '\t';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case '\\':
      return '\\';
    default:
      return '\0';
  }
}

// The whole of the zip's first entry; empty with *why set on failure.
std::string ReadFirstEntry(const std::string& path, std::string* why) {
  int err = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (zip == nullptr) {
    *why = "cannot open " + path;
    return "";
  }
  std::string bytes;
  zip_stat_t stat;
  zip_file_t* file = nullptr;
  if (zip_stat_index(zip, 0, 0, &stat) == 0 &&
      (file = zip_fopen_index(zip, 0, 0)) != nullptr) {
    bytes.resize(stat.size);
    const zip_int64_t n = zip_fread(file, bytes.data(), stat.size);
    bytes.resize(n < 0 ? 0 : static_cast<size_t>(n));
    zip_fclose(file);
  }
  zip_close(zip);
  if (bytes.empty()) *why = "cannot read the first entry of " + path;
  return bytes;
}

}  // namespace

std::string Unescape(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out.push_back(s[i++]);
      continue;
    }
    const char kind = s[i + 1];
    const size_t digits = kind == 'u'   ? 4
                          : kind == 'U' ? 8
                          : kind == 'x' ? 2
                                        : 0;
    const long v = digits > 0 ? ParseHex(s, i + 2, digits) : -1;
    if (v >= 0 && kind == 'x') {
      out.push_back(static_cast<char>(v));
    } else if (v >= 0) {
      base::AppendUtf8(static_cast<char32_t>(v), &out);
    } else if (const char c = SimpleEscape(kind); c != '\0') {
      out.push_back(c);
    } else {
      out.append(s.substr(i, 2));  // not an escape: kept as written
    }
    i += 2 + (v >= 0 ? digits : 0);
  }
  return out;
}

std::string Escape(std::string_view s) {
  std::string out;
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const char32_t cp = base::DecodeAt(s, &i);
    const bool bad = cp == base::kReplacement &&
                     s.substr(start, i - start) != "\xEF\xBF\xBD";
    if (bad) {
      for (size_t k = start; k < i; ++k) {
        std::snprintf(buf, sizeof buf, "\\x%02X",
                      static_cast<unsigned char>(s[k]));
        out += buf;
      }
    } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x200B ||
               (cp >= 0x200C && cp <= 0x200F) ||
               (cp >= 0x202A && cp <= 0x202E) ||
               (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x0640) {
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

std::string SourceDir() {
  return EnvOr("KHABAR_SOURCE_DIR", KHABAR_TESTING_SOURCE_DIR);
}

std::vector<GoldenCase> ReadGolden(const std::string& relative) {
  const std::string path = SourceDir() + "/" + relative;
  std::ifstream in(path);
  if (!in) {
    ADD_FAILURE() << "cannot read golden file " << path;
    return {};
  }
  std::vector<GoldenCase> cases;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      ADD_FAILURE() << path << ":" << number
                    << ": no TAB between input and expected";
      continue;
    }
    cases.push_back({number, Unescape(line.substr(0, tab)),
                     Unescape(line.substr(tab + 1))});
  }
  return cases;
}

std::string RandomArabicHeavy(std::mt19937& rng, int max_len) {
  static const char32_t kSpecial[] = {0x200C, 0x200D, 0x200E, 0x200F, 0x061C,
                                      0xFEFF, 0x00A0, 0x0640, 0xFFFD, ' ',
                                      '.',    '@',    '#',    '%',    0x066B};
  auto in = [&rng](uint32_t lo, uint32_t hi) {
    return static_cast<char32_t>(
        std::uniform_int_distribution<uint32_t>(lo, hi)(rng));
  };
  std::string s;
  for (int k = static_cast<int>(in(0, max_len)); k > 0; --k) {
    const char32_t pick = in(0, 99);
    char32_t cp;
    if (pick < 60)
      cp = in(0x0600, 0x06FF);
    else if (pick < 67)
      cp = in(0x0750, 0x08FF);
    else if (pick < 77)
      cp = pick % 2 ? in(0xFB50, 0xFDFF) : in(0xFE70, 0xFEFF);
    else if (pick < 87)
      cp = in(0x20, 0x7E);
    else if (pick < 95)
      cp = kSpecial[in(0, std::size(kSpecial) - 1)];
    else
      cp = in(0, 0x10FFFF);
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 'x';
    base::AppendUtf8(cp, &s);
  }
  return s;
}

std::string RandomBytes(std::mt19937& rng, int max_len) {
  std::string s(std::uniform_int_distribution<int>(0, max_len)(rng), '\0');
  for (char& c : s)
    c = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
  return s;
}

const std::vector<std::string>& SampleArticles(std::string* why) {
  static std::string* const reason = new std::string;
  static const std::vector<std::string>* const articles = [] {
    auto* texts = new std::vector<std::string>;
    const std::string path =
        EnvOr("KHABAR_SHARED_DIR", KHABAR_TESTING_SHARED_DIR) +
        "/data/saudinewsnet/2015-07-21.zip";
    std::ifstream probe(path);
    if (!probe) {
      *reason = "SaudiNewsNet sample not found at " + path +
                " (set KHABAR_SHARED_DIR to the shared/ folder)";
      return texts;
    }
    const std::string json = ReadFirstEntry(path, reason);
    if (json.empty()) return texts;
    const nlohmann::json array = nlohmann::json::parse(json, nullptr, false);
    if (!array.is_array()) {
      *reason = path + ": not a JSON array";
      return texts;
    }
    for (const auto& article : array) {
      texts->push_back(article.value("title", "") + "\n\n" +
                       article.value("content", ""));
    }
    return texts;
  }();
  *why = *reason;
  return *articles;
}

}  // namespace khabar::text::testing
