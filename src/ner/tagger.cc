#include "ner/tagger.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <random>
#include <unordered_map>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "base/coding.h"
#include "base/hash.h"
#include "base/utf8.h"
#include "text/chars.h"
#include "text/normalizer.h"

namespace khabar::ner {
namespace {

constexpr char kMagic[8] = {'K', 'H', 'N', 'E', 'R', '1', 0, 0};
constexpr int kStart = kNumTags;  // the transition row before a sentence

constexpr std::string_view kTagNames[kNumTags] = {
    "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};

bool Allowed(int prev, int tag) {
  // I-X only after B-X or I-X.
  if (tag == kO || tag % 2 == 1) return true;
  return prev != kStart && prev != kO && (prev + 1) / 2 == tag / 2;
}

// The first / last n code points of s.
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


}  // namespace

std::string_view TagName(int tag) {
  return tag >= 0 && tag < kNumTags ? kTagNames[tag] : "?";
}

int TagFromName(std::string_view name) {
  if (name == "O") return kO;
  if (name.size() < 3 || name[1] != '-' || (name[0] != 'B' && name[0] != 'I'))
    return -1;
  std::string_view type = name.substr(2);
  if (type == "PERS") type = "PER";
  const int base = type == "PER" ? 1 : type == "LOC" ? 3 : type == "ORG" ? 5
                 : type == "MISC" ? 7 : -1;
  if (base < 0) return -1;
  return base + (name[0] == 'I' ? 1 : 0);
}

std::vector<TagSpan> TagSpans(const std::vector<uint8_t>& tags) {
  std::vector<TagSpan> out;
  size_t i = 0;
  while (i < tags.size()) {
    if (tags[i] == kO) {
      ++i;
      continue;
    }
    const std::string_view type = TagType(tags[i]);
    size_t j = i + 1;
    while (j < tags.size() && tags[j] != kO && tags[j] % 2 == 0 &&
           TagType(tags[j]) == type)
      ++j;
    out.push_back({type, i, j});
    i = j;
  }
  return out;
}

std::string_view TagType(int tag) {
  static constexpr std::string_view kTypes[] = {"PER", "LOC", "ORG", "MISC"};
  return tag > 0 && tag < kNumTags ? kTypes[(tag - 1) / 2] : "";
}

NerToken MakeNerToken(std::string_view surface,
                      const morph::Segmenter& segmenter) {
  NerToken t;
  t.surface = std::string(surface);
  t.norm = text::Normalize(surface);
  size_t i = 0;
  const char32_t c = surface.empty() ? 0 : base::DecodeAt(surface, &i);
  if (text::IsArabicLetter(c)) {
    t.kind = TokenKind::kArabic;
    const morph::Segmentation seg = segmenter.Segment(surface);
    t.seg = seg.code;
    t.stem = seg.split() ? morph::Segmenter::Stem(surface, seg) : t.norm;
  } else {
    t.kind = text::IsLatinLetter(c) ? TokenKind::kLatin
             : text::DigitValue(c) >= 0 ? TokenKind::kNumber
                                        : TokenKind::kPunct;
    t.stem = t.norm;
  }
  return t;
}

namespace {

// Features are hashes: a template's number mixed with its values' hashes,
// so that no feature string is ever built. Each token's values are hashed
// once per sentence.
uint64_t HashOf(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

uint64_t Mix(uint64_t a, uint64_t b) {  // splitmix64's finalizer over a, b
  uint64_t x = a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL);
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

uint32_t Feature(uint64_t tpl, uint64_t v) {
  const uint64_t h = Mix(tpl, v);
  return static_cast<uint32_t>(h ^ (h >> 32));
}
uint32_t Feature(uint64_t tpl, uint64_t v, uint64_t w) {
  const uint64_t h = Mix(Mix(tpl, v), w);
  return static_cast<uint32_t>(h ^ (h >> 32));
}

// Template numbers: fixed, never reordered (the model's features are
// their hashes).
enum Template : uint64_t {
  kBias = 1, kNorm, kStem, kKind, kClitics, kPronoun, kHead2, kHead3, kTail2,
  kTail3, kLength, kFrequency, kUpper, kStemM1, kStemP1, kStemM2, kStemP2,
  kStemPairM1, kStemPairP1, kTail3M1, kNormM1, kNormP1, kStemPairM2,
  kCluster, kClusterM1, kClusterP1, kClusterPair, kGaz, kGazAlone, kGazM1,
  kGazP1, kGazM2, kGazPair, kGazStem,
};

// Values outside the sentence, and "nothing".
const uint64_t kBefore = HashOf("<s>"), kAfter = HashOf("</s>"),
               kOutside = HashOf("-"), kNone = HashOf("0");

}  // namespace

void SentenceFeatures(const std::vector<NerToken>& s, const Gazetteer& gazetteer,
                      std::vector<std::vector<uint32_t>>* out) {
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
    v[i].gaz = v[i].coarse = kNone;
    // Single-word entries hidden inside a longer match still count (عباس
    // in محمود عباس).
    const GazetteerEntry* e = gazetteer.Find(stems[i]);
    v[i].alone = e == nullptr ? kNone : HashOf(e->cls);
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
  auto stem_at = [&](int i) { return i < 0 ? kBefore : i >= n ? kAfter : v[i].stem; };
  auto cluster_at = [&](int i) { return i < 0 || i >= n ? kOutside : v[i].cluster; };
  auto gaz_at = [&](int i) { return i < 0 || i >= n ? kOutside : v[i].coarse; };
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
      f.push_back(Feature(kHead2, HashOf(Head(t.stem, 2))));
      f.push_back(Feature(kHead3, HashOf(Head(t.stem, 3))));
      f.push_back(Feature(kTail2, HashOf(Tail(t.stem, 2))));
      f.push_back(Feature(kTail3, v[i].tail3));
      f.push_back(Feature(kLength, std::min<size_t>(base::CodePointCount(t.stem), 8)));
      // How common the written word is in the news (names are rarer). The
      // count table keys words without marks, as most are written.
      const uint32_t seen = counts.Count(t.surface);
      f.push_back(Feature(kFrequency, seen == 0 ? 0 : 1 + std::bit_width(seen) / 2));
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
    f.push_back(Feature(kTail3M1, i > 0 ? v[i - 1].tail3 : kBefore));
    f.push_back(Feature(kNormM1, i > 0 ? v[i - 1].norm : kBefore));
    f.push_back(Feature(kNormP1, i + 1 < n ? v[i + 1].norm : kAfter));
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

int Tagger::Row(uint32_t key) const {
  if (table_.empty()) return -1;
  const size_t mask = table_.size() - 1;
  for (size_t at = (key * 2654435761u) & mask;; at = (at + 1) & mask) {
    const Slot& s = table_[at];
    if (s.row == 0) return -1;
    if (s.key == key) return static_cast<int>(s.row - 1);
  }
}

Result<Tagger> Tagger::FromImage(std::string_view image,
                                 const Gazetteer* gazetteer) {
  const size_t header = sizeof(kMagic) + 4 + 4 + 4 * (kNumTags + 1) * kNumTags;
  if (image.size() < header || std::memcmp(image.data(), kMagic, 8) != 0)
    return Status::Corrupt("ner model: bad magic or truncated header");
  Tagger t;
  t.gazetteer_ = gazetteer;
  const char* p = image.data() + 8;
  const uint32_t n = GetU32(p);
  p += 4;
  uint32_t bits = GetU32(p);
  p += 4;
  std::memcpy(&t.scale_, &bits, 4);
  for (int a = 0; a <= kNumTags; ++a) {
    for (int b = 0; b < kNumTags; ++b) {
      bits = GetU32(p);
      p += 4;
      std::memcpy(&t.transitions_[a][b], &bits, 4);
    }
  }
  if (image.size() - header != size_t{n} * (4 + 2 * kNumTags))
    return Status::Corrupt("ner model: size does not match its feature count");
  t.keys_.resize(n);
  for (uint32_t i = 0; i < n; ++i, p += 4) t.keys_[i] = GetU32(p);
  t.weights_.resize(size_t{n} * kNumTags);
  for (size_t i = 0; i < t.weights_.size(); ++i, p += 2) {
    t.weights_[i] = static_cast<int16_t>(static_cast<unsigned char>(p[0]) |
                                         (static_cast<unsigned char>(p[1]) << 8));
  }
  size_t slots = 16;
  while (slots < size_t{2} * n) slots <<= 1;
  t.table_.assign(slots, Slot{});
  for (uint32_t i = 0; i < n; ++i) {
    if (i > 0 && t.keys_[i] <= t.keys_[i - 1])
      return Status::Corrupt("ner model: keys not sorted");
    for (size_t at = (t.keys_[i] * 2654435761u) & (slots - 1);;
         at = (at + 1) & (slots - 1)) {
      if (t.table_[at].row == 0) {
        t.table_[at] = Slot{t.keys_[i], i + 1};
        break;
      }
    }
  }
  return t;
}

namespace {

// Viterbi over per-token tag scores and transitions.
std::vector<uint8_t> Decode(const std::vector<std::array<float, kNumTags>>& emit,
                            const float (*trans)[kNumTags]) {
  const int n = static_cast<int>(emit.size());
  std::vector<uint8_t> out(n);
  if (n == 0) return out;
  std::vector<std::array<float, kNumTags>> best(n);
  std::vector<std::array<uint8_t, kNumTags>> back(n);
  constexpr float kNone = -1e30f;
  for (int t = 0; t < kNumTags; ++t)
    best[0][t] = Allowed(kStart, t) ? emit[0][t] + trans[kStart][t] : kNone;
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

}  // namespace

std::vector<uint8_t> Tagger::Tag(const std::vector<NerToken>& sentence) const {
  std::vector<std::vector<uint32_t>> feats;
  SentenceFeatures(sentence, *gazetteer_, &feats);
  std::vector<std::array<float, kNumTags>> emit(sentence.size());
  for (size_t i = 0; i < sentence.size(); ++i) {
    emit[i].fill(0);
    for (uint32_t key : feats[i]) {
      const int row = Row(key);
      if (row < 0) continue;
      for (int t = 0; t < kNumTags; ++t) emit[i][t] += Weight(row, t);
    }
  }
  return Decode(emit, transitions_);
}

std::string Tagger::Train(const std::vector<std::vector<NerToken>>& sentences,
                          const std::vector<std::vector<uint8_t>>& tags,
                          const Gazetteer& gazetteer,
                          const TrainOptions& options, std::string* log) {
  // Features of every sentence, once; and which are frequent enough.
  std::vector<std::vector<std::vector<uint32_t>>> feats(sentences.size());
  std::unordered_map<uint32_t, int> seen;
  for (size_t s = 0; s < sentences.size(); ++s) {
    SentenceFeatures(sentences[s], gazetteer, &feats[s]);
    for (const auto& token : feats[s])
      for (uint32_t k : token) ++seen[k];
  }
  for (auto& sentence : feats) {
    for (auto& token : sentence) {
      token.erase(std::remove_if(token.begin(), token.end(),
                                 [&](uint32_t k) { return seen[k] < options.min_count; }),
                  token.end());
    }
  }
  // Averaged perceptron with lazy averaging: each weight keeps its value,
  // its running total and the step it last changed.
  struct Cell {
    float w = 0, total = 0;
    int64_t last = 0;
  };
  std::unordered_map<uint32_t, std::array<Cell, kNumTags>> weights;
  std::array<std::array<Cell, kNumTags>, kNumTags + 1> trans{};
  int64_t step = 1;
  auto bump = [&](Cell& c, float delta) {
    c.total += c.w * static_cast<float>(step - c.last);
    c.last = step;
    c.w += delta;
  };
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    // Fisher-Yates with mt19937's own outputs: the same order everywhere.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t wrong = 0, total = 0;
    for (size_t s : order) {
      const auto& f = feats[s];
      std::vector<std::array<float, kNumTags>> emit(f.size());
      for (size_t i = 0; i < f.size(); ++i) {
        emit[i].fill(0);
        for (uint32_t k : f[i]) {
          const auto it = weights.find(k);
          if (it == weights.end()) continue;
          for (int t = 0; t < kNumTags; ++t) emit[i][t] += it->second[t].w;
        }
      }
      float tr[kNumTags + 1][kNumTags];
      for (int a = 0; a <= kNumTags; ++a)
        for (int b = 0; b < kNumTags; ++b) tr[a][b] = trans[a][b].w;
      const std::vector<uint8_t> guess = Decode(emit, tr);
      const std::vector<uint8_t>& gold = tags[s];
      total += gold.size();
      for (size_t i = 0; i < gold.size(); ++i) {
        const int gp = i == 0 ? kStart : gold[i - 1];
        const int pp = i == 0 ? kStart : guess[i - 1];
        if (gold[i] == guess[i] && gp == pp) continue;
        wrong += gold[i] != guess[i];
        for (uint32_t k : f[i]) {
          auto& cells = weights[k];
          bump(cells[gold[i]], 1);
          bump(cells[guess[i]], -1);
        }
        bump(trans[gp][gold[i]], 1);
        bump(trans[pp][guess[i]], -1);
      }
      ++step;
    }
    if (log != nullptr) {
      *log += "epoch " + std::to_string(epoch + 1) + ": " +
              std::to_string(wrong) + " of " + std::to_string(total) +
              " tokens wrong\n";
    }
  }
  // Average, quantize, write.
  auto average = [&](Cell& c) {
    c.total += c.w * static_cast<float>(step - c.last);
    c.last = step;
    return c.total / static_cast<float>(step);
  };
  std::vector<std::pair<uint32_t, std::array<float, kNumTags>>> rows;
  float top = 0;
  for (auto& [key, cells] : weights) {
    std::array<float, kNumTags> a;
    bool any = false;
    for (int t = 0; t < kNumTags; ++t) {
      a[t] = average(cells[t]);
      any = any || std::fabs(a[t]) > 1e-6f;
      top = std::max(top, std::fabs(a[t]));
    }
    if (any) rows.emplace_back(key, a);
  }
  std::sort(rows.begin(), rows.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  const float scale = top > 0 ? top / 32767.0f : 1.0f;
  std::string image(kMagic, sizeof(kMagic));
  PutU32(static_cast<uint32_t>(rows.size()), &image);
  auto put_float = [&](float v) {
    uint32_t b;
    std::memcpy(&b, &v, 4);
    PutU32(b, &image);
  };
  put_float(scale);
  for (int a = 0; a <= kNumTags; ++a)
    for (int b = 0; b < kNumTags; ++b) put_float(average(trans[a][b]));
  for (const auto& r : rows) PutU32(r.first, &image);
  for (const auto& r : rows) {
    for (int t = 0; t < kNumTags; ++t) {
      const auto q = static_cast<int16_t>(std::lround(r.second[t] / scale));
      image.push_back(static_cast<char>(q & 0xFF));
      image.push_back(static_cast<char>((q >> 8) & 0xFF));
    }
  }
  if (log != nullptr)
    *log += std::to_string(rows.size()) + " features, " +
            std::to_string(image.size()) + " bytes\n";
  return image;
}

}  // namespace khabar::ner
