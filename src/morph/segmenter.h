// Clitic segmentation: وبالكتاب = و + ب + ال + كتاب, لروسيا = ل + روسيا,
// استضافتنا = استضافة + نا.
//
// Arabic writes conjunctions (و ف), prepositions (ب ك ل), the future
// particle (س), the article (ال, and لل for ل + ال) and object or possessive
// pronouns (ه ها هم هما هن ك كم كما كن نا ني ي) as one word with their host.
// Segment() finds them, so that روسيا finds لروسيا and a quote cue وأكد is
// أكد.
//
// How it decides. Every way of reading the word as
//   [و|ف] [ب|ك|ل|س] [ال] STEM [pronoun]
// that the spelling allows is a candidate; the unsplit word is one too. A
// candidate scores by how much the written corpus (WordCounts: SaudiNewsNet,
// see models/README.md) supports its stem as a word of its own: the stem's
// count, and how often it takes the article (a stem seen as ال+STEM is a
// noun, so the و of وزير is not a conjunction when الوزير is common). Each
// clitic adds a fixed weight (و is common and cheap, ك as a preposition is
// rare). Rules the counts cannot see:
//   - closed-class words (data/segment_frozen.txt: الذي، كان، لكن، إلى ...)
//     are never cut inside;
//   - ال is the article whenever what follows is a known stem, unless the
//     whole word shows it is not (التزامه: the article takes no pronoun);
//   - the article and a pronoun never go together; س only before an
//     imperfect verb (ي ت ن أ);
//   - a stem ending in ت before a pronoun is read as ة (استضافتنا ->
//     استضافة + نا), one in ا as ى (مستواه -> مستوى + ه);
//   - a stem left with no corpus support costs more than any clitic gains,
//     so ولد, بلد, فلسطين and كتاب stay whole; the lexicon (text/lexicon.h,
//     aspell + ANERcorp) softens that for rare real words;
//   - proper names (the one-word PER, LOC and ORG entries of
//     data/gazetteer/, and ANERcorp's PERS/LOC/ORG tokens when the build
//     had ../shared/data) count as words: فالنسيا stays whole, وبوتين and
//     للبنان split off their clitics only.
// Speed: decisions for words in the count table are memoized in the table
// (once per process), and Code() answers from a per-thread cache of recent
// words (most tokens) without parsing the word. On the hot path a token
// keeps only its 16-bit code (Token::seg); StemOf cuts its stem out of its
// norm when asked.
//
// Thread-safe: Segmenter's state is immutable after construction but for
// the memo cells, which every thread writes with the same value.

#ifndef KHABAR_MORPH_SEGMENTER_H_
#define KHABAR_MORPH_SEGMENTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/hash.h"
#include "khabar/document.h"
#include "khabar/status.h"
#include "morph/word_counts.h"
#include "text/lexicon.h"

namespace khabar::morph {

enum class Clitic : uint8_t { kWa, kFa, kBi, kKa, kLi, kSa, kAl };

// The written form of a proclitic: "و", ..., "ال".
std::string_view CliticText(Clitic c);

// How one word splits. Offsets are bytes in the word as given to Segment().
struct Segmentation {
  // The decision in 16 bits; 0 for "not segmented" (the whole word is the
  // stem). Stable: the same word always gives the same code.
  uint16_t code = 0;

  uint8_t num_proclitics = 0;
  Clitic proclitics[3] = {};
  // Where proclitic i ends. For an elided article (لل = ل + ال) the article
  // covers the second ل, which it shares with nothing: the ل preposition
  // ends where the article begins.
  uint32_t proclitic_end[3] = {};
  uint32_t stem_begin = 0;
  uint32_t stem_end = 0;      // == enclitic begin
  uint32_t word_end = 0;      // == enclitic end
  bool article_elided = false;
  // The stem's last letter as it reads before a pronoun: U'ة' for a ت,
  // U'ى' for an ا; 0 when written as it reads.
  char32_t restored = 0;

  bool has_enclitic() const { return stem_end < word_end; }
  bool split() const { return num_proclitics > 0 || has_enclitic(); }
};

class Segmenter {
 public:
  // The segmenter over the counts, frozen words and lexicon compiled into
  // this binary; built on first use (see load_micros()). Link
  // khabar_morph_data to use it.
  static const Segmenter& Default();

