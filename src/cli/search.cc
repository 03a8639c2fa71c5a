// khabar search QUERY... [--json] [--batch FILE|-] [filters]
// Searches the index (README, "Query syntax"). One query prints a page of
// hits: title, date, source, score and a snippet with the matched words
// marked (bold on a terminal, [brackets] otherwise); --json prints one JSON
// object. --batch runs one query per line over one open index and prints
// one JSON object per line, an {"error": ...} object for a bad query.

#include <fstream>
#include <iostream>

#include "cli/index_common.h"
#include "index/results_json.h"

namespace khabar::cli {
namespace {

struct SearchFlags : QueryFlags {
  bool json = false;
  std::string batch;
  uint64_t limit = 10;
  uint64_t offset = 0;
  uint64_t page = 0;
  bool no_collapse = false;
  std::string offsets = "byte";
};

// The snippet with its highlights marked.
std::string Marked(const index::Hit& hit, bool terminal) {
  const char* open = terminal ? "\033[1;33m" : "[";
  const char* close = terminal ? "\033[0m" : "]";
  std::string out;
  uint32_t at = 0;
  for (const Span& h : hit.highlights) {
    out.append(hit.snippet, at, h.begin - at).append(open);
    out.append(hit.snippet, h.begin, h.size()).append(close);
    at = h.end;
  }
  return out.append(hit.snippet, at);
}

void PrintText(const std::string& query, const index::SearchResults& r) {
  const bool terminal = StdoutIsTerminal();
  std::cout << r.total << " article(s) match " << query;
  if (r.all_words != r.total) std::cout << " (" << r.all_words << " with every word)";
  if (!r.hits.empty())
    std::cout << "; " << r.offset + 1 << "-" << r.offset + r.hits.size();
  std::cout << '\n';
  uint64_t rank = r.offset;
  for (const index::Hit& h : r.hits) {
    std::cout << "\n" << ++rank << ". " << h.title << "\n   " << h.date << " · " << h.source
              << " · score " << h.score;
    if (h.similar > 0) std::cout << " · " << h.similar << " similar";
    if (!h.duplicate_of.empty()) std::cout << " · copy of " << h.duplicate_of;
    if (h.partial) std::cout << " · some words";
    std::cout << "\n   … " << Marked(h, terminal) << " …\n";
    if (!h.url.empty()) std::cout << "   " << h.url << '\n';
  }
}

index::SearchRequest Request(const SearchFlags& flags, std::string query) {
  index::SearchRequest req;
  req.query = std::move(query);
  req.filters = flags.filters;
  req.limit = flags.limit;
  req.offset = flags.page > 0 ? (flags.page - 1) * flags.limit : flags.offset;
  req.collapse = !flags.no_collapse;
  return req;
}

OffsetUnit Unit(const SearchFlags& flags) {
  return flags.offsets == "codepoint" ? OffsetUnit::kCodePoint : OffsetUnit::kByte;
}

int RunBatch(const SearchFlags& flags, index::Searcher* searcher) {
  std::ifstream file;
  if (flags.batch != "-") {
    file.open(flags.batch);
    if (!file) return Fail(Status::NotFound("cannot open " + flags.batch));
  }
  std::istream& in = flags.batch == "-" ? std::cin : file;
  int failed = 0;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto results = searcher->Search(Request(flags, line));
    if (results.ok()) {
      std::cout << index::SearchJson(line, results.value(), Unit(flags)) << '\n';
    } else {
      std::cout << index::ErrorJson(line, results.status()) << '\n';
      ++failed;
    }
  }
  std::cout.flush();
  return failed > 0 ? kExitPartial : kExitOk;
}

int RunSearch(const SearchFlags& flags) {
  int code = kExitOk;
  auto searcher = OpenSearcher(flags.db, &code);
  if (!searcher) return code;
  if (!flags.batch.empty()) return RunBatch(flags, searcher.get());
  const std::string query = JoinQuery(flags.words);
  const auto results = searcher->Search(Request(flags, query));
  if (!results.ok()) return Fail(results.status());
  if (flags.json)
    std::cout << index::SearchJson(query, results.value(), Unit(flags)) << '\n';
  else
    PrintText(query, results.value());
  return kExitOk;
}

}  // namespace

void RegisterSearch(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<SearchFlags>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Search the index. Words match their clitic forms and spellings;\n"
      "\"a phrase\", OR, -word (NOT word), ( ) and filters; see README.");
  AddQueryFlags(cmd, "The query (its words may be separate arguments)", flags.get());
  cmd->add_flag("--json", flags->json, "One JSON object: {query, total, hits: [...]}");
  cmd->add_option("--batch", flags->batch,
                  "Run one query per line of FILE ('-': stdin), one JSON object per line");
  cmd->add_option("-n,--limit", flags->limit, "Hits per page")
      ->check(CLI::Range(uint64_t{1}, uint64_t{10000}))
      ->capture_default_str();
  cmd->add_option("--offset", flags->offset, "Hits to skip");
  cmd->add_option("--page", flags->page, "Page number (from 1), --limit hits a page")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--no-collapse", flags->no_collapse,
                "Show near-copies of an article as hits of their own");
  cmd->add_option("--offsets", flags->offsets,
                  "Unit of highlight offsets in JSON: byte (default) or codepoint")
      ->check(CLI::IsMember({"byte", "codepoint"}));
  cmd->callback([run, flags] { *run = [flags] { return RunSearch(*flags); }; });
}

}  // namespace khabar::cli
