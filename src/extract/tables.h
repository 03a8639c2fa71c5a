// The word tables of the extractors, built once from the data/*.tsv files
// embedded in the binary, and the phrase matching they share.
//
// Every table is keyed by search normalization (text/normalizer.h), so it
// is compared with Token::norm directly: "أكثر" in a file matches the token
// "لأكثر" (norm "لاكثر") once its clitic ل is set aside.
//
//   const Tables& t = Tables::Get();
//   t.cues.MatchAt(tokens, i)  -> {length 2, {"qualifier", "more_than"}}
//                                 for the tokens "لأكثر" "من"
//
// Thread-safe: built on first use (a function-local static), then const.

#ifndef KHABAR_EXTRACT_TABLES_H_
#define KHABAR_EXTRACT_TABLES_H_

#include <array>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <cstdint>
#include <vector>

#include "extract/extractor.h"  // TokenMemo
#include "khabar/document.h"

namespace khabar::extract {

// How the bytes of a token read for matching; norm may be a small-string type.
inline std::string_view Norm(const Token& t) { return std::string_view(t.norm); }

// What an entry does, from the role/class/kind/calendar column of its data
// file, for comparing in code without comparing strings. A name used in two
// files is one value: "unit" (a number word's class, a time word's role),
// "multiplier" (a unit's kind, a cue's role).
enum class Role : uint8_t {
  kOther,
  // number_words.tsv: class
  kUnit, kHundred, kScale, kPlural, kDual, kFraction,
  // units.tsv: kind
  kCurrency, kMeasure, kDistance, kTime, kPercent, kCount, kMultiplier,
  // months.tsv: calendar
  kGregorian, kHijri,
  // time_words.tsv: role
  kDay, kWeekday, kDirection, kThis, kPart, kAgo, kAhead, kEarlier, kSet,
  kWithin,
  // quantity_cues.tsv: role
  kQualifier, kAfter, kReference, kYear,
};
Role ParseRole(std::string_view name);  // kOther for a name not above

// The forms of a word that a phrase's first word may take: the word, then
// the word without the proclitics و ف ب ل ك (one or two of them, "لل" read
// as ل + ال): "وبخمسين" -> {"وبخمسين", "بخمسين", "خمسين"}. A form shorter
// than three letters is not offered ("لست" is not ل + ست), nor a ل + ال
// form of a word over 64 bytes (no table word is that long). Views into the
// word, or into the object for the ل + ال form; no allocation.
class CliticForms {
 public:
  explicit CliticForms(std::string_view norm);
  size_t size() const { return size_; }
  std::string_view operator[](size_t k) const { return form_[k]; }

 private:
  std::array<std::string_view, 3> form_;
  size_t size_ = 0;
  char buf_[64];  // "ال" + the rest, for a word that begins with لل
};

// One row of a data file, read. Which fields mean something depends on the
// table (see Tables below).
struct Entry {
  std::string role_name;  // class, kind, role or calendar: "unit", "currency"
  std::string value;      // qualifier, unit name, direction: "about", "طن"
  double number = 0;      // number word's value, month, day offset, weekday
  int count = 1;          // units: 2 for a dual ("عامين")
  char iso = 0;           // units of time: Y M W D H I S; 0 for others
  bool alone = true;      // number words: a quantity by itself
  Role role = Role::kOther;  // role_name, parsed
};

struct Tables;
Tables* BuildTables();
class Tokens;

// The fingerprint of a word from its last (up to) 8 bytes, the first of
// them in the low byte, and its length; WordHash reads them from the word.
inline uint64_t TailHash(uint64_t tail, size_t size) {
  return (tail * 0x9E3779B97F4A7C15ull) ^ ((size + 1) * 0xC2B2AE3D27D4EB4Full);
}
uint64_t WordHash(std::string_view s);

// True when the two bytes at p spell a proclitic: و ف ب ل ك (D9 88, D9 81,
// D8 A8, D9 84, D9 83).
inline bool IsProcliticAt(const char* p) {
  const unsigned lead = static_cast<unsigned char>(p[0]);
  const unsigned trail = static_cast<unsigned char>(p[1]) - 0x80;
  if (lead == 0xD9) return trail < 9 && ((0x11Au >> trail) & 1);
  return lead == 0xD8 && trail == 0x28;
}

// Phrases of one to four normalized words, each with an Entry. Found by the
// first word through an open-addressing table of word fingerprints (the
// word's last 8 bytes and its length: no pass over the bytes), then checked
// byte for byte.
class PhraseTable {
 public:
  struct Match {
    size_t length = 0;  // tokens matched; 0 when none
    const Entry* entry = nullptr;
  };

