// khabar: Arabic news in, structured and searchable knowledge out.

#include <cstdio>
#include <iostream>

#include "cli/command.h"

int main(int argc, char** argv) {
  CLI::App app{
      "khabar (خبر): turns Arabic news articles into structured records.\n"
      "Each stage runs alone for debugging: normalize, tokenize, segment, tag,\nanalyze; eval scores a stage against gold data; train makes a model."};
  app.set_version_flag("--version", "khabar 0.1.0");
  app.require_subcommand(1);
  khabar::cli::Runner run;
  khabar::cli::RegisterAnalyze(app, &run);
  khabar::cli::RegisterNormalize(app, &run);
  khabar::cli::RegisterTokenize(app, &run);
  khabar::cli::RegisterSegment(app, &run);
  khabar::cli::RegisterTag(app, &run);
  khabar::cli::RegisterIngest(app, &run);
  khabar::cli::RegisterSearch(app, &run);
  khabar::cli::RegisterQuotes(app, &run);
  khabar::cli::RegisterEntities(app, &run);
  khabar::cli::RegisterTimeline(app, &run);
  khabar::cli::RegisterStats(app, &run);
  khabar::cli::RegisterEval(app, &run);
  khabar::cli::RegisterTrain(app, &run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : khabar::cli::kExitUsage;
  }
  std::ios::sync_with_stdio(false);
  return run ? run() : khabar::cli::kExitUsage;
}
