// Times normalize+tokenize and the two extractors over the same texts
// (all of SaudiNewsNet, or the files given), in one run.
//   extract_bench [PATH...]   default: $KHABAR_SHARED_DIR/data/saudinewsnet
// To move under bench/ as a Google Benchmark, wrap Run() per stage.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "khabar/pipeline.h"
#include "khabar/reader.h"
#include "text/tokenizer.h"

namespace {

struct Texts : khabar::ReadSink {
  void OnArticle(khabar::RawArticle&& a) override {
    khabar::Record r = pipeline.Analyze(a);
    texts.push_back(std::move(r.text));
    dates.push_back(std::move(r.date));
  }
  void OnSkip(const std::string&, const std::string&) override {}
  khabar::Pipeline pipeline;
  std::vector<std::string> texts, dates;
};

double Seconds(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> paths(argv + 1, argv + argc);
  if (paths.empty()) {
    const char* shared = std::getenv("KHABAR_SHARED_DIR");
    paths.push_back(std::string(shared ? shared : "../shared") + "/data/saudinewsnet");
  }
  Texts in;
  for (const std::string& p : paths) khabar::ReadPath(p, {}, &in);
  std::vector<std::vector<khabar::Token>> tokens(in.texts.size());
  size_t bytes = 0, quantities = 0, times = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (size_t k = 0; k < in.texts.size(); ++k) {
    tokens[k] = khabar::text::Tokenize(in.texts[k]);
    bytes += in.texts[k].size();
  }
  const double tok = Seconds(t0);
  t0 = std::chrono::steady_clock::now();
  const std::vector<khabar::Span> no_sentences;
  for (size_t k = 0; k < in.texts.size(); ++k) {
    const khabar::ExtractInput x{in.texts[k], tokens[k], no_sentences, in.dates[k]};
    std::vector<khabar::Quantity> qs;
    std::vector<khabar::TimeExpr> ts;
    khabar::ExtractQuantities(x, &qs);
    khabar::ExtractTimes(x, &ts, nullptr);
    quantities += qs.size();
    times += ts.size();
  }
  const double ext = Seconds(t0);
  std::printf("%zu articles, %.1f MB\nnormalize+tokenize %.3f s (%.1f MB/s)\n"
              "extractors         %.3f s (%.1f%% of tokenize)\n"
              "%zu quantities, %zu times\n",
              in.texts.size(), bytes / 1e6, tok, bytes / 1e6 / tok, ext,
              100 * ext / tok, quantities, times);
  return 0;
}
