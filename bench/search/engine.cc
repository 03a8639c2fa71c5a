#include "engine.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "articles.h"
#include "queries.h"
#include "results.h"

namespace khabar::bench::search {
namespace {

struct CorpusSize {
  size_t articles = 0;
  uint64_t text_bytes = 0;
};

Status MeasureCorpus(const std::string& path, CorpusSize* size) {
  return ForEachArticle(path, [&](Article&& a) {
    ++size->articles;
    size->text_bytes += a.text_bytes();
  });
}

void WriteHeader(SearchEngine* engine, const CorpusSize& size,
                 const IngestTimes& times, ResultsWriter* out) {
  out->Header("engine", std::string(engine->name()));
  out->Header("setup", engine->setup());
  out->Header("articles", static_cast<double>(size.articles));
  out->Header("text_bytes", static_cast<double>(size.text_bytes));
  out->Header("load_seconds", times.load_seconds);
  out->Header("index_seconds", times.index_seconds);
  out->Header("ingest_seconds", times.total_seconds);
  out->Header("db_bytes", static_cast<double>(times.db_bytes));
}

Status RunQueries(const std::vector<Query>& queries, size_t warmup,
                  SearchEngine* engine, ResultsWriter* out) {
  Hits hits;
  for (size_t i = 0; i < warmup && i < queries.size(); ++i) {
    RETURN_IF_ERROR(engine->Search(queries[i].text, &hits));
  }
  bool batch_mean = false;
  for (const Query& q : queries) {
    hits = Hits();
    const double start = NowSeconds();
    RETURN_IF_ERROR(engine->Search(q.text, &hits));
    double micros = (NowSeconds() - start) * 1e6;
    if (hits.batch_mean_micros >= 0) {
      micros = hits.batch_mean_micros;
      batch_mean = true;
    }
    if (hits.urls.size() > kTopK) hits.urls.resize(kTopK);
    out->Add({q.id, q.variant, micros, hits.total, std::move(hits.urls)});
  }
  out->Header("latency", batch_mean ? "batch mean" : "per query");
  return Status::Ok();
}

Status Run(const Flags& flags, SearchEngine* engine) {
  const auto get = [&](const char* key) {
    const auto it = flags.find(key);
    return it == flags.end() ? std::string() : it->second;
  };
  const std::string articles = get("articles"), out_path = get("out");
  std::vector<Query> queries;
  RETURN_IF_ERROR(ReadQueries(get("queries"), &queries));
  CorpusSize size;
  RETURN_IF_ERROR(MeasureCorpus(articles, &size));
  IngestTimes times;
  RETURN_IF_ERROR(engine->Ingest(articles, &times));
  const int copies = get("copies").empty() ? 1 : std::atoi(get("copies").c_str());
  double replicate_seconds = 0;
  if (copies != 1) {
    const double start = NowSeconds();
    RETURN_IF_ERROR(engine->Replicate(copies, &times));
    replicate_seconds = NowSeconds() - start;
  }
  ResultsWriter out;
  RETURN_IF_ERROR(out.Open(out_path));
  WriteHeader(engine, size, times, &out);
  out.Header("copies", static_cast<double>(copies));
  out.Header("replicate_seconds", replicate_seconds);
  const std::string warmup = get("warmup");
  RETURN_IF_ERROR(RunQueries(
      queries, warmup.empty() ? 50 : std::strtoull(warmup.c_str(), nullptr, 10),
      engine, &out));
  return out.Close();
}

}  // namespace

Status SearchEngine::Replicate(int /*copies*/, IngestTimes* /*times*/) {
  return Status::Unsupported("--copies works on Xapian databases only");
}

bool ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (!arg.starts_with("--")) return false;
    const size_t eq = arg.find('=');
    (*flags)[std::string(arg.substr(2, eq - 2))] =
        eq == arg.npos ? "" : std::string(arg.substr(eq + 1));
  }
  return true;
}

int EngineMain(const Flags& flags, SearchEngine* engine) {
  for (const char* key : {"articles", "queries", "out"}) {
    if (!flags.contains(key)) {
      std::cerr << "usage: search_engine_" << engine->name()
                << " --articles=FILE --queries=FILE --out=FILE [--warmup=N]"
                   " [engine flags]\n";
      return 2;
    }
  }
  const Status status = Run(flags, engine);
  if (status.code() == Status::Code::kUnsupported) {
    std::cout << engine->name() << ": skipped: " << status.message() << "\n";
    return kExitSkipped;
  }
  if (!status.ok()) {
    std::cerr << engine->name() << ": " << status.ToString() << "\n";
    return 1;
  }
  return 0;
}

double NowSeconds() {
  using Clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}

uint64_t DirectoryBytes(const std::string& dir) {
  std::error_code ec;
  uint64_t total = 0;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

}  // namespace khabar::bench::search
