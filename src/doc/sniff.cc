// The first 4 KiB decide: zip magic, then "is this text at all", then (past
// a BOM and blanks) the first character: '{' or '[' for JSON, '<' for an
// HTML page, "date 2026-..." for the seed format, anything else plain text.

#include "doc/sniff.h"

#include <cstring>

#include "base/utf8.h"
#include "doc/html.h"

namespace khabar::doc {
namespace {

constexpr size_t kSniffBytes = 4096;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

bool IsControl(unsigned char c) {
  return (c < 0x20 && !IsBlank(static_cast<char>(c))) || c == 0x7F;
}

// Bytes of `s` inside invalid UTF-8 sequences.
size_t InvalidUtf8Bytes(std::string_view s) {
  size_t bad = 0;
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const char32_t cp = base::DecodeAt(s, &i);
    if (cp == base::kReplacement && s.substr(start, 3) != "\xEF\xBF\xBD") {
      bad += i - start;
    }
  }
  return bad;
}

// Consumes a BOM and blanks, counting lines and the current line's blanks.
void SkipLeadingBlanks(InputStream* in, Sniffed* sniffed) {
  if (in->Peek(kUtf8Bom.size()) == kUtf8Bom) in->Skip(kUtf8Bom.size());
  for (std::string_view chunk = in->Available(); !chunk.empty();
       chunk = in->Available()) {
    size_t i = 0;
    for (; i < chunk.size() && IsBlank(chunk[i]); ++i) {
      if (chunk[i] == '\n') {
        ++sniffed->next_line;
        sniffed->column = 0;
      } else {
        ++sniffed->column;
      }
    }
    in->Skip(i);
    if (i < chunk.size()) break;
  }
}

// '[' then blanks then '{', '[' or ']': an array of objects, not "[Video]".
bool IsJsonArrayStart(std::string_view head) {
  size_t i = 1;
  while (i < head.size() && IsBlank(head[i])) ++i;
  return i == head.size() || head[i] == '{' || head[i] == '[' || head[i] == ']';
}

// "date" + blanks + a digit: the seed format's header line.
bool IsSeedHeader(std::string_view head) {
  if (head.substr(0, 4) != "date") return false;
  size_t i = 4;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\t')) ++i;
  return i > 4 && i < head.size() && head[i] >= '0' && head[i] <= '9';
}

}  // namespace

bool IsZipMagic(std::string_view head) {
  return head.substr(0, 4) == std::string_view("PK\3\4", 4) ||
         head.substr(0, 4) == std::string_view("PK\5\6", 4);
}

std::string BinaryReason(std::string_view head) {
  if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") {
    return "UTF-16 text (byte order mark at the start); khabar reads UTF-8 "
           "only";
  }
  if (const void* nul = std::memchr(head.data(), '\0', head.size())) {
    return "binary file (NUL byte at offset " +
           std::to_string(static_cast<const char*>(nul) - head.data()) + ")";
  }
  size_t control = 0;
  for (char c : head) control += IsControl(static_cast<unsigned char>(c));
  const std::string first =
      " of its first " + std::to_string(head.size()) + " bytes are ";
  if (control * 10 >= head.size()) {
    return "binary file (" + std::to_string(control * 100 / head.size()) + "%" +
           first + "control bytes)";
  }
  const size_t invalid = InvalidUtf8Bytes(head);
  if (invalid * 10 >= head.size() * 3) {
    return "not UTF-8 text (" + std::to_string(invalid * 100 / head.size()) +
           "%" + first +
           "invalid UTF-8; another encoding, such as "
           "Windows-1256?)";
  }
  return "";
}

Sniffed Sniff(InputStream* in) {
  Sniffed result;
  std::string_view head = in->Peek(kSniffBytes);
  if (head.empty()) return result;
  if (IsZipMagic(head)) {
    result.format = Format::kZip;
    return result;
  }
  result.why = BinaryReason(head);
  if (!result.why.empty()) {
    result.format = Format::kBinary;
    return result;
  }
  SkipLeadingBlanks(in, &result);
  head = in->Peek(kSniffBytes);
  if (head.empty()) {
    result.format = Format::kEmpty;
  } else if (head[0] == '{' || (head[0] == '[' && IsJsonArrayStart(head))) {
    result.format = Format::kJson;
  } else if (LooksLikeHtmlPage(head)) {
    result.format = Format::kHtml;
  } else if (IsSeedHeader(head)) {
    result.format = Format::kSeed;
  } else {
    result.format = Format::kText;
  }
  return result;
}

}  // namespace khabar::doc
