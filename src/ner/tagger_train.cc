// Tagger::Train: the structured averaged perceptron (Collins 2002) over
// SentenceFeatures, with lazy averaging, quantized into the model image
// (tagger.h).

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

}  // namespace

std::string Tagger::Train(const std::vector<std::vector<NerToken>>& sentences,
                          const std::vector<std::vector<uint8_t>>& tags,
                          const Gazetteer& gazetteer,
                          const TrainOptions& options, std::string* log) {
  const auto feats = FrequentFeatures(sentences, gazetteer, options.min_count);
  std::unordered_map<uint32_t, Cells> weights;
  std::array<Cells, kNumTags + 1> trans{};
  int64_t step = 1;
  auto bump = [&](Cell& c, float delta) {
    c.total += c.w * static_cast<float>(step - c.last);
    c.last = step;
    c.w += delta;
  };
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  std::vector<TagScores> emit, best;
  std::vector<uint8_t> guess;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
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
  PutFloat(scale, &image);
  for (int a = 0; a <= kNumTags; ++a)
    for (int b = 0; b < kNumTags; ++b) PutFloat(average(trans[a][b]), &image);
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
