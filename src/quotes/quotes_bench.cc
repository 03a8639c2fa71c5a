// Google Benchmark of quotes and events against the analysis they sit on,
// in one run over the same articles:
//   Analyze          Pipeline::Analyze, all of it, as `khabar analyze` runs
//                    it (quotes and events included)
//   QuotesEvents     AddQuotesAndEvents over each analyzed record
// At the end one line gives the budget of issue 6 (quotes and events add
// no more than 30% to the analyze time per article), both in median CPU:
//   quotes+events take 2.1 ms of analyze's 410.0 ms: they add 0.5% to the rest
//
//   quotes_bench [--data=PATH] [--benchmark_repetitions=N] [--benchmark_*]
//
// PATH is anything khabar::ReadPath reads. Default: the first day of
// SaudiNewsNet, else examples/sample.txt; the label says which.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "bench/ratio_reporter.h"
#include "khabar/pipeline.h"
#include "khabar/reader.h"
#include "quotes/quotes.h"

namespace khabar {
namespace {

struct Corpus : ReadSink {
  void OnArticle(RawArticle&& a) override {
    AnalyzeOptions options;
    options.tokens = true;
    Record r = pipeline.Analyze(a, options);
    bytes += r.text.size();
    records.push_back(std::move(r));
    raw.push_back(std::move(a));
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    std::cerr << "quotes_bench: skipped " << where << ": " << why << "\n";
  }

  Pipeline pipeline;
  std::vector<RawArticle> raw;
  std::vector<Record> records;
  size_t bytes = 0;
  std::string label;
};

void Report(benchmark::State& state, const Corpus& corpus) {
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(corpus.bytes));
  state.SetLabel(corpus.label);
}

void BM_Analyze(benchmark::State& state, const Corpus& corpus) {
  size_t quotes = 0;
  for (auto _ : state) {
    quotes = 0;
    for (const RawArticle& a : corpus.raw) {
      const Record r = corpus.pipeline.Analyze(a);
      quotes += r.quotes.size();
      benchmark::DoNotOptimize(r.events.data());
    }
  }
  state.counters["quotes"] = static_cast<double>(quotes);
  Report(state, corpus);
}

void BM_QuotesEvents(benchmark::State& state, Corpus& corpus) {
  size_t quotes = 0, events = 0;
  for (auto _ : state) {
    quotes = events = 0;
    for (Record& r : corpus.records) {
      quotes::AddQuotesAndEvents(r.tokens, &r);
      quotes += r.quotes.size();
      events += r.events.size();
    }
  }
  state.counters["quotes"] = static_cast<double>(quotes);
  state.counters["events"] = static_cast<double>(events);
  Report(state, corpus);
}

}  // namespace
}  // namespace khabar

int main(int argc, char** argv) {
  const std::string data = khabar::bench::TakeDataFlag(&argc, argv);
  khabar::Corpus corpus;
  const khabar::Status read = khabar::ReadPath(data, {}, &corpus);
  if (!read.ok() || corpus.records.empty()) {
    std::cerr << "quotes_bench: nothing to read in " << data << ": " << read.ToString()
              << "\n";
    return 2;
  }
  corpus.label = std::filesystem::path(data).filename().string() + ": " +
                 std::to_string(corpus.records.size()) + " articles, " +
                 std::to_string(corpus.bytes) + " bytes";
  benchmark::RegisterBenchmark("Analyze", khabar::BM_Analyze, std::cref(corpus));
  benchmark::RegisterBenchmark("QuotesEvents", khabar::BM_QuotesEvents, std::ref(corpus));
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  khabar::bench::RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  const double analyze = reporter.Median("Analyze");
  const double quotes = reporter.Median("QuotesEvents");
  if (analyze > quotes && quotes > 0) {
    std::printf("quotes+events take %.3f ms of analyze's %.3f ms: they add %.1f%% to "
                "the rest (median CPU)\n",
                quotes, analyze, 100 * quotes / (analyze - quotes));
  }
  benchmark::Shutdown();
  return 0;
}
