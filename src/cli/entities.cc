// khabar entities [--type T] [QUERY...]
// The people, organizations and places the matching articles name (all
// articles without a query), by how many articles name them.

#include <iostream>

#include "cli/index_common.h"
#include "index/results_json.h"

namespace khabar::cli {
namespace {

struct EntitiesFlags : QueryFlags {
  std::string type;
  size_t top = 20;
  bool json = false;
};

int RunEntities(const EntitiesFlags& flags) {
  int code = kExitOk;
  auto searcher = OpenSearcher(flags.db, &code);
  if (!searcher) return code;
  const index::SearchRequest req = flags.Request();
  const auto r = searcher->Entities(req, flags.type, flags.top);
  if (!r.ok()) return Fail(r.status());
  if (flags.json) {
    std::cout << index::EntitiesJson(r.value()) << '\n';
    return kExitOk;
  }
  std::cout << r->matched << " article(s)";
  if (r->counted < r->matched) std::cout << ", the best " << r->counted << " counted";
  std::cout << "\n";
  for (const index::EntityCount& e : r->entities)
    std::cout << e.articles << '\t' << e.type << '\t' << e.name << '\n';
  return kExitOk;
}

}  // namespace

void RegisterEntities(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<EntitiesFlags>();
  CLI::App* cmd = app.add_subcommand(
      "entities", "Top entities of the articles matching QUERY, with article counts.");
  AddQueryFlags(cmd, "The query (query syntax); none for all articles", flags.get());
  cmd->add_option("--type", flags->type, "Only this type")
      ->check(CLI::IsMember({"PER", "ORG", "LOC", "MISC"}));
  cmd->add_option("-n,--top", flags->top, "How many")->capture_default_str();
  cmd->add_flag("--json", flags->json, "One JSON object: {matched, entities: [...]}");
  cmd->callback([run, flags] { *run = [flags] { return RunEntities(*flags); }; });
}

}  // namespace khabar::cli
