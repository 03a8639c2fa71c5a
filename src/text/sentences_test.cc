#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>

namespace khabar::text {
namespace {

std::vector<std::string> Split(const std::string& text) {
  std::vector<Span> spans;
  SplitSentences(text, Span{0, static_cast<uint32_t>(text.size())}, &spans);
  std::vector<std::string> out;
  uint32_t last = 0;
  for (const Span& s : spans) {
    EXPECT_GE(s.begin, last);
    EXPECT_LE(s.end, text.size());
    last = s.end;
    out.emplace_back(s.Of(text));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(Sentences, Table) {
  const struct {
    std::string in;
    V want;
  } cases[] = {
      {"أ ب. ج د", {"أ ب.", "ج د"}},
      {"هل جاء؟ نعم!", {"هل جاء؟", "نعم!"}},
      {"حقا؟! بالطبع", {"حقا؟!", "بالطبع"}},
      {"أولا؛ ثانيا", {"أولا؛", "ثانيا"}},
      {"انتظر… ثم", {"انتظر…", "ثم"}},
      {"انتظر... ثم", {"انتظر...", "ثم"}},
      {"سطر\nسطر آخر", {"سطر", "سطر آخر"}},
      {"بلغ 3.5 في المئة. ثم", {"بلغ 3.5 في المئة.", "ثم"}},
      {"في 22.01.2026 جرى", {"في 22.01.2026 جرى"}},
      {"موقع sarabic.ae للأخبار", {"موقع sarabic.ae للأخبار"}},
      {"Mr. Smith met Dr. Jones. Then", {"Mr. Smith met Dr. Jones.", "Then"}},
      {"J. Smith came", {"J. Smith came"}},
      {"قال د. محمد إن", {"قال د. محمد إن"}},
      {"وأوضح م. أحمد أن", {"وأوضح م. أحمد أن"}},  // engineer
      {"عام 2015م. وقال", {"عام 2015م.", "وقال"}},   // era letter
      {"عام ٢٠١٥ م. وقال", {"عام ٢٠١٥ م.", "وقال"}},
      {"م. أحمد", {"م. أحمد"}},
      {"نادي أحـــد. وكانت", {"نادي أحـــد.", "وكانت"}},  // tatweel: a word
      {"في تاريخ محدّد. ثم", {"في تاريخ محدّد.", "ثم"}},  // not د.
      {"إنسانية\". وتابع: \"نهجنا\".", {"إنسانية\".", "وتابع: \"نهجنا\"."}},
      {"قال: \"نعم.\" وأضاف", {"قال: \"نعم.\"", "وأضاف"}},
      {"«انتهى.» ثم", {"«انتهى.»", "ثم"}},
      {"قال \"أولا. ثانيا\" ثم", {"قال \"أولا.", "ثانيا\" ثم"}},
      {"  ", {}},
      {"", {}},
      {"بلا نقطة", {"بلا نقطة"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Split(c.in), c.want) << c.in;
}

TEST(Sentences, RespectsRange) {
  const std::string text = "أ. ب. ج.";
  std::vector<Span> spans;
  SplitSentences(text, Span{4, static_cast<uint32_t>(text.size())}, &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].Of(text), "ب.");
}

TEST(Sentences, InvalidBytesDoNotBreakSpans) {
  const std::string text = "أ\xff. ب\xd8";
  const V got = Split(text);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "أ\xff.");
}

}  // namespace
}  // namespace khabar::text