  // `counts` and `lexicon` must outlive the segmenter. `frozen`: one word
  // per line, '#' comments. `names`: proper names, one per line, anything
  // after a space ignored (ANERcorp's `token TAG` lines of names).
  // `gazetteer`: data/gazetteer/*.tsv lines; their one-word PER, LOC and
  // ORG entries count as names too.
  Segmenter(const WordCounts* counts, const text::Lexicon* lexicon,
            std::string_view frozen, std::string_view names = {},
            std::string_view gazetteer = {});

  // Segments one word (an Arabic token's surface). Words longer than 40
  // letters, and anything that is not Arabic letters and marks, come back
  // unsplit.
  Segmentation Segment(std::string_view word) const;

  // The segmentation `code` (Segmentation::code of this word) stands for.
  static Segmentation Decode(std::string_view word, uint16_t code);

  // "و+ب+ال+كتاب", "استضافة+نا": the pieces as written, joined by '+',
  // with the elided article and a restored last letter shown.
  static std::string Joined(std::string_view word, const Segmentation& seg);

  // The stem in search normalization (text/normalizer.h), restored letter
  // included: "وبالكتاب" -> "كتاب", "استضافتنا" -> "استضافه".
  static std::string Stem(std::string_view word, const Segmentation& seg);

  // Segment(word).code, through a per-thread cache of recent words: what
  // the hot path calls.
  uint16_t Code(std::string_view word) const;

  // Every reading Segment() weighed for `word`, best first, as
  // (SEG, score): the answer to "why was this split?".
  std::vector<std::pair<std::string, double>> Explain(
      std::string_view word) const;

  const WordCounts& counts() const { return *counts_; }

  // Microseconds Default() took to build (decode the count image, read the
  // frozen words), for `khabar segment --stats` and the benchmark.
  static double load_micros();

 private:
  struct Word;
  friend std::string Skeleton(std::string_view word);
  using Trace = std::vector<std::pair<uint16_t, double>>;
  uint16_t Decide(const Word& w, Trace* trace = nullptr) const;
  static Segmentation FromCode(const Word& w, uint16_t code);
  double Support(std::string_view key) const;
  // Count(a + b), joined without allocating.
  uint32_t CountJoined(std::string_view a, std::string_view b) const;

  const WordCounts* counts_;
  const text::Lexicon* lexicon_;
  // Skeletons by their 64-bit hashes: a lookup allocates nothing.
  bool Frozen(std::string_view skeleton) const {
    return frozen_.count(base::Hash64(skeleton)) > 0;
  }
  bool Name(std::string_view skeleton) const {
    return names_.count(base::Hash64(skeleton)) > 0;
  }
  std::unordered_set<uint64_t> frozen_;
  std::unordered_set<uint64_t> names_;
};

// Segments every Arabic token of `tokens` (spans into `text`): sets its
// `seg`. Other tokens are left as they are.
void SegmentTokens(const Segmenter& segmenter, std::string_view text,
                   std::vector<Token>* tokens);

// A token's stem in search normalization (وبالكتاب -> كتاب, استضافتنا ->
// استضافه), from its norm and `seg`; the norm itself for a token without
// clitics or not Arabic. Equals Segmenter::Stem of its surface.
std::string StemOf(const Token& token, std::string_view text);
// The same into *stem, reusing its capacity (the hot path's way).
void StemInto(const Token& token, std::string_view text, std::string* stem);

// The key WordCounts and the frozen list use for a word: its letters as
// written, less harakat, tatweel and other marks; "" when the word is not
// all Arabic letters and marks. "وَبِالكِتَابِ" -> "وبالكتاب".
std::string Skeleton(std::string_view word);

// A light stem for search: the normalized stem less one inflectional
// suffix (ات ان ون ين ه ي ...), keeping at least three letters.
// "مدرسه" -> "مدرس", "مسؤولون" normalized "مسوولون" -> "مسوول".
std::string LightStem(std::string_view stem_norm);

// Snowball's Arabic stemmer (libstemmer) on a word, for comparison in the
// search evaluation.
std::string SnowballStem(std::string_view word);

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_SEGMENTER_H_
