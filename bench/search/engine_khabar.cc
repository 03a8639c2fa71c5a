// khabar, driven as a user drives it: `khabar ingest` over the articles (as
// JSON lines, written by search_articles from the same reading as the
// peers' file), timed as a whole; then one `khabar search --batch -` process
// answering the queries a line at a time, each timed from writing the query
// to reading its JSON answer ({"total": N, "hits": [{"url": ...}, ...]}).
//
//   search_engine_khabar --articles=F --queries=F --out=F --khabar=BIN
//                        --jsonl=F --db=DIR [--jobs=N] [--no-collapse]
//
// --no-collapse is passed to `khabar search`: near-copies are hits of
// their own.
//
// Skipped (exit 77, "khabar: skipped: ...") when BIN has no `ingest` or
// `search` command. The latency includes a pipe round trip, some
// microseconds, which the in-process peers do not pay. A query at a time
// works because `khabar search --batch -` answers a line before it reads
// the next (its std::cin is tied to std::cout, which flushes then).
//
// When `khabar search --batch` does not answer the first query within
// kFirstAnswerSeconds (it holds its output until the end), the engine falls
// back to one batch: every query in a file, `--batch FILE`, timed as a whole;
// each query then gets the batch's mean (start-up and index opening
// included) and the report shows no percentiles.

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "copies.h"
#include "engine.h"
#include "near_copies.h"
#include "queries.h"
#include "subprocess.h"

namespace khabar::bench::search {
namespace {

// No answer to the first query in this long: khabar holds its output.
constexpr double kFirstAnswerSeconds = 10;
constexpr double kAnswerTimeoutSeconds = 60;

class KhabarEngine : public SearchEngine {
 public:
  explicit KhabarEngine(Flags flags) : flags_(std::move(flags)) {}

  std::string_view name() const override { return "khabar"; }
  std::string setup() const override {
    return "khabar ingest --jobs " + Jobs() + "; khabar search --json" +
           (NoCollapse() ? " --no-collapse" : "") +
           " --batch - (one process, a query a line)";
  }

  Status Ingest(const std::string& /*articles_path: the JSON lines instead*/,
                IngestTimes* times) override {
    RETURN_IF_ERROR(CheckCommands());
    std::error_code ec;
    std::filesystem::remove_all(Db(), ec);
    const double start = NowSeconds();
    const int code = RunCommand({Bin(), "ingest", flags_["jsonl"], "--db",
                                 Db(), "--jobs", Jobs()}, false);
    times->index_seconds = times->total_seconds = NowSeconds() - start;
    if (code != 0) {
      return Status::IoError("khabar ingest " + flags_["jsonl"] +
                             " failed with exit code " + std::to_string(code));
    }
    times->db_bytes = DirectoryBytes(Db());
    searcher_ = std::make_unique<LineProcess>();
    return searcher_->Start(SearchCommand("-"));
  }

  // The searcher moves to the merged copies, DIR.copies: the index once,
  // then K - 1 times its articles as near-copies of themselves
  // (near_copies.h), as ingest would mark K copies of the corpus.
  Status Replicate(int copies, IngestTimes* times) override {
    searcher_.reset();
    const std::string merged = Db() + ".copies", near = Db() + ".near";
    if (copies > 1) RETURN_IF_ERROR(WriteNearCopies(Db(), near));
    RETURN_IF_ERROR(CompactCopies(Db(), copies > 1 ? near : Db(), copies, merged));
    std::error_code ec;
    std::filesystem::remove_all(near, ec);
    flags_["db"] = merged;
    times->db_bytes = DirectoryBytes(merged);
    searcher_ = std::make_unique<LineProcess>();
    return searcher_->Start(SearchCommand("-"));
  }

  Status Search(const std::string& query, Hits* hits) override {
    if (batch_mean_micros_ >= 0) return FromBatch(query, hits);
    RETURN_IF_ERROR(searcher_->WriteLine(query));
    std::string line;
    const Status read = searcher_->ReadLine(
        answered_ ? kAnswerTimeoutSeconds : kFirstAnswerSeconds, &line);
    if (!read.ok() && !answered_) {
      std::cerr << "khabar: " << read.message()
                << "; timing the queries as one batch\n";
      RETURN_IF_ERROR(RunBatch());
      return FromBatch(query, hits);
    }
    RETURN_IF_ERROR(read);
    answered_ = true;
    return ParseAnswer(query, line, hits);
  }

