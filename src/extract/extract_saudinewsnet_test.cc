// All of SaudiNewsNet through the pipeline and both extractors: no crash,
// every span exact, counts by kind printed, and the extractors' time set
// against the tokenizer's (normalize + tokenize) on the same texts.
// KHABAR_EXTRACT_SAMPLE=N prints every N-th extraction for reading by eye.
// Skips when ../shared/data is absent.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>

#include "extract/extract_testing.h"
#include "khabar/pipeline.h"
#include "khabar/reader.h"
#include "test_util.h"
#include "text/tokenizer.h"

namespace khabar::extract {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

class ExtractSink : public ReadSink {
 public:
  explicit ExtractSink(const Pipeline& p) : pipeline_(p) {
    if (const char* s = std::getenv("KHABAR_EXTRACT_SAMPLE")) sample_ = std::atoi(s);
  }

  void OnArticle(RawArticle&& a) override {
    const Record r = pipeline_.Analyze(a);
    auto t0 = Clock::now();
    const std::vector<Token> tokens = text::Tokenize(r.text);
    tokenize_s += Since(t0);
    t0 = Clock::now();
    const ExtractInput in{r.text, tokens, r.sentences, r.date};
    testing::Found f;
    ExtractQuantities(in, &f.quantities);
    quantities_s += Since(t0);
    ExtractTimes(in, &f.times, &f.warnings);
    extract_s += Since(t0);
    testing::ExpectSpansExact(r.text, f);
    ++records;
    for (const Quantity& q : f.quantities) {
      ++by_kind["quantity/" + (q.unit_kind.empty() ? q.qualifier == "multiplier" ? "multiplier" : "count" : q.unit_kind)];
      Sample("Q", q.text + " => " + std::to_string(q.value) + " " + q.qualifier + " [" + q.unit + "] {" + q.counted + "}", r);
    }
    for (const TimeExpr& t : f.times) {
      ++by_kind["time/" + t.kind];
      ++by_kind["time_resolution/" + t.resolution];
      Sample("T", t.text + " => " + t.value + " " + t.kind + " " + t.resolution, r);
    }
    warnings += f.warnings.size();
  }
  void OnSkip(const std::string& where, const std::string& why) override {}

  void Sample(const char* what, const std::string& line, const Record& r) {
    if (sample_ > 0 && ++seen_ % sample_ == 0)
      std::cout << "SAMPLE " << what << " " << r.date << " " << line << "\n";
  }

  size_t records = 0, warnings = 0;
  double tokenize_s = 0, extract_s = 0, quantities_s = 0;
  std::map<std::string, size_t> by_kind;

 private:
  const Pipeline& pipeline_;
  int sample_ = 0;
  size_t seen_ = 0;
};

TEST(SaudiNewsNetExtract, EverySpanExactAndCounts) {
  const std::string shared = khabar::testing::SharedDir();
  const std::string dir = shared + "/data/saudinewsnet";
  if (shared.empty() || !std::filesystem::is_directory(dir))
    GTEST_SKIP() << "../shared/data/saudinewsnet is absent";
  const Pipeline pipeline;
  ExtractSink sink(pipeline);
  ASSERT_TRUE(ReadPath(dir, {}, &sink).ok());
  EXPECT_EQ(sink.records, 31030u);
  for (const auto& [kind, n] : sink.by_kind) std::cout << kind << "\t" << n << "\n";
  std::cout << "weekday warnings\t" << sink.warnings << "\n"
            << "normalize+tokenize s\t" << sink.tokenize_s << "\n"
            << "extract (both) s\t" << sink.extract_s << "\n"
            << "of which quantities s\t" << sink.quantities_s << "\n"
            << "overhead\t" << 100 * sink.extract_s / sink.tokenize_s << "%\n";
}

}  // namespace
}  // namespace khabar::extract
