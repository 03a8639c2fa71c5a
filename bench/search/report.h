// Scoring and reporting the search benchmark: known-item quality per variant
// (success@1, success@10, MRR), ingest rates and query latency, per engine,
// from the engines' results files (results.h) and the query set (queries.h).
//
// A query succeeds at k when the target article's url is among the engine's
// first k hits; its reciprocal rank is 1/rank of that url, 0 when absent
// from the top 10. Quality comes from the first round (the engines are
// deterministic; a later round that differs is reported). Ingest figures
// and latency percentiles are medians over the rounds, each round's
// percentile taken over all its queries.

#ifndef KHABAR_BENCH_SEARCH_REPORT_H_
#define KHABAR_BENCH_SEARCH_REPORT_H_

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "khabar/status.h"
#include "queries.h"
#include "results.h"

namespace khabar::bench::search {

struct Quality {
  size_t queries = 0;
  double success_at_1 = 0;
  double success_at_10 = 0;
  double mrr = 0;
};

struct EngineSummary {
  std::string engine;
  std::string setup;
  std::map<std::string, Quality> by_variant;  // and "all"
  size_t articles = 0;
  double text_mb = 0;  // 10^6 bytes of title + body
  double load_seconds = 0, index_seconds = 0, ingest_seconds = 0;
  double db_mb = 0;
  double p50_ms = 0, p99_ms = 0, mean_ms = 0;
  bool batch_mean = false;  // latencies are a batch's mean (engine.h)
  size_t rounds = 0;
  size_t rounds_differing = 0;  // rounds whose quality differs from round 1
};

// The 1-based rank of `url` in `urls`, 0 when absent.
size_t RankOf(const std::vector<std::string>& urls, const std::string& url);

// The value at percentile `p` (0-100) of `values` (nearest rank).
// REQUIRES: !values.empty().
double Percentile(std::vector<double> values, double p);

// Quality per variant of one run; an error when a query has no result line.
Status ScoreRun(const std::vector<Query>& queries, const RunResults& run,
                std::map<std::string, Quality>* by_variant);

// Everything the report shows for one engine's rounds.
// REQUIRES: !rounds.empty().
Status Summarize(const std::vector<Query>& queries,
                 const std::vector<RunResults>& rounds, EngineSummary* out);

// The tables. With `latency_only` (a replicated corpus, where copies of
// the target compete with it), quality is left out.
void PrintReport(const std::vector<EngineSummary>& engines, bool latency_only,
                 std::ostream* out);

}  // namespace khabar::bench::search

#endif  // KHABAR_BENCH_SEARCH_REPORT_H_
