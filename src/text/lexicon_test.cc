#include "text/lexicon.h"

#include <gtest/gtest.h>

#include "text/normalizer.h"

namespace khabar::text {
namespace {

TEST(Lexicon, BuildAndFind) {
  std::vector<std::string> words;
  for (int i = 0; i < 1000; ++i) words.push_back("w" + std::to_string(i * 7));
  words.push_back("w0");  // a duplicate
  const std::string image = Lexicon::BuildImage(words, 16);
  const Result<Lexicon> lex = Lexicon::FromImage(image);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ(lex->size(), 1000u);
  for (int i = 0; i < 1000; ++i) {
    EXPECT_TRUE(lex->Contains("w" + std::to_string(i * 7))) << i;
    EXPECT_FALSE(lex->Contains("w" + std::to_string(i * 7 + 1))) << i;
  }
  EXPECT_FALSE(lex->Contains(""));
  EXPECT_FALSE(lex->Contains("a"));   // before the first word
  EXPECT_FALSE(lex->Contains("zz"));  // after the last
}

TEST(Lexicon, EmptyLexicon) {
  const std::string image = Lexicon::BuildImage({});
  const Result<Lexicon> lex = Lexicon::FromImage(image);
  ASSERT_TRUE(lex.ok());
  EXPECT_FALSE(lex->Contains("x"));
}

TEST(Lexicon, CorruptImagesAreRejected) {
  EXPECT_FALSE(Lexicon::FromImage("").ok());
  EXPECT_FALSE(Lexicon::FromImage("not a lexicon at all").ok());
  std::string image = Lexicon::BuildImage({"a", "b"});
  image.resize(image.size() - 3);  // the blocks stay; the data is cut
  const Result<Lexicon> cut = Lexicon::FromImage(image);
  if (cut.ok()) {
    EXPECT_FALSE(cut->Contains("b"));
  }
}

// The image compiled from aspell-ar-large. It holds aspell's stems and
// whole words, not the forms its affix rules make (مدرس is in, مدرسة not).
TEST(Lexicon, DefaultKnowsArabicWords) {
  const Lexicon& lex = Lexicon::Default();
  EXPECT_GT(lex.size(), 500000u);
  for (const char* w : {"بوتين", "روسيا", "فلسطين", "كتاب", "ولد", "بلد",
                        "وقال", "البوقال", "مدرس", "اجتماع", "أكد"})
    EXPECT_TRUE(lex.Contains(Normalize(w))) << w;
  for (const char* w : {"بوتينوقال", "عباسوقال", "xyz"})
    EXPECT_FALSE(lex.Contains(Normalize(w))) << w;
}

}  // namespace
}  // namespace khabar::text
