// The segmenter (segmenter.h), its count table (word_counts.h) and stems.

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

#include "base/embed.h"
#include "base/utf8.h"
#include "morph/segmenter.h"
#include "morph/word_counts.h"
#include "test_util.h"
#include "text/text_testing.h"
#include "text/tokenizer.h"

KHABAR_EMBEDDED(khabar_segment_counts)

namespace khabar::morph {
namespace {

using text::testing::ReadGolden;

TEST(WordCounts, RoundTrip) {
  const std::string image = WordCounts::BuildImage(
      {{"كتاب", 7}, {"الكتاب", 3}, {"كتاب", 2}, {"", 5}, {"a", 1}});
  auto wc = WordCounts::FromImage(image);
  ASSERT_TRUE(wc.ok()) << wc.status().ToString();
  EXPECT_EQ(wc->size(), 3u);
  EXPECT_EQ(wc->Count("كتاب"), 9u);  // repeated words are summed
  EXPECT_EQ(wc->Count("الكتاب"), 3u);
  EXPECT_EQ(wc->Count("a"), 1u);
  EXPECT_EQ(wc->Count("كتب"), 0u);
  EXPECT_EQ(wc->Count(""), 0u);
  EXPECT_EQ(wc->Memo("كتب"), nullptr);
  ASSERT_NE(wc->Memo("كتاب"), nullptr);
  EXPECT_EQ(wc->Memo("كتاب")->load(), 0);
  size_t seen = 0;
  wc->ForEach([&](std::string_view w, uint32_t n) {
    ++seen;
    EXPECT_EQ(wc->Count(w), n);
  });
  EXPECT_EQ(seen, 3u);
}

TEST(WordCounts, BadImagesAreErrorsNotCrashes) {
  EXPECT_FALSE(WordCounts::FromImage("").ok());
  EXPECT_FALSE(WordCounts::FromImage("KHLEX1\0\0\0\0\0\0").ok());
  const std::string good = WordCounts::BuildImage(
      {{"وزير", 40}, {"وزارة", 12}, {"الوزير", 9}, {"زير", 1}});
  ASSERT_TRUE(WordCounts::FromImage(good).ok());
  EXPECT_FALSE(WordCounts::FromImage(good + "x").ok());  // trailing bytes
  for (size_t n = 0; n < good.size(); ++n)  // every truncation
    EXPECT_FALSE(WordCounts::FromImage(good.substr(0, n)).ok()) << n;
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {  // random damage: any answer, no crash
    std::string bad = good;
    bad[8 + rng() % (bad.size() - 8)] = static_cast<char>(rng());
    auto wc = WordCounts::FromImage(bad);
    if (wc.ok()) wc->Count("وزير");
  }
}

TEST(WordCounts, TheEmbeddedModelIsTheCommittedFile) {
  const std::string file =
      testing::ReadFile(testing::SourceDir() + "/models/segment_counts.bin");
  ASSERT_FALSE(file.empty());
  EXPECT_EQ(khabar_segment_counts_view(), file);
  const WordCounts& wc = Segmenter::Default().counts();
  EXPECT_GT(wc.size(), 50000u);
  EXPECT_GT(wc.Count("قال"), wc.Count("زير"));
}

// Golden cases: the hard families of the issue and more.
TEST(Segmenter, Golden) {
  const Segmenter& s = Segmenter::Default();
  const auto cases = ReadGolden("tests/golden/segment.tsv");
  ASSERT_GT(cases.size(), 40u);
  for (const auto& c : cases) {
    EXPECT_EQ(Segmenter::Joined(c.input, s.Segment(c.input)), c.expected)
        << "tests/golden/segment.tsv:" << c.line << " " << c.input;
  }
}

// Offsets never lie: the pieces tile the word, in order.
void ExpectPiecesTileWord(std::string_view word, const Segmentation& seg) {
  SCOPED_TRACE(std::string(word));
  ASSERT_EQ(seg.word_end, word.size());
  uint32_t at = 0;
  for (int i = 0; i < seg.num_proclitics; ++i) {
    EXPECT_LT(at, seg.proclitic_end[i]);
    const std::string_view piece = word.substr(at, seg.proclitic_end[i] - at);
    const std::string_view clitic = CliticText(seg.proclitics[i]);
    if (seg.article_elided && i == seg.num_proclitics - 1) {
      EXPECT_EQ(Skeleton(piece), "ل");  // لل: the article's written ل
    } else {
      EXPECT_EQ(Skeleton(piece), clitic);
    }
    at = seg.proclitic_end[i];
  }
  EXPECT_EQ(seg.stem_begin, at);
  EXPECT_LT(seg.stem_begin, seg.stem_end);
  EXPECT_LE(seg.stem_end, seg.word_end);
  for (uint32_t b : {seg.stem_begin, seg.stem_end}) {
    if (b < word.size()) {
      EXPECT_NE(static_cast<unsigned char>(word[b]) & 0xC0, 0x80);
    }
  }
  EXPECT_EQ(seg.split(), seg.code != 0);
  // The code alone gives the same pieces back.
  const Segmentation again = Segmenter::Decode(word, seg.code);
  EXPECT_EQ(again.stem_begin, seg.stem_begin);
  EXPECT_EQ(again.stem_end, seg.stem_end);
  EXPECT_EQ(again.num_proclitics, seg.num_proclitics);
}

TEST(Segmenter, PiecesTileTheWord) {
  const Segmenter& s = Segmenter::Default();
  for (const auto& c : ReadGolden("tests/golden/segment.tsv"))
    ExpectPiecesTileWord(c.input, s.Segment(c.input));
  // Random words from clitic-heavy letters, with marks and tatweel.
  const std::u32string letters =
      U"وفبكلسالتةهمنيىأإآءؤئدرزشصضطظعغقجحخثذ\u064E\u0650\u0651\u0652\u0640";
  std::mt19937 rng(42);
  for (int i = 0; i < 20000; ++i) {
    std::string word;
    const int len = 1 + rng() % 9;
    for (int k = 0; k < len; ++k)
      base::AppendUtf8(letters[rng() % letters.size()], &word);
    ExpectPiecesTileWord(word, s.Segment(word));
    if (HasFatalFailure()) return;
  }
}

TEST(Segmenter, AnythingButAnArabicWordComesBackWhole) {
  const Segmenter& s = Segmenter::Default();
  for (std::string_view w : {"", "و", "abc", "وabc", "2026", "و٣", "\xff\xfe",
                             "وبال كتاب"}) {
    const Segmentation seg = s.Segment(w);
    EXPECT_FALSE(seg.split()) << w;
    EXPECT_EQ(seg.word_end, w.size());
  }
  // Longer than the segmenter reads: whole, with exact offsets.
  std::string long_word = "وبال";
  for (int i = 0; i < 100; ++i) long_word += "كتاب";
  EXPECT_FALSE(s.Segment(long_word).split());
  EXPECT_EQ(s.Segment(long_word).word_end, long_word.size());
  // A code that does not fit the word reads as the whole word.
  EXPECT_FALSE(Segmenter::Decode("كتاب", 0x7FFF).split());
  EXPECT_FALSE(Segmenter::Decode("و", 1).split());
}

TEST(Segmenter, StemIsNormalizedAndRestored) {
  const Segmenter& s = Segmenter::Default();
  auto stem = [&](std::string_view w) { return Segmenter::Stem(w, s.Segment(w)); };
  EXPECT_EQ(stem("وبالكتاب"), "كتاب");
  EXPECT_EQ(stem("استضافتنا"), "استضافه");  // ة restored, then normalized
  EXPECT_EQ(stem("وأكد"), "اكد");
  EXPECT_EQ(stem("مستواه"), "مستوي");
  EXPECT_EQ(stem("وَبِالْكِتَابِ"), "كتاب");
}

TEST(Segmenter, ExplainPutsTheChosenReadingFirst) {
  const Segmenter& s = Segmenter::Default();
  for (std::string_view w : {"وبالكتاب", "وزير", "استضافتنا", "الذي"}) {
    const auto readings = s.Explain(w);
    ASSERT_FALSE(readings.empty()) << w;
    EXPECT_EQ(readings[0].first, Segmenter::Joined(w, s.Segment(w))) << w;
    for (size_t i = 1; i < readings.size(); ++i)
      EXPECT_GE(readings[i - 1].second, readings[i].second);
  }
}

TEST(Segmenter, SameAnswerFromManyThreads) {
  const Segmenter& s = Segmenter::Default();
  const std::vector<std::string> words = {"وبالكتاب", "لروسيا", "وقال",
                                          "استضافتنا", "والرئيس", "ولد"};
  std::vector<std::string> expected;
  for (const auto& w : words) expected.push_back(Segmenter::Joined(w, s.Segment(w)));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 2000; ++round)
        for (size_t i = 0; i < words.size(); ++i)
          mismatches[t] += Segmenter::Joined(words[i], s.Segment(words[i])) != expected[i];
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(SegmentTokens, ArabicTokensGetStems) {
  const std::string text = "وقال الوزير لروسيا: 800 طن من sugar.";
  std::vector<Token> tokens = text::Tokenize(text);
  SegmentTokens(Segmenter::Default(), text, &tokens);
  std::vector<std::string> stems;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kArabic) {
      stems.push_back(StemOf(t, text));
    } else {
      EXPECT_EQ(StemOf(t, text), t.norm.view()) << t.span.Of(text);
      EXPECT_EQ(t.seg, 0) << t.span.Of(text);
    }
  }
  EXPECT_EQ(stems, (std::vector<std::string>{"قال", "وزير", "روسيا", "طن", "من"}));
}

TEST(Stems, Light) {
  EXPECT_EQ(LightStem("مدرسه"), "مدرس");
  EXPECT_EQ(LightStem("مسوولون"), "مسوول");
  EXPECT_EQ(LightStem("اتفاقيات"), "اتفاقي");
  EXPECT_EQ(LightStem("بين"), "بين");    // three letters stay
  EXPECT_EQ(LightStem("كتاب"), "كتاب");
  EXPECT_EQ(LightStem(""), "");
}

TEST(Stems, SnowballIsThere) {
  EXPECT_EQ(SnowballStem("الكتاب"), "كتاب");
  EXPECT_EQ(SnowballStem(""), "");
  EXPECT_EQ(SnowballStem("abc"), "abc");
}

}  // namespace
}  // namespace khabar::morph
