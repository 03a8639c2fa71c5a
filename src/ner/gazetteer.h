// Gazetteers: lists of names the news repeats (countries, cities, people,
// organizations, titles, nationality adjectives), matched on the stems of
// tokens, so that لروسيا matches روسيا and لوزارة الخارجية matches وزارة
// الخارجية. Entries come from data/gazetteer/*.tsv:
//   SURFACE<TAB>CLASS<TAB>CANONICAL
// SURFACE is one or more words; each is reduced as tokens are (search
// normalization, clitics off: morph::Segmenter), so the match is
// spelling-tolerant the same way search is.
//
// Thread-safe: immutable after construction.

#ifndef KHABAR_NER_GAZETTEER_H_
#define KHABAR_NER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "morph/segmenter.h"

namespace khabar::ner {

struct GazetteerEntry {
  std::string cls;        // "LOC.COUNTRY", "PER.GIVEN", "TITLE", ...
  std::string canonical;  // the standard full form
  int words = 0;
  bool article = false;   // its first word is written with ال (العراق)
};

// One match: entry over stems [begin, end).
struct GazetteerMatch {
  int begin = 0, end = 0;
  const GazetteerEntry* entry = nullptr;
};

// A class's first part: "LOC" of "LOC.COUNTRY".
inline std::string_view CoarseClass(std::string_view cls) {
  return cls.substr(0, cls.find('.'));
}

class Gazetteer {
 public:
  // The lists compiled into this binary (data/gazetteer/*.tsv).
  static const Gazetteer& Default();

  Gazetteer() = default;
  // Adds the entries of one TSV text; '#' lines and blank lines skipped.
  void AddTsv(std::string_view tsv, const morph::Segmenter& segmenter);

  // The key of one listed word: search normalization, proclitics off
  // (الكرملين -> كرملين), what looks like a pronoun kept (حولي, سيدني:
  // names are listed without pronouns).
  static std::string WordKey(std::string_view word,
                             const morph::Segmenter& segmenter);

  // Longest matches, left to right, not overlapping, over a sentence given
  // as the stems of its tokens. `whole`, when given, is each token without
  // its proclitics but with what the segmenter took for a pronoun (the
  // stem of سيدني may be سيد): a match may end on it.
  std::vector<GazetteerMatch> Match(
      const std::vector<std::string_view>& stems,
      const std::vector<std::string_view>* whole = nullptr) const;

  // The entry for exactly these words (stems joined by ' '), or nullptr.
  const GazetteerEntry* Find(std::string_view key) const;

  size_t size() const { return entries_.size(); }

 private:
  // Keyed by the 64-bit hash of the stems joined by ' ' (a lookup hashes a
  // few bytes and allocates nothing). When a key is listed twice, the first
  // class wins. `prefixes_` holds the hashes of every entry's first words
  // (1 .. words-1 of them): a match extends only while it can still grow.
  std::unordered_map<uint64_t, GazetteerEntry> entries_;
  std::unordered_set<uint64_t> prefixes_;
  int max_words_ = 0;
};

}  // namespace khabar::ner

#endif  // KHABAR_NER_GAZETTEER_H_
