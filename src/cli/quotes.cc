// khabar quotes [--speaker NAME] [QUERY...]
// What was said: quotes whose words match QUERY (all quotes, newest first,
// without one), by the speakers given. "What did X say about Y" is
// `khabar quotes --speaker X Y`.

#include <iostream>

#include "cli/index_common.h"
#include "index/results_json.h"

namespace khabar::cli {
namespace {

struct QuotesFlags : QueryFlags {
  uint64_t limit = 10;
  uint64_t offset = 0;
  bool json = false;
};

int RunQuotes(const QuotesFlags& flags) {
  int code = kExitOk;
  auto searcher = OpenSearcher(flags.db, &code);
  if (!searcher) return code;
  index::SearchRequest req = flags.Request();
  req.limit = flags.limit;
  req.offset = flags.offset;
  const auto r = searcher->Quotes(req);
  if (!r.ok()) return Fail(r.status());
  if (flags.json) {
    std::cout << index::QuotesJson(r.value()) << '\n';
    return kExitOk;
  }
  std::cout << r->total << " quote(s)\n";
  for (const index::QuoteHit& q : r->hits) {
    std::cout << "\n«" << q.text << "»\n   — " << (q.speaker.empty() ? "?" : q.speaker);
    if (!q.cue.empty()) std::cout << " (" << q.cue << ")";
    std::cout << "\n   " << q.title << " · " << q.date << " · " << q.source << '\n';
  }
  return kExitOk;
}

}  // namespace

void RegisterQuotes(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<QuotesFlags>();
  CLI::App* cmd = app.add_subcommand(
      "quotes", "Quotes in the index: by speaker (--speaker), about QUERY.");
  AddQueryFlags(cmd, "Words the quote should hold (query syntax)", flags.get());
  cmd->add_option("-n,--limit", flags->limit, "Quotes to show")->capture_default_str();
  cmd->add_option("--offset", flags->offset, "Quotes to skip");
  cmd->add_flag("--json", flags->json, "One JSON object: {total, quotes: [...]}");
  cmd->callback([run, flags] { *run = [flags] { return RunQuotes(*flags); }; });
}

}  // namespace khabar::cli
