// khabar end to end, in two stages (see e2e.h for the harness):
//
//   e2e_bench_khabar [--segment] (--records=FILE | --synthetic=BYTES) ...
//
// Without --segment (engine "khabar"): normalize+tokenize. text::Tokenize
// splits each article and gives every token its normalized form and
// stopword flag, which is the work an indexer needs from the text core.
// Every token's norm is a term.
//
// With --segment (engine "khabar+seg"): normalize+tokenize+segment. The same
// Tokenize, then morph::SegmentTokens with the segmenter compiled into the
// binary (Segmenter::Default()) over the same tokens, which sets each Arabic
// token's clitic segmentation and stem. Every token's norm is a term, and so
// is every Arabic token's stem. The segmenter is built before the corpus is
// loaded (not timed); its load time and memory go to stderr as one line:
//
//   segmenter: load_ms=L load_cpu_ms=C counts_mb=M words=N rss_delta_mib=D
//              rss_mib=R
//
// load_ms is Segmenter::load_micros() / 1000 (wall time of decoding the
// word counts and reading the frozen words and names); load_cpu_ms the
// process CPU time Default() took (steadier on a shared machine); counts_mb is
// WordCounts::memory_bytes() / 10^6 (the count table: arena and slots);
// rss_delta_mib is how much the process's max RSS grew while Default() ran
// (the count table, the frozen words and names, the pages of the embedded
// data it read); rss_mib the max RSS after it. run_e2e.sh reports them.

#include <sys/resource.h>

#include <time.h>

#include <cstdio>
#include <string_view>
#include <vector>

#include "e2e.h"
#include "khabar/document.h"
#include "morph/segmenter.h"
#include "text/tokenizer.h"

namespace khabar::bench {
namespace {

template <bool kSegment>
class KhabarEngine : public Engine {
 public:
  KhabarEngine() {
    if constexpr (kSegment) segmenter_ = &morph::Segmenter::Default();
  }

  std::string_view name() const override {
    return kSegment ? "khabar+seg" : "khabar";
  }

  void Analyze(std::string_view article, TermSink* sink) override {
    tokens_.clear();  // keeps the capacity: grows only for a longer article
    text::Tokenize(article, Span{0, static_cast<uint32_t>(article.size())},
                   &tokens_);
    if constexpr (kSegment) {
      morph::SegmentTokens(*segmenter_, article, &tokens_);
    }
    for (const Token& token : tokens_) {
      sink->Add(token.norm.data(), token.norm.size());
      if constexpr (kSegment) {
        if (token.kind == TokenKind::kArabic) {
          morph::StemInto(token, article, &stem_);
          sink->Add(stem_.data(), stem_.size());
        }
      }
    }
  }

 private:
  std::vector<Token> tokens_;
  std::string stem_;  // reused: one allocation, not one per token
  const morph::Segmenter* segmenter_ = nullptr;
};

double MaxRssMib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // kilobytes on Linux
}

double CpuMillis() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}

// Takes --segment out of argv; returns whether it was there.
bool TakeSegmentFlag(int* argc, char** argv) {
  bool segment = false;
  int kept = 1;
  for (int i = 1; i < *argc; ++i) {
    if (std::string_view(argv[i]) == "--segment") {
      segment = true;
    } else {
      argv[kept++] = argv[i];
    }
  }
  *argc = kept;
  argv[kept] = nullptr;
  return segment;
}

int RunSegment(int argc, char** argv) {
  const double rss_before = MaxRssMib();
  const double cpu_before = CpuMillis();
  KhabarEngine<true> engine;  // builds Segmenter::Default()
  const double cpu_ms = CpuMillis() - cpu_before;
  const double rss_after = MaxRssMib();
  const morph::WordCounts& counts = morph::Segmenter::Default().counts();
  std::fprintf(stderr,
               "segmenter: load_ms=%.3f load_cpu_ms=%.3f counts_mb=%.2f "
               "words=%zu rss_delta_mib=%.1f rss_mib=%.1f\n",
               morph::Segmenter::load_micros() / 1000.0, cpu_ms,
               counts.memory_bytes() / 1e6, counts.size(),
               rss_after - rss_before, rss_after);
  return E2eMain(argc, argv, &engine);
}

}  // namespace
}  // namespace khabar::bench

int main(int argc, char** argv) {
  if (khabar::bench::TakeSegmentFlag(&argc, argv)) {
    return khabar::bench::RunSegment(argc, argv);
  }
  khabar::bench::KhabarEngine<false> engine;
  return khabar::bench::E2eMain(argc, argv, &engine);
}
