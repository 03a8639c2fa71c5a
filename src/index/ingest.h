// Ingest: read articles from paths, analyze them in parallel, add them to
// the index through one writer, commit in batches.
//
//   reader thread --(bounded window)--> N analysis workers --> writer
//   (ReadPath)                          (Pipeline::Analyze,   (this thread:
//                                        PrepareArticle)       Writer::Add
//                                                              in input order)
//
// The writer takes articles in the order they were read, so the same
// input always makes the same index (which copy is the original of a
// near-duplicate does not depend on thread timing). At most `window`
// articles are between reading and writing and at most `commit_every`
// are uncommitted, so memory stays bounded whatever the corpus size.

#ifndef KHABAR_INDEX_INGEST_H_
#define KHABAR_INDEX_INGEST_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "khabar/reader.h"
#include "khabar/status.h"

namespace khabar::index {

struct IngestProgress {
  uint64_t done = 0;   // articles written (added, replaced or unchanged)
  uint64_t total = 0;  // articles in the input; 0 while unknown
  double seconds = 0;  // since the start
};

struct IngestOptions {
  std::string db_dir = "khabar-data";
  // Analysis threads. Default: 0, one per core.
  int jobs = 0;
  // Articles written between commits. Default: 1000.
  uint64_t commit_every = 1000;
  ReadOptions read;
  // Count the input's articles in a parallel pass, so that progress
  // reports carry a total (an ETA). Default: off.
  bool count_total = false;
  // Called from the reader thread for each thing that could not become an
  // article, and once per path that cannot be opened (where = the path).
  std::function<void(const std::string& where, const std::string& why)> on_skip;
  // Called from the calling thread about four times a second.
  std::function<void(const IngestProgress&)> on_progress;
};

struct IngestSummary {
  uint64_t read = 0;        // articles read
  uint64_t added = 0;       // new articles
  uint64_t replaced = 0;    // already there under the same id, changed
  uint64_t unchanged = 0;   // already there, same content: not rewritten
  uint64_t duplicates = 0;  // added or replaced articles that copy an earlier one
  uint64_t quotes = 0;      // quote documents written
  uint64_t skipped = 0;     // inputs that could not become articles
  uint64_t bad_paths = 0;   // paths that could not be opened
  std::map<std::string, uint64_t> skip_reasons;  // reason -> count
  uint64_t articles_in_index = 0;  // after the ingest
  double seconds = 0;
  // CPU time of the analysis threads together, and of the one thread that
  // writes the index: where an ingest's time goes.
  double analyze_cpu_seconds = 0;
  double write_cpu_seconds = 0;
};

// Ingests `paths` ("-" is standard input) into options.db_dir. A non-OK
// Status means the index could not be opened or written (what was
// committed before stays); unreadable inputs are counted in the summary.
Result<IngestSummary> Ingest(const std::vector<std::string>& paths,
                             const IngestOptions& options);

// The summary as one JSON object (what `khabar stats` shows of the last
// ingest).
std::string SummaryJson(const IngestSummary& summary);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_INGEST_H_
