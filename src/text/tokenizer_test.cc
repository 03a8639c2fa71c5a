#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <string>

#include "text/char_class.h"
#include "text/normalizer.h"
#include "text/stopwords.h"
#include "text/text_testing.h"

namespace khabar::text {
namespace {

using testing::Escape;

#define TATWEEL "\xD9\x80"
#define RLM "\xE2\x80\x8F"

// "surface/kind surface/kind ...", as tokenize.tsv writes them.
std::string Describe(std::string_view text, const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.span.Of(text);
    out += '/';
    out += TokenKindName(t.kind);
  }
  return out;
}

// True when text[begin, end) holds only spaces and format controls, the
// only text a token may leave out.
bool OnlyInvisible(std::string_view text, uint32_t begin, uint32_t end) {
  for (size_t i = begin; i < end;) {
    int32_t cp;
    i = internal::DecodeChar(text.data(), i, end, &cp);
    if (cp < 0) return false;
    const auto cls = internal::LookupChar(cp).cls;
    if (cls != internal::CharClass::kSpace &&
        cls != internal::CharClass::kFormat) {
      return false;
    }
  }
  return true;
}

std::string ExpectedNorm(std::string_view surface, TokenKind kind) {
  if (kind == TokenKind::kPunct || kind == TokenKind::kUrl) {
    return std::string(surface);
  }
  return Normalize(surface);
}

// The tokenizer's contract on text[range]: spans inside the range, in
// order, non-empty, not overlapping; nothing but spaces and format controls
// left between them; norms and stop flags as tokenizer.h says.
void CheckTokens(std::string_view text, Span range,
                 const std::vector<Token>& tokens) {
  uint32_t last = range.begin;
  for (const Token& t : tokens) {
    ASSERT_LE(last, t.span.begin) << Escape(text);
    ASSERT_LT(t.span.begin, t.span.end) << Escape(text);
    ASSERT_LE(t.span.end, range.end) << Escape(text);
    ASSERT_TRUE(OnlyInvisible(text, last, t.span.begin))
        << "text lost before " << Escape(t.span.Of(text)) << " in "
        << Escape(text);
    const std::string_view surface = t.span.Of(text);
    ASSERT_EQ(t.norm, ExpectedNorm(surface, t.kind)) << Escape(surface);
    const bool word =
        t.kind == TokenKind::kArabic || t.kind == TokenKind::kLatin;
    ASSERT_EQ(t.stop, word && IsStopword(t.norm)) << Escape(surface);
    last = t.span.end;
  }
  ASSERT_TRUE(OnlyInvisible(text, last, range.end))
      << "text lost at the end of " << Escape(text);
}

void CheckWhole(std::string_view text) {
  CheckTokens(text, Span{0, static_cast<uint32_t>(text.size())},
              Tokenize(text));
}

TEST(Tokenizer, GoldenCases) {
  const auto cases = testing::ReadGolden("tests/golden/tokenize.tsv");
  EXPECT_GE(cases.size(), 50u);
  for (const auto& c : cases) {
    const std::vector<Token> tokens = Tokenize(c.input);
    EXPECT_EQ(Escape(Describe(c.input, tokens)), Escape(c.expected))
        << "tokenize.tsv:" << c.line << ": " << Escape(c.input);
    CheckWhole(c.input);
  }
}

TEST(Tokenizer, NormsAndStopFlags) {
  const std::string text =
      "وَأَكَّدَ في مـ" TATWEEL "صر ٢٠٢٦ HTTPS://X.COM/A #غزة بو" RLM "تين";
  const std::vector<Token> t = Tokenize(text);
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].norm, "واكد");
  EXPECT_FALSE(t[0].stop);
  EXPECT_EQ(t[1].norm, "في");
  EXPECT_TRUE(t[1].stop);
  EXPECT_EQ(t[2].norm, "مصر");
  EXPECT_EQ(t[3].norm, "2026");
  EXPECT_EQ(t[4].norm, "HTTPS://X.COM/A");  // URLs keep their case
  EXPECT_EQ(t[5].norm, "#غزه");
  EXPECT_EQ(t[6].norm, "بوتين");
  EXPECT_EQ(t[6].span.Of(text), "بو" RLM "تين");
}

