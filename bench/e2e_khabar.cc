// khabar end to end, in three stages (see e2e.h for the harness):
//
//   e2e_bench_khabar [--segment | --entities]
//                    (--records=FILE | --synthetic=BYTES) ...
//
// Without a stage flag (engine "khabar"): normalize+tokenize. text::Tokenize
// splits each article and gives every token its normalized form and
// stopword flag, which is the work an indexer needs from the text core.
// Every token's norm is a term.
//
// With --segment (engine "khabar+seg"): normalize+tokenize+segment. The same
// Tokenize, then morph::SegmentTokens with the segmenter compiled into the
// binary (Segmenter::Default()) over the same tokens, which sets each Arabic
// token's clitic segmentation and stem. Every token's norm is a term, and so
// is every Arabic token's stem. The segmenter is built before the corpus is
// loaded (not timed); its load time and memory go to stderr as one line:
//
//   segmenter: load_ms=L load_cpu_ms=C counts_mb=M words=N rss_delta_mib=D
//              rss_mib=R
//
// load_ms is Segmenter::load_micros() / 1000 (wall time of decoding the
// word counts and reading the frozen words and names); load_cpu_ms the
// process CPU time Default() took (steadier on a shared machine); counts_mb is
// WordCounts::memory_bytes() / 10^6 (the count table: arena and slots);
// rss_delta_mib is how much the process's max RSS grew while Default() ran
// (the count table, the frozen words and names, the pages of the embedded
// data it read); rss_mib the max RSS after it. run_e2e.sh reports them.
//
// With --entities (engine "khabar+ner"): what the pipeline does to reach
// entities (src/pipeline/pipeline.cc), less cleaning, structure and the
// extractors. The same Tokenize and SegmentTokens, then text::SplitSentences
// (the pipeline's splitter; an article here is title + "\n\n" + body, and
// every line break ends a sentence, so one call over the whole article gives
// the sentences of title and body), then ner::FindEntities with no times and
// no sources, Tagger::Default() and Gazetteer::Default(). Every token's norm
// is a term, and so is every entity mention's text. The segmenter, then the
// tagger (with the gazetteer it reads) and the word clusters are loaded
// before the corpus (not timed), and one line goes to stderr (not a
// "segmenter:" line, so that those stay one per --segment run):
//
//   ner: ner_load_ms=L clusters_load_ms=K load_cpu_ms=C ner_features=F
//        seg_load_ms=S rss_delta_mib=D rss_mib=R
//
// ner_load_ms is ner::Tagger::load_micros() / 1000: the wall time of
// Tagger::Default(), which builds Gazetteer::Default() (over the segmenter,
// already loaded), loads the word clusters (ner::Clusters()) and decodes
// the model; clusters_load_ms is the wall time of a call to Clusters() made
// after it (about 0: they are loaded by then). load_cpu_ms is the process
// CPU time of both; ner_features Tagger::Default().num_features();
// seg_load_ms the segmenter's load_ms, loaded first in this process;
// rss_delta_mib how much the max RSS grew while the tagger and clusters
// loaded (after the segmenter).

#include <sys/resource.h>

#include <time.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "e2e.h"
#include "khabar/document.h"
#include "morph/segmenter.h"
#include "ner/entities.h"
#include "ner/gazetteer.h"
#include "ner/tagger.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace khabar::bench {
namespace {

enum class Stage { kTokenize, kSegment, kEntities };

template <Stage kStage>
class KhabarEngine : public Engine {
 public:
  KhabarEngine() {
    if constexpr (kStage != Stage::kTokenize) {
      segmenter_ = &morph::Segmenter::Default();
    }
  }

  std::string_view name() const override {
    switch (kStage) {
      case Stage::kTokenize: return "khabar";
      case Stage::kSegment: return "khabar+seg";
      case Stage::kEntities: return "khabar+ner";
    }
    return "";
  }

