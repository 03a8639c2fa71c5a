// The tagger's features (tagger.h): template numbers, how a feature is
// hashed, and SentenceFeatures, the plain extractor that training uses and
// that the fast path (word_scores.cc) is tested against.
//
// A feature is a 32-bit hash: its template's number mixed with its values'
// hashes (Mix, hashing.h), so that no feature string is ever built. The
// templates and their numbers are fixed: models/ner.bin holds the hashes.

#ifndef KHABAR_NER_FEATURES_H_
#define KHABAR_NER_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "ner/gazetteer.h"
#include "ner/hashing.h"
#include "ner/tagger.h"

namespace khabar::ner {

// Template numbers: fixed, never reordered.
enum Template : uint64_t {
  kBias = 1, kNorm, kStem, kKind, kClitics, kPronoun, kHead2, kHead3, kTail2,
  kTail3, kLength, kFrequency, kUpper, kStemM1, kStemP1, kStemM2, kStemP2,
  kStemPairM1, kStemPairP1, kTail3M1, kNormM1, kNormP1, kStemPairM2,
  kCluster, kClusterM1, kClusterP1, kClusterPair, kGaz, kGazAlone, kGazM1,
  kGazP1, kGazM2, kGazPair, kGazStem, kHead1, kTail1,
};

inline uint32_t Feature(uint64_t tpl, uint64_t v) {
  const uint64_t h = Mix(tpl, v);
  return static_cast<uint32_t>(h ^ (h >> 32));
}
// A feature of two values in two steps: Mix(tpl, v) depends on v alone,
// so a caller may keep it per word (the word cache does).
inline uint32_t FeatureFrom(uint64_t tpl_and_v, uint64_t w) {
  const uint64_t h = Mix(tpl_and_v, w);
  return static_cast<uint32_t>(h ^ (h >> 32));
}
inline uint32_t Feature(uint64_t tpl, uint64_t v, uint64_t w) {
  return FeatureFrom(Mix(tpl, v), w);
}

// Values that stand for "before the sentence", "after it", "outside it"
// (clusters and gazetteer classes) and "nothing".
struct SpecialValues {
  uint64_t before, after, outside, none;
};
const SpecialValues& Specials();

// The first / last n code points of s.
std::string_view Head(std::string_view s, int n);
std::string_view Tail(std::string_view s, int n);

// The bucket of how common a written word is in the news (names are
// rarer): `seen` is its count in morph::WordCounts.
uint64_t FrequencyBucket(uint32_t seen);

// The features of every token of a sentence, hashed: (*out)[i] for token i.
void SentenceFeatures(const std::vector<NerToken>& sentence,
                      const Gazetteer& gazetteer,
                      std::vector<std::vector<uint32_t>>* out);

}  // namespace khabar::ner

#endif  // KHABAR_NER_FEATURES_H_
