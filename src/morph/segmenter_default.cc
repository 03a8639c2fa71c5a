// Segmenter::Default(): the segmenter over the data compiled into the
// binary (models/segment_counts.bin, data/segment_frozen.txt, ANERcorp's
// names when the build had them).

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "base/embed.h"
#include "morph/segmenter.h"

KHABAR_EMBEDDED(khabar_segment_counts)
KHABAR_EMBEDDED(khabar_segment_frozen)
KHABAR_EMBEDDED(khabar_segment_names)
KHABAR_EMBEDDED(khabar_segment_gazetteer)

namespace khabar::morph {
namespace {
double g_load_micros = 0;
}  // namespace

const Segmenter& Segmenter::Default() {
  static const Segmenter* const segmenter = [] {
    const auto start = std::chrono::steady_clock::now();
    auto counts = WordCounts::FromImage(khabar_segment_counts_view());
    // The image is produced by the build from a committed file and checked
    // by the tests; a bad one is a broken build.
    if (!counts.ok()) {
      std::fprintf(stderr, "khabar: embedded segment counts: %s\n",
                   counts.status().ToString().c_str());
      std::abort();
    }
    auto* wc = new WordCounts(std::move(*counts));
    auto* s = new Segmenter(wc, &text::Lexicon::Default(),
                            khabar_segment_frozen_view(),
                            khabar_segment_names_view(),
                            khabar_segment_gazetteer_view());
    g_load_micros = std::chrono::duration<double, std::micro>(
                        std::chrono::steady_clock::now() - start)
                        .count();
    return s;
  }();
  return *segmenter;
}

double Segmenter::load_micros() {
  Default();
  return g_load_micros;
}

}  // namespace khabar::morph
