// train_clusters: word clusters for the entity tagger, from how words are
// used in a news corpus (distributional similarity, after Brown et al.'s
// idea; the method here is k-means over context vectors).
//
//   train_clusters [--words N] [--clusters K] OUT.bin PATH...
//
// Every article under PATH is tokenized and segmented as the pipeline does;
// each Arabic word is its stem (morph::StemOf). The N most frequent stems
// (default 60,000) get a vector of the stems seen right before and right
// after them (the 2,000 most frequent, positive PMI weights), projected to
// 128 dimensions by a fixed pseudo-random sign matrix, normalized; k-means
// (K = 256 by default, spherical, 12 rounds, seeded with evenly spaced
// words of the frequency list) groups them. Deterministic: the same corpus
// gives the same bytes. The output is a morph::WordCounts image whose
// "count" is the cluster number + 1, so the tagger reads it with the same
// code. models/README.md records the run that made models/clusters.bin.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/hash.h"
#include "khabar/reader.h"
#include "morph/segmenter.h"
#include "morph/word_counts.h"
#include "text/tokenizer.h"

namespace {

constexpr int kDims = 128;
constexpr int kContexts = 2000;

class Corpus : public khabar::ReadSink {
 public:
  void OnArticle(khabar::RawArticle&& a) override {
    for (const std::string* field : {&a.title, &a.lede, &a.body}) {
      tokens_.clear();
      khabar::text::Tokenize(*field,
                             khabar::Span{0, static_cast<uint32_t>(field->size())},
                             &tokens_);
      khabar::morph::SegmentTokens(khabar::morph::Segmenter::Default(), *field,
                                   &tokens_);
      std::vector<int> ids;
      for (const khabar::Token& t : tokens_) {
        if (t.kind != khabar::TokenKind::kArabic) {
          ids.push_back(-1);
          continue;
        }
        const std::string stem = khabar::morph::StemOf(t, *field);
        auto [it, fresh] = index_.emplace(stem, static_cast<int>(words_.size()));
        if (fresh) {
          words_.push_back(stem);
          counts_.push_back(0);
        }
        ++counts_[it->second];
        ids.push_back(it->second);
      }
      sentences_.push_back(std::move(ids));
    }
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    std::fprintf(stderr, "train_clusters: skipped %s: %s\n", where.c_str(), why.c_str());
  }

  std::unordered_map<std::string, int> index_;
  std::vector<std::string> words_;
  std::vector<uint64_t> counts_;
  std::vector<std::vector<int>> sentences_;

 private:
  std::vector<khabar::Token> tokens_;
};

float Sign(uint32_t context, int dim) {
  const uint64_t h = khabar::base::Hash64(std::string_view(
      reinterpret_cast<const char*>(&context), sizeof(context))) ^ (uint64_t(dim) * 0x9E3779B97F4A7C15ULL);
  const uint64_t m = khabar::base::Hash64(std::string_view(
      reinterpret_cast<const char*>(&h), sizeof(h)));
  return (m & 1) ? 1.0f : -1.0f;
}

}  // namespace

