#include "doc/html.h"

#include <gtest/gtest.h>

namespace khabar::doc {
namespace {

struct StripCase {
  const char* html;
  const char* text;
};

void PrintTo(const StripCase& c, std::ostream* os) {
  *os << ::testing::PrintToString(std::string(c.html));
}

class StripHtmlFragment : public ::testing::TestWithParam<StripCase> {};

TEST_P(StripHtmlFragment, GivesText) {
  EXPECT_EQ(StripHtml(GetParam().html, HtmlMode::kFragment).text,
            GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Table, StripHtmlFragment,
    ::testing::Values(
        StripCase{"<p>الأولى.</p><p>الثانية.</p>", "الأولى.\n\nالثانية."},
        StripCase{"سطر<br>سطر<br/>ثالث", "سطر\nسطر\nثالث"},
        StripCase{"<div><ul><li>أ</li><li>ب</li></ul></div>", "أ\n\nب"},
        StripCase{"<h2>عنوان</h2>نص", "عنوان\n\nنص"},
        StripCase{"قال <b>بوتين</b> <a href=\"x>y\">هنا</a>", "قال بوتين هنا"},
        StripCase{"a<script>var x = '<p>';</script>b", "ab"},
        StripCase{"a<STYLE>p {}</STYLE> b", "a b"},
        StripCase{"a<!-- <p>hidden</p> -->b", "ab"},
        StripCase{"&laquo;نعم&raquo; &amp; &lt;لا&gt;", "«نعم» & <لا>"},
        StripCase{"&#1576;&#x62A; &quot;x&#39;", "بت \"x'"},
        StripCase{"  a  \t b  ", "a b"},
        StripCase{"فقرة\n\nفقرة<br>\nسطر", "فقرة\n\nفقرة\nسطر"},
        StripCase{"x < y and 3<4", "x < y and 3<4"},
        StripCase{"<p>unclosed <b", "unclosed <b"},
        StripCase{"<script>never closed", ""},
        StripCase{"<td>1</td><td>2</td>", "1 2"},
        StripCase{"\xff<p>\xfe", "\xff\n\n\xfe"}));

TEST(StripHtml, PageTakesTitleAndTreatsSourceBreaksAsSpaces) {
  const HtmlText page = StripHtml(
      "<!DOCTYPE html><html><head><title> بوتين &amp; عباس </title>"
      "<meta charset=utf-8></head><body>\n<p>الفقرة\nالأولى</p>\n"
      "<p>الثانية&nbsp;هنا</p></body></html>",
      HtmlMode::kPage);
  EXPECT_EQ(page.title, "بوتين & عباس");
  EXPECT_EQ(page.text, "الفقرة الأولى\n\nالثانية هنا");
}

TEST(StripHtml, ManyOpenAnglesStayLinear) {
  // Each '<' looks for a '>' that never comes: must not rescan the rest.
  std::string html;
  for (int i = 0; i < 200000; ++i) html += "<a";
  EXPECT_EQ(StripHtml(html, HtmlMode::kPage).text.size(), html.size());
}

struct EntityCase {
  const char* in;
  const char* out;
};

void PrintTo(const EntityCase& c, std::ostream* os) {
  *os << ::testing::PrintToString(std::string(c.in));
}

class Entities : public ::testing::TestWithParam<EntityCase> {};

TEST_P(Entities, Decode) {
  std::string out;
  AppendDecodedEntities(GetParam().in, &out);
  EXPECT_EQ(out, GetParam().out);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Entities,
    ::testing::Values(EntityCase{"&amp;&lt;&gt;&quot;&#39;&apos;", "&<>\"''"},
                      EntityCase{"a&nbsp;b", "a b"},
                      EntityCase{"&#x200F;", "\u200F"},
                      EntityCase{"&#0;&#xD800;&#x110000;",
                                 "\uFFFD\uFFFD\uFFFD"},
                      EntityCase{"&unknown; &amp &#; &#xZZ; &",
                                 "&unknown; &amp &#; &#xZZ; &"},
                      EntityCase{"&#99999999999999;", "&#99999999999999;"}));

TEST(LooksLikeHtmlPage, Starts) {
  EXPECT_TRUE(LooksLikeHtmlPage("<!DOCTYPE html>"));
  EXPECT_TRUE(LooksLikeHtmlPage("\xEF\xBB\xBF \n<html lang=ar>"));
  EXPECT_TRUE(LooksLikeHtmlPage("<HTML>"));
  EXPECT_FALSE(LooksLikeHtmlPage("<htmlx>"));
  EXPECT_FALSE(LooksLikeHtmlPage("<p>fragment</p>"));
  EXPECT_FALSE(LooksLikeHtmlPage("text <html>"));
}

TEST(HasHtmlMarkup, KnownTagsOnly) {
  EXPECT_TRUE(HasHtmlMarkup("a<p>b"));
  EXPECT_TRUE(HasHtmlMarkup("a<br/>b"));
  EXPECT_TRUE(HasHtmlMarkup("a</div>"));
  EXPECT_TRUE(HasHtmlMarkup("<a href='x'>y</a>"));
  EXPECT_TRUE(HasHtmlMarkup("<H3>x</H3>"));
  EXPECT_FALSE(HasHtmlMarkup("x < y"));
  EXPECT_FALSE(HasHtmlMarkup("I <3 it"));
  EXPECT_FALSE(HasHtmlMarkup("<unknown>"));
  EXPECT_FALSE(HasHtmlMarkup("<p"));
  EXPECT_FALSE(HasHtmlMarkup("no markup"));
}

}  // namespace
}  // namespace khabar::doc
