// Google Benchmark per text stage, over a sample of real articles: the first
// day of SaudiNewsNet read with khabar::ReadPath, up to --sample_bytes.
// Without the data (or with --synthetic) the sample is synthetic Arabic
// (corpus.h), and every benchmark's label says which one ran.
//
//   text_bench [--data=PATH] [--sample_bytes=N] [--synthetic]
//              [--benchmark_filter=...] [other --benchmark_* flags]
//
// Each iteration runs the stage over the whole sample; bytes_per_second is
// input UTF-8 bytes, articles/s and tokens/s are rates. Later stages add a
// function here and a line in RegisterStages().
//
// Segment runs morph::SegmentTokens (Segmenter::Default()) over the sample
// already tokenized (not timed); bytes_per_second is still the sample's
// input bytes, tokens/s counts the Arabic tokens segmented. The segmenter
// memoizes its decision for every word of its count table, so after the
// first iteration this is the warm rate; SegmentCold gives every iteration
// a fresh segmenter (built with the timer paused), so every word is decided
// once per iteration, as in one pass over new text. SegmenterLoad builds the
// segmenter as Default() does: the word counts decoded from the image
// embedded in the binary (WordCounts::FromImage), then the Segmenter over
// them, the lexicon and the embedded frozen words and names.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "corpus.h"
#include "khabar/document.h"
#include "base/embed.h"
#include "load.h"
#include "morph/segmenter.h"
#include "morph/word_counts.h"
#include "text/lexicon.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

// The data Segmenter::Default() is built from (src/morph/CMakeLists.txt).
KHABAR_EMBEDDED(khabar_segment_counts)
KHABAR_EMBEDDED(khabar_segment_frozen)
KHABAR_EMBEDDED(khabar_segment_names)

