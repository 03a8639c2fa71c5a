// Data-driven cases: tests/golden/analyze/NAME.{txt,json,...} is an input
// and NAME.expected.json what the record must hold. Only the fields an
// expectation names are compared, so records can grow without touching
// every case:
//   title, lede, date, url, source: exact strings
//   dateline: {date, source} or null
//   headings: the section headings, in order
//   sentences: every sentence's text, in order
//   paragraphs: every paragraph's text, in order
//   repairs: [{kind, before, after}], all of them, in order
//   warnings_include: substrings, each found in some warning
//   warnings: exact list (use [] for none)

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "khabar/pipeline.h"
#include "khabar/reader.h"
#include "test_util.h"

namespace khabar {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

class Collect : public ReadSink {
 public:
  void OnArticle(RawArticle&& a) override { articles.push_back(std::move(a)); }
  void OnSkip(const std::string& where, const std::string& why) override {
    skips.push_back(where + ": " + why);
  }
  std::vector<RawArticle> articles;
  std::vector<std::string> skips;
};

std::vector<std::string> Texts(const Record& r, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(s.Of(r.text));
  return out;
}

std::vector<std::string> Strings(const json& j) {
  return j.get<std::vector<std::string>>();
}

void CompareFields(const Record& r, const json& want) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"title", &r.title}, {"lede", &r.lede}, {"date", &r.date},
      {"url", &r.url},     {"source", &r.source}};
  for (const auto& [name, value] : fields) {
    if (want.contains(name)) {
      EXPECT_EQ(*value, want[name].get<std::string>()) << name;
    }
  }
  if (!want.contains("dateline")) return;
  if (want["dateline"].is_null()) {
    EXPECT_FALSE(r.dateline.has_value());
  } else {
    ASSERT_TRUE(r.dateline.has_value());
    EXPECT_EQ(r.dateline->date, want["dateline"]["date"]);
    EXPECT_EQ(r.dateline->source, want["dateline"]["source"]);
  }
}

void CompareLayout(const Record& r, const json& want) {
  if (want.contains("headings")) {
    std::vector<Span> headings;
    for (const Section& s : r.sections) {
      if (!s.heading.empty()) headings.push_back(s.heading);
    }
    EXPECT_EQ(Texts(r, headings), Strings(want["headings"]));
  }
  if (want.contains("sentences")) {
    EXPECT_EQ(Texts(r, r.sentences), Strings(want["sentences"]));
  }
  if (want.contains("paragraphs")) {
    EXPECT_EQ(Texts(r, r.paragraphs), Strings(want["paragraphs"]));
  }
}

void CompareRepairsAndWarnings(const Record& r, const json& want) {
  if (want.contains("repairs")) {
    json got = json::array();
    for (const Repair& rep : r.repairs) {
      got.push_back({{"kind", rep.kind}, {"before", rep.before}, {"after", rep.after}});
    }
    EXPECT_EQ(got, want["repairs"])
        << got.dump(1, ' ', false, json::error_handler_t::replace);
  }
  if (want.contains("warnings")) {
    EXPECT_EQ(r.warnings, Strings(want["warnings"]));
  }
  for (const auto& w : want.value("warnings_include", json::array())) {
    const std::string needle = w;
    EXPECT_TRUE(std::any_of(r.warnings.begin(), r.warnings.end(),
                            [&](const std::string& s) {
                              return s.find(needle) != std::string::npos;
                            }))
        << "no warning with: " << needle;
  }
}

TEST(Golden, Analyze) {
  const fs::path dir = fs::path(testing::SourceDir()) / "tests/golden/analyze";
  ASSERT_TRUE(fs::is_directory(dir)) << dir;
  const Pipeline pipeline;
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const fs::path path = entry.path();
    const std::string name = path.filename().string();
    if (name.ends_with(".expected.json")) continue;
    SCOPED_TRACE(name);
    const fs::path stem = path.parent_path() / path.stem();
    const json want = json::parse(testing::ReadFile(stem.string() + ".expected.json"));
    Collect sink;
    ASSERT_TRUE(ReadPath(path.string(), {}, &sink).ok());
    EXPECT_TRUE(sink.skips.empty()) << sink.skips[0];
    ASSERT_EQ(sink.articles.size(), 1u);
    AnalyzeOptions options;
    options.tokens = true;
    const Record r = pipeline.Analyze(sink.articles[0], options);
    testing::ExpectSpansValid(r);
    CompareFields(r, want);
    CompareLayout(r, want);
    CompareRepairsAndWarnings(r, want);
    ++cases;
  }
  EXPECT_GE(cases, 10);
}

}  // namespace
}  // namespace khabar
