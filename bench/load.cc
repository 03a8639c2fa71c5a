#include "load.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "khabar/reader.h"

namespace khabar::bench {
namespace {

// Keeps each article's text until the byte budget is spent; counts skips.
class CorpusSink : public ReadSink {
 public:
  CorpusSink(size_t max_bytes, Corpus* corpus)
      : remaining_(max_bytes), corpus_(corpus) {}

  void OnArticle(RawArticle&& a) override {
    if (remaining_ == 0) return;
    std::string text = std::move(a.title);
    for (std::string* part : {&a.lede, &a.body}) {
      if (part->empty()) continue;
      if (!text.empty()) text += "\n\n";
      text += *part;
    }
    remaining_ -= std::min(remaining_, text.size());
    corpus_->articles.push_back(std::move(text));
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    if (++skipped_ <= 3) {
      std::cerr << "skipped " << where << ": " << why << "\n";
    }
  }
  size_t skipped() const { return skipped_; }

 private:
  size_t remaining_;
  size_t skipped_ = 0;
  Corpus* corpus_;
};

}  // namespace

Status LoadArticles(const std::string& path, size_t max_bytes,
                    const std::string& label, Corpus* corpus) {
  corpus->label = label;
  CorpusSink sink(max_bytes, corpus);
  RETURN_IF_ERROR(ReadPath(path, ReadOptions(), &sink));
  if (sink.skipped() > 0) {
    std::cerr << path << ": " << sink.skipped() << " records skipped\n";
  }
  return Status::Ok();
}

std::string DefaultDataDir() {
  const char* shared = std::getenv("KHABAR_SHARED_DIR");
  return std::string(shared ? shared : KHABAR_BENCH_SHARED_DIR) +
         "/data/saudinewsnet";
}

std::string FirstZip(const std::string& dir) {
  std::error_code ec;
  std::string first;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string path = entry.path().string();
    if (entry.path().extension() == ".zip" && (first.empty() || path < first)) {
      first = path;
    }
  }
  return first;
}

}  // namespace khabar::bench