int main(int argc, char** argv) {
  size_t num_words = 60000;
  int k = 256;
  int arg = 1;
  while (arg + 1 < argc && argv[arg][0] == '-' && argv[arg][1] == '-') {
    if (std::strcmp(argv[arg], "--words") == 0) num_words = std::atoi(argv[arg + 1]);
    else if (std::strcmp(argv[arg], "--clusters") == 0) k = std::atoi(argv[arg + 1]);
    else break;
    arg += 2;
  }
  if (argc - arg < 2) {
    std::fprintf(stderr, "usage: train_clusters [--words N] [--clusters K] OUT.bin PATH...\n");
    return 2;
  }
  const char* out_path = argv[arg++];
  Corpus corpus;
  for (; arg < argc; ++arg) {
    const khabar::Status s = khabar::ReadPath(argv[arg], khabar::ReadOptions(), &corpus);
    if (!s.ok()) {
      std::fprintf(stderr, "train_clusters: %s: %s\n", argv[arg], s.ToString().c_str());
      return 1;
    }
  }
  // Words by frequency (ties: bytewise), the clustered ones and contexts.
  std::vector<int> order(corpus.words_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    if (corpus.counts_[a] != corpus.counts_[b]) return corpus.counts_[a] > corpus.counts_[b];
    return corpus.words_[a] < corpus.words_[b];
  });
  num_words = std::min(num_words, order.size());
  std::vector<int> rank(corpus.words_.size(), -1);
  for (size_t r = 0; r < num_words; ++r) rank[order[r]] = static_cast<int>(r);
  // Context counts: (word rank, side * kContexts + context rank).
  std::vector<std::unordered_map<uint32_t, float>> ctx(num_words);
  std::vector<double> ctx_total(2 * kContexts, 0);
  double total = 0;
  for (const auto& s : corpus.sentences_) {
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] < 0 || rank[s[i]] < 0) continue;
      const int w = rank[s[i]];
      for (int side = 0; side < 2; ++side) {
        const size_t j = side == 0 ? i - 1 : i + 1;
        if ((side == 0 && i == 0) || j >= s.size() || s[j] < 0) continue;
        const int c = rank[s[j]];
        if (c < 0 || c >= kContexts) continue;
        const uint32_t key = side * kContexts + c;
        ctx[w][key] += 1;
        ctx_total[key] += 1;
        total += 1;
      }
    }
  }
  // PPMI, projected and normalized.
  std::vector<float> vec(num_words * kDims, 0);
  std::vector<std::vector<float>> signs(2 * kContexts, std::vector<float>(kDims));
  for (uint32_t c = 0; c < 2 * kContexts; ++c)
    for (int d = 0; d < kDims; ++d) signs[c][d] = Sign(c, d);
  for (size_t w = 0; w < num_words; ++w) {
    double row = 0;
    for (const auto& [c, n] : ctx[w]) row += n;
    std::vector<std::pair<uint32_t, float>> entries(ctx[w].begin(), ctx[w].end());
    std::sort(entries.begin(), entries.end());  // a fixed summation order
    float* v = &vec[w * kDims];
    for (const auto& [c, n] : entries) {
      const double pmi = std::log(n * total / (row * ctx_total[c]));
      if (pmi <= 0) continue;
      for (int d = 0; d < kDims; ++d) v[d] += static_cast<float>(pmi) * signs[c][d];
    }
    double norm = 0;
    for (int d = 0; d < kDims; ++d) norm += double(v[d]) * v[d];
    if (norm > 0)
      for (int d = 0; d < kDims; ++d) v[d] = static_cast<float>(v[d] / std::sqrt(norm));
  }
  // Spherical k-means, seeded with evenly spaced words of the list.
  k = std::min<int>(k, static_cast<int>(num_words));
  std::vector<float> centers(size_t(k) * kDims);
  for (int c = 0; c < k; ++c)
    std::copy_n(&vec[size_t(c) * (num_words / k) * kDims], kDims, &centers[size_t(c) * kDims]);
  std::vector<int> assign(num_words, 0);
  for (int round = 0; round < 12; ++round) {
    size_t moved = 0;
    for (size_t w = 0; w < num_words; ++w) {
      int best = 0;
      float best_dot = -2;
      for (int c = 0; c < k; ++c) {
        float dot = 0;
        for (int d = 0; d < kDims; ++d) dot += vec[w * kDims + d] * centers[size_t(c) * kDims + d];
        if (dot > best_dot) {
          best_dot = dot;
          best = c;
        }
      }
      moved += assign[w] != best;
      assign[w] = best;
    }
    std::fill(centers.begin(), centers.end(), 0.0f);
    for (size_t w = 0; w < num_words; ++w)
      for (int d = 0; d < kDims; ++d) centers[size_t(assign[w]) * kDims + d] += vec[w * kDims + d];
    for (int c = 0; c < k; ++c) {
      double norm = 0;
      for (int d = 0; d < kDims; ++d) norm += double(centers[size_t(c) * kDims + d]) * centers[size_t(c) * kDims + d];
      if (norm > 0)
        for (int d = 0; d < kDims; ++d)
          centers[size_t(c) * kDims + d] = static_cast<float>(centers[size_t(c) * kDims + d] / std::sqrt(norm));
    }
    std::fprintf(stderr, "train_clusters: round %d, %zu words moved\n", round + 1, moved);
  }
  std::vector<std::pair<std::string, uint32_t>> out;
  for (size_t w = 0; w < num_words; ++w)
    out.emplace_back(corpus.words_[order[w]], static_cast<uint32_t>(assign[w] + 1));
  const std::string image = khabar::morph::WordCounts::BuildImage(std::move(out));
  std::ofstream file(out_path, std::ios::binary);
  file << image;
  if (!file) {
    std::fprintf(stderr, "train_clusters: cannot write %s\n", out_path);
    return 1;
  }
  std::fprintf(stderr, "train_clusters: %zu stems in %d clusters, %zu bytes -> %s\n",
               num_words, k, image.size(), out_path);
  return 0;
}