  // `phrase` as written in the data file; normalized here. Call Seal()
  // after the last Add().
  void Add(std::string_view phrase, Entry entry);
  void Seal();
  // A word whose Roles() has none of `bits` begins no phrase here in any
  // clitic form: MatchAt and Starts then look nothing up. Every table of
  // Tables has its bits.
  void SetFilter(const Tables* tables, uint8_t bits) {
    filter_ = tables;
    filter_bits_ = bits;
  }

  // The longest phrase starting at tokens[i]; its first word may carry
  // clitics when `clitics` is set. Inline for the common answer, none: the
  // word's roles say it begins no phrase here.
  Match MatchAt(const Tokens& tokens, size_t i, bool clitics = true) const;
  // True when a phrase begins with the word `norm` (clitics set aside).
  bool Starts(std::string_view norm) const;
  // Calls f(entry) for each phrase whose first word is `first`.
  template <class F>
  void ForEachEntry(std::string_view first, F f) const {
    if (const Bucket* b = Find(first)) for (const Phrase& p : b->phrases) f(p.entry);
  }
  // Calls f(word) for the first word of every phrase.
  template <class F>
  void ForEachFirst(F f) const {
    for (const Bucket& b : buckets_) f(b.first);
  }
  // The longest phrase that ends just before tokens[end].
  Match MatchBefore(const Tokens& tokens, size_t end) const;

 private:
  struct Phrase {
    std::vector<std::string> rest;  // the words after the first
    Entry entry;
  };
  struct Bucket {
    std::string first;
    uint64_t hash = 0;
    std::vector<Phrase> phrases;  // longest first
  };
  bool RestMatches(const Phrase& p, const Tokens& tokens,
                   size_t next) const;
  Match Lookup(const Tokens& tokens, size_t i, bool clitics) const;
  const Bucket* Find(std::string_view first) const;
  Bucket* FindOrAdd(std::string_view first);


  std::vector<Bucket> buckets_;
  std::vector<uint32_t> slots_;  // bucket index + 1; 0 = empty
  size_t max_words_ = 0;
  const Tables* filter_ = nullptr;
  uint8_t filter_bits_ = 0xFF;
};

struct Tables {
  PhraseTable numbers;  // number_words.tsv: role=class, number, alone
  PhraseTable units;    // units.tsv: role=kind, value=unit, count, iso
  PhraseTable months;   // months.tsv: role=calendar, number=month
  PhraseTable time;     // time_words.tsv: role, value, number=value if numeric
  PhraseTable cues;     // quantity_cues.tsv: role, value

  // Which tables have a phrase beginning with `norm` (clitics set aside):
  // an OR of the bits below, 0 for the ~90% of words that begin nothing.
  // A few nanoseconds: the word's fingerprint (its last 8 bytes and its
  // length) probed in a 16 KB table that holds every first word with and
  // without one proclitic; a second probe for a word that begins with two
  // proclitic letters. May err towards a bit set (a fingerprint
  // collision), never towards 0.
  enum Bit : uint8_t {
    kNumberBit = 1, kUnitBit = 2, kMonthBit = 4, kTimeBit = 8,
    kCueBit = 16, kYearCueBit = 32, kExtraBit = 64,  // يوم وفي ففي
    kDualBit = 128,  // a unit that is a quantity by itself: عامين، ضعفين
  };
  uint8_t Roles(std::string_view norm) const;
  // Roles(Norm(t)), in fewer instructions for the scan over every token: a
  // token's norm keeps at least SmallString::kInlineSize bytes readable, so
  // its last 8 bytes are one load, masked for a word shorter than that.
  uint8_t Roles(const Token& t) const {
    static_assert(SmallString::kInlineSize >= 8);
    const char* p = t.norm.data();
    const size_t n = t.norm.size();
    uint64_t tail;
    std::memcpy(&tail, p + (n >= 8 ? n - 8 : 0), 8);
    if (n < 8) tail &= ~(~uint64_t{0} << (8 * n));
    uint8_t bits = Probe(TailHash(tail, n));
    if (n >= 8 && IsProcliticAt(p) && IsProcliticAt(p + 2))
      bits |= Probe(TailHash(n >= 10 ? tail : tail >> (8 * (10 - n)), n - 2));
    return bits;
  }

