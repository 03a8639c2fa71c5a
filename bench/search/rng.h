// splitmix64: a tiny deterministic PRNG. The query set and the synthetic
// corpus must come out the same on every platform and compiler, which the
// std:: distributions do not promise.

#ifndef KHABAR_BENCH_SEARCH_RNG_H_
#define KHABAR_BENCH_SEARCH_RNG_H_

#include <cstddef>
#include <cstdint>

namespace khabar::bench::search {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform enough in [0, n) for n far below 2^64. REQUIRES: n > 0.
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  // True with probability 1/n.
  bool OneIn(size_t n) { return Below(n) == 0; }

 private:
  uint64_t state_;
};

}  // namespace khabar::bench::search

#endif  // KHABAR_BENCH_SEARCH_RNG_H_
