// The tagger (tagger.h), gazetteers (gazetteer.h) and CoNLL scoring
// (conll.h).

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "morph/segmenter.h"
#include "ner/conll.h"
#include "ner/entities.h"
#include "ner/gazetteer.h"
#include "ner/tagger.h"
#include "test_util.h"

namespace khabar::ner {
namespace {

const morph::Segmenter& Seg() { return morph::Segmenter::Default(); }

std::vector<NerToken> Tokens(const std::vector<std::string>& words) {
  std::vector<NerToken> out;
  for (const std::string& w : words) out.push_back(MakeNerToken(w, Seg()));
  return out;
}

TEST(Tags, Names) {
  EXPECT_EQ(TagFromName("O"), kO);
  EXPECT_EQ(TagFromName("B-PER"), kBPer);
  EXPECT_EQ(TagFromName("I-PERS"), kIPer);  // ANERcorp's spelling
  EXPECT_EQ(TagFromName("B-MISC"), kBMisc);
  EXPECT_EQ(TagFromName("B-GPE"), -1);
  EXPECT_EQ(TagFromName("X"), -1);
  for (int t = 0; t < kNumTags; ++t) EXPECT_EQ(TagFromName(TagName(t)), t);
  EXPECT_EQ(TagType(kILoc), "LOC");
  EXPECT_EQ(TagType(kO), "");
}

std::string WriteTemp(const std::string& text) {
  const std::string path = ::testing::TempDir() + "/ner_test_" +
                           std::to_string(std::random_device()()) + ".conll";
  std::ofstream(path) << text;
  return path;
}

TEST(Conll, ReadsSentencesAndNamesBadLines) {
  const std::string good = WriteTemp("زار B-PER\nروسيا B-LOC\r\n\n\nقال O\n");
  auto s = ReadConll(good);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[0].tokens, (std::vector<std::string>{"زار", "روسيا"}));
  EXPECT_EQ((*s)[1].line, 5);
  const std::string bad = WriteTemp("زار B-PER\nروسيا B-COUNTRY\n");
  auto e = ReadConll(bad);
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().ToString().find(":2: unknown tag"), std::string::npos);
  EXPECT_FALSE(ReadConll("/no/such/file.conll").ok());
  std::remove(good.c_str());
  std::remove(bad.c_str());
}

TEST(Conll, EntityLevelScoring) {
  NerScore s;
  // gold: [PER 0-2] [LOC 3]; guess: [PER 0-1] [LOC 3] [ORG 4]
  s.Add({kBPer, kIPer, kO, kBLoc, kO}, {kBPer, kO, kO, kBLoc, kBOrg});
  EXPECT_EQ(s.micro.gold, 2u);
  EXPECT_EQ(s.micro.guessed, 3u);
  EXPECT_EQ(s.micro.correct, 1u);  // a cut-short PER is wrong
  EXPECT_EQ(s.by_type["LOC"].correct, 1u);
  EXPECT_EQ(s.tokens_right, 3u);
  // conlleval: an I- that starts nothing starts an entity.
  NerScore t;
  t.Add({kILoc}, {kBLoc});
  EXPECT_EQ(t.micro.correct, 1u);
}

TEST(Gazetteer, MatchesStemsLongestFirst) {
  Gazetteer g;
  g.AddTsv("# comment\nمجلس الأمن\tORG\tمجلس الأمن\nمجلس الأمن الدولي\tORG\t"
           "مجلس الأمن\nروسيا\tLOC.COUNTRY\tروسيا\nسيدني\tLOC.CITY\tسيدني\n"
           "bad line without tabs\n",
           Seg());
  EXPECT_EQ(g.size(), 4u);
  std::vector<std::string> words = {"ولمجلس", "الأمن", "الدولي", "لروسيا"};
  std::vector<std::string> stems;
  for (const auto& w : words) stems.push_back(MakeNerToken(w, Seg()).stem);
  std::vector<std::string_view> views(stems.begin(), stems.end());
  const auto m = g.Match(views);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].begin, 0);
  EXPECT_EQ(m[0].end, 3);  // the longest entry
  EXPECT_EQ(m[1].entry->canonical, "روسيا");
  // A listed name the segmenter would cut (سيد+ني) matches on the word
  // less its proclitics.
  std::vector<std::string_view> stem_only = {"سيد"}, whole = {"سيدني"};
  EXPECT_TRUE(g.Match(stem_only).empty());
  EXPECT_EQ(g.Match(stem_only, &whole).size(), 1u);
}

