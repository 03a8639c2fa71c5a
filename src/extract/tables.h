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
#include <string>
#include <string_view>
#include <unordered_map>
#include <cstdint>
#include <vector>

#include "khabar/document.h"

namespace khabar::extract {

// How the bytes of a token read for matching; norm may be a small-string type.
inline std::string_view Norm(const Token& t) { return std::string_view(t.norm); }

// `norm` and the forms left after the proclitics و ف ب ل ك (one or two of
// them, "لل" read as ل + ال): "وبخمسين" -> {"وبخمسين", "بخمسين", "خمسين"}.
// A form shorter than three letters is not offered ("لست" is not ل + ست).
// Returns how many forms were written to out (1..3).
size_t CliticForms(std::string_view norm, std::array<std::string_view, 3>* out,
                   std::array<std::string, 1>* scratch);

// One row of a data file, read. Which fields mean something depends on the
// table (see Tables below).
struct Entry {
  std::string role;   // class, kind, role or calendar: "unit", "currency"
  std::string value;  // qualifier, unit name, direction: "about", "طن"
  double number = 0;  // number word's value, month, day offset, weekday
  int count = 1;      // units: 2 for a dual ("عامين")
  char iso = 0;       // units of time: Y M W D H I S; 0 for others
  bool alone = true;  // number words: a quantity by itself
};

// Phrases of one to four normalized words, each with an Entry.
class PhraseTable {
 public:
  struct Match {
    size_t length = 0;  // tokens matched; 0 when none
    const Entry* entry = nullptr;
  };

  // `phrase` as written in the data file; normalized here.
  void Add(std::string_view phrase, Entry entry);

  // The longest phrase starting at tokens[i]; its first word may carry
  // clitics when `clitics` is set.
  Match MatchAt(const std::vector<Token>& tokens, size_t i,
                bool clitics = true) const;
  // True when a phrase begins with the word `norm` (clitics set aside).
  bool Starts(std::string_view norm) const;
  // Calls f(entry) for each phrase whose first word is `first`.
  template <class F>
  void ForEachEntry(std::string_view first, F f) const {
    if (const auto* list = Find(first)) for (const Phrase& p : *list) f(p.entry);
  }
  // Calls f(word) for the first word of every phrase.
  template <class F>
  void ForEachFirst(F f) const {
    for (const auto& [word, list] : by_first_) f(word);
  }
  // The longest phrase that ends just before tokens[end].
  Match MatchBefore(const std::vector<Token>& tokens, size_t end) const;

 struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };

 private:
  struct Phrase {
    std::vector<std::string> rest;  // the words after the first
    Entry entry;
  };
  bool RestMatches(const Phrase& p, const std::vector<Token>& tokens,
                   size_t next) const;
  const std::vector<Phrase>* Find(std::string_view first) const;

  std::unordered_map<std::string, std::vector<Phrase>, Hash, std::equal_to<>>
      by_first_;
  size_t max_words_ = 0;
};

struct Tables {
  PhraseTable numbers;  // number_words.tsv: role=class, number, alone
  PhraseTable units;    // units.tsv: role=kind, value=unit, count, iso
  PhraseTable months;   // months.tsv: role=calendar, number=month
  PhraseTable time;     // time_words.tsv: role, value, number=value if numeric
  PhraseTable cues;     // quantity_cues.tsv: role, value

  // Which tables have a phrase beginning with `norm` (clitics set aside):
  // an OR of the bits below, 0 for the ~90% of words that begin nothing.
  // A few nanoseconds: one backward pass hashes the word and its clitic-free
  // forms (they are its suffixes), then probes a small fingerprint table.
  // May err towards a bit set (a fingerprint collision), never towards 0.
  enum Bit : uint8_t {
    kNumberBit = 1, kUnitBit = 2, kMonthBit = 4, kTimeBit = 8,
    kCueBit = 16, kYearCueBit = 32, kExtraBit = 64,  // يوم وفي ففي
  };
  uint8_t Roles(std::string_view norm) const;

  static const Tables& Get();

 private:
  void AddFirst(std::string_view word, uint8_t bit);
  std::vector<uint32_t> slots_;  // fingerprint << 7 | bits; 0 = empty
  friend Tables* BuildTables();
};

// Splits a TSV row of a data file into fields; false for comments/blanks.
bool SplitRow(std::string_view line, std::vector<std::string_view>* fields);

}  // namespace khabar::extract

#endif  // KHABAR_EXTRACT_TABLES_H_