 private:
  std::string Bin() const { return flags_.at("khabar"); }
  std::string Db() const { return flags_.at("db"); }
  std::string Jobs() const {
    const auto it = flags_.find("jobs");
    return it == flags_.end() ? "2" : it->second;
  }

  bool NoCollapse() const { return flags_.contains("no-collapse"); }
  // `khabar search` answering the queries in `batch` (- for stdin).
  std::vector<std::string> SearchCommand(const std::string& batch) const {
    std::vector<std::string> command = {Bin(), "search", "--db", Db(), "--json"};
    if (NoCollapse()) command.push_back("--no-collapse");
    command.insert(command.end(), {"--batch", batch});
    return command;
  }

  Status CheckCommands() const {
    for (const char* command : {"ingest", "search"}) {
      if (RunCommand({Bin(), command, "--help"}, true) != 0) {
        return Status::Unsupported(std::string("build has no `khabar ") +
                                   command + "` (" + Bin() + ")");
      }
    }
    return Status::Ok();
  }

  // Every query of the set through `--batch FILE` in one process, timed.
  Status RunBatch() {
    searcher_.reset();  // its stdin closes: it answers and exits
    std::vector<Query> queries;
    RETURN_IF_ERROR(ReadQueries(flags_["queries"], &queries));
    const std::string path = Db() + ".queries";
    std::ofstream file(path);
    for (const Query& q : queries) file << q.text << '\n';
    file.close();
    LineProcess batch;
    const double start = NowSeconds();
    RETURN_IF_ERROR(batch.Start(SearchCommand(path)));
    for (const Query& q : queries) {
      std::string line;
      RETURN_IF_ERROR(batch.ReadLine(kAnswerTimeoutSeconds * 10, &line));
      RETURN_IF_ERROR(ParseAnswer(q.text, line, &batch_answers_[q.text]));
    }
    batch_mean_micros_ = (NowSeconds() - start) * 1e6 / queries.size();
    return Status::Ok();
  }

  Status FromBatch(const std::string& query, Hits* hits) const {
    const auto it = batch_answers_.find(query);
    if (it == batch_answers_.end()) {
      return Status::InvalidArgument("khabar: \"" + query +
                                     "\" is not in the query set");
    }
    *hits = it->second;
    hits->batch_mean_micros = batch_mean_micros_;
    return Status::Ok();
  }

  static Status ParseAnswer(const std::string& query, const std::string& line,
                            Hits* hits) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("error")) {
      hits->total = 0;  // a query khabar refuses: no hits, as a user sees it
      std::cerr << "khabar: \"" << query << "\": " << j["error"].dump() << "\n";
      return Status::Ok();
    }
    if (j.is_discarded() || !j.is_object() || !j.contains("hits") ||
        !j["hits"].is_array()) {
      return Status::Corrupt("khabar search: answer to \"" + query +
                             "\" is not {\"total\", \"hits\"}: " +
                             line.substr(0, 200));
    }
    if (j.contains("total") && j["total"].is_number_integer()) {
      hits->total = j["total"].get<int64_t>();
    }
    for (const nlohmann::json& hit : j["hits"]) {
      const bool has_url = hit.is_object() && hit.contains("url") &&
                           hit["url"].is_string();
      hits->urls.push_back(has_url ? hit["url"].get<std::string>() : "");
    }
    return Status::Ok();
  }

  Flags flags_;
  std::unique_ptr<LineProcess> searcher_;
  bool answered_ = false;  // the line-at-a-time process has answered once
  std::map<std::string, Hits> batch_answers_;  // by query text
  double batch_mean_micros_ = -1;              // >= 0: batch mode
};

}  // namespace
}  // namespace khabar::bench::search

int main(int argc, char** argv) {
  using namespace khabar::bench::search;
  Flags flags;
  if (!ParseFlags(argc, argv, &flags) || !flags.contains("khabar") ||
      !flags.contains("jsonl") || !flags.contains("db")) {
    std::cerr << "usage: search_engine_khabar --articles=F --queries=F "
                 "--out=F --khabar=BIN --jsonl=F --db=DIR [--jobs=N] "
                 "[--no-collapse]\n";
    return 2;
  }
  KhabarEngine engine(flags);
  return EngineMain(flags, &engine);
}
