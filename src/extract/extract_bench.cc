// Google Benchmark of the two extractors against the text core they sit on,
// in one run over the same articles. Each benchmark walks the articles and,
// per article, runs
//   NormalizeTokenize              text::Tokenize (tokens carry their norm)
//   NormalizeTokenize+Quantities   the same, then ExtractQuantities
//   NormalizeTokenize+Times        the same, then ExtractTimes
//   NormalizeTokenize+Extractors   the same, then both, as Analyze runs them
// so the extractors read tokens fresh in the cache, as in Analyze (timed
// apart over the tokens of a whole day, ~100 MB, they would time the memory
// bus). What an extractor adds is the difference from NormalizeTokenize; at
// the end one line gives the budget of issue 4 (extractors <= 30%):
//   extractors add 9.1 ms to normalize+tokenize's 36.2 ms: 25.1% (median CPU)
//
//   extract_bench [--data=PATH] [--benchmark_repetitions=N] [--benchmark_*]
//
// PATH is anything khabar::ReadPath reads (a SaudiNewsNet day's zip, a
// directory, a seed file). Default: the first day of SaudiNewsNet under
// $KHABAR_SHARED_DIR (else the shared dir configured in CMake), else
// examples/sample.txt, and the label of every benchmark says which. The
// articles go through Pipeline::Analyze first, so the extractors read what
// they read in `khabar analyze`: the record's text, sentences and date.
// Times are CPU time (the machine may be shared); the ratio takes the
// median of the repetitions (--benchmark_repetitions=5), else the one run.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "bench/ratio_reporter.h"
#include "extract/extractor.h"
#include "khabar/pipeline.h"
#include "khabar/reader.h"
#include "text/tokenizer.h"

namespace khabar {
namespace {

struct Article {
  std::string text;
  std::vector<Span> sentences;
  std::string date;
};

struct Corpus : ReadSink {
  void OnArticle(RawArticle&& a) override {
    Record r = pipeline.Analyze(a);
    bytes += r.text.size();
    articles.push_back({std::move(r.text), std::move(r.sentences), std::move(r.date)});
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    std::cerr << "extract_bench: skipped " << where << ": " << why << "\n";
  }

  Pipeline pipeline;
  std::vector<Article> articles;
  size_t bytes = 0;
  std::string label;
};

void Report(benchmark::State& state, const Corpus& corpus) {
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(corpus.bytes));
  state.SetLabel(corpus.label);
}

void Tokenize(const std::string& text, std::vector<Token>* tokens) {
  tokens->clear();
  text::Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
}

void BM_NormalizeTokenize(benchmark::State& state, const Corpus& corpus) {
  std::vector<Token> tokens;
  for (auto _ : state) {
    for (const Article& a : corpus.articles) {
      Tokenize(a.text, &tokens);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  Report(state, corpus);
}

template <bool kQuantities, bool kTimes>
void BM_Extract(benchmark::State& state, const Corpus& corpus) {
  std::vector<Token> tokens;
  std::vector<Quantity> quantities;
  std::vector<TimeExpr> times;
  std::vector<std::string> warnings;
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (const Article& a : corpus.articles) {
      Tokenize(a.text, &tokens);
      quantities.clear();
      times.clear();
      warnings.clear();
      const ExtractInput in{a.text, tokens, a.sentences, a.date};
      if (kQuantities) ExtractQuantities(in, &quantities);
      if (kTimes) ExtractTimes(in, &times, &warnings);
      benchmark::DoNotOptimize(quantities.data());
      benchmark::DoNotOptimize(times.data());
      found += quantities.size() + times.size();
    }
  }
  state.counters["found"] = static_cast<double>(found);
  Report(state, corpus);
}

}  // namespace
}  // namespace khabar

int main(int argc, char** argv) {
  const std::string data = khabar::bench::TakeDataFlag(&argc, argv);
  khabar::Corpus corpus;
  const khabar::Status read = khabar::ReadPath(data, {}, &corpus);
  if (!read.ok() || corpus.articles.empty()) {
    std::cerr << "extract_bench: nothing to read in " << data << ": "
              << read.ToString() << "\n";
    return 2;
  }
  corpus.label = std::filesystem::path(data).filename().string() + ": " +
                 std::to_string(corpus.articles.size()) + " articles, " +
                 std::to_string(corpus.bytes) + " bytes";

  using khabar::BM_Extract;
  benchmark::RegisterBenchmark("NormalizeTokenize", khabar::BM_NormalizeTokenize,
                               std::cref(corpus));
  benchmark::RegisterBenchmark("NormalizeTokenize+Quantities", BM_Extract<true, false>,
                               std::cref(corpus));
  benchmark::RegisterBenchmark("NormalizeTokenize+Times", BM_Extract<false, true>,
                               std::cref(corpus));
  benchmark::RegisterBenchmark("NormalizeTokenize+Extractors", BM_Extract<true, true>,
                               std::cref(corpus));
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  khabar::bench::RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  const double core = reporter.Median("NormalizeTokenize");
  for (const char* stage : {"Quantities", "Times", "Extractors"}) {
    const double with = reporter.Median(std::string("NormalizeTokenize+") + stage);
    if (core <= 0 || with <= 0) continue;
    std::printf("%s add %.3f ms to normalize+tokenize's %.3f ms: %.1f%% (median CPU)\n",
                stage, with - core, core, 100 * (with - core) / core);
  }
  benchmark::Shutdown();
  return 0;
}
