// The tagger's fast path: per-word sums from a per-thread cache, then the
// few features that join two words, then Viterbi.
//
// Token i's features (features.h) fall in three groups:
//   - one word's: i's own (norm, stem, suffixes, cluster ...), or one
//     neighbour's (the stem before i, the norm after i ...). A word's
//     weights are summed once into five rows: what it gives itself, the
//     token after it, the one before it, and the second after and before.
//     Those rows sit in the word cache, keyed by the surface (plus kind
//     and segmentation), so a known word costs one probe;
//   - two words': the stem pairs around i and the pair of clusters: four
//     model lookups a token, each half hashed already (Word::pair);
//   - the gazetteer context: which class covers i and its neighbours.
//     Their weights depend on a handful of classes only and are summed
//     per class when the tagger loads (Fixed).
// Sums are int32 over int16 weights, exact in any order: the fast path
// gives the very sums SentenceFeatures would (ner_test checks it).
//
// Memory, not arithmetic, is what a token costs: the word cache is 16 MiB
// and the model's table 2 MiB, read at random. So each sentence asks for
// all its words' cache slots before reading any, and model lookups go in
// batches (Tagger::Rows), so that the cache misses overlap.
//
// The cache is direct-mapped on a 64-bit hash of the surface, kind and
// segmentation, checked with the surface's length: a wrong hit needs two
// words with one XXH3 hash (as the segmenter's cache, never in practice).

#include <algorithm>
#include <atomic>
#include <cassert>
#include <memory>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "base/utf8.h"
#include "morph/segmenter.h"
#include "ner/features.h"
#include "ner/tagger.h"
#include "ner/viterbi.h"
#include "text/normalizer.h"

