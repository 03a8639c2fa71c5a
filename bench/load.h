// Loading the benchmark corpus from real articles with khabar::ReadPath
// (include/khabar/reader.h), so the benchmarks read data the way khabar does.

#ifndef KHABAR_BENCH_LOAD_H_
#define KHABAR_BENCH_LOAD_H_

#include <cstddef>
#include <string>

#include "corpus.h"
#include "khabar/status.h"

namespace khabar::bench {

// Appends each article under `path` (a directory, zip or file) to
// corpus->articles as title + "\n\n" + body (the lede too, when the reader
// finds one), until `max_bytes` of text are held. Skipped records are
// counted on stderr. Sets corpus->label to `label`.
Status LoadArticles(const std::string& path, size_t max_bytes,
                    const std::string& label, Corpus* corpus);

// Where SaudiNewsNet lives: $KHABAR_SHARED_DIR/data/saudinewsnet when the
// variable is set, else the KHABAR_SHARED_DIR configured in CMake.
std::string DefaultDataDir();

// The first "*.zip" in `dir` in name order, or "" if none: a one-day sample.
std::string FirstZip(const std::string& dir);

}  // namespace khabar::bench

#endif  // KHABAR_BENCH_LOAD_H_
