// The query language: parsing, analysis shared with documents, limits.

#include "index/query.h"

#include <gtest/gtest.h>

#include "index/terms.h"

#define TATWEEL "\xd9\x80"
#define FATHA "\xd9\x8e"
#define SHADDA "\xd9\x91"

namespace khabar::index {
namespace {

std::string Describe(std::string_view q) {
  auto node = ParseQuery(q);
  return node.ok() ? DescribeQuery(node.value()) : "error: " + node.status().message();
}

Word Only(std::string_view text) {
  const std::vector<Word> words = AnalyzeWords(text);
  EXPECT_EQ(words.size(), 1u) << text;
  return words.empty() ? Word{} : words[0];
}

TEST(QueryTerms, CliticFormsShareTheStem) {
  EXPECT_EQ(Only("بدمج").stem, "دمج");
  EXPECT_EQ(Only("دمج").stem, "دمج");
  EXPECT_EQ(Only("والدمج").stem, "دمج");
  EXPECT_NE(Only("بدمج").norm, Only("دمج").norm);  // exact forms stay apart
}

TEST(QueryTerms, SpellingVariantsShareTheNorm) {
  EXPECT_EQ(Only("٢٠١٠").norm, "2010");
  EXPECT_EQ(Only("۲۰۱۰").norm, "2010");  // Persian digits
  EXPECT_EQ(Only("أحمد").norm, Only("احمد").norm);
  EXPECT_EQ(Only("إسلام").norm, Only("اسلام").norm);
  EXPECT_EQ(Only("مستشفى").norm, Only("مستشفي").norm);
  EXPECT_EQ(Only("مدرسة").norm, Only("مدرسه").norm);
  EXPECT_EQ(Only("م" TATWEEL TATWEEL "صر").norm, "مصر");
  EXPECT_EQ(Only("دَمْج").norm, "دمج");
  EXPECT_EQ(Only("أكّد").norm, Only("اكد").norm);
}

TEST(QueryTerms, WordSpansNameTheirSurface) {
  const std::string text = "قال الوزيرُ بدمج ٣ شركات، #غزة";
  for (const Word& w : AnalyzeWords(text)) {
    ASSERT_LE(w.span.end, text.size());
    EXPECT_FALSE(w.span.Of(text).empty());
  }
  const std::vector<Word> words = AnalyzeWords(text);
  ASSERT_EQ(words.size(), 6u);  // the comma is not a word
  EXPECT_EQ(words[2].span.Of(text), "بدمج");
  EXPECT_EQ(words[5].stem, "غزه");  // a hashtag is found by its word
}

TEST(QueryTerms, NameKeysFoldSpellingAndSpaces) {
  EXPECT_EQ(NameKey("فلاديمير   بوتين"), "فلاديمير بوتين");
  EXPECT_EQ(NameKey("مؤسسة النقد"), "موسسه النقد");
  EXPECT_EQ(NameWords("مؤسسة النقد").size(), 2u);
  EXPECT_EQ(NameKey("،"), "");
}

TEST(Query, Words) {
  EXPECT_EQ(Describe("دمج"), "دمج/دمج");
  EXPECT_EQ(Describe("بدمج الشركات"), "(AND بدمج/دمج الشركات/شركات)");
  EXPECT_EQ(Describe("  دمج  ،  "), "دمج/دمج");  // punctuation vanishes
}

TEST(Query, Operators) {
  EXPECT_EQ(Describe("النفط OR الغاز"), "(OR النفط/نفط الغاز/غاز)");
  EXPECT_EQ(Describe("النفط -ايران"), "(AND النفط/نفط (NOT ايران/ايران))");
  EXPECT_EQ(Describe("النفط NOT ايران"), "(AND النفط/نفط (NOT ايران/ايران))");
  EXPECT_EQ(Describe("(النفط OR الغاز) AND سعر"),
            "(AND (OR النفط/نفط الغاز/غاز) سعر/سعر)");
  // A '-' inside or alone is not NOT.
  EXPECT_EQ(Describe("2015-2016"), "\"2015 2016\"");
  EXPECT_EQ(Describe("سلمان - ترامب"), "(AND سلمان/سلمان ترامب/ترامب)");
}

TEST(Query, Phrases) {
  EXPECT_EQ(Describe("\"الملك سلمان\""), "\"الملك سلمان\"");
  EXPECT_EQ(Describe("\"الملك سلمان"), "\"الملك سلمان\"");  // closes at the end
  EXPECT_EQ(Describe("وزير-الخارجية"), "\"وزير الخارجيه\"");
}

TEST(Query, PositiveWordsLeaveNotOut) {
  auto node = ParseQuery("النفط -ايران \"سعر البرميل\"");
  ASSERT_TRUE(node.ok());
  std::vector<std::string> norms;
  for (const Word& w : PositiveWords(node.value())) norms.push_back(w.norm);
  EXPECT_EQ(norms, (std::vector<std::string>{"النفط", "سعر", "البرميل"}));
}

TEST(Query, ErrorsAreClearMessages) {
  EXPECT_EQ(Describe(""), "error: the query has no words to search for");
  EXPECT_EQ(Describe("، ؟"), "error: the query has no words to search for");
  EXPECT_EQ(Describe("(النفط"), "error: '(' at byte 0 is never closed");
  EXPECT_EQ(Describe("النفط)"), "error: ')' at byte 10 has no '(' before it");
  EXPECT_EQ(Describe("النفط OR"), "error: OR at byte 11 needs words on both sides");
  EXPECT_EQ(Describe("OR النفط"), "error: OR at byte 0 needs words on both sides");
}

TEST(Query, LimitsAreStrict) {
  QueryLimits limits;
  const std::string longest = std::string(100, 'a') + std::string(924, ' ');
  EXPECT_TRUE(ParseQuery(longest, limits).ok());
  auto long_query = ParseQuery(longest + " ", limits);
  ASSERT_FALSE(long_query.ok());
  EXPECT_EQ(long_query.status().message(), "the query is 1025 bytes long; the limit is 1024");

  std::string words;
  for (int i = 0; i < 33; ++i) words += "w" + std::to_string(i) + " ";
  auto many = ParseQuery(words, limits);
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(many.status().message(), "the query has more than 32 words");

  const std::string deep = std::string(9, '(') + "a" + std::string(9, ')');
  auto nested = ParseQuery(deep, limits);
  ASSERT_FALSE(nested.ok());
  EXPECT_EQ(nested.status().message(), "the query nests ( ) and NOT deeper than 8 levels");
  EXPECT_TRUE(ParseQuery(std::string(8, '(') + "a" + std::string(8, ')'), limits).ok());
  EXPECT_FALSE(ParseQuery(std::string(200, '-') + "a", limits).ok());  // NOT NOT NOT ...
}

TEST(Query, AnyBytesGiveAnAnswerNotACrash) {
  // Invalid UTF-8, NULs, lone quotes and parentheses.
  for (std::string q : {std::string("\xff\xfe(\"", 4), std::string("a\0b", 3),
                        std::string("\")"), std::string("-"), std::string("((")}) {
    auto node = ParseQuery(q);
    if (node.ok()) EXPECT_FALSE(DescribeQuery(node.value()).empty());
    else EXPECT_FALSE(node.status().message().empty());
  }
}

}  // namespace
}  // namespace khabar::index
