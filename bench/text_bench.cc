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

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "corpus.h"
#include "khabar/document.h"
#include "load.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

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

void RegisterStages(const Corpus& corpus) {
  benchmark::RegisterBenchmark("Normalize", BM_Normalize, std::cref(corpus));
  benchmark::RegisterBenchmark("Tokenize", BM_Tokenize, std::cref(corpus));
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
