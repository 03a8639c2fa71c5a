// khabar ingest PATH... | -
// Reads articles (any format analyze reads), analyzes them on all cores and
// adds them to the index (--db). Re-ingesting is safe: unchanged articles
// are left as they are, changed ones replaced. A progress line shows on a
// terminal; a summary ends the run on stderr (--json: on stdout).

#include <sys/resource.h>

#include <cstdio>
#include <iostream>
#include <mutex>

#include "cli/index_common.h"
#include "index/ingest.h"

namespace khabar::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> inputs;
  std::string db = kDefaultDb;
  int jobs = 0;
  uint64_t commit_every = 1000;
  double max_record_mib = 16;
  bool quiet = false;
  bool json = false;
};

// One line on stderr, rewritten in place: done/total, rate, ETA.
class ProgressLine {
 public:
  explicit ProgressLine(bool on) : on_(on) {}
  void Show(const index::IngestProgress& p) {
    if (!on_) return;
    std::lock_guard lock(mu_);
    const double rate = p.seconds > 0 ? p.done / p.seconds : 0;
    char line[160];
    if (p.total > 0 && rate > 0) {
      const double left = (p.total > p.done ? p.total - p.done : 0) / rate;
      std::snprintf(line, sizeof line, "%llu/%llu articles  %3.0f%%  %.0f articles/s  ETA %d:%02d",
                    static_cast<unsigned long long>(p.done),
                    static_cast<unsigned long long>(p.total), 100.0 * p.done / p.total,
                    rate, static_cast<int>(left) / 60, static_cast<int>(left) % 60);
    } else {
      std::snprintf(line, sizeof line, "%llu articles  %.0f articles/s",
                    static_cast<unsigned long long>(p.done), rate);
    }
    std::cerr << "\r\033[K" << line << std::flush;
    shown_ = true;
  }
  // Messages from other threads go above the progress line.
  void Print(const std::string& message) {
    std::lock_guard lock(mu_);
    if (shown_) std::cerr << "\r\033[K";
    std::cerr << message << '\n';
  }
  void Clear() {
    std::lock_guard lock(mu_);
    if (shown_) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  const bool on_;
  std::mutex mu_;
  bool shown_ = false;
};

double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // ru_maxrss is in KiB on Linux
}

void PrintSummary(const index::IngestSummary& s, const std::string& db) {
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", s.seconds);
  std::cerr << "khabar: ingested " << s.read << " article(s) into " << db << " in "
            << seconds << " s";
  if (s.seconds > 0) std::cerr << " (" << static_cast<int>(s.read / s.seconds) << " articles/s)";
  std::cerr << ": added " << s.added << ", replaced " << s.replaced << ", unchanged "
            << s.unchanged << ", near-duplicates " << s.duplicates << ", quotes "
            << s.quotes;
  if (s.skipped > 0) {
    std::cerr << "; skipped " << s.skipped << " (";
    const char* sep = "";
    for (const auto& [why, n] : s.skip_reasons) {
      std::cerr << sep << why << ": " << n;
      sep = ", ";
    }
    std::cerr << ")";
  }
  if (s.bad_paths > 0) std::cerr << "; " << s.bad_paths << " path(s) could not be read";
  char cpu[96];
  std::snprintf(cpu, sizeof cpu, "; CPU %.1f s analyzing, %.1f s writing",
                s.analyze_cpu_seconds, s.write_cpu_seconds);
  std::cerr << "; the index holds " << s.articles_in_index << " article(s); peak memory "
            << static_cast<int>(PeakRssMiB()) << " MiB" << cpu << "\n";
}

int RunIngest(const IngestFlags& flags) {
  ProgressLine progress(!flags.quiet && StderrIsTerminal());
  index::IngestOptions options;
  options.db_dir = flags.db;
  options.jobs = flags.jobs;
  options.commit_every = flags.commit_every;
  options.read.max_record_bytes = static_cast<size_t>(flags.max_record_mib * (1 << 20));
  options.count_total = !flags.quiet && StderrIsTerminal();
  options.on_skip = [&](const std::string& where, const std::string& why) {
    progress.Print("khabar: skipped " + where + ": " + why);
  };
  options.on_progress = [&](const index::IngestProgress& p) { progress.Show(p); };
  const auto summary = index::Ingest(flags.inputs, options);
  progress.Clear();
  if (!summary.ok()) return Fail(summary.status());
  const index::IngestSummary& s = summary.value();
  if (flags.json) std::cout << index::SummaryJson(s) << '\n';
  if (!flags.quiet) PrintSummary(s, flags.db);
  if (s.bad_paths > 0 && s.read == 0) return kExitUsage;
  return s.bad_paths > 0 || s.skipped > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterIngest(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Analyze articles and add them to the index (--db).\n"
      "Inputs as for analyze: files, directories, zips, JSON/JSONL, the seed\n"
      "format; '-' reads standard input. Re-ingesting adds nothing twice.");
  cmd->add_option("inputs", flags->inputs, "Files, directories, zips, or -")->required();
  AddDbOption(cmd, &flags->db);
  cmd->add_option("-j,--jobs", flags->jobs, "Analysis threads (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--commit-every", flags->commit_every,
                  "Commit after this many written articles")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--max-record-size", flags->max_record_mib,
                  "Skip (and name) any article larger than this, in MiB")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress and no summary on stderr");
  cmd->add_flag("--json", flags->json, "The summary as one JSON object on stdout");
  cmd->callback([run, flags] { *run = [flags] { return RunIngest(*flags); }; });
}

}  // namespace khabar::cli
