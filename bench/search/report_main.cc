// search_report: the search benchmark's tables (report.h) from the query set
// and each engine's results files, one per round.
//
//   search_report --queries=FILE [--latency-only] ENGINE=FILE[,FILE...] ...

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "report.h"

namespace khabar::bench::search {
namespace {

std::vector<std::string> SplitCommas(const std::string& list) {
  std::vector<std::string> out;
  size_t begin = 0;
  while (begin <= list.size()) {
    const size_t comma = std::min(list.find(',', begin), list.size());
    if (comma > begin) out.push_back(list.substr(begin, comma - begin));
    begin = comma + 1;
  }
  return out;
}

Status SummarizeEngine(const std::vector<Query>& queries,
                       const std::string& files, EngineSummary* summary) {
  std::vector<RunResults> rounds;
  for (const std::string& path : SplitCommas(files)) {
    RETURN_IF_ERROR(ReadResults(path, &rounds.emplace_back()));
  }
  if (rounds.empty()) return Status::InvalidArgument("no results files");
  return Summarize(queries, rounds, summary);
}

int Main(int argc, char** argv) {
  std::string queries_path;
  bool latency_only = false;
  std::vector<std::string> engines;  // "ENGINE=FILES"
  bool usage_ok = true;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.starts_with("--queries=")) {
      queries_path = arg.substr(10);
    } else if (arg == "--latency-only") {
      latency_only = true;
    } else if (!arg.starts_with("--") && arg.find('=') != arg.npos) {
      engines.push_back(arg);
    } else {
      usage_ok = false;
    }
  }
  if (!usage_ok || queries_path.empty() || engines.empty()) {
    std::cerr << "usage: search_report --queries=FILE [--latency-only] "
                 "ENGINE=FILE[,FILE...] ...\n";
    return 2;
  }
  std::vector<Query> queries;
  Status status = ReadQueries(queries_path, &queries);
  std::vector<EngineSummary> summaries;
  for (size_t i = 0; status.ok() && i < engines.size(); ++i) {
    const std::string& arg = engines[i];
    status = SummarizeEngine(queries, arg.substr(arg.find('=') + 1),
                             &summaries.emplace_back());
    if (!status.ok()) {
      status = Status::Corrupt(arg.substr(0, arg.find('=')) + ": " +
                               status.ToString());
    }
  }
  if (!status.ok()) {
    std::cerr << "search_report: " << status.ToString() << "\n";
    return 1;
  }
  PrintReport(summaries, latency_only, &std::cout);
  return 0;
}

}  // namespace
}  // namespace khabar::bench::search

int main(int argc, char** argv) {
  return khabar::bench::search::Main(argc, argv);
}
