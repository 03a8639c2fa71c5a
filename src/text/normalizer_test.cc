#include "text/normalizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

#include "base/utf8.h"
#include "text/char_class.h"
#include "text/text_testing.h"

namespace khabar::text {
namespace {

using internal::CharClass;
using internal::LookupChar;
using testing::Escape;

#define TATWEEL "\xD9\x80"
#define RLM "\xE2\x80\x8F"
#define ZWNJ "\xE2\x80\x8C"

// A deliberately simple reference: one code point at a time through
// base::DecodeAt and AppendUtf8, no ASCII fast path, no buffer. THIS CODE
// IS SLOW ON PURPOSE; it only checks the fast path against the table.
std::string ReferenceNormalize(std::string_view in) {
  std::string out;
  for (size_t i = 0; i < in.size();) {
    const char32_t cp = base::DecodeAt(in, &i);
    const internal::CharInfo& info = LookupChar(cp);
    if (info.len == internal::kKeep) {
      base::AppendUtf8(cp, &out);
    } else {
      out.append(internal::kCharPool + info.offset, info.len);
    }
  }
  return out;
}

// Checks idempotence, validity and agreement with the reference.
void ExpectWellBehaved(std::string_view in) {
  const std::string once = Normalize(in);
  ASSERT_EQ(Normalize(once), once) << "not idempotent on " << Escape(in);
  ASSERT_TRUE(base::IsValidUtf8(once)) << Escape(in);
  ASSERT_EQ(once, ReferenceNormalize(in)) << Escape(in);
}

TEST(Normalizer, GoldenCases) {
  const auto cases = testing::ReadGolden("tests/golden/normalize.tsv");
  EXPECT_GE(cases.size(), 60u);
  for (const auto& c : cases) {
    EXPECT_EQ(Escape(Normalize(c.input)), Escape(c.expected))
        << "normalize.tsv:" << c.line << ": " << Escape(c.input);
    EXPECT_EQ(Normalize(c.expected), c.expected)
        << "normalize.tsv:" << c.line << ": expected value is not normalized";
  }
}

TEST(Normalizer, NamedInvisibles) {
  EXPECT_EQ(Normalize("م" TATWEEL "صر"), "مصر");
  EXPECT_EQ(Normalize(RLM "بو" ZWNJ "تين" RLM), "بوتين");
}

TEST(Normalizer, AppendKeepsWhatIsThere) {
  std::string out = "قبل ";
  NormalizeAppend("أمس", &out);
  EXPECT_EQ(out, "قبل امس");
}

TEST(Normalizer, LongInputCrossesTheBuffer) {
  std::string in;
  std::string expected;
  for (int i = 0; i < 5000; ++i) {
    in += "أ\xD9\x8E ﻷ";  // alef-hamza, fatha, space, lam-alef ligature
    expected += "ا لا";
  }
  EXPECT_EQ(Normalize(in), expected);
}

TEST(Normalizer, EveryCodePointIsIdempotentAndValid) {
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s;
    base::AppendUtf8(cp, &s);
    const std::string once = Normalize(s);
    ASSERT_EQ(Normalize(once), once) << "U+" << std::hex << uint32_t(cp);
    ASSERT_TRUE(base::IsValidUtf8(once)) << "U+" << std::hex << uint32_t(cp);
  }
}

TEST(Normalizer, RandomBytes) {
  std::mt19937 rng(20260122);
  for (int n = 0; n < 20000; ++n)
    ExpectWellBehaved(testing::RandomBytes(rng, 48));
}

TEST(Normalizer, RandomArabicHeavyText) {
  std::mt19937 rng(7);
  for (int n = 0; n < 20000; ++n) {
    ExpectWellBehaved(testing::RandomArabicHeavy(rng, 40));
  }
}

TEST(Normalizer, SaudiNewsNetArticles) {
  std::string why;
  const auto& articles = testing::SampleArticles(&why);
  if (articles.empty()) GTEST_SKIP() << why;
  const size_t n = std::min<size_t>(articles.size(), 2000);
  for (size_t i = 0; i < n; ++i) ExpectWellBehaved(articles[i]);
}

TEST(TextTesting, UnescapeNamesTheInvisible) {
  EXPECT_EQ(testing::Unescape("a\\u0640b\\tc"), "a" TATWEEL "b\tc");
  EXPECT_EQ(testing::Unescape("\\xff\\U0001F600\\q\\"), "\xff😀\\q\\");
  EXPECT_EQ(testing::Escape("\xff" RLM "x"), "\\xFF\\u200Fx");
}

TEST(CharClass, TokenizerClasses) {
  EXPECT_EQ(LookupChar(U'ب').cls, CharClass::kArabicLetter);
  EXPECT_EQ(LookupChar(U'ﻻ').cls, CharClass::kArabicLetter);
  EXPECT_EQ(LookupChar(0x064E).cls, CharClass::kArabicMark);  // fatha
  EXPECT_EQ(LookupChar(0xFE70).cls, CharClass::kArabicMark);  // isolated form
  EXPECT_EQ(LookupChar(0x0640).cls, CharClass::kTatweel);
  EXPECT_EQ(LookupChar(U'Q').cls, CharClass::kLatinLetter);
  EXPECT_EQ(LookupChar(U'Ж').cls, CharClass::kOtherLetter);
  EXPECT_EQ(LookupChar(0x0301).cls, CharClass::kMark);
  for (char32_t d : {U'7', U'٧', U'۷', U'७'}) {
    EXPECT_EQ(LookupChar(d).cls, CharClass::kDigit);
  }
  for (char32_t s :
       {U' ', U'\t', U'\n', U'\r', char32_t{0xA0}, char32_t{0x2003},
        char32_t{0x3000}, char32_t{0x200B}, char32_t{0x2029}}) {
    EXPECT_EQ(LookupChar(s).cls, CharClass::kSpace) << uint32_t(s);
  }
  for (char32_t f : {0x200C, 0x200D, 0x200E, 0x200F, 0x202B, 0x2067, 0xFEFF}) {
    EXPECT_EQ(LookupChar(f).cls, CharClass::kFormat) << uint32_t(f);
  }
  for (char32_t p : {U'،', U'؛', U'؟', U'«', U'.', U'#', U'٪', U'٫'}) {
    EXPECT_EQ(LookupChar(p).cls, CharClass::kPunct) << uint32_t(p);
  }
  EXPECT_EQ(LookupChar(U'$').cls, CharClass::kSymbol);
  EXPECT_EQ(LookupChar(U'+').cls, CharClass::kSymbol);
  EXPECT_EQ(LookupChar(0x1F600).cls, CharClass::kOther);  // emoji
  EXPECT_EQ(LookupChar(0xFFFD).cls, CharClass::kOther);
}

}  // namespace
}  // namespace khabar::text
