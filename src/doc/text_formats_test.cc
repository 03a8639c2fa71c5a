#include "doc/text_formats.h"

#include <gtest/gtest.h>

#include "doc/reader_test_util.h"

namespace khabar::doc {
namespace {

using testing::HasWarning;

struct SeedCase {
  const char* name;
  const char* text;
  const char* date;
  const char* url;
  const char* title;
  const char* lede;
  const char* body;
  std::vector<std::string> warnings;
};

void PrintTo(const SeedCase& c, std::ostream* os) { *os << c.name; }

class ParseSeedTable : public ::testing::TestWithParam<SeedCase> {};

TEST_P(ParseSeedTable, Fields) {
  const SeedCase& c = GetParam();
  const RawArticle a = ParseSeed(c.text);
  EXPECT_EQ(a.format, "seed");
  EXPECT_EQ(a.date, c.date);
  EXPECT_EQ(a.url, c.url);
  EXPECT_EQ(a.title, c.title);
  EXPECT_EQ(a.lede, c.lede);
  EXPECT_EQ(a.body, c.body);
  EXPECT_EQ(a.warnings, c.warnings);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseSeedTable,
    ::testing::Values(
        SeedCase{
            "Canonical",
            "date 2026-01-22 https://sarabic.ae/بث-مباشر\n\nبوتين: عنوان\n\n"
            "يعقد الرئيس. 22.01.2026, سبوتنيك عربي\n\nالفقرة 1.\n\n"
            "الفقرة 2.\nسطر.\n",
            "2026-01-22",
            "https://sarabic.ae/بث-مباشر",
            "بوتين: عنوان",
            "يعقد الرئيس. 22.01.2026, سبوتنيك عربي",
            "الفقرة 1.\n\nالفقرة 2.\nسطر.",
            {}},
        SeedCase{"LeadingBlanksBeforeDate",
                 "\n  \n   date 2026-01-22 http://x\n\nT\n\nL\n\nB",
                 "2026-01-22",
                 "http://x",
                 "T",
                 "L",
                 "B",
                 {}},
        SeedCase{"Crlf",
                 "date 2026-02-03 u\r\n\r\nT \r\n\r\nL\r\n\r\nB1\r\n\r\nB2\r\n",
                 "2026-02-03",
                 "u",
                 "T",
                 "L",
                 "B1\n\nB2",
                 {}},
        SeedCase{"NoUrl",
                 "date 2026-01-22\n\nT\n\nL\n\nB",
                 "2026-01-22",
                 "",
                 "T",
                 "L",
                 "B",
                 {}},
        SeedCase{"ExtraBlankLines",
                 "date 2026-01-22 u\n\n\n\nT\n\n\n\nL\n\n\n\nB",
                 "2026-01-22",
                 "u",
                 "T",
                 "L",
                 "B",
                 {}},
        SeedCase{"NoBlankBetweenTitleAndLede",
                 "date 2026-01-22 u\nT\nL\n\nB",
                 "2026-01-22",
                 "u",
                 "T",
                 "L",
                 "B",
                 {}},
        SeedCase{"TitleOnly",
                 "date 2026-01-22 u\n\nT\n",
                 "2026-01-22",
                 "u",
                 "T",
                 "",
                 "",
                 {"no body"}},
        SeedCase{"TitleAndLedeOnly",
                 "date 2026-01-22 u\n\nT\n\nL",
                 "2026-01-22",
                 "u",
                 "T",
                 "L",
                 "",
                 {"no body"}},
        SeedCase{"OddDate",
                 "date 2026-1-2 u\n\nT\n\nL\n\nB",
                 "2026-1-2",
                 "u",
                 "T",
                 "L",
                 "B",
                 {"header date '2026-1-2' is not YYYY-MM-DD"}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ParseSeed, WithoutHeaderFallsBackToPlainText) {
  const RawArticle a = ParseSeed("عنوان\nنص");
  EXPECT_EQ(a.format, "text");
  EXPECT_EQ(a.title, "عنوان");
}

TEST(ParseSeed, RealSeedFile) {
  const std::string path =
      testing::SharedPath("seeds/000_5aa78d3e4e24ad41.txt");
  if (path.empty())
    GTEST_SKIP() << "shared/seeds/000_5aa78d3e4e24ad41.txt absent";
  const RawArticle a = ParseSeed(testing::Slurp(path));
  EXPECT_EQ(a.date, "2026-01-22");
  EXPECT_TRUE(a.url.starts_with("https://sarabic.ae/20260122/بث-مباشر"));
  EXPECT_TRUE(a.url.ends_with("-1109502051.html"));
  EXPECT_EQ(a.title, "بوتين: العلاقات الروسية الفلسطينية راسخة وذات طابع خاص");
  EXPECT_TRUE(a.lede.starts_with("يعقد الرئيس الروسي فلاديمير بوتين"));
  EXPECT_TRUE(a.lede.ends_with("22.01.2026, سبوتنيك عربي")) << a.lede;
  EXPECT_TRUE(a.body.starts_with("تصريحات الرئيس الروسي فلاديمير بوتينوقال"));
  EXPECT_NE(a.body.find("عباسوقال"), std::string::npos);  // glue kept as is
  EXPECT_NE(a.body.back(), '\n');
  EXPECT_TRUE(a.warnings.empty());
}

TEST(ParsePlainText, FirstLineIsTitle) {
  const RawArticle a =
      ParsePlainText("\n  عنوان بلا ترويسة \r\n\r\nسطر 1\r\nسطر 2\r\n");
  EXPECT_EQ(a.format, "text");
  EXPECT_EQ(a.title, "عنوان بلا ترويسة");
  EXPECT_EQ(a.body, "سطر 1\nسطر 2");
  EXPECT_TRUE(HasWarning(
      a, "no 'date YYYY-MM-DD URL' header line; read as plain text"));
  EXPECT_FALSE(HasWarning(a, "no body"));
}

TEST(ParsePlainText, TitleOnlyWarnsNoBody) {
  EXPECT_TRUE(HasWarning(ParsePlainText("وحده"), "no body"));
}

TEST(ParseHtmlPage, TitleFromTitleElementElseFirstLine) {
  RawArticle a =
      ParseHtmlPage("<!doctype html><title>عنوان</title><p>نص &amp; نص</p>");
  EXPECT_EQ(a.format, "html");
  EXPECT_EQ(a.title, "عنوان");
  EXPECT_EQ(a.body, "نص & نص");
  EXPECT_TRUE(HasWarning(a, "HTML page: markup removed, text extracted"));
  a = ParseHtmlPage("<html><body><h1>رأس</h1><p>نص</p></body></html>");
  EXPECT_EQ(a.title, "رأس");
  EXPECT_EQ(a.body, "نص");
}

}  // namespace
}  // namespace khabar::doc
