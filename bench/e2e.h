// The end-to-end harness shared by e2e_bench_khabar and its peers. Each
// binary defines an Engine and hands it to E2eMain, so all engines are loaded,
// warmed, timed and reported the same way:
//
//   e2e_bench_<engine> (--records=FILE | --synthetic=BYTES) [--warmup=N]
//
// (e2e_bench_khabar also takes --segment and --entities: see e2e_khabar.cc)
//
// loads the corpus (not timed), runs the engine over the first N articles
// (default 200, not timed: warms caches and the allocator), then once over
// every article, timed, and prints one TSV line on stdout:
//
//   engine corpus articles bytes seconds cpu_seconds terms checksum
//   load_rss_kb peak_rss_kb
//
// `seconds` is wall time of the timed pass; `cpu_seconds` the process CPU
// time over it (on a shared machine, the less noisy of the two).
//
// `terms` counts what the engine emits (khabar: every token, punctuation
// included; khabar+seg, e2e_bench_khabar --segment: every token and, again,
// every Arabic token's stem; khabar+ner, --entities: every token and every
// entity mention's text; Lucene++: terms left after its stopword filter;
// Snowball: one stem per whitespace-separated word). `checksum` folds in every term's
// length and end characters, so the output is read as an indexer would read
// it and no work can be optimized away. RSS is getrusage's max RSS (the
// figure /usr/bin/time -v prints) after loading and at the end: their
// difference is what the engine itself needed.

#ifndef KHABAR_BENCH_E2E_H_
#define KHABAR_BENCH_E2E_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace khabar::bench {

// Receives the terms an engine produces.
class TermSink {
 public:
  template <typename Char>
  void Add(const Char* term, size_t n) {
    ++terms_;
    checksum_ = checksum_ * 31 + n;
    if (n > 0) checksum_ += Unit(term[0]) * 7 + Unit(term[n - 1]);
  }
  uint64_t terms() const { return terms_; }
  uint64_t checksum() const { return checksum_; }

 private:
  template <typename Char>
  static uint64_t Unit(Char c) {
    return static_cast<std::make_unsigned_t<Char>>(c);
  }
  uint64_t terms_ = 0;
  uint64_t checksum_ = 0;
};

// One analyzer under test. Not thread-safe: one Engine per thread.
class Engine {
 public:
  virtual ~Engine() = default;
  virtual std::string_view name() const = 0;
  // Analyzes one article and reports each term it produces to `sink`.
  virtual void Analyze(std::string_view article, TermSink* sink) = 0;
};

// main() of an end-to-end binary (see above). Returns the exit code.
int E2eMain(int argc, char** argv, Engine* engine);

}  // namespace khabar::bench

#endif  // KHABAR_BENCH_E2E_H_
