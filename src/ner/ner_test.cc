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
#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/tagger.h"
#include "ner/viterbi.h"
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

TEST(Gazetteer, HashedWordsMatchAsStrings) {
  const Gazetteer& g = Gazetteer::Default();
  // One probe per word kept by the caller (Lookup) changes nothing.
  std::vector<std::string> words = {"قال", "الرئيس", "الروسي", "فلاديمير", "بوتين",
                                    "في", "مجلس", "الأمن", "الدولي", "لروسيا"};
  std::vector<std::string> stems;
  for (const auto& w : words) stems.push_back(MakeNerToken(w, Seg()).stem);
  std::vector<std::string_view> views(stems.begin(), stems.end());
  const auto by_strings = g.Match(views);
  ASSERT_GE(by_strings.size(), 3u);
  std::vector<GazetteerWord> hashed(stems.size());
  for (size_t i = 0; i < stems.size(); ++i) {
    hashed[i].stem = hashed[i].whole = Gazetteer::WordHash(stems[i]);
    g.Lookup(&hashed[i]);
    EXPECT_EQ(g.FindWord(hashed[i]), g.Find(stems[i])) << stems[i];
  }
  std::vector<GazetteerMatch> by_hashes;
  g.Match(hashed.data(), hashed.size(), false, &by_hashes);
  ASSERT_EQ(by_hashes.size(), by_strings.size());
  for (size_t i = 0; i < by_hashes.size(); ++i) {
    EXPECT_EQ(by_hashes[i].begin, by_strings[i].begin);
    EXPECT_EQ(by_hashes[i].end, by_strings[i].end);
    EXPECT_EQ(by_hashes[i].entry, by_strings[i].entry);
  }
  // A key of several words is its words' hashes folded.
  const uint64_t key = Gazetteer::ExtendKey(
      Gazetteer::ExtendKey(Gazetteer::WordHash(stems[6]), Gazetteer::WordHash(stems[7])),
      Gazetteer::WordHash(stems[8]));
  ASSERT_NE(g.FindKey(key), nullptr);
  EXPECT_EQ(g.FindKey(key), g.Find(stems[6] + " " + stems[7] + " " + stems[8]));
}

// The plain Viterbi the fast one replaced: every allowed move weighed, in
// order, unreachable states skipped.
std::vector<uint8_t> ReferenceViterbi(const std::vector<TagScores>& emit,
                                      const float (*trans)[kNumTags]) {
  const int n = static_cast<int>(emit.size());
  std::vector<uint8_t> out(n);
  if (n == 0) return out;
  constexpr float kNone = -1e30f;
  std::vector<TagScores> best(n);
  std::vector<std::array<uint8_t, kNumTags>> back(n);
  for (int t = 0; t < kNumTags; ++t)
    best[0][t] = Allowed(kStartRow, t) ? emit[0][t] + trans[kStartRow][t] : kNone;
  for (int i = 1; i < n; ++i) {
    for (int t = 0; t < kNumTags; ++t) {
      float top = kNone;
      uint8_t arg = 0;
      for (int p = 0; p < kNumTags; ++p) {
        if (best[i - 1][p] <= kNone || !Allowed(p, t)) continue;
        const float v = best[i - 1][p] + trans[p][t];
        if (v > top) {
          top = v;
          arg = static_cast<uint8_t>(p);
        }
      }
      best[i][t] = top <= kNone ? kNone : top + emit[i][t];
      back[i][t] = arg;
    }
  }
  int t = 0;
  for (int k = 1; k < kNumTags; ++k)
    if (best[n - 1][k] > best[n - 1][t]) t = k;
  for (int i = n - 1; i >= 0; --i) {
    out[i] = static_cast<uint8_t>(t);
    t = back[i][t];
  }
  return out;
}

TEST(Viterbi, SameAsThePlainOne) {
  std::mt19937 rng(7);
  // Small integers make ties, which must break the same way.
  std::uniform_int_distribution<int> small(-3, 3);
  std::normal_distribution<float> wide(0, 5);
  for (int round = 0; round < 2000; ++round) {
    const bool ties = round % 2 == 0;
    auto draw = [&] { return ties ? static_cast<float>(small(rng)) : wide(rng); };
    float trans[kNumTags + 1][kNumTags];
    for (auto& row : trans)
      for (float& v : row) v = draw();
    std::vector<TagScores> emit(1 + rng() % 20);
    for (auto& e : emit)
      for (float& v : e) v = draw();
    std::vector<TagScores> best;
    std::vector<uint8_t> fast;
    BestPath(emit.data(), emit.size(), trans, &best, &fast);
    ASSERT_EQ(fast, ReferenceViterbi(emit, trans)) << "round " << round;
  }
}

// The fast path's sums (word cache, shared rows, gazetteer tables) are the
// sums of SentenceFeatures' weights, token by token, exactly.
void ExpectSumsAsFeatures(const Tagger& tagger, const std::vector<NerToken>& sentence) {
  std::vector<std::vector<uint32_t>> feats;
  SentenceFeatures(sentence, tagger.gazetteer(), &feats);
  const std::vector<TagSums> fast = tagger.Sums(sentence);
  ASSERT_EQ(fast.size(), sentence.size());
  for (size_t i = 0; i < sentence.size(); ++i) {
    TagSums plain{};
    for (uint32_t key : feats[i]) {
      const TagSums w = tagger.FeatureSums(key);
      for (int t = 0; t < kNumTags; ++t) plain[t] += w[t];
    }
    ASSERT_EQ(fast[i], plain) << "token " << i << " (" << sentence[i].surface << ")";
  }
  // And so the same tags as the plain path (TagPlain, what tools/ner_cv
  // scores with).
  ASSERT_EQ(tagger.Tag(sentence), tagger.TagPlain(sentence));
}

TEST(Tagger, FastSumsAreTheFeaturesSums) {
  const Tagger& tagger = Tagger::Default();
  if (tagger.num_features() == 0) GTEST_SKIP() << "no model in this build";
  auto data = ReadConll(testing::SourceDir() + "/tests/golden/ner/sentences.conll");
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  // Each sentence twice: words first computed, then from the cache.
  for (int pass = 0; pass < 2; ++pass) {
    for (const ConllSentence& s : *data) {
      ASSERT_NO_FATAL_FAILURE(ExpectSumsAsFeatures(tagger, Tokens(s.tokens)));
    }
  }
  // Edges: one token, two, empty stems, Latin, numbers, punctuation, a
  // word with a pronoun, gazetteer classes at both ends.
  for (const std::vector<std::string>& words : std::vector<std::vector<std::string>>{
           {"روسيا"},
           {"قال", "بوتين"},
           {"Reuters", "2026", "،", "و", "ل"},
           {"الرئيس", "الروسي", "فلاديمير", "بوتين", "ونظيره", "الفلسطيني"},
           {"مجلس", "الأمن", "الدولي"},
           {"سيدني", "حولي", "كتابهم", "."}}) {
    ASSERT_NO_FATAL_FAILURE(ExpectSumsAsFeatures(tagger, Tokens(words)));
  }
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