namespace khabar::ner {

// Rows of one cached word (Word::rows).
enum Role { kSelf, kToNext, kToPrevious, kToSecondNext, kToSecondPrevious, kNumRoles };

// The features of two words, by their first word's Mix(template, value)
// (Word::pair): the stem pair ending on the next token, the one this token
// starts, the one ending on the token after next, and the cluster pair
// ending on the next token.
enum Pair { kPairM1, kPairP1, kPairM2, kPairCluster, kNumPairs };

struct alignas(64) Tagger::Word {
  uint64_t key = 0;
  uint64_t stem = 0, whole = 0;           // GazetteerWord's
  const GazetteerEntry* entry = nullptr;  // the stem's, in gazetteer_
  uint64_t pair[kNumPairs] = {};
  uint32_t len = 0;  // surface bytes + 1; 0: an empty slot
  int32_t gaz_stem_row = -1;
  uint16_t cluster = 0;
  bool empty = false, prefix = false;     // GazetteerWord's
  TagSums rows[kNumRoles] = {};
};

struct Tagger::Fixed {
  // What tokens at the sentence's edges get from outside it.
  TagSums before1{}, after1{}, before2{}, after2{};
  // Word::pair of the words before the sentence.
  uint64_t pair_before[kNumPairs] = {};
  // Gazetteer context by class index: 0 nothing, 1 outside the sentence,
  // then each coarse class of the gazetteer (PER, LOC, TITLE ...).
  std::vector<uint64_t> coarse_hash;
  std::vector<TagSums> before, after, second_before;  // kGazM1, kGazP1, kGazM2
  std::vector<TagSums> pair;                          // kGazPair [a * size + b]
  TagSums gaz_none{};                                 // kGaz of no match
  // All of the above for a token with no match within one before, two
  // before and one after it, and none on itself: most tokens.
  TagSums quiet{};
};

namespace {

constexpr int kNothing = 0, kOutside = 1;
// 65,536 words of 256 bytes: 16 MiB a thread. Over SaudiNewsNet 86% of
// tokens find their word there (81% with half as many, 91% with twice).
constexpr size_t kCacheWords = size_t{1} << 16;

void Add(const TagSums& row, TagSums* sums) {
  for (int t = 0; t < kNumTags; ++t) (*sums)[t] += row[t];
}

std::atomic<uint64_t> g_next_tagger_id{1};

// The stem and the "whole" form of a word (less proclitics, what the
// segmenter took for a pronoun kept), as the entity layer reads them.
struct Forms {
  std::string stem_buffer;
  std::string_view stem;
  std::string whole;  // empty when it equals the stem
};

Forms FormsOf(const WordRef& w) {
  Forms f;
  if (w.stem.has_value()) {
    f.stem = *w.stem;
  } else {
    Token t;
    t.span = Span{0, static_cast<uint32_t>(w.surface.size())};
    t.norm.assign(w.norm);
    t.seg = w.seg;
    t.kind = w.kind;
    morph::StemInto(t, w.surface, &f.stem_buffer);
    f.stem = f.stem_buffer;
  }
  if (w.kind == TokenKind::kArabic && (w.seg >> 6) != 0) {  // a pronoun
    const morph::Segmentation seg = morph::Segmenter::Decode(w.surface, w.seg);
    f.whole = text::Normalize(w.surface.substr(seg.stem_begin));
    if (f.whole == f.stem) f.whole.clear();
  }
  return f;
}

}  // namespace

void Tagger::Prepare() {
  static const Gazetteer kNoGazetteer;
  if (gazetteer_ == nullptr) gazetteer_ = &kNoGazetteer;
  id_ = g_next_tagger_id.fetch_add(1);
  auto fixed = std::make_shared<Fixed>();
  PrepareEdges(fixed.get());
  PrepareGazetteerContext(fixed.get());
  fixed_ = std::move(fixed);
}

void Tagger::PrepareEdges(Fixed* fixed) const {
  const SpecialValues& sv = Specials();
  Fixed& f = *fixed;
  auto add = [&](uint32_t key, TagSums* sums) { AddFeature(key, sums->data()); };
  add(Feature(kStemM1, sv.before), &f.before1);
  add(Feature(kTail3M1, sv.before), &f.before1);
  add(Feature(kNormM1, sv.before), &f.before1);
  add(Feature(kClusterM1, sv.outside), &f.before1);
  add(Feature(kStemP1, sv.after), &f.after1);
  add(Feature(kNormP1, sv.after), &f.after1);
  add(Feature(kClusterP1, sv.outside), &f.after1);
  add(Feature(kStemM2, sv.before), &f.before2);
  add(Feature(kStemP2, sv.after), &f.after2);
  f.pair_before[kPairM1] = Mix(kStemPairM1, sv.before);
  f.pair_before[kPairM2] = Mix(kStemPairM2, sv.before);
  f.pair_before[kPairCluster] = Mix(kClusterPair, sv.outside);
}

void Tagger::PrepareGazetteerContext(Fixed* fixed) const {
  const SpecialValues& sv = Specials();
  Fixed& f = *fixed;
  auto add = [&](uint32_t key, TagSums* sums) { AddFeature(key, sums->data()); };
  add(Feature(kGaz, sv.none), &f.gaz_none);
  f.coarse_hash = {sv.none, sv.outside};
  for (const std::string& cls : gazetteer_->classes()) {
    const uint64_t h = HashOf(CoarseClass(cls));
    if (std::find(f.coarse_hash.begin(), f.coarse_hash.end(), h) == f.coarse_hash.end())
      f.coarse_hash.push_back(h);
  }
  const size_t k = f.coarse_hash.size();
  f.before.resize(k);
  f.after.resize(k);
  f.second_before.resize(k);
  f.pair.resize(k * k);
  for (size_t a = 0; a < k; ++a) {
    add(Feature(kGazM1, f.coarse_hash[a]), &f.before[a]);
    add(Feature(kGazP1, f.coarse_hash[a]), &f.after[a]);
    add(Feature(kGazM2, f.coarse_hash[a]), &f.second_before[a]);
    for (size_t b = 0; b < k; ++b)
      add(Feature(kGazPair, f.coarse_hash[a], f.coarse_hash[b]), &f.pair[a * k + b]);
  }
  for (const TagSums* part : {&f.before[kNothing], &f.after[kNothing],
                              &f.second_before[kNothing], &f.pair[kNothing * k + kNothing],
                              &f.gaz_none})
    Add(*part, &f.quiet);
}

void Tagger::FillWord(const WordRef& w, Word* out) const {
  const SpecialValues& sv = Specials();
  const Forms forms = FormsOf(w);
  const std::string_view stem = forms.stem;
  const uint64_t stem_hash = HashOf(stem);
  GazetteerWord gaz;
  gaz.stem = stem_hash;
  gaz.whole = forms.whole.empty() ? stem_hash : HashOf(forms.whole);
  gaz.empty = stem.empty();
  gazetteer_->Lookup(&gaz);
  out->stem = gaz.stem;
  out->whole = gaz.whole;
  out->empty = gaz.empty;
  out->entry = gaz.entry;
  out->prefix = gaz.prefix;
  // Two lookups in large tables, side by side so that their cache misses
  // may overlap.
  const morph::WordCounts* clusters = Clusters();
  const uint32_t cluster = clusters == nullptr ? 0 : clusters->Count(stem);
  const uint32_t seen = w.kind == TokenKind::kArabic
                            ? morph::Segmenter::Default().counts().Count(w.surface)
                            : 0;
  out->cluster = static_cast<uint16_t>(cluster);
  out->pair[kPairM1] = Mix(kStemPairM1, stem_hash);
  out->pair[kPairP1] = Mix(kStemPairP1, stem_hash);
  out->pair[kPairM2] = Mix(kStemPairM2, stem_hash);
  out->pair[kPairCluster] = Mix(kClusterPair, cluster);
  const uint64_t norm = HashOf(w.norm);
  const uint64_t tail3 = HashOf(Tail(stem, 3));
  const GazetteerEntry* alone = gaz.entry;

  for (TagSums& row : out->rows) row.fill(0);
  uint32_t keys[32];
  int32_t* sums[32];
  int n = 0;
  auto queue = [&](uint32_t key, Role role) {
    keys[n] = key;
    sums[n++] = out->rows[role].data();
  };
  queue(Feature(kBias, 0), kSelf);
  queue(Feature(kNorm, norm), kSelf);
  queue(Feature(kStem, stem_hash), kSelf);
  queue(Feature(kKind, static_cast<uint64_t>(w.kind)), kSelf);
  if (w.kind == TokenKind::kArabic) {
    queue(Feature(kClitics, w.seg & 0x3F), kSelf);
    queue(Feature(kPronoun, ((w.seg >> 6) & 15) != 0), kSelf);
    queue(Feature(kHead1, HashOf(Head(stem, 1))), kSelf);
    queue(Feature(kTail1, HashOf(Tail(stem, 1))), kSelf);
    queue(Feature(kHead2, HashOf(Head(stem, 2))), kSelf);
    queue(Feature(kHead3, HashOf(Head(stem, 3))), kSelf);
    queue(Feature(kTail2, HashOf(Tail(stem, 2))), kSelf);
    queue(Feature(kTail3, tail3), kSelf);
    queue(Feature(kLength, std::min<size_t>(base::CodePointCount(stem), 8)), kSelf);
    queue(Feature(kFrequency, FrequencyBucket(seen)), kSelf);
  } else if (w.kind == TokenKind::kLatin) {
    queue(Feature(kUpper, !w.surface.empty() && w.surface[0] >= 'A' &&
                              w.surface[0] <= 'Z'),
          kSelf);
  }
  queue(Feature(kCluster, cluster), kSelf);
  queue(Feature(kGazAlone, alone == nullptr ? sv.none : HashOf(alone->cls)), kSelf);
  queue(Feature(kStemM1, stem_hash), kToNext);
  queue(Feature(kTail3M1, tail3), kToNext);
  queue(Feature(kNormM1, norm), kToNext);
  queue(Feature(kClusterM1, cluster), kToNext);
  queue(Feature(kStemP1, stem_hash), kToPrevious);
  queue(Feature(kNormP1, norm), kToPrevious);
  queue(Feature(kClusterP1, cluster), kToPrevious);
  queue(Feature(kStemM2, stem_hash), kToSecondNext);
  queue(Feature(kStemP2, stem_hash), kToSecondPrevious);
  // Outside any gazetteer match, which most tokens are; BestTags swaps it
  // for the match's class when there is one. Last: its row is kept.
  queue(Feature(kGazStem, sv.none, stem_hash), kSelf);
  int rows[32];
  Rows(keys, n, rows);
  for (int i = 0; i < n; ++i) AddRow(rows[i], sums[i]);
  out->gaz_stem_row = rows[n - 1];
}

Tagger::Word* Tagger::Cache() const {
  static_assert(sizeof(Word) == 256, "a word's entry is four cache lines");
  thread_local std::unique_ptr<Word[]> cache;
  thread_local uint64_t owner = 0;
  if (owner != id_ || !cache) {  // a cache serves one tagger
    cache = std::make_unique<Word[]>(kCacheWords);
    owner = id_;
  }
  return cache.get();
}

namespace {

uint64_t CacheKey(const WordRef& w) {
  const uint64_t h = XXH3_64bits(w.surface.data(), w.surface.size());
  return Mix(h, (uint64_t{w.seg} << 8) | static_cast<uint64_t>(w.kind));
}

}  // namespace

void Tagger::ScoreWords(const WordRef* words, size_t n, TagScratch* s) const {
  s->gaz_.resize(n);
  s->values_.resize(n);
  // Two cells of margin each side take what words give to tokens beyond
  // the sentence's edges.
  s->sums_.assign(n + 4, TagSums{});
  TagSums* sums = s->sums_.data() + 2;
  Word* cache = Cache();
  // Every word's cache slot is requested before any is read, so that
  // their cache misses overlap.
  s->keys_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    s->keys_[i] = CacheKey(words[i]);
    const char* slot = reinterpret_cast<const char*>(&cache[s->keys_[i] & (kCacheWords - 1)]);
    for (size_t line = 0; line < sizeof(Word); line += 64) __builtin_prefetch(slot + line);
  }
  for (size_t i = 0; i < n; ++i) {
    Word& e = cache[s->keys_[i] & (kCacheWords - 1)];
    const uint32_t len = static_cast<uint32_t>(words[i].surface.size()) + 1;
    if (e.key != s->keys_[i] || e.len != len) {
      FillWord(words[i], &e);
      e.key = s->keys_[i];
      e.len = len;
    }
    GazetteerWord& g = s->gaz_[i];
    g.stem = e.stem;
    g.whole = e.whole;
    g.empty = e.empty;
    g.prefix = e.prefix;
    g.entry = e.entry;
    g.known_by = gazetteer_;
    TagScratch::WordValues& v = s->values_[i];
    v.cluster = e.cluster;
    v.gaz_stem_row = e.gaz_stem_row;
    std::copy(std::begin(e.pair), std::end(e.pair), v.pair.begin());
    // sums has two rows of padding on each side; signed offsets, since
    // i - 1 in size_t would wrap (UBSan: pointer overflow).
    const ptrdiff_t at = static_cast<ptrdiff_t>(i);
    Add(e.rows[kSelf], &sums[at]);
    Add(e.rows[kToNext], &sums[at + 1]);
    Add(e.rows[kToPrevious], &sums[at - 1]);
    Add(e.rows[kToSecondNext], &sums[at + 2]);
    Add(e.rows[kToSecondPrevious], &sums[at - 2]);
  }
}

