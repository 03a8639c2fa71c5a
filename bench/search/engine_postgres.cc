// Peer: PostgreSQL full-text search with its 'arabic' configuration
// (Snowball's Arabic stemmer and PostgreSQL's default parser), set up as
// its manual sets up an indexed search: COPY the articles into a table,
// a GIN index on to_tsvector('arabic', title || ' ' || body), rank with
// ts_rank, top 10. One libpq session for everything, as a server would hold.
//
//   search_engine_postgres --articles=F --queries=F --out=F
//                          --conninfo='host=127.0.0.1 port=N ...'
//                          [--parser=plain|websearch|or]
//
// --parser turns the query text into a tsquery: plainto_tsquery (the
// default: it found the most known items of the three, with websearch's
// figures the same: docs/benchmarks.md), websearch_to_tsquery, or
// plainto_tsquery with its & made | (any word may match).
// run_search.sh starts a private server for it (see there).

#include <libpq-fe.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>

#include "engine.h"

namespace khabar::bench::search {
namespace {

constexpr char kDocument[] = "to_tsvector('arabic', title || ' ' || body)";

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::string TsQuery(const std::string& parser) {
  if (parser == "websearch") return "websearch_to_tsquery('arabic', $1)";
  if (parser == "or") {
    return "replace(plainto_tsquery('arabic', $1)::text, '&', '|')::tsquery";
  }
  return "plainto_tsquery('arabic', $1)";
}

class PostgresEngine : public SearchEngine {
 public:
  PostgresEngine(std::string conninfo, std::string parser)
      : conninfo_(std::move(conninfo)), parser_(std::move(parser)) {}
  ~PostgresEngine() override {
    if (conn_ != nullptr) PQfinish(conn_);
  }
  PostgresEngine(const PostgresEngine&) = delete;
  PostgresEngine& operator=(const PostgresEngine&) = delete;

  std::string_view name() const override { return "postgres"; }
  std::string setup() const override {
    return "PostgreSQL " + Version() + ", GIN on " + kDocument + "; " +
           TsQuery(parser_) + ", ts_rank, top 10";
  }

  Status Ingest(const std::string& articles_path,
                IngestTimes* times) override {
    RETURN_IF_ERROR(Connect());
    RETURN_IF_ERROR(Exec("DROP TABLE IF EXISTS articles"));
    RETURN_IF_ERROR(Exec("CREATE TABLE articles (url text, date text, "
                         "source text, title text, body text)"));
    const double start = NowSeconds();
    RETURN_IF_ERROR(Copy(articles_path));
    times->load_seconds = NowSeconds() - start;
    // ANALYZE is timed with the index: the planner needs it to use the index.
    RETURN_IF_ERROR(Exec(std::string("CREATE INDEX articles_text ON articles "
                                     "USING gin (") + kDocument + ")"));
    RETURN_IF_ERROR(Exec("ANALYZE articles"));
    times->total_seconds = NowSeconds() - start;
    times->index_seconds = times->total_seconds - times->load_seconds;
    times->db_bytes = TableBytes();
    return Prepare();
  }

  Status Search(const std::string& query, Hits* hits) override {
    const char* params[] = {query.c_str()};
    Result r(PQexecPrepared(conn_, "search", 1, params, nullptr, nullptr, 0));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) return Error("search");
    for (int i = 0; i < PQntuples(r.get()); ++i) {
      hits->urls.emplace_back(PQgetvalue(r.get(), i, 0));
    }
    return Status::Ok();
  }

 private:
  Status Connect() {
    if (conninfo_.empty()) {
      return Status::Unsupported("no server given (--conninfo)");
    }
    if (conn_ != nullptr) return Status::Ok();
    conn_ = PQconnectdb(conninfo_.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) return Error("connect");
    return Exec("SET client_min_messages = warning");
  }

  Status Error(const std::string& what) const {
    return Status::IoError("postgres: " + what + ": " +
                           PQerrorMessage(conn_));
  }

  Status Exec(const std::string& sql) {
    Result r(PQexec(conn_, sql.c_str()));
    const ExecStatusType s = PQresultStatus(r.get());
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) return Error(sql);
    return Status::Ok();
  }

  // COPY ... FROM STDIN, the file sent as it is in 1 MiB chunks: the
  // articles file is already in COPY's text format (articles.h).
  Status Copy(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::NotFound("cannot open articles file " + path);
    Result r(PQexec(conn_, "COPY articles FROM STDIN"));
    if (PQresultStatus(r.get()) != PGRES_COPY_IN) return Error("COPY");
    std::string chunk(size_t{1} << 20, '\0');
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) ||
           in.gcount() > 0) {
      if (PQputCopyData(conn_, chunk.data(), static_cast<int>(in.gcount())) !=
          1) {
        return Error("COPY data");
      }
    }
    if (PQputCopyEnd(conn_, nullptr) != 1) return Error("COPY end");
    Result done(PQgetResult(conn_));
    if (PQresultStatus(done.get()) != PGRES_COMMAND_OK) {
      return Error("COPY from " + path);
    }
    while (PGresult* rest = PQgetResult(conn_)) PQclear(rest);
    return Status::Ok();
  }

  Status Prepare() {
    const std::string q = TsQuery(parser_);
    const std::string sql = std::string("SELECT url FROM articles WHERE ") +
                            kDocument + " @@ " + q + " ORDER BY ts_rank(" +
                            kDocument + ", " + q + ") DESC LIMIT 10";
    Result r(PQprepare(conn_, "search", sql.c_str(), 1, nullptr));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) return Error(sql);
    return Status::Ok();
  }

  uint64_t TableBytes() {
    Result r(PQexec(conn_, "SELECT pg_total_relation_size('articles')"));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) return 0;
    return std::strtoull(PQgetvalue(r.get(), 0, 0), nullptr, 10);
  }

  std::string Version() const {
    const int v = conn_ == nullptr ? 0 : PQserverVersion(conn_);
    return std::to_string(v / 10000) + "." + std::to_string(v % 10000);
  }

  std::string conninfo_;
  std::string parser_;
  PGconn* conn_ = nullptr;
};

}  // namespace
}  // namespace khabar::bench::search

int main(int argc, char** argv) {
  using namespace khabar::bench::search;
  Flags flags;
  if (!ParseFlags(argc, argv, &flags) ||
      (flags.contains("parser") && flags["parser"] != "plain" &&
       flags["parser"] != "websearch" && flags["parser"] != "or")) {
    std::cerr << "usage: search_engine_postgres --articles=F --queries=F "
                 "--out=F --conninfo=CONNINFO [--parser=plain|websearch|or]\n";
    return 2;
  }
  PostgresEngine engine(flags["conninfo"], flags["parser"]);
  return EngineMain(flags, &engine);
}
