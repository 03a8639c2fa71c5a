// Each subcommand lives in its own file and registers itself on the app.
// The callback returns the process exit code.

#ifndef KHABAR_CLI_COMMAND_H_
#define KHABAR_CLI_COMMAND_H_

#include <CLI/CLI.hpp>

#include <functional>

namespace khabar::cli {

// Exit codes: 0 ok; 1 some inputs were skipped or had errors; 2 usage or
// unreadable path.
inline constexpr int kExitOk = 0;
inline constexpr int kExitPartial = 1;
inline constexpr int kExitUsage = 2;

// Sets the function main() runs when this subcommand is chosen.
using Runner = std::function<int()>;

void RegisterAnalyze(CLI::App& app, Runner* run);
void RegisterNormalize(CLI::App& app, Runner* run);
void RegisterTokenize(CLI::App& app, Runner* run);
void RegisterSegment(CLI::App& app, Runner* run);
void RegisterTag(CLI::App& app, Runner* run);
// The index (src/index): ingest, then search and its views.
void RegisterIngest(CLI::App& app, Runner* run);
void RegisterSearch(CLI::App& app, Runner* run);
void RegisterQuotes(CLI::App& app, Runner* run);
void RegisterEntities(CLI::App& app, Runner* run);
void RegisterTimeline(CLI::App& app, Runner* run);
void RegisterStats(CLI::App& app, Runner* run);
// `eval STAGE` and `train STAGE`: one subcommand each, the stages below.
void RegisterEval(CLI::App& app, Runner* run);
void RegisterTrain(CLI::App& app, Runner* run);
void AddEvalSegment(CLI::App* eval, Runner* run);
void AddEvalNer(CLI::App* eval, Runner* run);
void AddTrainNer(CLI::App* train, Runner* run);

}  // namespace khabar::cli

#endif  // KHABAR_CLI_COMMAND_H_
