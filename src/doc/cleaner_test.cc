#include "doc/cleaner.h"

#include <gtest/gtest.h>

#include "text/lexicon.h"
#include "text/normalizer.h"

#define RLM "\xE2\x80\x8F"
#define LRM "\xE2\x80\x8E"
#define ZWJ "\xE2\x80\x8D"
#define ZWNJ "\xE2\x80\x8C"
#define BOM "\xEF\xBB\xBF"
#define NBSP "\xC2\xA0"
#define TATWEEL "\xD9\x80"
#define FATHA "\xD9\x8E"
#define HAMZA_ABOVE "\xD9\x94"

namespace khabar::doc {
namespace {

// A small lexicon, so that these tests do not depend on aspell's list.
const text::Lexicon& TestLexicon() {
  static const std::string image = text::Lexicon::BuildImage([] {
    std::vector<std::string> words;
    for (const char* w : {"بوتين", "عباس", "قال", "وقال", "البوقال", "كتاب"})
      words.push_back(text::Normalize(w));
    return words;
  }());
  static const text::Lexicon lexicon = text::Lexicon::FromImage(image).value();
  return lexicon;
}

Cleaned Clean(std::string_view raw, bool headings = true) {
  return Cleaner(&TestLexicon()).Clean(raw, headings);
}

// Every repair's span holds its `after` in the cleaned text.
void ExpectRepairsLineUp(const Cleaned& c) {
  uint32_t last = 0;
  for (const Repair& r : c.repairs) {
    ASSERT_LE(r.span.end, c.text.size()) << r.kind;
    EXPECT_EQ(r.span.Of(c.text), r.after) << r.kind;
    EXPECT_GE(r.span.begin, last) << "repairs out of order";
    last = r.span.begin;
  }
}

TEST(Cleaner, GluedHeadingAtStartOfBody) {
  const Cleaned c = Clean(
      "تصريحات الرئيس الروسي فلاديمير بوتينوقال بوتين خلال اللقاء، إنه");
  EXPECT_EQ(c.text,
            "تصريحات الرئيس الروسي فلاديمير بوتين\nوقال بوتين خلال اللقاء، إنه");
  ASSERT_EQ(c.headings.size(), 1u);
  EXPECT_EQ(c.headings[0].Of(c.text), "تصريحات الرئيس الروسي فلاديمير بوتين");
  ASSERT_EQ(c.repairs.size(), 1u);
  EXPECT_EQ(c.repairs[0].kind, "glued_heading");
  EXPECT_EQ(c.repairs[0].before, "بوتينوقال");
  EXPECT_EQ(c.repairs[0].after, "بوتين\nوقال");
  ExpectRepairsLineUp(c);
}

TEST(Cleaner, GluedHeadingAfterQuoteAndPeriod) {
  const Cleaned c = Clean(
      "وقال: \"نص\".تصريحات الرئيس الفلسطيني محمود عباسوقال عباس خلال لقائه");
  EXPECT_EQ(c.text,
            "وقال: \"نص\".\nتصريحات الرئيس الفلسطيني محمود عباس\n"
            "وقال عباس خلال لقائه");
  ASSERT_EQ(c.headings.size(), 1u);
  EXPECT_EQ(c.headings[0].Of(c.text), "تصريحات الرئيس الفلسطيني محمود عباس");
  ASSERT_EQ(c.repairs.size(), 2u);
  EXPECT_EQ(c.repairs[0].kind, "heading_break");
  EXPECT_EQ(c.repairs[1].kind, "glued_heading");
  EXPECT_EQ(c.repairs[1].before, "عباسوقال");
  ExpectRepairsLineUp(c);
}

TEST(Cleaner, GluedSentenceGetsASpace) {
  const Cleaned c = Clean("عملية إنسانية\".وتابع: \"نهجنا\".وأكد الرئيس");
  EXPECT_EQ(c.text, "عملية إنسانية\". وتابع: \"نهجنا\". وأكد الرئيس");
  ASSERT_EQ(c.repairs.size(), 2u);
  EXPECT_EQ(c.repairs[0].kind, "glued_sentence");
  EXPECT_EQ(c.repairs[0].before, ".و");
  EXPECT_EQ(c.repairs[0].after, ". و");
  ExpectRepairsLineUp(c);
}

TEST(Cleaner, GlueInsideLongSentenceIsAWordSplit) {
  const Cleaned c = Clean(
      "وصل الوفد إلى العاصمة بعد رحلة طويلة استمرت ساعات عدة وسط إجراءات "
      "أمنية مشددة جدا ثم التقى بوتينوقال إن");
  EXPECT_NE(c.text.find("بوتين وقال إن"), std::string::npos);
  EXPECT_TRUE(c.headings.empty());
  ASSERT_EQ(c.repairs.size(), 1u);
  EXPECT_EQ(c.repairs[0].kind, "glued_word");
  ExpectRepairsLineUp(c);
}

TEST(Cleaner, RealWordsStayWhole) {
  for (const char* raw : {"البوقال", "وقال", "قال بوتين", "د.محمد", "22.01.2026",
                          "sarabic.ae", "3.5", "ولد"}) {
    const Cleaned c = Clean(raw);
    EXPECT_EQ(c.text, raw);
    EXPECT_TRUE(c.repairs.empty()) << raw << ": " << c.repairs[0].kind;
  }
}

TEST(Cleaner, NoHeadingsInTitles) {
  const Cleaned c = Clean("تصريحات بوتينوقال", /*headings=*/false);
  EXPECT_EQ(c.text, "تصريحات بوتين وقال");
  EXPECT_TRUE(c.headings.empty());
}

TEST(Cleaner, InvisibleMarksGoAndAreRecorded) {
  const Cleaned c = Clean("ب" RLM "وتين " LRM "و" ZWJ "عباس" BOM);
  EXPECT_EQ(c.text, "بوتين وعباس");
  ASSERT_EQ(c.repairs.size(), 4u);
  for (const Repair& r : c.repairs) {
    EXPECT_EQ(r.kind, "invisible");
    EXPECT_TRUE(r.span.empty());
  }
  EXPECT_EQ(c.repairs[0].before, RLM);
  ExpectRepairsLineUp(c);
}

TEST(Cleaner, ZwnjTatweelAndDiacriticsStay) {
  const std::string raw = "مـ" TATWEEL "صر ك" FATHA "تب ن" ZWNJ "ص";
  const Cleaned c = Clean(raw);
  EXPECT_EQ(c.text, raw);
  EXPECT_TRUE(c.repairs.empty());
}

TEST(Cleaner, SpacesAreFolded) {
  const Cleaned c = Clean("  أ   ب" NBSP "ج \t\n\n\n\nد  \n");
  EXPECT_EQ(c.text, "أ ب ج\n\nد");
  ASSERT_EQ(c.repairs.size(), 3u);
  EXPECT_EQ(c.repairs[0].before, "   ");
  EXPECT_EQ(c.repairs[0].after, " ");
  EXPECT_EQ(c.repairs[1].before, NBSP);
  EXPECT_EQ(c.repairs[2].after, "\n\n");
  ExpectRepairsLineUp(c);
}

TEST(Cleaner, CrLfBecomesLf) {
  const Cleaned c = Clean("أ\r\nب\rج");
  EXPECT_EQ(c.text, "أ\nب\nج");
  ExpectRepairsLineUp(c);
}

TEST(Cleaner, InvalidUtf8BecomesReplacementWithWarning) {
  const Cleaned c = Clean("أ\xff" "ب \xd8");
  EXPECT_EQ(c.text, "أ\xEF\xBF\xBD" "ب \xEF\xBF\xBD");
  ASSERT_EQ(c.repairs.size(), 2u);
  EXPECT_EQ(c.repairs[0].kind, "invalid_utf8");
  EXPECT_EQ(c.repairs[0].before, "\\xff");
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_NE(c.warnings[0].find("2 byte sequence"), std::string::npos);
  ExpectRepairsLineUp(c);
}

TEST(Cleaner, NfcComposesHamza) {
  const Cleaned c = Clean("ا" HAMZA_ABOVE "كد الرئيس");
  EXPECT_EQ(c.text, "أكد الرئيس");
  ASSERT_EQ(c.repairs.size(), 1u);
  EXPECT_EQ(c.repairs[0].kind, "nfc");
  ExpectRepairsLineUp(c);
}

TEST(Cleaner, EmptyAndBlankInput) {
  EXPECT_EQ(Clean("").text, "");
  EXPECT_EQ(Clean(" \n\t " RLM).text, "");
}

}  // namespace
}  // namespace khabar::doc
