// The segmenter on real data from ../shared/data: the WikiNews gold
// segmentation and a day of SaudiNewsNet. Skipped, saying why, without it.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "morph/segment_eval.h"
#include "morph/segmenter.h"
#include "test_util.h"
#include "text/text_testing.h"
#include "text/tokenizer.h"

namespace khabar::morph {
namespace {

TEST(SegmentEval, WikiNewsGold) {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent";
  const std::string path = shared + "/data/farasa-wikinews/WikiNews.pos.ref";
  auto gold = ReadFarasaGold(path);
  if (!gold.ok()) GTEST_SKIP() << gold.status().ToString();
  ASSERT_GT(gold->size(), 15000u);
  const Segmenter& s = Segmenter::Default();
  const size_t dev_end = gold->size() * 3 / 10;
  const SegmentScore dev = ScoreSegmenter(s, *gold, 0, dev_end);
  const SegmentScore test = ScoreSegmenter(s, *gold, dev_end, gold->size());
  // The goal, on the part the weights were set on and on the rest.
  EXPECT_GE(dev.accuracy(), 0.985);
  EXPECT_GE(test.accuracy(), 0.985);
  EXPECT_GE(test.proclitic.precision(), 0.97);
  EXPECT_GE(test.proclitic.recall(), 0.98);
  EXPECT_GE(test.enclitic.recall(), 0.90);
  std::printf("WikiNews: dev %.2f%%  test %.2f%%\n", 100 * dev.accuracy(),
              100 * test.accuracy());
}

TEST(SegmentEval, ReadsTheFarasaScheme) {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent";
  auto gold = ReadFarasaGold(shared + "/data/farasa-wikinews/WikiNews.pos.ref");
  if (!gold.ok()) GTEST_SKIP() << gold.status().ToString();
  // و+ال+تلفزيون keeps both proclitics; ترشيح+ات+ها merges the NSUFF into
  // the stem and keeps the pronoun; ل+ال+X is written للX.
  bool saw_tv = false, saw_pron = false, saw_lil = false;
  for (const GoldWord& w : *gold) {
    if (w.word == "والتلفزيون") {
      saw_tv = true;
      EXPECT_EQ(w.pieces, (std::vector<std::string>{"و", "ال", "تلفزيون"}));
    }
    if (w.word == "ترشيحاتها") {
      saw_pron = true;
      EXPECT_EQ(w.pieces, (std::vector<std::string>{"ترشيحات", "ها"}));
      EXPECT_TRUE(w.enclitic);
    }
    if (w.word.rfind("لل", 0) == 0 && w.proclitics == 2) {
      saw_lil = true;
      EXPECT_EQ(w.pieces[0], "ل");
      EXPECT_EQ(w.pieces[1], "ال");
    }
  }
  EXPECT_TRUE(saw_tv && saw_pron && saw_lil);
}

TEST(SegmentTokens, ADayOfSaudiNewsNet) {
  std::string why;
  const auto& articles = text::testing::SampleArticles(&why);
  if (articles.empty()) GTEST_SKIP() << why;
  const Segmenter& s = Segmenter::Default();
  size_t arabic = 0, split = 0;
  std::vector<Token> tokens;
  for (const std::string& text : articles) {
    tokens.clear();
    text::Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
    SegmentTokens(s, text, &tokens);
    for (const Token& t : tokens) {
      if (t.kind != TokenKind::kArabic) continue;
      ++arabic;
      const std::string_view word = t.span.Of(text);
      const Segmentation seg = Segmenter::Decode(word, t.seg);
      ASSERT_EQ(seg.code, t.seg) << word;
      ASSERT_LE(seg.stem_begin, seg.stem_end) << word;
      ASSERT_EQ(seg.word_end, word.size()) << word;
      // The stem from the norm alone is the stem from the surface.
      ASSERT_EQ(StemOf(t, text), Segmenter::Stem(word, seg)) << word;
      split += seg.split();
    }
  }
  ASSERT_GT(arabic, 100000u);
  // News Arabic: roughly a third of words carry a clitic.
  EXPECT_GT(split, arabic / 5);
  EXPECT_LT(split, arabic * 3 / 5);
}

}  // namespace
}  // namespace khabar::morph