void Tagger::AddContext(TagScratch* s, size_t n) const {
  if (n == 0) return;
  const SpecialValues& sv = Specials();
  const Fixed& f = *fixed_;
  TagSums* sums = s->sums_.data() + 2;
  Add(f.before1, &sums[0]);
  Add(f.before2, &sums[0]);
  if (n > 1) Add(f.before2, &sums[1]);
  Add(f.after1, &sums[n - 1]);
  Add(f.after2, &sums[n - 1]);
  if (n > 1) Add(f.after2, &sums[n - 2]);
  const GazetteerWord* g = s->gaz_.data();
  const TagScratch::WordValues* v = s->values_.data();
  // Word::pair of word j, or of what stands before the sentence.
  auto pair = [&](ptrdiff_t j, Pair which) { return j < 0 ? f.pair_before[which] : v[j].pair[which]; };
  s->pair_keys_.resize(4 * n);
  s->pair_rows_.resize(4 * n);
  uint32_t* keys = s->pair_keys_.data();
  for (size_t i = 0; i < n; ++i) {
    const ptrdiff_t at = static_cast<ptrdiff_t>(i);
    const uint64_t m1 = i == 0 ? sv.before : g[i - 1].stem;
    const uint64_t p1 = i + 1 < n ? g[i + 1].stem : sv.after;
    keys[4 * i] = FeatureFrom(pair(at - 1, kPairM1), g[i].stem);
    keys[4 * i + 1] = FeatureFrom(v[i].pair[kPairP1], p1);
    keys[4 * i + 2] = FeatureFrom(pair(at - 2, kPairM2), m1);
    keys[4 * i + 3] = FeatureFrom(pair(at - 1, kPairCluster), v[i].cluster);
  }
  Rows(keys, 4 * n, s->pair_rows_.data());
  for (size_t i = 0; i < 4 * n; ++i) AddRow(s->pair_rows_[i], sums[i / 4].data());
}

