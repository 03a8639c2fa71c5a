// The table-driven suite tests/golden/extract/{quantities,times}.tsv: each
// row an input sentence and one item the extractor must find in it, with
// its value (see the header comment of each file for the columns).

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "extract/extract_testing.h"
#include "extract/tables.h"
#include "test_util.h"

namespace khabar::extract {
namespace {

std::string GoldenPath(const char* name) {
  return khabar::testing::SourceDir() + "/tests/golden/extract/" + name;
}

// Calls row(fields, line_number) for each data row of a golden file.
template <class Row>
size_t ForEachRow(const char* name, Row row) {
  const std::string file = khabar::testing::ReadFile(GoldenPath(name));
  EXPECT_FALSE(file.empty()) << GoldenPath(name);
  std::vector<std::string_view> f;
  size_t rows = 0, line_no = 0, at = 0;
  while (at < file.size()) {
    size_t eol = file.find('\n', at);
    if (eol == std::string::npos) eol = file.size();
    ++line_no;
    const std::string_view line(file.data() + at, eol - at);
    at = eol + 1;
    if (!SplitRow(line, &f)) continue;
    ++rows;
    row(f, line_no);
  }
  return rows;
}

std::string Field(const std::vector<std::string_view>& f, size_t k) {
  return k < f.size() && f[k] != "-" ? std::string(f[k]) : "";
}

// input  text  value  qualifier  unit  counted
TEST(GoldenExtract, Quantities) {
  const size_t rows = ForEachRow("quantities.tsv", [](const auto& f, size_t line) {
    SCOPED_TRACE("quantities.tsv:" + std::to_string(line));
    ASSERT_GE(f.size(), 3u);
    const auto found = testing::Extract(f[0], "2026-01-22");
    const std::string want = Field(f, 1);
    if (want.empty()) {  // a negative case: nothing is a quantity
      EXPECT_TRUE(found.quantities.empty()) << f[0] << " -> " << found.quantities[0].text;
      return;
    }
    const Quantity* q = nullptr;
    for (const Quantity& c : found.quantities) if (c.text == want) q = &c;
    ASSERT_NE(q, nullptr) << "no quantity \"" << want << "\" in: " << f[0]
                          << (found.quantities.empty() ? "" : " (first: " + found.quantities[0].text + ")");
    const std::string value = Field(f, 2);
    const size_t dash = value.find('~');
    EXPECT_NEAR(q->value, std::strtod(value.c_str(), nullptr), 1e-6 * (1 + q->value));
    if (dash != std::string::npos) {
      EXPECT_EQ(q->value_max.value_or(-1), std::strtod(value.c_str() + dash + 1, nullptr));
    }
    EXPECT_EQ(q->qualifier, Field(f, 3).empty() ? "exact" : Field(f, 3));
    EXPECT_EQ(q->unit, Field(f, 4));
    EXPECT_EQ(q->counted, Field(f, 5));
  });
  EXPECT_GE(rows, 70u);
}

// date  input  text  value  kind
TEST(GoldenExtract, Times) {
  const size_t rows = ForEachRow("times.tsv", [](const auto& f, size_t line) {
    SCOPED_TRACE("times.tsv:" + std::to_string(line));
    ASSERT_GE(f.size(), 4u);
    const auto found = testing::Extract(f[1], Field(f, 0));
    const std::string want = Field(f, 2);
    if (want.empty()) {
      EXPECT_TRUE(found.times.empty()) << f[1] << " -> " << found.times[0].text;
      return;
    }
    const TimeExpr* t = nullptr;
    for (const TimeExpr& c : found.times) if (c.text == want) t = &c;
    ASSERT_NE(t, nullptr) << "no time \"" << want << "\" in: " << f[1]
                          << (found.times.empty() ? "" : " (first: " + found.times[0].text + ")");
    EXPECT_EQ(t->value, Field(f, 3));
    if (!Field(f, 4).empty()) {
      EXPECT_EQ(t->kind, Field(f, 4));
    }
    if (Field(f, 5) == "warn") {
      EXPECT_FALSE(found.warnings.empty());
    }
  });
  EXPECT_GE(rows, 70u);
}

}  // namespace
}  // namespace khabar::extract
