// Gazetteer::Default() and Tagger::Default(): the lists and the model
// compiled into the binary (data/gazetteer/*.tsv, models/ner.bin).

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "base/embed.h"
#include "ner/gazetteer.h"
#include "ner/tagger.h"

KHABAR_EMBEDDED(khabar_gazetteer)
KHABAR_EMBEDDED(khabar_ner_model)
KHABAR_EMBEDDED(khabar_ner_clusters)

namespace khabar::ner {
namespace {
double g_tagger_load_micros = 0;
}  // namespace

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer* const gazetteer = [] {
    auto* g = new Gazetteer;
    g->AddTsv(khabar_gazetteer_view(), morph::Segmenter::Default());
    return g;
  }();
  return *gazetteer;
}

const morph::WordCounts* Clusters() {
  static const morph::WordCounts* const clusters = []() -> morph::WordCounts* {
    if (khabar_ner_clusters_view().empty()) return nullptr;
    auto loaded = morph::WordCounts::FromImage(khabar_ner_clusters_view());
    if (!loaded.ok()) {
      std::fprintf(stderr, "khabar: embedded word clusters: %s\n",
                   loaded.status().ToString().c_str());
      std::abort();
    }
    return new morph::WordCounts(std::move(*loaded));
  }();
  return clusters;
}

const Tagger& Tagger::Default() {
  static const Tagger* const tagger = [] {
    const auto start = std::chrono::steady_clock::now();
    const Gazetteer* gazetteer = &Gazetteer::Default();
    Clusters();  // the tagger's features read them: part of its load
    // An empty image (a checkout before `khabar train ner` ever ran) gives
    // a tagger that finds nothing.
    Tagger* t = new Tagger;
    t->gazetteer_ = gazetteer;
    if (!khabar_ner_model_view().empty()) {
      auto loaded = Tagger::FromImage(khabar_ner_model_view(), gazetteer);
      if (!loaded.ok()) {
        std::fprintf(stderr, "khabar: embedded NER model: %s\n",
                     loaded.status().ToString().c_str());
        std::abort();
      }
      *t = std::move(*loaded);
    } else {
      t->Prepare();
    }
    g_tagger_load_micros = std::chrono::duration<double, std::micro>(
                               std::chrono::steady_clock::now() - start)
                               .count();
    return t;
  }();
  return *tagger;
}

double Tagger::load_micros() {
  Default();
  return g_tagger_load_micros;
}

}  // namespace khabar::ner
