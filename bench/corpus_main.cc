// bench_corpus: reads articles with khabar::ReadPath once and writes them as
// a records file (corpus.h) for the end-to-end binaries, so that every engine
// reads the same bytes and none of them re-reads the zips.
//
//   bench_corpus DATA_PATH OUT.rec        # a directory, zip or file
//   bench_corpus --synthetic=BYTES OUT.rec

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <limits>
#include <string>

#include "corpus.h"
#include "load.h"

namespace khabar::bench {
namespace {

Status MakeCorpus(const std::string& input, Corpus* corpus) {
  if (input.starts_with("--synthetic=")) {
    *corpus = SyntheticCorpus(std::strtoull(input.c_str() + 12, nullptr, 10));
    return Status::Ok();
  }
  std::string label = std::filesystem::path(input).filename().string();
  if (label.empty()) label = "articles";  // "dir/" has no file name
  return LoadArticles(input, std::numeric_limits<size_t>::max(), label, corpus);
}

int Main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: bench_corpus (DATA_PATH | --synthetic=BYTES) OUT\n";
    return 2;
  }
  Corpus corpus;
  Status status = MakeCorpus(argv[1], &corpus);
  if (status.ok()) status = WriteRecords(corpus, argv[2]);
  if (!status.ok()) {
    std::cerr << "bench_corpus: " << status.ToString() << "\n";
    return 1;
  }
  std::cerr << "bench_corpus: " << corpus.label << ", "
            << corpus.articles.size() << " articles, " << corpus.bytes()
            << " bytes -> " << argv[2] << "\n";
  return 0;
}

}  // namespace
}  // namespace khabar::bench

int main(int argc, char** argv) { return khabar::bench::Main(argc, argv); }
