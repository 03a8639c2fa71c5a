// SentenceFeatures: the tagger's features, plainly. Training reads them;
// the fast path (word_scores.cc) must give the same sums, which
// ner_test checks.

#include "ner/features.h"

#include <algorithm>
#include <bit>

#include "base/utf8.h"
#include "morph/segmenter.h"

namespace khabar::ner {

const SpecialValues& Specials() {
  static const SpecialValues values{HashOf("<s>"), HashOf("</s>"), HashOf("-"),
                                    HashOf("0")};
  return values;
}

std::string_view Head(std::string_view s, int n) {
  size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) base::DecodeAt(s, &i);
  return s.substr(0, i);
}

std::string_view Tail(std::string_view s, int n) {
  size_t i = s.size();
  for (int k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  }
  return s.substr(i);
}

uint64_t FrequencyBucket(uint32_t seen) {
  return seen == 0 ? 0 : 1 + std::bit_width(seen) / 2;
}

void SentenceFeatures(const std::vector<NerToken>& s, const Gazetteer& gazetteer,
                      std::vector<std::vector<uint32_t>>* out) {
  const SpecialValues& sv = Specials();
  const int n = static_cast<int>(s.size());
  out->resize(n);
  std::vector<std::string_view> stems(n);
  for (int i = 0; i < n; ++i) stems[i] = s[i].stem;
  struct Values {
    uint64_t norm, stem, tail3, cluster, gaz, coarse, alone;
  };
  std::vector<Values> v(n);
  const morph::WordCounts* clusters = Clusters();
  for (int i = 0; i < n; ++i) {
    v[i].norm = HashOf(s[i].norm);
    v[i].stem = HashOf(stems[i]);
    v[i].tail3 = HashOf(Tail(stems[i], 3));
    v[i].cluster = clusters == nullptr ? 0 : clusters->Count(stems[i]);
    v[i].gaz = v[i].coarse = sv.none;
    // Single-word entries hidden inside a longer match still count (عباس
    // in محمود عباس).
    const GazetteerEntry* e = gazetteer.Find(stems[i]);
    v[i].alone = e == nullptr ? sv.none : HashOf(e->cls);
  }
  // What the gazetteers say of each token: B-CLASS / I-CLASS, and the
  // class's first part.
  for (const GazetteerMatch& m : gazetteer.Match(stems)) {
    const uint64_t cls = HashOf(m.entry->cls);
    const uint64_t coarse = HashOf(CoarseClass(m.entry->cls));
    for (int i = m.begin; i < m.end; ++i) {
      v[i].gaz = Mix(cls, i == m.begin ? 1 : 2);
      v[i].coarse = coarse;
    }
  }
  auto stem_at = [&](int i) { return i < 0 ? sv.before : i >= n ? sv.after : v[i].stem; };
  auto cluster_at = [&](int i) { return i < 0 || i >= n ? sv.outside : v[i].cluster; };
  auto gaz_at = [&](int i) { return i < 0 || i >= n ? sv.outside : v[i].coarse; };
  const morph::WordCounts& counts = morph::Segmenter::Default().counts();
  for (int i = 0; i < n; ++i) {
    const NerToken& t = s[i];
    std::vector<uint32_t>& f = (*out)[i];
    f.clear();
    f.push_back(Feature(kBias, 0));
    f.push_back(Feature(kNorm, v[i].norm));
    f.push_back(Feature(kStem, v[i].stem));
    f.push_back(Feature(kKind, static_cast<uint64_t>(t.kind)));
    if (t.kind == TokenKind::kArabic) {
      f.push_back(Feature(kClitics, t.seg & 0x3F));
      f.push_back(Feature(kPronoun, ((t.seg >> 6) & 15) != 0));
      // The first and last letter: ي ية ون ات end adjectives and plurals,
      // not names; foreign names end in letters Arabic words rarely do.
      f.push_back(Feature(kHead1, HashOf(Head(t.stem, 1))));
      f.push_back(Feature(kTail1, HashOf(Tail(t.stem, 1))));
      f.push_back(Feature(kHead2, HashOf(Head(t.stem, 2))));
      f.push_back(Feature(kHead3, HashOf(Head(t.stem, 3))));
      f.push_back(Feature(kTail2, HashOf(Tail(t.stem, 2))));
      f.push_back(Feature(kTail3, v[i].tail3));
      f.push_back(Feature(kLength, std::min<size_t>(base::CodePointCount(t.stem), 8)));
      // The count table keys words without marks, as most are written.
      f.push_back(Feature(kFrequency, FrequencyBucket(counts.Count(t.surface))));
    } else if (t.kind == TokenKind::kLatin) {
      f.push_back(Feature(kUpper, !t.surface.empty() && t.surface[0] >= 'A' &&
                                      t.surface[0] <= 'Z'));
    }
    f.push_back(Feature(kStemM1, stem_at(i - 1)));
    f.push_back(Feature(kStemP1, stem_at(i + 1)));
    f.push_back(Feature(kStemM2, stem_at(i - 2)));
    f.push_back(Feature(kStemP2, stem_at(i + 2)));
    f.push_back(Feature(kStemPairM1, stem_at(i - 1), stem_at(i)));
    f.push_back(Feature(kStemPairP1, stem_at(i), stem_at(i + 1)));
    f.push_back(Feature(kTail3M1, i > 0 ? v[i - 1].tail3 : sv.before));
    f.push_back(Feature(kNormM1, i > 0 ? v[i - 1].norm : sv.before));
    f.push_back(Feature(kNormP1, i + 1 < n ? v[i + 1].norm : sv.after));
    f.push_back(Feature(kStemPairM2, stem_at(i - 2), stem_at(i - 1)));
    f.push_back(Feature(kCluster, cluster_at(i)));
    f.push_back(Feature(kClusterM1, cluster_at(i - 1)));
    f.push_back(Feature(kClusterP1, cluster_at(i + 1)));
    f.push_back(Feature(kClusterPair, cluster_at(i - 1), cluster_at(i)));
    f.push_back(Feature(kGaz, v[i].gaz));
    f.push_back(Feature(kGazAlone, v[i].alone));
    f.push_back(Feature(kGazM1, gaz_at(i - 1)));
    f.push_back(Feature(kGazP1, gaz_at(i + 1)));
    f.push_back(Feature(kGazM2, gaz_at(i - 2)));
    f.push_back(Feature(kGazPair, gaz_at(i - 1), gaz_at(i + 1)));
    f.push_back(Feature(kGazStem, gaz_at(i), v[i].stem));
  }
}

}  // namespace khabar::ner
