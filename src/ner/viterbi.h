// First-order Viterbi over BIO tags: the best tag sequence for per-token
// tag scores and tag-to-tag transitions, moving only where BIO allows (I-X
// only after B-X or I-X). Training and tagging both decode with it.

#ifndef KHABAR_NER_VITERBI_H_
#define KHABAR_NER_VITERBI_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "ner/tagger.h"

namespace khabar::ner {

using TagScores = std::array<float, kNumTags>;

// The row of `transitions` that leads into the first token.
constexpr int kStartRow = kNumTags;

// Whether tag `tag` may follow `prev` (kStartRow: the sentence start).
inline bool Allowed(int prev, int tag) {
  if (tag == kO || tag % 2 == 1) return true;
  return prev != kStartRow && prev != kO && (prev + 1) / 2 == tag / 2;
}

// Fills (*out)[0, n) with the best path for emit[0, n). `best` is working
// memory (grown as needed, so reusing it allocates nothing). Between equal
// scores the lower previous tag wins, as in a scan with a strict >.
void BestPath(const TagScores* emit, size_t n,
              const float (*transitions)[kNumTags],
              std::vector<TagScores>* best, std::vector<uint8_t>* out);

}  // namespace khabar::ner

#endif  // KHABAR_NER_VITERBI_H_