  void Analyze(std::string_view article, TermSink* sink) override {
    const Span whole{0, static_cast<uint32_t>(article.size())};
    tokens_.clear();  // keeps the capacity: grows only for a longer article
    text::Tokenize(article, whole, &tokens_);
    if constexpr (kStage != Stage::kTokenize) {
      morph::SegmentTokens(*segmenter_, article, &tokens_);
    }
    for (const Token& token : tokens_) {
      sink->Add(token.norm.data(), token.norm.size());
      if constexpr (kStage == Stage::kSegment) {
        if (token.kind == TokenKind::kArabic) {
          morph::StemInto(token, article, &stem_);
          sink->Add(stem_.data(), stem_.size());
        }
      }
    }
    if constexpr (kStage == Stage::kEntities) {
      sentences_.clear();
      text::SplitSentences(article, whole, &sentences_);
      const std::vector<Entity> entities = ner::FindEntities(
          article, tokens_, sentences_, /*times=*/{}, /*sources=*/{},
          ner::Tagger::Default(), ner::Gazetteer::Default());
      for (const Entity& entity : entities) {
        for (const EntityMention& mention : entity.mentions) {
          sink->Add(mention.text.data(), mention.text.size());
        }
      }
    }
  }

 private:
  std::vector<Token> tokens_;
  std::vector<Span> sentences_;
  std::string stem_;  // reused: one allocation, not one per token
  const morph::Segmenter* segmenter_ = nullptr;
};

double MaxRssMib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // kilobytes on Linux
}

double CpuMillis() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}

// Takes --segment and --entities out of argv; returns the stage they ask
// for (the last one given wins).
Stage TakeStageFlag(int* argc, char** argv) {
  Stage stage = Stage::kTokenize;
  int kept = 1;
  for (int i = 1; i < *argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--segment") {
      stage = Stage::kSegment;
    } else if (arg == "--entities") {
      stage = Stage::kEntities;
    } else {
      argv[kept++] = argv[i];
    }
  }
  *argc = kept;
  argv[kept] = nullptr;
  return stage;
}

// Builds Segmenter::Default() and prints the "segmenter:" line.
void LoadSegmenter() {
  const double rss_before = MaxRssMib();
  const double cpu_before = CpuMillis();
  const morph::Segmenter& segmenter = morph::Segmenter::Default();
  const double cpu_ms = CpuMillis() - cpu_before;
  const double rss_after = MaxRssMib();
  const morph::WordCounts& counts = segmenter.counts();
  std::fprintf(stderr,
               "segmenter: load_ms=%.3f load_cpu_ms=%.3f counts_mb=%.2f "
               "words=%zu rss_delta_mib=%.1f rss_mib=%.1f\n",
               morph::Segmenter::load_micros() / 1000.0, cpu_ms,
               counts.memory_bytes() / 1e6, counts.size(),
               rss_after - rss_before, rss_after);
}

// Builds Tagger::Default() (and with it Gazetteer::Default()) and the word
// clusters, and prints the "ner:" line. Builds the segmenter first, so
// that its load is not counted in the tagger's.
void LoadNer() {
  morph::Segmenter::Default();
  const double rss_before = MaxRssMib();
  const double cpu_before = CpuMillis();
  const ner::Tagger& tagger = ner::Tagger::Default();
  const auto clusters_start = std::chrono::steady_clock::now();
  ner::Clusters();
  const double clusters_ms = std::chrono::duration<double, std::milli>(
                                 std::chrono::steady_clock::now() -
                                 clusters_start)
                                 .count();
  const double cpu_ms = CpuMillis() - cpu_before;
  const double rss_after = MaxRssMib();
  std::fprintf(stderr,
               "ner: ner_load_ms=%.3f clusters_load_ms=%.3f load_cpu_ms=%.3f "
               "ner_features=%zu seg_load_ms=%.3f rss_delta_mib=%.1f "
               "rss_mib=%.1f\n",
               ner::Tagger::load_micros() / 1000.0, clusters_ms, cpu_ms,
               tagger.num_features(), morph::Segmenter::load_micros() / 1000.0,
               rss_after - rss_before, rss_after);
}

}  // namespace
}  // namespace khabar::bench

int main(int argc, char** argv) {
  using khabar::bench::KhabarEngine;
  using khabar::bench::Stage;
  switch (khabar::bench::TakeStageFlag(&argc, argv)) {
    case Stage::kTokenize: {
      KhabarEngine<Stage::kTokenize> engine;
      return khabar::bench::E2eMain(argc, argv, &engine);
    }
    case Stage::kSegment: {
      khabar::bench::LoadSegmenter();
      KhabarEngine<Stage::kSegment> engine;
      return khabar::bench::E2eMain(argc, argv, &engine);
    }
    case Stage::kEntities: {
      khabar::bench::LoadNer();
      KhabarEngine<Stage::kEntities> engine;
      return khabar::bench::E2eMain(argc, argv, &engine);
    }
  }
  return 2;
}
