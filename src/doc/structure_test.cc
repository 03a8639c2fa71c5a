#include "doc/structure.h"

#include <gtest/gtest.h>

#include <string>

namespace khabar::doc {
namespace {

Span All(const std::string& s) { return Span{0, static_cast<uint32_t>(s.size())}; }

TEST(FindDateline, SeedLede) {
  const std::string lede =
      "يعقد الرئيس الروسي فلاديمير بوتين، اليوم الخميس، محادثات. "
      "22.01.2026, سبوتنيك عربي";
  const auto d = FindDateline(lede, All(lede));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, "2026-01-22");
  EXPECT_EQ(d->source, "سبوتنيك عربي");
  EXPECT_EQ(d->span.Of(lede), "22.01.2026, سبوتنيك عربي");
}

TEST(FindDateline, ArabicCommaAndDigits) {
  const std::string lede = "نص الخبر. ٢٢/٠١/٢٠٢٦، وكالة الأنباء";
  const auto d = FindDateline(lede, All(lede));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date, "2026-01-22");
  EXPECT_EQ(d->source, "وكالة الأنباء");
}

TEST(FindDateline, NotADateline) {
  for (const std::string& lede : {
           std::string("زار الوزير موسكو في 22.01.2026, وعقد لقاءات"),
           std::string("نص بلا تاريخ"),
           std::string("نص. 31.02.2026, مصدر"),  // impossible date
           std::string("نص. 22.01.2026 مصدر"),   // no comma
           std::string("نص. 22.01.2026, مصدر قال إن الأمر. انتهى"),
       }) {
    EXPECT_FALSE(FindDateline(lede, All(lede)).has_value()) << lede;
  }
}

TEST(Lines, TrimsAndSkipsEmpty) {
  const std::string text = " أ \n\nب ج\n";
  const auto lines = Lines(text, All(text));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].Of(text), "أ");
  EXPECT_EQ(lines[1].Of(text), "ب ج");
}

TEST(LooksLikeHeadingLine, ShortArabicLinesBeforeAParagraph) {
  const std::string para = "\nوقال الوزير إن العمل في المشروع سيبدأ خلال الأسبوع المقبل";
  const auto check = [&](const std::string& line) {
    const std::string text = line + para;
    const Span l{0, static_cast<uint32_t>(line.size())};
    const Span n{l.end + 1, static_cast<uint32_t>(text.size())};
    return LooksLikeHeadingLine(text, l, n);
  };
  EXPECT_TRUE(check("تصريحات الرئيس الفلسطيني محمود عباس"));
  EXPECT_TRUE(check("مدخل"));
  for (const std::string& no : {
           std::string("وقال إن الاجتماع كان مثمرا."),
           std::string("قال: نعم"),
           std::string("أحمد، محمد"),
           std::string("«عنوان»"),
           std::string("كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة"),
           std::string("عين اليوم – الرياض"),
           std::string("حوار ـ محمد"),
           std::string("3601116586"),
           std::string("الثلاثاء 12 شوال 1436"),
           std::string("name@example.com"),
           std::string("علي شفيــق ناصح"),
           std::string("Next Previous"),
           std::string("أميرة المولد- عين اليوم"),
           std::string("•• الموبوءة بالحمى"),
       }) {
    EXPECT_FALSE(check(no)) << no;
  }
  // Not before a short line (verse, a list).
  const std::string text = "عنوان قصير\nسطر قصير";
  EXPECT_FALSE(LooksLikeHeadingLine(text, Span{0, 19}, Span{20, 35}));
}

TEST(MakeSections, HeadingsOpenSections) {
  const std::string text = "مقدمة.\nعنوان أول\nنص أول.\nعنوان ثان\nنص ثان.";
  const size_t h1 = text.find("عنوان أول"), h2 = text.find("عنوان ثان");
  const std::vector<Span> headings = {
      Span{uint32_t(h1), uint32_t(h1 + std::string("عنوان أول").size())},
      Span{uint32_t(h2), uint32_t(h2 + std::string("عنوان ثان").size())}};
  const auto sections = MakeSections(text, All(text), headings);
  ASSERT_EQ(sections.size(), 3u);
  EXPECT_TRUE(sections[0].heading.empty());
  EXPECT_EQ(sections[0].span.Of(text), "مقدمة.");
  EXPECT_EQ(sections[1].heading.Of(text), "عنوان أول");
  EXPECT_EQ(sections[1].span.Of(text), "نص أول.");
  EXPECT_EQ(sections[2].span.Of(text), "نص ثان.");
}

}  // namespace
}  // namespace khabar::doc
