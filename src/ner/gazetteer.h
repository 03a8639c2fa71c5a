// Gazetteers: lists of names the news repeats (countries, cities, people,
// organizations, titles, nationality adjectives), matched on the stems of
// tokens, so that لروسيا matches روسيا and لوزارة الخارجية matches وزارة
// الخارجية. Entries come from data/gazetteer/*.tsv:
//   SURFACE<TAB>CLASS<TAB>CANONICAL
// SURFACE is one or more words; each is reduced as tokens are (search
// normalization, clitics off: morph::Segmenter), so the match is
// spelling-tolerant the same way search is.
//
// Keys are hashes, never strings: a word's key is WordHash(word), and a
// key of several words folds each next word in with ExtendKey. So a caller
// that already holds its tokens' word hashes (the tagger's word cache does)
// matches a sentence without building or hashing any string:
//   WordHash("مجلس") -> ExtendKey(that, WordHash("امن")) -> entry "مجلس الأمن"
// One open-addressing table answers both "is this an entry?" and "does
// some entry start with these words?", in one probe.
//
// Thread-safe: immutable after construction.

#ifndef KHABAR_NER_GAZETTEER_H_
#define KHABAR_NER_GAZETTEER_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "morph/segmenter.h"
#include "ner/hashing.h"

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

// A token as Match reads it: the WordHash of its stem and of its "whole"
// form (the word less proclitics but with what the segmenter took for a
// pronoun: the stem of سيدني may be سيد).
//
// A caller that looks words up once and keeps the answer (the tagger's word
// cache) may also fill in `known_by` with the one-word answer for the stem
// (Gazetteer::Lookup); Match then skips that probe, the most common one.
struct GazetteerWord {
  uint64_t stem = 0;
  uint64_t whole = 0;  // == stem when the token has no pronoun
  bool empty = false;  // an empty stem: no match runs through it
  bool prefix = false;                    // some entry starts with the stem
  const GazetteerEntry* entry = nullptr;  // the stem's own entry
  const void* known_by = nullptr;         // the gazetteer entry/prefix are from
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

  // The hash key of one word, and of `key`'s words followed by one more.
  static uint64_t WordHash(std::string_view word) { return HashOf(word); }
  static uint64_t ExtendKey(uint64_t key, uint64_t word_hash) {
    return Mix(key, word_hash);
  }

  // Longest matches, left to right, not overlapping, over a sentence given
  // as the stems of its tokens. `whole`, when given, is each token without
  // its proclitics but with what the segmenter took for a pronoun: a match
  // may end on it.
  std::vector<GazetteerMatch> Match(
      const std::vector<std::string_view>& stems,
      const std::vector<std::string_view>* whole = nullptr) const;

  // The same over hashed words, into *out (cleared first); `use_whole`
  // lets a match end on a token's whole form.
  void Match(const GazetteerWord* words, size_t n, bool use_whole,
             std::vector<GazetteerMatch>* out) const;

  // The entry for exactly these words (stems joined by ' '), or nullptr.
  const GazetteerEntry* Find(std::string_view key) const;
  // The same by hash key (a one-word key is WordHash(word)).
  const GazetteerEntry* FindKey(uint64_t key) const {
    const Slot* s = Probe(key);
    return s == nullptr || s->entry < 0 ? nullptr : &entries_[s->entry];
  }

  // Fills w->entry and w->prefix from w->stem, and marks them as this
  // gazetteer's.
  void Lookup(GazetteerWord* w) const {
    const Slot* s = Probe(w->stem);
    w->entry = s == nullptr || s->entry < 0 ? nullptr : &entries_[s->entry];
    w->prefix = s != nullptr && s->prefix;
    w->known_by = this;
  }

  // The entry for w's stem alone, from w when it holds this gazetteer's
  // answer.
  const GazetteerEntry* FindWord(const GazetteerWord& w) const {
    return w.known_by == this ? w.entry : FindKey(w.stem);
  }

  size_t size() const { return entries_.size(); }
  // Every class the entries use, once each, in order of first use.
  const std::vector<std::string>& classes() const { return classes_; }

 private:
  // One key: an entry's, a prefix of longer entries', or both.
  struct Slot {
    uint64_t key = 0;
    int32_t entry = -1;   // index in entries_; -1 when only a prefix
    bool used = false;
    bool prefix = false;  // some entry has more words after these
  };
  const Slot* Probe(uint64_t key) const;
  Slot* Insert(uint64_t key);
  void Grow();
  void NoteClass(std::string_view cls);

  std::deque<GazetteerEntry> entries_;  // a deque: pointers stay valid
  std::vector<Slot> slots_;             // a power of two, at most half used
  size_t used_ = 0;
  std::vector<std::string> classes_;
  int max_words_ = 0;
};

}  // namespace khabar::ner

#endif  // KHABAR_NER_GAZETTEER_H_
