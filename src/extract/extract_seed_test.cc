// The seed article against ../shared/gold: its 5 quantities and 6 times with
// the gold values. A gold item is found when an extraction has the same
// text (times) or contains the gold text (quantities, whose gold texts are
// phrases) and the same value. Skips when ../shared is absent.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

#include "extract/extract_testing.h"
#include "khabar/pipeline.h"
#include "khabar/reader.h"
#include "test_util.h"

namespace khabar::extract {
namespace {

constexpr const char* kSeed = "000_5aa78d3e4e24ad41";

struct OneSink : ReadSink {
  void OnArticle(RawArticle&& a) override { articles.push_back(std::move(a)); }
  void OnSkip(const std::string&, const std::string&) override {}
  std::vector<RawArticle> articles;
};

TEST(Seed, QuantitiesAndTimesMatchGold) {
  const std::string shared = khabar::testing::SharedDir();
  const std::string seed = shared + "/seeds/" + kSeed + ".txt";
  if (shared.empty() || !std::filesystem::exists(seed))
    GTEST_SKIP() << "../shared/seeds is absent (set KHABAR_SHARED_DIR)";
  const auto gold = nlohmann::json::parse(
      khabar::testing::ReadFile(shared + "/gold/" + kSeed + ".expected.json"));
  // The record's text, as the pipeline will hand it to the extractors.
  OneSink sink;
  ASSERT_TRUE(ReadPath(seed, {}, &sink).ok());
  ASSERT_EQ(sink.articles.size(), 1u);
  const Record r = Pipeline().Analyze(sink.articles[0]);
  ASSERT_EQ(r.date, "2026-01-22");
  const auto f = testing::Extract(r.text, r.date);
  for (const auto& g : gold["quantities"]) {
    const std::string text = g["text"];
    bool found = false;
    for (const Quantity& q : f.quantities) {
      if (q.text.find(text) == std::string::npos && text.find(q.text) == std::string::npos)
        continue;
      found = true;
      EXPECT_EQ(q.value, g["value"].get<double>()) << text;
      EXPECT_EQ(q.qualifier, g["qualifier"].get<std::string>()) << text;
      if (g.contains("unit")) {
        EXPECT_EQ(q.unit, g["unit"].get<std::string>()) << text;
      }
      if (g.contains("counted")) {
        EXPECT_EQ(q.counted, g["counted"].get<std::string>()) << text;
      }
      if (g.contains("of")) {
        EXPECT_EQ(q.counted, g["of"].get<std::string>()) << text;
      }
    }
    EXPECT_TRUE(found) << "missing quantity: " << text;
  }
  std::vector<bool> used(f.times.size());
  for (const auto& g : gold["times"]) {
    const std::string text = g["text"];
    bool found = false;
    for (size_t k = 0; k < f.times.size() && !found; ++k) {
      if (used[k] || f.times[k].text != text) continue;
      found = used[k] = true;
      EXPECT_EQ(f.times[k].value, g["value"].get<std::string>()) << text;
    }
    EXPECT_TRUE(found) << "missing time: " << text;
  }
  for (const Quantity& q : f.quantities)
    std::cout << "quantity  " << q.text << " = " << q.value << " " << q.qualifier << "\n";
  for (const TimeExpr& t : f.times)
    std::cout << "time      " << t.text << " = " << t.value << " " << t.kind << "\n";
  EXPECT_TRUE(f.warnings.empty());
}

}  // namespace
}  // namespace khabar::extract