// A tiny synthetic corpus: the tagger learns it, deterministically.
TEST(Tagger, TrainsDeterministicallyAndDecodesValidBio) {
  std::vector<std::vector<NerToken>> sentences;
  std::vector<std::vector<uint8_t>> tags;
  const std::vector<std::string> names = {"سامي", "نادر", "كريم", "وليد"};
  const std::vector<std::string> places = {"عمان", "بيروت", "دمشق", "تونس"};
  for (int r = 0; r < 40; ++r) {
    const std::string& n = names[r % 4];
    const std::string& p = places[(r / 4) % 4];
    sentences.push_back(Tokens({"قال", n, "حداد", "في", p, "اليوم"}));
    tags.push_back({kO, kBPer, kIPer, kO, kBLoc, kO});
  }
  const Gazetteer empty;
  TrainOptions options;
  options.epochs = 5;
  options.min_count = 1;
  const std::string a = Tagger::Train(sentences, tags, empty, options, nullptr);
  const std::string b = Tagger::Train(sentences, tags, empty, options, nullptr);
  EXPECT_EQ(a, b);
  auto tagger = Tagger::FromImage(a, &empty);
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  EXPECT_EQ(tagger->Tag(Tokens({"قال", "كريم", "حداد", "في", "دمشق", "اليوم"})),
            (std::vector<uint8_t>{kO, kBPer, kIPer, kO, kBLoc, kO}));
  EXPECT_TRUE(tagger->Tag({}).empty());
  // Any input decodes to valid BIO: no I-X after O or after another type.
  std::mt19937 rng(3);
  const std::vector<std::string> pool = {"قال", "كريم", "حداد", "في", "دمشق",
                                         ".", "2026", "abc", "وفي", "ل"};
  for (int i = 0; i < 200; ++i) {
    std::vector<std::string> words;
    for (int k = 0; k < 1 + static_cast<int>(rng() % 12); ++k)
      words.push_back(pool[rng() % pool.size()]);
    const auto t = tagger->Tag(Tokens(words));
    ASSERT_EQ(t.size(), words.size());
    for (size_t k = 0; k < t.size(); ++k) {
      if (t[k] != kO && t[k] % 2 == 0) {
        ASSERT_GT(k, 0u);
        ASSERT_EQ(TagType(t[k - 1]), TagType(t[k]));
      }
    }
  }
}

TEST(Tagger, BadImagesAreErrors) {
  const Gazetteer empty;
  EXPECT_FALSE(Tagger::FromImage("", &empty).ok());
  EXPECT_FALSE(Tagger::FromImage("KHNER1", &empty).ok());
  std::vector<std::vector<NerToken>> s = {Tokens({"قال", "سامي"})};
  std::vector<std::vector<uint8_t>> t = {{kO, kBPer}};
  TrainOptions o;
  o.min_count = 1;
  const std::string image = Tagger::Train(s, t, empty, o, nullptr);
  ASSERT_TRUE(Tagger::FromImage(image, &empty).ok());
  EXPECT_FALSE(Tagger::FromImage(image + "x", &empty).ok());
  EXPECT_FALSE(Tagger::FromImage(image.substr(0, image.size() - 1), &empty).ok());
}

// The golden suite, written for khabar (tests/golden/ner/README.md): the
// compiled-in tagger must stay above a floor on it.
TEST(Tagger, GoldenSuite) {
  auto data = ReadConll(testing::SourceDir() + "/tests/golden/ner/sentences.conll");
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  ASSERT_GE(data->size(), 60u);
  NerScore score;
  for (const ConllSentence& s : *data) {
    std::vector<std::string> words = s.tokens;
    score.Add(s.tags, Tagger::Default().Tag(Tokens(words)));
  }
  std::printf("golden suite: F1 %.2f%% (P %.2f%%, R %.2f%%)\n",
              100 * score.micro.f1(), 100 * score.micro.precision(),
              100 * score.micro.recall());
  EXPECT_GE(score.micro.f1(), 0.80);
  EXPECT_GE(score.by_type["PER"].f1(), 0.90);
  EXPECT_GE(score.by_type["LOC"].f1(), 0.85);
}

}  // namespace
}  // namespace khabar::ner