namespace khabar::bench {
namespace {

struct Flags {
  std::string data = DefaultDataDir();
  size_t sample_bytes = size_t{2} << 20;
  bool synthetic = false;
};

// Sets the counters every stage reports; `tokens` is per iteration.
void Report(benchmark::State& state, const Corpus& corpus, double tokens) {
  const auto iterations = static_cast<double>(state.iterations());
  state.SetBytesProcessed(state.iterations() * corpus.bytes());
  state.counters["articles/s"] = benchmark::Counter(
      iterations * corpus.articles.size(), benchmark::Counter::kIsRate);
  if (tokens > 0) {
    state.counters["tokens/s"] =
        benchmark::Counter(iterations * tokens, benchmark::Counter::kIsRate);
  }
  state.SetLabel(corpus.label);
}

void BM_Normalize(benchmark::State& state, const Corpus& corpus) {
  std::string out;
  for (auto _ : state) {
    for (const std::string& article : corpus.articles) {
      out.clear();
      text::NormalizeAppend(article, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  Report(state, corpus, 0);
}

// Tokenize normalizes too: each token carries its normalized form.
void BM_Tokenize(benchmark::State& state, const Corpus& corpus) {
  std::vector<Token> tokens;
  size_t count = 0;
  for (auto _ : state) {
    count = 0;
    for (const std::string& article : corpus.articles) {
      tokens.clear();
      text::Tokenize(article, Span{0, static_cast<uint32_t>(article.size())},
                     &tokens);
      count += tokens.size();
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  Report(state, corpus, static_cast<double>(count));
}

// The sample tokenized, one token vector per article; sets *arabic to the
// number of Arabic tokens.
std::vector<std::vector<Token>> TokenizeAll(const Corpus& corpus,
                                            size_t* arabic) {
  std::vector<std::vector<Token>> all(corpus.articles.size());
  *arabic = 0;
  for (size_t i = 0; i < corpus.articles.size(); ++i) {
    const std::string& article = corpus.articles[i];
    text::Tokenize(article, Span{0, static_cast<uint32_t>(article.size())},
                   &all[i]);
    for (const Token& t : all[i]) *arabic += t.kind == TokenKind::kArabic;
  }
  return all;
}

// Segments every article's tokens with `segmenter`.
void SegmentAll(const morph::Segmenter& segmenter, const Corpus& corpus,
                std::vector<std::vector<Token>>* all) {
  for (size_t i = 0; i < corpus.articles.size(); ++i) {
    morph::SegmentTokens(segmenter, corpus.articles[i], &(*all)[i]);
    benchmark::DoNotOptimize((*all)[i].data());
  }
}

// Segment: the warm rate (decisions memoized after the first iteration).
void BM_Segment(benchmark::State& state, const Corpus& corpus) {
  size_t arabic = 0;
  std::vector<std::vector<Token>> all = TokenizeAll(corpus, &arabic);
  const morph::Segmenter& segmenter = morph::Segmenter::Default();
  for (auto _ : state) SegmentAll(segmenter, corpus, &all);
  Report(state, corpus, static_cast<double>(arabic));
}

// What Segmenter::Default() builds: counts decoded from the embedded image.
struct BuiltSegmenter {
  std::unique_ptr<morph::WordCounts> counts;
  std::unique_ptr<morph::Segmenter> segmenter;
};

BuiltSegmenter BuildSegmenter() {
  BuiltSegmenter b;
  auto counts = morph::WordCounts::FromImage(khabar_segment_counts_view());
  if (!counts.ok()) {
    std::cerr << "text_bench: embedded segment counts: "
              << counts.status().ToString() << "\n";
    std::abort();
  }
  b.counts = std::make_unique<morph::WordCounts>(std::move(*counts));
  b.segmenter = std::make_unique<morph::Segmenter>(
      b.counts.get(), &text::Lexicon::Default(), khabar_segment_frozen_view(),
      khabar_segment_names_view());
  return b;
}

// SegmentCold: a fresh segmenter (empty memo) for every iteration.
void BM_SegmentCold(benchmark::State& state, const Corpus& corpus) {
  size_t arabic = 0;
  std::vector<std::vector<Token>> all = TokenizeAll(corpus, &arabic);
  for (auto _ : state) {
    state.PauseTiming();
    BuiltSegmenter built = BuildSegmenter();
    state.ResumeTiming();
    SegmentAll(*built.segmenter, corpus, &all);
    state.PauseTiming();
    built = BuiltSegmenter();  // freed with the timer paused
    state.ResumeTiming();
  }
  Report(state, corpus, static_cast<double>(arabic));
}

// SegmenterLoad: one build of what Default() builds, per iteration.
// Counters: the count table's words and bytes (WordCounts::memory_bytes()).
void BM_SegmenterLoad(benchmark::State& state) {
  text::Lexicon::Default();  // a view of an embedded image: nothing to build
  size_t words = 0, bytes = 0;
  for (auto _ : state) {
    BuiltSegmenter built = BuildSegmenter();
    words = built.counts->size();
    bytes = built.counts->memory_bytes();
    benchmark::DoNotOptimize(built.segmenter.get());
  }
  state.counters["words"] = static_cast<double>(words);
  state.counters["memory_MB"] = static_cast<double>(bytes) / 1e6;
  state.counters["image_MB"] =
      static_cast<double>(khabar_segment_counts_view().size()) / 1e6;
}

void RegisterStages(const Corpus& corpus) {
  benchmark::RegisterBenchmark("Normalize", BM_Normalize, std::cref(corpus));
  benchmark::RegisterBenchmark("Tokenize", BM_Tokenize, std::cref(corpus));
  benchmark::RegisterBenchmark("Segment", BM_Segment, std::cref(corpus));
  benchmark::RegisterBenchmark("SegmentCold", BM_SegmentCold,
                               std::cref(corpus));
  benchmark::RegisterBenchmark("SegmenterLoad", BM_SegmenterLoad)
      ->Unit(benchmark::kMillisecond);
}

// Takes our flags out of argv; returns false on an unknown flag.
bool ParseFlags(int* argc, char** argv, Flags* flags) {
  int kept = 1;
  for (int i = 1; i < *argc; ++i) {
    const std::string arg = argv[i];
    if (arg.starts_with("--data=")) {
      flags->data = arg.substr(7);
    } else if (arg.starts_with("--sample_bytes=")) {
      flags->sample_bytes = std::strtoull(arg.c_str() + 15, nullptr, 10);
    } else if (arg == "--synthetic") {
      flags->synthetic = true;
    } else {
      argv[kept++] = argv[i];
    }
  }
  *argc = kept;
  return !benchmark::ReportUnrecognizedArguments(*argc, argv);
}

// The sample: the first zip of the data dir (or the file given), else
// synthetic text; the label names what was used and how much.
Corpus LoadSample(const Flags& flags) {
  Corpus corpus;
  const std::string zip = FirstZip(flags.data);
  const std::string path = zip.empty() ? flags.data : zip;
  if (!flags.synthetic &&
      LoadArticles(path, flags.sample_bytes, "saudinewsnet sample", &corpus)
          .ok() &&
      !corpus.articles.empty()) {
    corpus.label +=
        " (" + std::filesystem::path(path).filename().string() + ")";
  } else {
    corpus = SyntheticCorpus(flags.sample_bytes);
    corpus.label = flags.synthetic
                       ? "synthetic Arabic (--synthetic)"
                       : "synthetic Arabic (no data at " + flags.data + ")";
  }
  corpus.label += ": " + std::to_string(corpus.articles.size()) +
                  " articles, " + std::to_string(corpus.bytes()) + " bytes";
  return corpus;
}

}  // namespace
}  // namespace khabar::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  khabar::bench::Flags flags;
  if (!khabar::bench::ParseFlags(&argc, argv, &flags)) return 2;
  const khabar::bench::Corpus corpus = khabar::bench::LoadSample(flags);
  std::cerr << "text_bench: " << corpus.label << "\n";
  khabar::bench::RegisterStages(corpus);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
