// The tokenizer's matchers for tokens with an inner syntax: URLs, emails,
// hashtags and mentions. Each looks ahead from a token start and returns the
// pattern's end, or the start itself when the text there is not one.
//
//   "https://x.ru/a_(b)." -> "https://x.ru/a_(b)"   (the final "." ends the
//                                                     sentence, not the URL)
//   "(www.spa.gov.sa)"    -> "www.spa.gov.sa"        (unmatched ")" dropped)
//   "info@spa.gov.sa"     -> email                    "a@b" -> no email
//   "#عاصفة_الحزم"         -> hashtag                 "#1" -> no hashtag
//   "@KSAmofaEN"          -> mention (ASCII letters, digits, _)

#include <algorithm>
#include <cstring>
#include <string_view>

#include "text/tokenizer_scan.h"

namespace khabar::text::internal {
namespace {

bool IsAsciiLetter(char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}
bool IsAsciiAlnum(char c) {
  return IsAsciiLetter(c) || static_cast<unsigned char>(c - '0') < 10;
}
bool OneOf(char c, const char* set) {
  return c != '\0' && std::strchr(set, c) != nullptr;
}

// Length of "http://", "https://" or "www." (any case) at the start of
// rest, else 0.
size_t UrlPrefix(std::string_view rest) {
  for (std::string_view prefix : {"https://", "http://", "www."}) {
    if (rest.size() < prefix.size()) continue;
    size_t i = 0;
    while (i < prefix.size() && (rest[i] | 0x20) == prefix[i]) ++i;
    if (i == prefix.size()) return prefix.size();
  }
  return 0;
}

// Where a URL stops: spaces, invisible or unknown characters, quotes,
// brackets that never appear raw in a URL, and Arabic sentence punctuation.
bool EndsUrl(const Char& c) {
  const CharClass cls = c.info.cls;
  if (!c.valid || cls == CharClass::kSpace || cls == CharClass::kFormat ||
      cls == CharClass::kOther) {
    return true;
  }
  // Quotes « » ‘ ’ “ ” „, Arabic comma, semicolon and question mark, …
  constexpr std::u32string_view kStops =
      U"\"<>`{}|\\^"
      U"\u00AB\u00BB\u2018\u2019\u201C\u201D\u201E\u060C\u061B\u061F\u2026";
  return kStops.find(c.cp) != std::u32string_view::npos;
}

// The end of a domain name at text[pos]: two or more labels of ASCII
// letters, digits and '-' joined by single dots, the last of two or more
// letters ("spa.gov.sa"); 0 when there is none.
uint32_t DomainEnd(std::string_view text, uint32_t pos) {
  uint32_t p = pos;
  uint32_t labels = 0;
  uint32_t last = pos;
  for (;;) {
    const uint32_t start = p;
    while (p < text.size() && (IsAsciiAlnum(text[p]) || text[p] == '-')) ++p;
    if (p == start) return 0;
    ++labels;
    last = start;
    if (p + 1 < text.size() && text[p] == '.' && IsAsciiAlnum(text[p + 1])) {
      ++p;
      continue;
    }
    break;
  }
  if (labels < 2 || p - last < 2) return 0;
  for (uint32_t i = last; i < p; ++i) {
    if (!IsAsciiLetter(text[i])) return 0;
  }
  return p;
}

bool InTag(const Char& c) {
  switch (c.info.cls) {
    case CharClass::kArabicLetter:
    case CharClass::kArabicMark:
    case CharClass::kTatweel:
    case CharClass::kLatinLetter:
    case CharClass::kOtherLetter:
    case CharClass::kMark:
    case CharClass::kDigit:
      return true;
    default:
      return c.cp == U'_';
  }
}

bool IsLetter(CharClass cls) {
  return cls == CharClass::kArabicLetter || cls == CharClass::kLatinLetter ||
         cls == CharClass::kOtherLetter;
}

}  // namespace

uint32_t Scanner::MatchUrl(uint32_t pos) const {
  const char first = static_cast<char>(text_[pos] | 0x20);
  if (first != 'h' && first != 'w') return pos;
  const size_t prefix = UrlPrefix(text_.substr(pos, end_ - pos));
  if (prefix == 0) return pos;
  const auto body = static_cast<uint32_t>(pos + prefix);
  uint32_t p = body;
  while (p < end_) {
    const Char c = At(p);
    if (EndsUrl(c)) break;
    p = c.next;
  }
  p = TrimUrl(body, p);
  return p > body ? p : pos;
}

// Drops what ends the sentence rather than the URL: . , ; : ! ? ' and a
// ) or ] that no ( or [ inside the URL opened.
uint32_t Scanner::TrimUrl(uint32_t begin, uint32_t end) const {
  const std::string_view url = text_.substr(begin, end - begin);
  auto count = [&url](char c) {
    return static_cast<long>(std::count(url.begin(), url.end(), c));
  };
  long parens = count('(') - count(')');
  long brackets = count('[') - count(']');
  while (end > begin) {
    const char c = text_[end - 1];
    if (c == ')') {
      if (parens++ >= 0) break;
    } else if (c == ']') {
      if (brackets++ >= 0) break;
    } else if (!OneOf(c, ".,;:!?'")) {
      break;
    }
    --end;
  }
  return end;
}

uint32_t Scanner::MatchEmail(uint32_t pos) {
  if (pos < no_email_before_) return pos;
  uint32_t p = pos;
  while (p < end_ && (IsAsciiAlnum(text_[p]) || OneOf(text_[p], "._%+-"))) ++p;
  uint32_t end = 0;
  if (p > pos && IsAscii(p, '@')) end = DomainEnd(text_.substr(0, end_), p + 1);
  if (end == 0) {
    // Every later start before p reaches the same p and fails the same way.
    no_email_before_ = p;
    return pos;
  }
  return end;
}

uint32_t Scanner::MatchHashtag(uint32_t pos) const {
  bool has_letter = false;
  uint32_t p = pos + 1;
  uint32_t end = pos;
  while (p < end_) {
    const Char c = At(p);
    if (InTag(c)) {
      has_letter |= IsLetter(c.info.cls);
      p = end = c.next;
    } else if (c.info.cls == CharClass::kFormat) {
      p = SkipFormats(c.next);
      if (p >= end_ || !InTag(At(p))) break;
    } else {
      break;
    }
  }
  return has_letter ? end : pos;
}

uint32_t Scanner::MatchMention(uint32_t pos) const {
  uint32_t p = pos + 1;
  while (p < end_ && (IsAsciiAlnum(text_[p]) || text_[p] == '_')) ++p;
  return p > pos + 1 ? p : pos;
}

}  // namespace khabar::text::internal
