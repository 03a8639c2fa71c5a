// Scoring the segmenter against a gold segmentation in Farasa's format
// (QCRI's WikiNews set: `و+ال+تلفزيون<TAB>CONJ+DET+NOUN` per line).
//
// khabar splits clitics only, so the gold is first reduced to clitic
// boundaries: leading pieces that are proclitics (و ف ب ك ل س ال tagged
// CONJ PREP DET FUT_PART PART) stay separate, a trailing pronoun (PRON, one
// of ه ها هم هما هن ك كم كما كن نا ني ي) stays separate, and everything in
// between (NSUFF, CASE, subject endings like أعلن+ت) merges into the stem.
// Both sides are compared in search normalization, the stem as written
// (ت of مرحلته stays ت on both sides).
//
// A word is right when all its clitic boundaries are; precision and recall
// count boundaries, in all and by side (proclitic, enclitic). Words with no
// Arabic letter (numbers, punctuation) are not scored.

#ifndef KHABAR_MORPH_SEGMENT_EVAL_H_
#define KHABAR_MORPH_SEGMENT_EVAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/status.h"
#include "morph/segmenter.h"

namespace khabar::morph {

struct GoldWord {
  std::string word;                 // as written (ل+ال+X is written للX)
  std::vector<std::string> pieces;  // clitic pieces, normalized
  int proclitics = 0;               // how many of `pieces` lead
  bool enclitic = false;            // the last piece is a pronoun
};

// Reads a Farasa-format file. Lines that are not `TOKENS<TAB>TAGS` (the
// header, blank lines) are skipped; CR line ends are fine.
Result<std::vector<GoldWord>> ReadFarasaGold(const std::string& path);

struct BoundaryScore {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
};

struct SegmentScore {
  size_t words = 0;
  size_t correct = 0;
  BoundaryScore all, proclitic, enclitic;
  // The most frequent mistakes: gold, ours, how often; most frequent first.
  struct Error {
    std::string gold, ours;
    size_t count = 0;
  };
  std::vector<Error> errors;
  double accuracy() const { return words ? double(correct) / words : 0; }
};

// The pieces Segmenter gives `word`, in the gold's terms.
GoldWord Predict(const Segmenter& segmenter, std::string_view word);

// Scores gold[begin, end).
SegmentScore ScoreSegmenter(const Segmenter& segmenter,
                            const std::vector<GoldWord>& gold, size_t begin,
                            size_t end);

// The same score for a stemmer read as a segmenter: what it cut off before
// its stem is one proclitic piece, what it cut off after is one enclitic
// piece (a stem not found in the normalized word counts as no cut). This is
// how a light stemmer (Snowball's Arabic) places clitic boundaries.
SegmentScore ScoreStemmer(std::string (*stem)(std::string_view),
                          const std::vector<GoldWord>& gold, size_t begin,
                          size_t end);

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_SEGMENT_EVAL_H_
