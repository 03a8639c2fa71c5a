// The search benchmark's engine harness. Each engine binary
// (search_engine_xapian, search_engine_postgres, search_engine_khabar)
// defines a SearchEngine and hands it to EngineMain, so that all engines
// ingest, answer and are timed the same way:
//
//   search_engine_<name> --articles=FILE --queries=FILE --out=FILE
//                        [--warmup=N] [--copies=K] [engine flags]
//
// 1. counts the articles and their title + body bytes (not timed);
// 2. Ingest: the engine indexes the articles file from scratch; it reports
//    how long loading and indexing took (see IngestTimes);
// 2b. with --copies=K, Replicate: the index now holds every article K
//    times (for latency at scale; the copies compete with their target);
// 3. runs the first N queries (default 50) untimed, as a warm-up;
// 4. runs every query once, one at a time, timing each Search call with a
//    wall clock (parse, match, rank and fetch the top 10 urls);
// 5. writes a results file (results.h).
//
// Exit codes: 0 done; 1 the engine failed (message on stderr names the
// engine and the problem); 2 usage; 77 the engine is not available here
// (message "<engine>: skipped: <why>" on stdout), which run_search.sh shows
// and goes on.

#ifndef KHABAR_BENCH_SEARCH_ENGINE_H_
#define KHABAR_BENCH_SEARCH_ENGINE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/status.h"

namespace khabar::bench::search {

inline constexpr int kExitSkipped = 77;
inline constexpr size_t kTopK = 10;

// Command-line flags as --key=value; each engine reads its own.
using Flags = std::map<std::string, std::string>;

struct IngestTimes {
  double load_seconds = 0;   // getting the text in (PostgreSQL: COPY)
  double index_seconds = 0;  // building the index (PostgreSQL: CREATE INDEX)
  double total_seconds = 0;  // all of ingest, as the user waits for it
  uint64_t db_bytes = 0;     // size of what was built, 0 when unknown
};

struct Hits {
  int64_t total = -1;             // matching articles, -1 when unknown
  std::vector<std::string> urls;  // best first, at most kTopK
  // >= 0 when the engine could not be timed a query at a time and gives
  // its batch's mean instead (the report then shows no percentiles).
  double batch_mean_micros = -1;
};

class SearchEngine {
 public:
  virtual ~SearchEngine() = default;
  virtual std::string_view name() const = 0;
  // How the engine is set up, for the report ("QueryParser OP_OR, ...").
  virtual std::string setup() const = 0;
  // Indexes every article of `articles_path` (articles.h) into a fresh
  // index, replacing any earlier one. Status::Unsupported means the engine
  // is not available here (EngineMain exits with kExitSkipped).
  virtual Status Ingest(const std::string& articles_path,
                        IngestTimes* times) = 0;
  // The best kTopK articles for `query`, as a user typed it.
  virtual Status Search(const std::string& query, Hits* hits) = 0;
  // After Ingest, with --copies=K: from now on search an index holding
  // every article `copies` times (copies.h), and set times->db_bytes to
  // its size. Status::Unsupported (the default) skips the engine.
  virtual Status Replicate(int copies, IngestTimes* times);
};

// Parses argv into flags; false on an argument not of the form --key[=value].
bool ParseFlags(int argc, char** argv, Flags* flags);

// Steps 1-5 above for `engine`, with the common flags from `flags`.
// Returns the exit code.
int EngineMain(const Flags& flags, SearchEngine* engine);

// Wall-clock seconds since an arbitrary start.
double NowSeconds();

// Total size of the files under `dir`, 0 when it cannot be read.
uint64_t DirectoryBytes(const std::string& dir);

}  // namespace khabar::bench::search

#endif  // KHABAR_BENCH_SEARCH_ENGINE_H_
