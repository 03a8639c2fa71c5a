// What one engine's run produced, as a file the report reads: ingest figures
// in header lines, then one line per query with its latency and the urls of
// its top hits.
//
//   # engine<TAB>xapian
//   # setup<TAB>TermGenerator + Stem("arabic"), STEM_SOME; QueryParser OP_OR
//   # articles<TAB>31030
//   # text_bytes<TAB>99137455
//   # load_seconds<TAB>0.41
//   # index_seconds<TAB>110.2
//   # ingest_seconds<TAB>110.6
//   # db_bytes<TAB>512000000
//   q0001<TAB>original<TAB>MICROS<TAB>TOTAL<TAB>URL1<TAB>URL2 ...
//   ...
//   # latency<TAB>per query         (or "batch mean": see engine.h)
//
// TOTAL is the engine's count (or estimate) of matching articles, -1 when
// it gives none.

#ifndef KHABAR_BENCH_SEARCH_RESULTS_H_
#define KHABAR_BENCH_SEARCH_RESULTS_H_

#include <cstdint>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "khabar/status.h"

namespace khabar::bench::search {

struct QueryResult {
  std::string id;
  std::string variant;
  double micros = 0;  // wall time of the query, as the client saw it
  int64_t total = -1;
  std::vector<std::string> urls;  // best first
};

struct RunResults {
  std::map<std::string, std::string> header;
  std::vector<QueryResult> queries;

  // header[key] as a number, 0 when absent.
  double Number(const std::string& key) const;
};

class ResultsWriter {
 public:
  Status Open(const std::string& path);
  void Header(const std::string& key, const std::string& value);
  void Header(const std::string& key, double value);
  void Add(const QueryResult& result);
  Status Close();

 private:
  std::string path_;
  std::ofstream out_;
};

// A malformed line is an error naming the file and line.
Status ReadResults(const std::string& path, RunResults* results);

}  // namespace khabar::bench::search

#endif  // KHABAR_BENCH_SEARCH_RESULTS_H_
