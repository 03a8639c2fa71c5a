// khabar stats: what the index holds (articles, quotes, near-copies, dates,
// sources, size) and what the last ingest did.

#include <iostream>

#include "cli/index_common.h"
#include "index/results_json.h"

namespace khabar::cli {
namespace {

struct StatsFlags {
  std::string db = kDefaultDb;
  bool json = false;
};

int RunStats(const StatsFlags& flags) {
  int code = kExitOk;
  auto searcher = OpenSearcher(flags.db, &code);
  if (!searcher) return code;
  const auto s = searcher->Stats();
  if (!s.ok()) return Fail(s.status());
  if (flags.json) {
    std::cout << index::StatsJson(s.value()) << '\n';
    return kExitOk;
  }
  std::cout << "index        " << flags.db << " (" << s->bytes_on_disk / (1 << 20)
            << " MiB)\narticles     " << s->articles << "\nnear-copies  " << s->duplicates
            << "\nquotes       " << s->quotes << "\ndates        " << s->first_date
            << " .. " << s->last_date << "\nsources     ";
  for (const auto& [source, n] : s->sources) std::cout << ' ' << source << " (" << n << ")";
  std::cout << '\n';
  if (!s->last_ingest.empty()) std::cout << "last ingest  " << s->last_ingest << '\n';
  return kExitOk;
}

}  // namespace

void RegisterStats(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<StatsFlags>();
  CLI::App* cmd = app.add_subcommand("stats", "What the index holds.");
  AddDbOption(cmd, &flags->db);
  cmd->add_flag("--json", flags->json, "One JSON object");
  cmd->callback([run, flags] { *run = [flags] { return RunStats(*flags); }; });
}

}  // namespace khabar::cli