TEST(Tokenizer, RangeAndAppend) {
  const std::string text = "قال بوتين اليوم";
  std::vector<Token> tokens = Tokenize("أمس");
  Tokenize(text, Span{7, 16}, &tokens);  // بوتين is [7, 17): cut in its ن
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].span.Of(text), "بوتي");
  EXPECT_EQ(tokens[2].span, (Span{15, 16}));  // half a letter: invalid here
  EXPECT_EQ(tokens[2].kind, TokenKind::kOther);
  Tokenize(text, Span{17, 500}, &tokens);  // range end past the text: clamped
  EXPECT_EQ(tokens.back().span.Of(text), "اليوم");
}

TEST(Tokenizer, KindNames) {
  EXPECT_EQ(TokenKindName(TokenKind::kArabic), "arabic");
  EXPECT_EQ(TokenKindName(TokenKind::kLatin), "latin");
  EXPECT_EQ(TokenKindName(TokenKind::kNumber), "number");
  EXPECT_EQ(TokenKindName(TokenKind::kPunct), "punct");
  EXPECT_EQ(TokenKindName(TokenKind::kUrl), "url");
  EXPECT_EQ(TokenKindName(TokenKind::kEmail), "email");
  EXPECT_EQ(TokenKindName(TokenKind::kHashtag), "hashtag");
  EXPECT_EQ(TokenKindName(TokenKind::kMention), "mention");
  EXPECT_EQ(TokenKindName(TokenKind::kSymbol), "symbol");
  EXPECT_EQ(TokenKindName(TokenKind::kOther), "other");
}

TEST(Stopwords, FunctionWordsInAnySpelling) {
  for (const char* w : {"في", "من", "إلى", "الى", "على", "التي", "هذه", "كانت",
                        "ليس", "أيضاً", "وفي", "لأن", "حتى"}) {
    EXPECT_TRUE(IsStopword(Normalize(w))) << w;
  }
  for (const char* w : {"", "بوتين", "الرئيس", "روسيا", "قال", "اليوم", "أمس",
                        "إمام", "أثر", "خمسين", "the"}) {
    EXPECT_FALSE(IsStopword(Normalize(w))) << w;
  }
}

TEST(Stopwords, EveryListedWordIsFound) {
  std::ifstream in(testing::SourceDir() + "/data/stopwords.txt");
  ASSERT_TRUE(in) << "cannot read data/stopwords.txt";
  int words = 0;
  for (std::string line; std::getline(in, line);) {
    line = line.substr(0, line.find('#'));
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    EXPECT_TRUE(IsStopword(Normalize(line))) << line;
    ++words;
  }
  EXPECT_GE(words, 150);
}

TEST(Tokenizer, RandomBytesAndRanges) {
  std::mt19937 rng(1);
  for (int n = 0; n < 20000; ++n) {
    const std::string s = testing::RandomBytes(rng, 64);
    CheckWhole(s);
    const auto size = static_cast<uint32_t>(s.size());
    const uint32_t b = std::uniform_int_distribution<uint32_t>(0, size)(rng);
    const uint32_t e = std::uniform_int_distribution<uint32_t>(b, size)(rng);
    std::vector<Token> tokens;
    Tokenize(s, Span{b, e}, &tokens);
    CheckTokens(s, Span{b, e}, tokens);
  }
}

TEST(Tokenizer, RandomArabicHeavyText) {
  std::mt19937 rng(2);
  for (int n = 0; n < 20000; ++n)
    CheckWhole(testing::RandomArabicHeavy(rng, 48));
}

TEST(Tokenizer, SaudiNewsNetArticles) {
  std::string why;
  const auto& articles = testing::SampleArticles(&why);
  if (articles.empty()) GTEST_SKIP() << why;
  const size_t n = std::min<size_t>(articles.size(), 2000);
  for (size_t i = 0; i < n; ++i) CheckWhole(articles[i]);
}

// Inputs built to make a careless matcher quadratic: each must tokenize in
// well under a second (the test's time shows it).
TEST(Tokenizer, LinearOnPathologicalInput) {
  const int n = 1 << 20;
  std::string dots, parens = "http://x", tags, emails, formats = "ب";
  for (int i = 0; i < n / 2; ++i) dots += "a.";
  parens += std::string(n, ')');
  for (int i = 0; i < n / 2; ++i) tags += "#_";
  for (int i = 0; i < n / 8; ++i) emails += "a.b-c+d@";
  for (int i = 0; i < n / 3; ++i) formats += RLM;
  for (const std::string* s : {&dots, &parens, &tags, &emails, &formats}) {
    CheckWhole(*s);
  }
}

}  // namespace
}  // namespace khabar::text
