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
#include <cstring>
#include <optional>
#include <ostream>
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

// A string that keeps up to kInlineSize bytes inside the object and only
// longer ones on the heap: a token's norm (17 Arabic letters fit) costs no
// allocation, and a Token stays 48 bytes. Owns its bytes; copies deep.
// Reads as a std::string_view (view(), or implicitly); compares with any
// string. Not NUL-terminated.
class SmallString {
 public:
  static constexpr size_t kInlineSize = 35;

  SmallString() = default;
  SmallString(std::string_view s) { assign(s); }  // NOLINT: a string value
  SmallString(const SmallString& other) { assign(other.view()); }
  SmallString(SmallString&& other) noexcept { Take(&other); }
  SmallString& operator=(const SmallString& other) {
    if (this != &other) assign(other.view());
    return *this;
  }
  SmallString& operator=(SmallString&& other) noexcept {
    if (this != &other) {
      Free();
      Take(&other);
    }
    return *this;
  }
  ~SmallString() { Free(); }

  const char* data() const { return on_heap() ? HeapData() : inline_; }
  size_t size() const { return on_heap() ? HeapSize() : size_; }
  bool empty() const { return size() == 0; }
  std::string_view view() const { return {data(), size()}; }
  operator std::string_view() const { return view(); }  // NOLINT
  std::string str() const { return std::string(view()); }

  void assign(std::string_view s) {
    std::memcpy(Resize(s.size()), s.data(), s.size());
  }
  // Makes the string n bytes long with unspecified contents and returns
  // where to write them. The buffer holds max(n, kInlineSize) bytes, so a
  // writer may copy kInlineSize bytes at once for any n <= kInlineSize.
  char* Resize(size_t n) {
    if (n <= kInlineSize) {
      Free();
      size_ = static_cast<uint8_t>(n);
      return inline_;
    }
    return ResizeHeap(n);
  }

  friend bool operator==(const SmallString& a, std::string_view b) {
    return a.view() == b;
  }
  friend std::ostream& operator<<(std::ostream& os, const SmallString& s) {
    return os << s.view();
  }

 private:
  // On the heap, inline_ holds the pointer and then the size.
  static constexpr uint8_t kOnHeap = 0xFF;

  bool on_heap() const { return size_ == kOnHeap; }
  char* HeapData() const {
    char* p;
    std::memcpy(&p, inline_, sizeof p);
    return p;
  }
  size_t HeapSize() const {
    size_t n;
    std::memcpy(&n, inline_ + sizeof(char*), sizeof n);
    return n;
  }
  char* ResizeHeap(size_t n) {
    Free();
    char* p = new char[n];
    std::memcpy(inline_, &p, sizeof p);
    std::memcpy(inline_ + sizeof p, &n, sizeof n);
    size_ = kOnHeap;
    return p;
  }
  void Free() {
    if (on_heap()) delete[] HeapData();
    size_ = 0;
  }
  // REQUIRES: this holds nothing on the heap. Leaves `other` empty.
  void Take(SmallString* other) {
    std::memcpy(inline_, other->inline_, kInlineSize);
    size_ = other->size_;
    other->size_ = 0;
  }

  char inline_[kInlineSize];
  uint8_t size_ = 0;
};

struct Token {
  Span span;
  // Search normalization of the surface (text/normalizer.h), owned by the
  // token: inline for all but the longest words (SmallString).
  SmallString norm;
  // Arabic words only, set by the segmenter (morph::SegmentTokens): which
  // clitics the word carries, as a code (0: none). morph::StemOf gives the
  // stem (وبالكتاب -> كتاب), Segmenter::Decode the pieces' offsets.
  uint16_t seg = 0;
  TokenKind kind = TokenKind::kOther;
  bool stop = false;  // norm is in the stopword list (data/stopwords.txt)
};
// Tokens are the most numerous objects khabar makes: keep them small.
static_assert(sizeof(Token) <= 48, "Token grew: the tokenizer will slow down");

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

// A number with what it counts, from the quantity extractor
// (src/extract/extractor.h has examples).
struct Quantity {
  Span span;
  std::string text;               // span's surface
  double value = 0;               // 800, 0.5, 2000000
  std::optional<double> value_max;  // the upper end of a range
  std::string qualifier = "exact";  // exact about more_than less_than
                                    // at_least up_to multiplier
  std::string unit;               // singular: طن، دولار، عام، %; "" if none
  std::string unit_kind;          // currency measure time percent count; ""
  std::string counted;            // the counted noun phrase, "" if none
  Span counted_span;              // empty when counted is ""
};

// A date, interval, duration or set, resolved against the article date.
struct TimeExpr {
  Span span;
  std::string text;        // span's surface
  std::string value;       // 2026-01-22, 2026-01, 2026, A/B, P50Y; "" when
                           // relative and the article has no date
  std::string kind;        // date interval duration set
  std::string resolution;  // absolute, hijri, relative_day, weekday, ...
  std::string mod;         // start mid end (of the period), more_than about
                           // ... (of a duration); "" if none
  std::string hijri;       // the Hijri date as written, YYYY-MM-DD (Hijri)
  std::vector<std::string> warnings;
};

// One place the article names an entity: by name (فلاديمير بوتين, لروسيا
// with its clitic), by a title bound to it earlier (الرئيس الروسي), or by a
// pronoun.
struct EntityMention {
  Span span;
  std::string text;  // span's surface
  std::string kind;  // name title pronoun
};

// One real-world thing the article talks about, with all its mentions.
struct Entity {
  std::string id;         // "e1", "e2" ... in order of first mention
  std::string canonical;  // the fullest name the article uses, clitics off
  std::string type;       // PER LOC ORG MISC
  std::string subtype;    // from the gazetteers: COUNTRY CITY REGION FAC
                          // GOV NEWS ...; "" when unknown
  std::vector<EntityMention> mentions;
};

// Who said what: a quotation (direct), reported speech (indirect: cue + أن
// + clause) or both (mixed: an indirect lead-in that opens a quotation).
struct Quote {
  std::string kind;          // direct indirect mixed
  std::string speaker;       // entity id ("e3"); "" when no entity fits
  std::string speaker_text;  // the entity's canonical name, else the surface
  std::optional<Span> speaker_span;  // where this quote names its speaker;
                                     // none when inferred
  std::string speaker_from;  // how the speaker was found: subject, title,
                             // continuation, section, participle, headline
  std::string cue;           // the cue verb's dictionary form: قال أكد ...
  Span cue_span;             // the cue as written: وقال، مشيرا
  Span span;                 // the quoted content, marks excluded
  std::string text;          // span's surface
};

// Something that happened between entities: a meeting, a call, a visit.
struct Event {
  std::string type;                       // meeting call visit reception
                                          // talks agreement
  std::vector<std::string> participants;  // entity ids
  std::string place;                      // entity id; "" when unknown
  std::string date;                       // YYYY-MM-DD; "" when unknown
  std::vector<std::string> topics;        // what it was about, as written
  Span span;                              // the sentence that says so
  std::string text;                       // span's surface
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
  std::vector<Quantity> quantities;
  std::vector<TimeExpr> times;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  std::vector<Repair> repairs;
  std::vector<std::string> warnings;
};

}  // namespace khabar

#endif  // KHABAR_DOCUMENT_H_