void Tagger::AddGazetteer(const std::vector<GazetteerMatch>& matches,
                          TagScratch* s, size_t n) const {
  const Fixed& f = *fixed_;
  const size_t k = f.coarse_hash.size();
  TagSums* sums = s->sums_.data() + 2;
  s->coarse_index_.assign(n, kNothing);
  int* index = s->coarse_index_.data();
  for (const GazetteerMatch& m : matches) {
    const uint64_t cls = HashOf(m.entry->cls);
    const uint64_t coarse = HashOf(CoarseClass(m.entry->cls));
    // Every class of the gazetteer was seen when the tagger loaded (the
    // gazetteer may not grow after: tagger.h).
    const auto known = std::find(f.coarse_hash.begin(), f.coarse_hash.end(), coarse);
    assert(known != f.coarse_hash.end());
    for (int i = m.begin; i < m.end; ++i) {
      index[i] = static_cast<int>(known - f.coarse_hash.begin());
      int32_t* out = sums[i].data();
      AddFeature(Feature(kGaz, Mix(cls, i == m.begin ? 1 : 2)), out);
      // The word's own sums hold kGazStem of no class: swap it.
      const int none_row = s->values_[i].gaz_stem_row;
      if (none_row >= 0) {
        const int16_t* w = &weights_[size_t(none_row) * kNumTags];
        for (int t = 0; t < kNumTags; ++t) out[t] -= w[t];
      }
      AddFeature(Feature(kGazStem, coarse, s->gaz_[i].stem), out);
    }
  }
  const ptrdiff_t last = static_cast<ptrdiff_t>(n) - 1;
  auto at = [&](ptrdiff_t j) { return j < 0 || j > last ? kOutside : index[j]; };
  for (ptrdiff_t i = 0; i <= last; ++i) {
    const int m2 = at(i - 2), m1 = at(i - 1), here = index[i], p1 = at(i + 1);
    if ((m2 | m1 | here | p1) == kNothing) {
      Add(f.quiet, &sums[i]);
      continue;
    }
    if (here == kNothing) Add(f.gaz_none, &sums[i]);
    Add(f.before[m1], &sums[i]);
    Add(f.after[p1], &sums[i]);
    Add(f.second_before[m2], &sums[i]);
    Add(f.pair[m1 * k + p1], &sums[i]);
  }
}

void Tagger::BestTags(const std::vector<GazetteerMatch>& matches,
                      TagScratch* s, std::vector<uint8_t>* tags) const {
  const size_t n = s->gaz_.size();
  AddContext(s, n);
  AddGazetteer(matches, s, n);
  s->emit_.resize(n);
  const TagSums* sums = s->sums_.data() + 2;
  for (size_t i = 0; i < n; ++i)
    for (int t = 0; t < kNumTags; ++t)
      s->emit_[i][t] = static_cast<float>(sums[i][t]) * scale_;
  BestPath(s->emit_.data(), n, transitions_, &s->best_, tags);
}

}  // namespace khabar::ner
