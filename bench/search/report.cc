#include "report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace khabar::bench::search {
namespace {

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Sums per variant, turned into rates at the end.
void Accumulate(size_t rank, Quality* q) {
  ++q->queries;
  q->success_at_1 += rank == 1;
  q->success_at_10 += rank >= 1 && rank <= 10;
  q->mrr += rank == 0 ? 0.0 : 1.0 / static_cast<double>(rank);
}

void ToRates(Quality* q) {
  if (q->queries == 0) return;
  const double n = static_cast<double>(q->queries);
  q->success_at_1 /= n;
  q->success_at_10 /= n;
  q->mrr /= n;
}

std::string Format(const char* format, double value) {
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

void Line(std::ostream* out, const char* format, auto... args) {
  char text[256];
  std::snprintf(text, sizeof text, format, args...);
  *out << text << '\n';
}

void PrintIngest(const std::vector<EngineSummary>& engines,
                 std::ostream* out) {
  const EngineSummary* khabar = nullptr;
  for (const EngineSummary& e : engines) {
    if (e.engine == "khabar") khabar = &e;
  }
  *out << "ingest (median of each over the rounds; MB = 10^6 bytes of title "
          "+ body; ratio = khabar's articles/s over the engine's: above 1, "
          "khabar is faster)\n";
  Line(out, "%-10s %8s %7s %8s %8s %8s %10s %7s %8s %6s", "engine",
       "articles", "MB", "load s", "index s", "total s", "articles/s", "MB/s",
       "db MB", "ratio");
  for (const EngineSummary& e : engines) {
    const std::string ratio =
        khabar ? Format("%.2fx", e.ingest_seconds / khabar->ingest_seconds)
               : "-";
    Line(out, "%-10s %8zu %7.2f %8.2f %8.2f %8.2f %10.0f %7.2f %8.1f %6s",
         e.engine.c_str(), e.articles, e.text_mb, e.load_seconds,
         e.index_seconds, e.ingest_seconds, e.articles / e.ingest_seconds,
         e.text_mb / e.ingest_seconds, e.db_mb, ratio.c_str());
  }
}

void PrintLatency(const std::vector<EngineSummary>& engines,
                  std::ostream* out) {
  *out << "\nquery latency, ms (each query alone, top 10; median over the "
          "rounds of each round's figure)\n";
  Line(out, "%-10s %8s %8s %8s %8s", "engine", "queries", "p50", "p99",
       "mean");
  for (const EngineSummary& e : engines) {
    const std::string p50 = e.batch_mean ? "-" : Format("%.2f", e.p50_ms);
    const std::string p99 = e.batch_mean ? "-" : Format("%.2f", e.p99_ms);
    Line(out, "%-10s %8zu %8s %8s %8.2f%s", e.engine.c_str(),
         e.by_variant.at("all").queries, p50.c_str(), p99.c_str(), e.mean_ms,
         e.batch_mean ? "  (one batch, timed as a whole)" : "");
  }
}

void PrintQuality(const EngineSummary& e, std::ostream* out) {
  *out << "\nquality: " << e.engine << " (" << e.setup << ")\n";
  Line(out, "%-12s %6s %7s %7s %7s", "variant", "n", "s@1", "s@10", "MRR");
  for (const char* v : kVariants) {
    const auto it = e.by_variant.find(v);
    if (it == e.by_variant.end()) continue;
    const Quality& q = it->second;
    Line(out, "%-12s %6zu %7.3f %7.3f %7.3f", v, q.queries, q.success_at_1,
         q.success_at_10, q.mrr);
  }
  const Quality& all = e.by_variant.at("all");
  Line(out, "%-12s %6zu %7.3f %7.3f %7.3f", "all", all.queries,
       all.success_at_1, all.success_at_10, all.mrr);
  if (e.rounds_differing > 0) {
    Line(out, "note: %zu of %zu rounds ranked differently from round 1",
         e.rounds_differing, e.rounds);
  }
}

// success@10 of every engine side by side, one row per variant.
void PrintComparison(const std::vector<EngineSummary>& engines,
                     std::ostream* out) {
  *out << "\nsuccess@10 by variant\n";
  char cell[64];
  std::snprintf(cell, sizeof cell, "%-12s %6s", "variant", "n");
  *out << cell;
  for (const EngineSummary& e : engines) {
    std::snprintf(cell, sizeof cell, " %9s", e.engine.c_str());
    *out << cell;
  }
  *out << '\n';
  std::vector<std::string> rows(std::begin(kVariants), std::end(kVariants));
  rows.push_back("all");
  for (const std::string& v : rows) {
    const auto first = engines.front().by_variant.find(v);
    if (first == engines.front().by_variant.end()) continue;
    std::snprintf(cell, sizeof cell, "%-12s %6zu", v.c_str(),
                  first->second.queries);
    *out << cell;
    for (const EngineSummary& e : engines) {
      std::snprintf(cell, sizeof cell, " %9.3f",
                    e.by_variant.at(v).success_at_10);
      *out << cell;
    }
    *out << '\n';
  }
}

}  // namespace

size_t RankOf(const std::vector<std::string>& urls, const std::string& url) {
  const auto it = std::find(urls.begin(), urls.end(), url);
  return it == urls.end() ? 0 : static_cast<size_t>(it - urls.begin()) + 1;
}

double Percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const double rank = std::ceil(p / 100 * static_cast<double>(values.size()));
  const size_t index = rank < 1 ? 0 : static_cast<size_t>(rank) - 1;
  return values[std::min(index, values.size() - 1)];
}

