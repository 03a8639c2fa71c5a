// Unit cases for the extractors; the broad table is tests/golden/extract.

#include <gtest/gtest.h>

#include "extract/extract_testing.h"

namespace khabar::extract {
namespace {

using testing::Extract;

TEST(Quantities, SeedSentence) {
  const auto f = Extract("أرسلنا أكثر من ٨٠٠ طن من البضائع إلى قطاع غزة، ونفذنا نحو ٣٢ عملية إنسانية", "");
  ASSERT_EQ(f.quantities.size(), 2u);
  EXPECT_EQ(f.quantities[0].text, "أكثر من ٨٠٠ طن من البضائع");
  EXPECT_EQ(f.quantities[0].value, 800);
  EXPECT_EQ(f.quantities[0].qualifier, "more_than");
  EXPECT_EQ(f.quantities[0].unit, "طن");
  EXPECT_EQ(f.quantities[0].counted, "البضائع");
  EXPECT_EQ(f.quantities[1].text, "نحو ٣٢ عملية إنسانية");
  EXPECT_EQ(f.quantities[1].counted, "عملية إنسانية");
}

TEST(Quantities, SkipsWhatIsNotAnAmount) {
  for (const char* s : {"اتصل على 0501234567", "المادة 12 من النظام", "في عام 2015",
                        "الساعة 10:30", "في 22 يناير", "https://x.com/123"}) {
    EXPECT_TRUE(Extract(s, "").quantities.empty()) << s;
  }
}

TEST(Times, WeekdayMismatchWarns) {
  const auto f = Extract("قال اليوم الجمعة إن", "2026-01-22");
  ASSERT_EQ(f.times.size(), 1u);
  EXPECT_EQ(f.times[0].value, "2026-01-22");
  EXPECT_EQ(f.warnings.size(), 1u);
}

TEST(Times, NoArticleDateLeavesRelativeUnresolved) {
  const auto f = Extract("وصل أمس", "");
  ASSERT_EQ(f.times.size(), 1u);
  EXPECT_EQ(f.times[0].value, "");
  EXPECT_EQ(f.times[0].resolution, "unresolved_no_article_date");
}

TEST(Times, BeyondTheCalendarIsUnresolved) {
  const auto f = Extract("تشكلت الأرض قبل 4.6 مليار عام", "2015-07-21");
  ASSERT_EQ(f.times.size(), 1u);
  EXPECT_EQ(f.times[0].value, "");
  EXPECT_EQ(f.times[0].resolution, "unresolved_out_of_range");
}

// The second extractor reads what the first learnt of the tokens
// (ExtractInput::memo): the same results as on a fresh input.
TEST(Extract, SharedInputFindsWhatFreshInputsFind) {
  const std::string text =
      "أرسلنا أكثر من ٨٠٠ طن من البضائع أمس الأربعاء، ونفذنا نحو ٣٢ عملية "
      "إنسانية منذ ثلاثة أيام في 22 يناير 2026";
  const std::vector<Token> tokens = text::Tokenize(text);
  const std::vector<Span> sentences;
  const ExtractInput shared{text, tokens, sentences, "2026-01-22"};
  std::vector<Quantity> q1, q2;
  std::vector<TimeExpr> t1, t2;
  ExtractQuantities(shared, &q1);
  ExtractTimes(shared, &t1, nullptr);
  ExtractTimes(ExtractInput{text, tokens, sentences, "2026-01-22"}, &t2, nullptr);
  ExtractQuantities(ExtractInput{text, tokens, sentences, "2026-01-22"}, &q2);
  ASSERT_EQ(q1.size(), q2.size());
  ASSERT_EQ(t1.size(), t2.size());
  for (size_t k = 0; k < q1.size(); ++k) EXPECT_EQ(q1[k].text, q2[k].text);
  for (size_t k = 0; k < t1.size(); ++k) EXPECT_EQ(t1[k].value, t2[k].value);
  EXPECT_EQ(q1.size(), 3u);  // ٨٠٠ طن, ٣٢ عملية, ثلاثة أيام
  EXPECT_EQ(t1.size(), 3u);
}

// Found by fuzz_analyze: a numeric date part of many digits overflowed int
// (undefined behaviour under UBSan). No date has a part of five digits.
TEST(Times, LongDigitRunsAreNoDate) {
  for (const char* s : {"5555555555555.01.2026", "22.01.99999999999", "1.2.33333",
                        "٢٢.٠١.٢٠٢٦٠٠٠٠٠٠"})
    EXPECT_TRUE(Extract(s, "2026-01-22").times.empty()) << s;
  const auto f = Extract("22.01.2026", "");
  ASSERT_EQ(f.times.size(), 1u);
  EXPECT_EQ(f.times[0].value, "2026-01-22");
}

// Found by fuzz_analyze: a year-range test cast 1e121 to int.
TEST(Quantities, HugeNumbersAreNoYears) {
  const std::string nines(130, '9');
  for (const std::string& s : {"بين " + nines + " و" + nines, "عام " + nines,
                               "(" + nines + " - 2000)"})
    Extract(s, "2026-01-22");  // UBSan would stop here
}

TEST(Times, SpansSurviveOddInput) {
  std::string junk = "\xff\xfe ٢٢ يناير \xd9 2026 أمس";
  Extract(junk, "2026-01-22");
  Extract("", "2026-01-22");
  Extract("٣ رجب", "bad-date");
}

}  // namespace
}  // namespace khabar::extract
