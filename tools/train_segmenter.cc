// train_segmenter: counts written words in a news corpus, for the clitic
// segmenter (src/morph/segmenter.h).
//
//   train_segmenter [--min-count N] OUT.bin PATH...
//
// Reads every article under PATH with khabar's readers (zips, JSON,
// directories), tokenizes title, lede and body, and counts each Arabic word
// by its skeleton (morph::Skeleton). Words seen fewer than N times (default
// 3) are dropped. The output is deterministic: the same corpus gives the
// same bytes. models/README.md records the run that made the committed
// models/segment_counts.bin.

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "khabar/reader.h"
#include "morph/segmenter.h"
#include "morph/word_counts.h"
#include "text/tokenizer.h"

namespace {

class Counter : public khabar::ReadSink {
 public:
  void OnArticle(khabar::RawArticle&& a) override {
    ++articles_;
    for (const std::string* field : {&a.title, &a.lede, &a.body}) {
      tokens_.clear();
      khabar::text::Tokenize(
          *field, khabar::Span{0, static_cast<uint32_t>(field->size())},
          &tokens_);
      for (const khabar::Token& t : tokens_) {
        if (t.kind != khabar::TokenKind::kArabic) continue;
        std::string key = khabar::morph::Skeleton(
            std::string_view(*field).substr(t.span.begin,
                                            t.span.end - t.span.begin));
        if (!key.empty()) ++counts_[std::move(key)];
        ++words_;
      }
    }
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    std::fprintf(stderr, "train_segmenter: skipped %s: %s\n", where.c_str(),
                 why.c_str());
  }

  std::unordered_map<std::string, uint32_t> counts_;
  size_t articles_ = 0;
  size_t words_ = 0;

 private:
  std::vector<khabar::Token> tokens_;
};

}  // namespace

int main(int argc, char** argv) {
  uint32_t min_count = 3;
  int arg = 1;
  if (arg + 1 < argc && std::strcmp(argv[arg], "--min-count") == 0) {
    min_count = static_cast<uint32_t>(std::atoi(argv[arg + 1]));
    arg += 2;
  }
  if (argc - arg < 2) {
    std::fprintf(stderr,
                 "usage: train_segmenter [--min-count N] OUT.bin PATH...\n");
    return 2;
  }
  const char* out_path = argv[arg++];
  Counter counter;
  for (; arg < argc; ++arg) {
    const khabar::Status s =
        khabar::ReadPath(argv[arg], khabar::ReadOptions(), &counter);
    if (!s.ok()) {
      std::fprintf(stderr, "train_segmenter: %s: %s\n", argv[arg],
                   s.ToString().c_str());
      return 1;
    }
  }
  std::vector<std::pair<std::string, uint32_t>> kept;
  for (auto& [word, n] : counter.counts_)
    if (n >= min_count) kept.emplace_back(word, n);
  const size_t num_kept = kept.size();
  const std::string image =
      khabar::morph::WordCounts::BuildImage(std::move(kept));
  std::ofstream out(out_path, std::ios::binary);
  out << image;
  if (!out) {
    std::fprintf(stderr, "train_segmenter: cannot write %s\n", out_path);
    return 1;
  }
  std::fprintf(stderr,
               "train_segmenter: %zu articles, %zu Arabic words, %zu distinct, "
               "%zu kept (seen >= %u times), %zu bytes -> %s\n",
               counter.articles_, counter.words_, counter.counts_.size(),
               num_kept,
               min_count, image.size(), out_path);
  return 0;
}