Status ScoreRun(const std::vector<Query>& queries, const RunResults& run,
                std::map<std::string, Quality>* by_variant) {
  std::map<std::pair<std::string, std::string>, const QueryResult*> answers;
  for (const QueryResult& r : run.queries) answers[{r.id, r.variant}] = &r;
  by_variant->clear();
  for (const Query& q : queries) {
    const auto it = answers.find({q.id, q.variant});
    if (it == answers.end()) {
      return Status::Corrupt("no result for query " + q.id + " " + q.variant);
    }
    const size_t rank = RankOf(it->second->urls, q.target_url);
    Accumulate(rank, &(*by_variant)[q.variant]);
    Accumulate(rank, &(*by_variant)["all"]);
  }
  for (auto& [variant, quality] : *by_variant) ToRates(&quality);
  return Status::Ok();
}

Status Summarize(const std::vector<Query>& queries,
                 const std::vector<RunResults>& rounds, EngineSummary* out) {
  const RunResults& first = rounds.front();
  out->engine = first.header.count("engine") ? first.header.at("engine") : "?";
  out->setup = first.header.count("setup") ? first.header.at("setup") : "";
  out->rounds = rounds.size();
  out->batch_mean = first.header.count("latency") &&
                    first.header.at("latency") == "batch mean";
  RETURN_IF_ERROR(ScoreRun(queries, first, &out->by_variant));
  std::vector<double> load, index, ingest, p50, p99, mean;
  for (const RunResults& run : rounds) {
    std::map<std::string, Quality> quality;
    RETURN_IF_ERROR(ScoreRun(queries, run, &quality));
    out->rounds_differing +=
        quality.at("all").mrr != out->by_variant.at("all").mrr;
    load.push_back(run.Number("load_seconds"));
    index.push_back(run.Number("index_seconds"));
    ingest.push_back(run.Number("ingest_seconds"));
    std::vector<double> ms;
    for (const QueryResult& r : run.queries) ms.push_back(r.micros / 1000);
    if (ms.empty()) {
      return Status::Corrupt(out->engine + ": a round with no queries");
    }
    p50.push_back(Percentile(ms, 50));
    p99.push_back(Percentile(ms, 99));
    double sum = 0;
    for (double m : ms) sum += m;
    mean.push_back(sum / static_cast<double>(ms.size()));
  }
  out->articles = static_cast<size_t>(first.Number("articles"));
  out->text_mb = first.Number("text_bytes") / 1e6;
  out->db_mb = first.Number("db_bytes") / 1e6;
  out->load_seconds = Median(load);
  out->index_seconds = Median(index);
  out->ingest_seconds = Median(ingest);
  out->p50_ms = Median(p50);
  out->p99_ms = Median(p99);
  out->mean_ms = Median(mean);
  return Status::Ok();
}

void PrintReport(const std::vector<EngineSummary>& engines, bool latency_only,
                 std::ostream* out) {
  if (engines.empty()) return;
  PrintIngest(engines, out);
  PrintLatency(engines, out);
  if (latency_only) return;
  for (const EngineSummary& e : engines) PrintQuality(e, out);
  PrintComparison(engines, out);
}

}  // namespace khabar::bench::search