  static const Tables& Get() {
    static const Tables* tables = BuildTables();
    return *tables;
  }

 private:
  static constexpr size_t kSlotBits = 13;  // 8192 slots
  static uint16_t Tag(uint64_t h) {
    return static_cast<uint16_t>((h >> (64 - kSlotBits - 8)) & 0xFF);
  }
  static size_t Slot(uint64_t h) { return static_cast<size_t>(h >> (64 - kSlotBits)); }
  uint8_t Probe(uint64_t h) const {
    const uint16_t tag = Tag(h);
    for (size_t i = Slot(h);; i = (i + 1) & (slots_.size() - 1)) {
      const uint16_t slot = slots_[i];
      if (slot == 0) return 0;
      if ((slot >> 8) == tag) return slot & 0xFF;
    }
  }
  void AddFirst(std::string_view word, uint8_t bit);  // and its clitic forms
  void AddWord(std::string_view word, uint8_t bit);
  std::vector<uint16_t> slots_;  // 8 fingerprint bits << 8 | bits; 0 = empty
  friend Tables* BuildTables();
};

// The tokens an extractor reads, each one's Tables::Roles(), and the
// tokens where an expression may begin (starts): digits and words with a
// role, about one token in seven. The roles are found in one pass when the
// object is made, or taken from `memo` when an extractor made them before
// over the same tokens (ExtractInput::memo): the scan then visits the
// starts only, and the phrase matchers read a token's roles from an array.
class Tokens {
 public:
  Tokens(const std::vector<Token>& tokens,  // NOLINT: a view of them
         TokenMemo* memo = nullptr)
      : tokens_(tokens), memo_(memo ? memo : &own_) {
    if (memo_->roles.size() != tokens.size()) Scan();
  }
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;

  size_t size() const { return tokens_.size(); }
  const Token& operator[](size_t i) const { return tokens_[i]; }
  // Tables::Get().Roles(tokens[i]); 0 past the end.
  uint8_t roles(size_t i) const {
    return i < memo_->roles.size() ? memo_->roles[i] : 0;
  }
  // The first start at or after tokens[i], or size(); `*cursor` (0 at
  // first) keeps the place for the next call, which must ask for the
  // same i or a later one.
  size_t NextStart(size_t i, size_t* cursor) const {
    const std::vector<uint32_t>& starts = memo_->starts;
    size_t k = *cursor;
    while (k < starts.size() && starts[k] < i) ++k;
    *cursor = k;
    return k < starts.size() ? starts[k] : size();
  }

 private:
  void Scan();  // fills memo_

  const std::vector<Token>& tokens_;
  TokenMemo own_;
  TokenMemo* memo_;
};

inline PhraseTable::Match PhraseTable::MatchAt(const Tokens& tokens, size_t i,
                                               bool clitics) const {
  if (!(tokens.roles(i) & filter_bits_)) return {};  // 0 past the end
  return Lookup(tokens, i, clitics);
}

// Splits a TSV row of a data file into fields; false for comments/blanks.
bool SplitRow(std::string_view line, std::vector<std::string_view>* fields);

}  // namespace khabar::extract

#endif  // KHABAR_EXTRACT_TABLES_H_
