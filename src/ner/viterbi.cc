// Viterbi in two passes: forward, the best score into every tag of every
// token (maxima only, four tags at a time); backward, along the best path
// only, which previous tag gave each maximum. Keeping just the maxima
// forward and finding the one argmax per token backward costs less than
// carrying the argmax of all nine tags along.
//
// The moves BIO forbids get a transition of -inf: they never win, so one
// loop serves every tag. The backward pass recomputes each candidate with
// the very float additions of the forward pass, scans previous tags in
// order and keeps the first best (a strict >): the path is the one a plain
// scan of every allowed move would choose (ner_test checks, ties included).

#include "ner/viterbi.h"

#include <cstdint>
#include <limits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace khabar::ner {
namespace {

// Four tags at a time (GCC's vector extension: SSE on x86-64, NEON on ARM,
// plain code elsewhere); the 9 tags padded to 3 vectors.
using Floats = float __attribute__((vector_size(16)));
using Mask = int32_t __attribute__((vector_size(16)));
constexpr int kVectors = 3;
constexpr int kLanes = 4 * kVectors;
static_assert(kLanes >= kNumTags);

constexpr float kNever = -std::numeric_limits<float>::infinity();

// The larger of a and b, lane by lane. Scores are never NaN.
Floats Max(Floats a, Floats b) {
#ifdef __SSE2__
  return _mm_max_ps(a, b);
#else
  const Mask a_larger = a > b;
  return reinterpret_cast<Floats>((reinterpret_cast<Mask>(a) & a_larger) |
                                  (reinterpret_cast<Mask>(b) & ~a_larger));
#endif
}

}  // namespace

void BestPath(const TagScores* emit, size_t n,
              const float (*trans)[kNumTags], std::vector<TagScores>* best,
              std::vector<uint8_t>* out) {
  out->resize(n);
  if (n == 0) return;
  if (best->size() < n) best->resize(n);
  float tr[kNumTags + 1][kNumTags];
  Floats tr_lanes[kNumTags + 1][kVectors];
  for (int p = 0; p <= kNumTags; ++p) {
    for (int t = 0; t < kLanes; ++t) {
      const float v = t < kNumTags && Allowed(p, t) ? trans[p][t] : kNever;
      if (t < kNumTags) tr[p][t] = v;
      tr_lanes[p][t / 4][t % 4] = v;
    }
  }
  TagScores* b = best->data();
  for (int t = 0; t < kNumTags; ++t) b[0][t] = emit[0][t] + tr[kStartRow][t];
  for (size_t i = 1; i < n; ++i) {
    Floats top[kVectors];
    for (Floats& v : top) v = Floats{} + kNever;
    for (int p = 0; p < kNumTags; ++p) {
      const Floats from = Floats{} + b[i - 1][p];
      for (int k = 0; k < kVectors; ++k) top[k] = Max(top[k], from + tr_lanes[p][k]);
    }
    for (int t = 0; t < kNumTags; ++t) b[i][t] = top[t / 4][t % 4] + emit[i][t];
  }
  int t = 0;
  for (int k = 1; k < kNumTags; ++k)
    if (b[n - 1][k] > b[n - 1][t]) t = k;
  for (size_t i = n - 1;; --i) {
    (*out)[i] = static_cast<uint8_t>(t);
    if (i == 0) break;
    // Which previous tag gave b[i][t]: the first to reach the maximum.
    int from = 0;
    float top = kNever;
    for (int p = 0; p < kNumTags; ++p) {
      const float v = b[i - 1][p] + tr[p][t];
      if (v > top) {
        top = v;
        from = p;
      }
    }
    t = from;
  }
}

}  // namespace khabar::ner
