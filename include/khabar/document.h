// The record khabar makes of one article, and the pieces it is made of.
//
// Offsets never lie: every Span is a half-open range [begin, end) of UTF-8
// bytes into Record::text, and text.substr(begin, end - begin) is exactly the
// surface the annotation names. Record::text is the cleaned article (title,
// blank line, lede, blank line, body); its original characters, diacritics
// and tatweel included, are kept: normalization is a view (Token::norm), not
// a rewrite.

#ifndef KHABAR_DOCUMENT_H_
#define KHABAR_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace khabar {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  std::string_view Of(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class TokenKind : uint8_t {
  kArabic,   // a word in Arabic script (letters, marks, tatweel)
  kLatin,    // a word in Latin (or other alphabetic) script
  kNumber,   // digits of any set, with their separators: ٢٠٢٦ 3.5 ١٢٬٥٠٠ 40%
  kPunct,    // . ، ؛ ؟ « » " ( ) …
  kUrl,      // https://example.com/path
  kEmail,    // name@example.com
  kHashtag,  // #غزة
  kMention,  // @user
  kSymbol,   // $ + = and other symbols
  kOther,    // anything else, one code point at a time (emoji, U+FFFD)
};

// "arabic", "latin", "number", "punct", "url", "email", "hashtag", "mention",
// "symbol", "other".
std::string_view TokenKindName(TokenKind kind);

struct Token {
  Span span;
  std::string norm;  // search normalization of the surface (text/normalizer.h)
  TokenKind kind = TokenKind::kOther;
  bool stop = false;  // norm is in the stopword list (data/stopwords.txt)
};

// One change the cleaner made to the raw text. `span` is where `after` stands
// in Record::text; `before` is what the raw input had there.
struct Repair {
  std::string kind;  // glued_heading, glued_sentence, spaces, invisible, ...
  Span span;
  std::string before;
  std::string after;
};

struct Section {
  Span heading;  // the heading line; empty when the section has none
  Span span;     // the section's text after its heading
};

// "22.01.2026, سبوتنيك عربي" at the end of a lede.
struct Dateline {
  std::string date;    // YYYY-MM-DD
  std::string source;  // سبوتنيك عربي
  Span span;           // the whole dateline
};

struct Record {
  std::string id;      // 16 hex digits: hash of the normalized URL, else text
  std::string origin;  // where it was read: "day.zip:day.json#17", "a.txt"
  std::string url;
  std::string date;    // YYYY-MM-DD, or empty when unknown or impossible
  std::string source;
  std::string author;
  std::string title;
  std::string lede;
  std::optional<Dateline> dateline;
  std::string text;

  Span title_span;
  Span lede_span;
  Span body_span;
  std::vector<Section> sections;
  std::vector<Span> paragraphs;
  std::vector<Span> sentences;
  std::vector<Token> tokens;  // filled when AnalyzeOptions::tokens is set
  std::vector<Repair> repairs;
  std::vector<std::string> warnings;
};

}  // namespace khabar

#endif  // KHABAR_DOCUMENT_H_
