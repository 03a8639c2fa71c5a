// Tagger::Train: the structured averaged perceptron (Collins 2002) over
// SentenceFeatures, with lazy averaging, a few runs in different sentence
// orders mixed into one model, quantized into the model image (tagger.h).

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <unordered_map>

#include "base/coding.h"
#include "ner/features.h"
#include "ner/tagger.h"
#include "ner/viterbi.h"

namespace khabar::ner {
namespace {

constexpr char kMagic[8] = {'K', 'H', 'N', 'E', 'R', '1', 0, 0};

// One learned weight: its value, its running total for the average and
// the step it last changed.
struct Cell {
  float w = 0, total = 0;
  int64_t last = 0;
};
using Cells = std::array<Cell, kNumTags>;

// The features of every sentence, less those seen fewer than `min_count`
// times.
std::vector<std::vector<std::vector<uint32_t>>> FrequentFeatures(
    const std::vector<std::vector<NerToken>>& sentences,
    const Gazetteer& gazetteer, int min_count) {
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
                                 [&](uint32_t k) { return seen[k] < min_count; }),
                  token.end());
    }
  }
  return feats;
}

void PutFloat(float v, std::string* out) {
  uint32_t b;
  std::memcpy(&b, &v, 4);
  PutU32(b, out);
}

// The averaged weights of one perceptron: per feature and per transition.
struct Averaged {
  std::unordered_map<uint32_t, std::array<float, kNumTags>> features;
  std::array<std::array<float, kNumTags>, kNumTags + 1> transitions{};
};

// One structured perceptron over `feats`, sentences visited in an order
// that `seed` shuffles anew each epoch; its weights averaged over every
// step (lazily: a cell's total catches up when it changes).
Averaged TrainOne(const std::vector<std::vector<std::vector<uint32_t>>>& feats,
                  const std::vector<std::vector<uint8_t>>& tags, int epochs,
                  uint32_t seed, std::string* log) {
  std::unordered_map<uint32_t, Cells> weights;
  std::array<Cells, kNumTags + 1> trans{};
  int64_t step = 1;
  auto bump = [&](Cell& c, float delta) {
    c.total += c.w * static_cast<float>(step - c.last);
    c.last = step;
    c.w += delta;
  };
  std::vector<size_t> order(feats.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(seed);
  std::vector<TagScores> emit, best;
  std::vector<uint8_t> guess;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    // Fisher-Yates with mt19937's own outputs: the same order everywhere.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t wrong = 0, total = 0;
    for (size_t s : order) {
      const auto& f = feats[s];
      emit.assign(f.size(), TagScores{});
      for (size_t i = 0; i < f.size(); ++i) {
        for (uint32_t k : f[i]) {
          const auto it = weights.find(k);
          if (it == weights.end()) continue;
          for (int t = 0; t < kNumTags; ++t) emit[i][t] += it->second[t].w;
        }
      }
      float tr[kNumTags + 1][kNumTags];
      for (int a = 0; a <= kNumTags; ++a)
        for (int b = 0; b < kNumTags; ++b) tr[a][b] = trans[a][b].w;
      BestPath(emit.data(), emit.size(), tr, &best, &guess);
      const std::vector<uint8_t>& gold = tags[s];
      total += gold.size();
      for (size_t i = 0; i < gold.size(); ++i) {
        const int gp = i == 0 ? kStartRow : gold[i - 1];
        const int pp = i == 0 ? kStartRow : guess[i - 1];
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
  auto average = [&](Cell& c) {
    c.total += c.w * static_cast<float>(step - c.last);
    c.last = step;
    return c.total / static_cast<float>(step);
  };
  Averaged out;
  for (auto& [key, cells] : weights) {
    auto& a = out.features[key];
    for (int t = 0; t < kNumTags; ++t) a[t] = average(cells[t]);
  }
  for (int a = 0; a <= kNumTags; ++a)
    for (int b = 0; b < kNumTags; ++b) out.transitions[a][b] = average(trans[a][b]);
  return out;
}

}  // namespace

std::string Tagger::Train(const std::vector<std::vector<NerToken>>& sentences,
                          const std::vector<std::vector<uint8_t>>& tags,
                          const Gazetteer& gazetteer,
                          const TrainOptions& options, std::string* log) {
  const auto feats = FrequentFeatures(sentences, gazetteer, options.min_count);
  // Several perceptrons, each visiting the sentences in its own orders,
  // and their averages averaged ("parameter mixing", McDonald et al.
  // 2010): one perceptron's weights depend on the order it saw the data
  // in (dev F1 moves by +-0.5 from seed to seed); their mean depends much
  // less, and scores better. The model stays one linear model, as fast.
  std::unordered_map<uint32_t, std::array<float, kNumTags>> mixed;
  std::array<std::array<float, kNumTags>, kNumTags + 1> mixed_trans{};
  const int runs = std::max(1, options.runs);
  for (int r = 0; r < runs; ++r) {
    if (log != nullptr && runs > 1) *log += "run " + std::to_string(r + 1) + "\n";
    const Averaged one = TrainOne(feats, tags, options.epochs,
                                  options.seed + static_cast<uint32_t>(r), log);
    for (const auto& [key, w] : one.features) {
      auto& m = mixed[key];
      for (int t = 0; t < kNumTags; ++t) m[t] += w[t] / static_cast<float>(runs);
    }
    for (int a = 0; a <= kNumTags; ++a)
      for (int b = 0; b < kNumTags; ++b)
        mixed_trans[a][b] += one.transitions[a][b] / static_cast<float>(runs);
  }
  // Quantize, write. A feature whose weights all round to zero changes no
  // sum: it is left out.
  float top = 0;
  for (const auto& [key, w] : mixed)
    for (int t = 0; t < kNumTags; ++t) top = std::max(top, std::fabs(w[t]));
  const float scale = top > 0 ? top / 32767.0f : 1.0f;
  std::vector<std::pair<uint32_t, std::array<int16_t, kNumTags>>> rows;
  for (const auto& [key, w] : mixed) {
    std::array<int16_t, kNumTags> q;
    bool any = false;
    for (int t = 0; t < kNumTags; ++t) {
      q[t] = static_cast<int16_t>(std::lround(w[t] / scale));
      any = any || q[t] != 0;
    }
    if (any) rows.emplace_back(key, q);
  }
  std::sort(rows.begin(), rows.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  std::string image(kMagic, sizeof(kMagic));
  PutU32(static_cast<uint32_t>(rows.size()), &image);
  PutFloat(scale, &image);
  for (int a = 0; a <= kNumTags; ++a)
    for (int b = 0; b < kNumTags; ++b) PutFloat(mixed_trans[a][b], &image);
  for (const auto& r : rows) PutU32(r.first, &image);
  for (const auto& r : rows) {
    for (int16_t q : r.second) {
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
