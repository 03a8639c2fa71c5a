// The tagger on the fixed dev part of ANERcorp's train file (every tenth
// sentence: never trained on). Skipped, saying why, without ../shared.

#include <gtest/gtest.h>

#include <cstdio>

#include "morph/segmenter.h"
#include "ner/conll.h"
#include "ner/tagger.h"
#include "test_util.h"

namespace khabar::ner {
namespace {

TEST(NerEval, AnercorpDev) {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent";
  auto data = ReadConll(shared + "/data/anercorp/ANERCorp_CamelLab_train.txt");
  if (!data.ok()) GTEST_SKIP() << data.status().ToString();
  NerScore score;
  for (size_t i = 0; i < data->size(); ++i) {
    if (!IsDevSentence(i)) continue;
    std::vector<NerToken> tokens;
    for (const std::string& w : (*data)[i].tokens)
      tokens.push_back(MakeNerToken(w, morph::Segmenter::Default()));
    score.Add((*data)[i].tags, Tagger::Default().Tag(tokens));
  }
  std::printf("ANERcorp dev: F1 %.2f%% (P %.2f%%, R %.2f%%), %zu entities\n",
              100 * score.micro.f1(), 100 * score.micro.precision(),
              100 * score.micro.recall(), score.micro.gold);
  EXPECT_GT(score.micro.gold, 900u);
  EXPECT_GE(score.micro.f1(), 0.81);
  EXPECT_GE(score.by_type["LOC"].f1(), 0.88);
}

}  // namespace
}  // namespace khabar::ner
