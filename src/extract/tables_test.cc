// Tables::Roles() is a filter in front of every phrase lookup: it may say
// yes to a word that begins no phrase, never no to one that does. Checked
// here against the tables themselves, for every first word of every table
// in every clitic form CliticForms() allows (the slow, plain definition).

#include "extract/tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace khabar::extract {
namespace {

// Words that may carry `word` as one of their CliticForms(): up to two of
// و ف ب ل ك before it, and لل for its ال.
std::vector<std::string> Carriers(const std::string& word) {
  static const char* kProclitics[] = {"و", "ف", "ب", "ل", "ك"};
  std::vector<std::string> stems = {word};
  if (word.starts_with("ال")) stems.push_back("لل" + word.substr(4));
  std::vector<std::string> out;
  for (const std::string& s : stems) {
    out.push_back(s);
    for (const char* p : kProclitics) {
      out.push_back(p + s);
      for (const char* q : kProclitics) out.push_back(std::string(p) + q + s);
    }
  }
  // Only the words whose clitic forms reach `word` must be found.
  std::vector<std::string> reach;
  for (const std::string& w : out) {
    const CliticForms forms(w);
    for (size_t k = 0; k < forms.size(); ++k)
      if (forms[k] == word) reach.push_back(w);
  }
  return reach;
}

TEST(Roles, NeverMissesAFirstWordInAnyCliticForm) {
  const Tables& t = Tables::Get();
  const std::pair<const PhraseTable*, uint8_t> tables[] = {
      {&t.numbers, Tables::kNumberBit}, {&t.units, Tables::kUnitBit},
      {&t.months, Tables::kMonthBit},   {&t.time, Tables::kTimeBit},
      {&t.cues, Tables::kCueBit | Tables::kYearCueBit}};
  size_t checked = 0;
  for (const auto& [table, bits] : tables) {
    table->ForEachFirst([&, table = table, bits = bits](const std::string& first) {
      for (const std::string& word : Carriers(first)) {
        ++checked;
        EXPECT_NE(t.Roles(word) & bits, 0) << word << " carries " << first;
        EXPECT_TRUE(table->Starts(word)) << word;
        Token token;
        token.norm.assign(word);
        EXPECT_EQ(t.Roles(token), t.Roles(word)) << word;
      }
    });
  }
  EXPECT_GT(checked, 1000u);
}

TEST(Roles, DualUnitsHaveTheirBit) {
  const Tables& t = Tables::Get();
  for (const char* w : {"عامين", "ضعفين", "وبدولارين"}) {
    EXPECT_NE(t.Roles(std::string(w)) & Tables::kDualBit, 0) << w;
  }
  EXPECT_EQ(t.Roles(std::string("دولار")) & Tables::kDualBit, 0);
}

TEST(Roles, MostWordsBeginNothing) {
  const Tables& t = Tables::Get();
  for (const char* w : {"الرئيس", "وقال", "المملكة", "بوتين", "والتعاون"}) {
    EXPECT_EQ(t.Roles(std::string(w)), 0) << w;
  }
}

}  // namespace
}  // namespace khabar::extract
