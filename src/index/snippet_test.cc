#include "index/snippet.h"

#include <gtest/gtest.h>

#include "index/terms.h"

namespace khabar::index {
namespace {

std::vector<Word> Query(std::string_view q) { return AnalyzeWords(q); }

TEST(Snippet, MarksCliticFormsAtTheirBytes) {
  const std::string text = "عنوان\n\nأعلنت الشركتان بدمج أعمالهما، وقال المدير إن الدمج سيتم في ٢٠١٠.";
  const uint32_t body = text.find("أعلنت");
  const Snippet s = MakeSnippet(text, Span{body, static_cast<uint32_t>(text.size())},
                                Query("دمج 2010"));
  std::vector<std::string> marked;
  for (const Span& h : s.highlights) {
    ASSERT_GE(h.begin, s.span.begin);
    ASSERT_LE(h.end, s.span.end);
    marked.emplace_back(h.Of(text));
  }
  EXPECT_EQ(marked, (std::vector<std::string>{"بدمج", "الدمج", "٢٠١٠"}));
}

TEST(Snippet, WindowGoesWhereTheWordsAre) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "كلمة ";
  const uint32_t at = text.size();
  text += "النفط والغاز";
  for (int i = 0; i < 100; ++i) text += " كلمة";
  const Snippet s = MakeSnippet(text, Span{0, static_cast<uint32_t>(text.size())},
                                Query("النفط الغاز"), 20);
  EXPECT_LE(s.span.begin, at);
  EXPECT_GE(s.span.end, at + std::string("النفط والغاز").size());
  ASSERT_EQ(s.highlights.size(), 2u);
  EXPECT_EQ(s.highlights[1].Of(text), "والغاز");
}

TEST(Snippet, NoMatchGivesTheStart) {
  const std::string text = "عنوان\n\nنص بلا كلمات البحث هنا";
  const uint32_t body = text.find("نص");
  const Snippet s = MakeSnippet(text, Span{body, static_cast<uint32_t>(text.size())},
                                Query("النفط"));
  EXPECT_TRUE(s.highlights.empty());
  EXPECT_EQ(s.span.begin, body);
}

TEST(Snippet, StopwordsMarkNothingBesideOtherWords) {
  const std::string text = "في النفط في";
  const Snippet s = MakeSnippet(text, Span{0, static_cast<uint32_t>(text.size())},
                                Query("في النفط"));
  ASSERT_EQ(s.highlights.size(), 1u);
  EXPECT_EQ(s.highlights[0].Of(text), "النفط");
}

}  // namespace
}  // namespace khabar::index
