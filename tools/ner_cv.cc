// ner_cv: how well would the entity tagger do on text it never saw,
// measured more widely than on the one dev part.
//
//   ner_cv TRAIN.conll [--epochs N] [--min-count N] [--folds K] [--seed S] [--runs R]
//
// Prints two scores, both conlleval's entity-level micro F1 (and per type):
//   - dev: trained on the train part, scored on the fixed dev part (every
//     tenth sentence, ner/conll.h), as `khabar train ner` reports it;
//   - cv: K-fold cross-validation inside the train part only (the dev part
//     left out entirely), the K held-out folds' counts pooled.
// A change to the features or the training that helps only the first is
// tuned to one file; one that helps both is likelier to help elsewhere
// (issue 5: another test set will judge).
//
// Tags with Tagger::TagPlain (SentenceFeatures, summed plainly), so that a
// new feature template can be tried before the fast path (word_scores.cc)
// knows it. Runs two trainings at a time.

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "morph/segmenter.h"
#include "ner/conll.h"
#include "ner/gazetteer.h"
#include "ner/tagger.h"

namespace khabar::ner {
namespace {

struct Job {
  std::vector<size_t> train, test;  // sentence indexes
  NerScore score;
};

void Run(const std::vector<std::vector<NerToken>>& tokens,
         const std::vector<ConllSentence>& data, const TrainOptions& options,
         Job* job) {
  std::vector<std::vector<NerToken>> sentences;
  std::vector<std::vector<uint8_t>> tags;
  for (size_t i : job->train) {
    sentences.push_back(tokens[i]);
    tags.push_back(data[i].tags);
  }
  const std::string image =
      Tagger::Train(sentences, tags, Gazetteer::Default(), options, nullptr);
  auto tagger = Tagger::FromImage(image, &Gazetteer::Default());
  if (!tagger.ok()) {
    std::fprintf(stderr, "ner_cv: %s\n", tagger.status().ToString().c_str());
    std::exit(1);
  }
  for (size_t i : job->test) job->score.Add(data[i].tags, tagger->TagPlain(tokens[i]));
}

void Merge(const NerScore& from, NerScore* into) {
  auto add = [](const TypeScore& a, TypeScore* b) {
    b->gold += a.gold;
    b->guessed += a.guessed;
    b->correct += a.correct;
  };
  for (const auto& [type, s] : from.by_type) add(s, &into->by_type[type]);
  add(from.micro, &into->micro);
  into->tokens += from.tokens;
  into->tokens_right += from.tokens_right;
}

void Print(const char* name, const NerScore& s) {
  std::printf("%-4s", name);
  for (const auto& [type, t] : s.by_type) std::printf("  %s %6.2f", type.c_str(), 100 * t.f1());
  std::printf("  | P %6.2f R %6.2f F1 %6.2f\n", 100 * s.micro.precision(),
              100 * s.micro.recall(), 100 * s.micro.f1());
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: ner_cv TRAIN.conll [--epochs N] [--min-count N] [--folds K] [--seed S] [--runs R]\n");
    return 2;
  }
  TrainOptions options;
  int folds = 5;
  for (int a = 2; a + 1 < argc; a += 2) {
    const std::string flag = argv[a];
    const int value = std::atoi(argv[a + 1]);
    if (flag == "--epochs") options.epochs = value;
    else if (flag == "--min-count") options.min_count = value;
    else if (flag == "--folds") folds = value;
    else if (flag == "--runs") options.runs = value;
    else if (flag == "--seed") options.seed = static_cast<uint32_t>(value);
    else {
      std::fprintf(stderr, "ner_cv: unknown flag %s\n", flag.c_str());
      return 2;
    }
  }
  auto data = ReadConll(argv[1]);
  if (!data.ok()) {
    std::fprintf(stderr, "ner_cv: %s\n", data.status().ToString().c_str());
    return 2;
  }
  std::vector<std::vector<NerToken>> tokens;
  for (const ConllSentence& s : *data) {
    tokens.emplace_back();
    for (const std::string& w : s.tokens)
      tokens.back().push_back(MakeNerToken(w, morph::Segmenter::Default()));
  }
  // Job 0: the dev part; then the folds of the train part.
  std::vector<Job> jobs(1 + folds);
  size_t kept = 0;
  for (size_t i = 0; i < data->size(); ++i) {
    if (IsDevSentence(i)) {
      jobs[0].test.push_back(i);
      continue;
    }
    jobs[0].train.push_back(i);
    const size_t fold = kept++ % folds;
    for (int k = 0; k < folds; ++k)
      (size_t(k) == fold ? jobs[1 + k].test : jobs[1 + k].train).push_back(i);
  }
  std::mutex mu;
  size_t next = 0;
  auto worker = [&] {
    for (;;) {
      size_t j;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (next == jobs.size()) return;
        j = next++;
      }
      Run(tokens, *data, options, &jobs[j]);
    }
  };
  std::thread other(worker);
  worker();
  other.join();
  NerScore cv;
  for (int k = 0; k < folds; ++k) Merge(jobs[1 + k].score, &cv);
  Print("dev", jobs[0].score);
  Print("cv", cv);
  return 0;
}

}  // namespace
}  // namespace khabar::ner

int main(int argc, char** argv) { return khabar::ner::Main(argc, argv); }
