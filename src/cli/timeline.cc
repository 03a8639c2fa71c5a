// khabar timeline QUERY... --by day|week|month
// How many matching articles each day, week or month: "period TAB count"
// lines, with a bar per period on a terminal.

#include <algorithm>
#include <iostream>

#include "cli/index_common.h"
#include "index/results_json.h"

namespace khabar::cli {
namespace {

struct TimelineFlags : QueryFlags {
  std::string by = "day";
  bool json = false;
};

// A bar of up to `width` cells, in eighths of a block.
std::string Bar(uint64_t n, uint64_t max, int width) {
  static const char* kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const uint64_t eighths = max == 0 ? 0 : n * width * 8 / max;
  std::string bar;
  for (uint64_t i = 0; i < eighths / 8; ++i) bar += "█";
  return bar + kEighths[eighths % 8];
}

int RunTimeline(const TimelineFlags& flags) {
  int code = kExitOk;
  auto searcher = OpenSearcher(flags.db, &code);
  if (!searcher) return code;
  const index::SearchRequest req = flags.Request();
  const index::Bucket by = flags.by == "month" ? index::Bucket::kMonth
                           : flags.by == "week" ? index::Bucket::kWeek
                                                : index::Bucket::kDay;
  const auto r = searcher->Timeline(req, by);
  if (!r.ok()) return Fail(r.status());
  if (flags.json) {
    std::cout << index::TimelineJson(r.value()) << '\n';
    return kExitOk;
  }
  const bool chart = StdoutIsTerminal();
  uint64_t max = 0;
  for (const auto& [period, n] : r->counts) max = std::max(max, n);
  for (const auto& [period, n] : r->counts) {
    std::cout << period << '\t' << n;
    if (chart) std::cout << '\t' << Bar(n, max, 40);
    std::cout << '\n';
  }
  if (r->undated > 0) std::cout << "undated\t" << r->undated << '\n';
  return kExitOk;
}

}  // namespace

void RegisterTimeline(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<TimelineFlags>();
  CLI::App* cmd = app.add_subcommand(
      "timeline", "Counts of the articles matching QUERY per day, week or month.");
  AddQueryFlags(cmd, "The query (query syntax); none for all articles", flags.get());
  cmd->add_option("--by", flags->by, "Period: day, week (ISO) or month")
      ->check(CLI::IsMember({"day", "week", "month"}))
      ->capture_default_str();
  cmd->add_flag("--json", flags->json, "One JSON object: {matched, counts: [...]}");
  cmd->callback([run, flags] { *run = [flags] { return RunTimeline(*flags); }; });
}

}  // namespace khabar::cli
