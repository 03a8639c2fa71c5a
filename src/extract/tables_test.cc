// Tables::Roles() is a filter in front of every phrase lookup: it may say
// yes to a word that begins no phrase, never no to one that does. Checked
// here against the tables themselves, for every first word of every table
// in every clitic form CliticForms() allows (the slow, plain definition).

#include "extract/tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

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

// Words of every length from 0 to 12 bytes: Roles(Token) reads a short
// word's tail without a branch on its length, and must agree with the
// string form, which reads it in one or two loads.
TEST(Roles, TokenAndStringAgreeAtEveryLength) {
  const Tables& t = Tables::Get();
  const std::string letters = "وبالخمسينعامايوم";  // two bytes a letter
  for (size_t n = 0; n <= letters.size(); n += 2) {
    for (size_t from = 0; from + n <= letters.size(); from += 2) {
      const std::string word = letters.substr(from, n);
      Token token;
      token.norm.assign(word);
      EXPECT_EQ(t.Roles(token), t.Roles(word)) << word;
    }
  }
}

// Tokens' one pass: each token's roles as Roles() gives them, and as
// starts exactly the digits and the words with a role, in order; a second
// Tokens over the same memo finds the same without a pass of its own.
TEST(Tokens, StartsAreTheDigitsAndTheWordsWithARole) {
  const std::string text =
      "قال الرئيس أمس إن أكثر من ٨٠٠ طن وصلت، وفي 22 يناير 2026 بلغت 3.5% "
      "نحو خمسين عاماً ( 18 ) موقعاً https://x.ru #غزة";
  const std::vector<Token> tokens = text::Tokenize(text);
  const Tables& tables = Tables::Get();
  TokenMemo memo;
  const Tokens t(tokens, &memo);
  std::vector<uint32_t> starts;
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(t.roles(i), tables.Roles(tokens[i])) << tokens[i].norm;
    if (t.roles(i) || tokens[i].kind == TokenKind::kNumber)
      starts.push_back(static_cast<uint32_t>(i));
  }
  EXPECT_EQ(memo.starts, starts);
  EXPECT_EQ(t.roles(tokens.size()), 0);
  EXPECT_GT(starts.size(), 8u);
  EXPECT_LT(starts.size(), tokens.size());
  size_t cursor = 0, seen = 0;
  for (size_t i = 0; (i = t.NextStart(i, &cursor)) < t.size(); ++i) {
    ASSERT_LT(seen, starts.size());
    EXPECT_EQ(i, starts[seen++]);
  }
  EXPECT_EQ(seen, starts.size());
  memo.starts.push_back(0);  // a second Tokens must not scan again
  const Tokens again(tokens, &memo);
  EXPECT_EQ(memo.starts.size(), starts.size() + 1);
}

}  // namespace
}  // namespace khabar::extract
