// khabar analyze FILE... | -
// Reads articles (any format the readers know), runs the pipeline, prints
// one JSON record per article (JSONL). What could not be read is named on
// stderr, counted in the summary, and makes the exit code 1.

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "khabar/pipeline.h"
#include "khabar/reader.h"
#include "khabar/record_json.h"

namespace khabar::cli {
namespace {

struct AnalyzeFlags {
  std::vector<std::string> inputs;
  bool pretty = false;
  bool tokens = false;
  std::string offsets = "byte";
  double max_record_mib = 16;
  bool quiet = false;
};

class PrintSink : public ReadSink {
 public:
  PrintSink(const Pipeline& pipeline, const AnalyzeFlags& flags)
      : pipeline_(pipeline) {
    json_.pretty = flags.pretty;
    json_.offsets = flags.offsets == "codepoint" ? OffsetUnit::kCodePoint
                                                 : OffsetUnit::kByte;
    options_.tokens = flags.tokens;
  }

  void OnArticle(RawArticle&& article) override {
    const Record record = pipeline_.Analyze(article, options_);
    std::cout << RecordToJson(record, json_) << '\n';
    ++articles_;
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    std::cerr << "khabar: skipped " << where << ": " << why << '\n';
    ++skipped_;
  }

  int articles() const { return articles_; }
  int skipped() const { return skipped_; }

 private:
  const Pipeline& pipeline_;
  JsonOptions json_;
  AnalyzeOptions options_;
  int articles_ = 0;
  int skipped_ = 0;
};

int RunAnalyze(const AnalyzeFlags& flags) {
  const Pipeline pipeline;
  PrintSink sink(pipeline, flags);
  ReadOptions read;
  read.max_record_bytes = static_cast<size_t>(flags.max_record_mib * (1 << 20));
  int failed = 0;
  for (const std::string& input : flags.inputs) {
    const Status status = ReadPath(input, read, &sink);
    if (!status.ok()) {
      std::cerr << "khabar: " << status.message() << '\n';
      ++failed;
    }
  }
  std::cout.flush();
  if (!flags.quiet)
    std::cerr << "khabar: analyzed " << sink.articles() << " article(s)"
              << (sink.skipped() ? ", skipped " + std::to_string(sink.skipped())
                                 : std::string())
              << '\n';
  if (failed > 0 && sink.articles() == 0) return kExitUsage;
  return failed > 0 || sink.skipped() > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterAnalyze(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<AnalyzeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "analyze",
      "Analyze articles into JSON records, one per line (JSONL).\n"
      "Inputs: seed-format text files, JSON arrays, JSONL, plain text, zips\n"
      "and directories of these; '-' reads standard input.");
  cmd->add_option("inputs", flags->inputs, "Files, directories, zips, or -")
      ->required();
  cmd->add_flag("--pretty", flags->pretty, "Indented JSON for people");
  cmd->add_flag("--tokens", flags->tokens,
                "Include tokens (span, norm, kind, stop)");
  cmd->add_option("--offsets", flags->offsets,
                  "Unit of spans: byte (UTF-8, default) or codepoint")
      ->check(CLI::IsMember({"byte", "codepoint"}));
  cmd->add_option("--max-record-size", flags->max_record_mib,
                  "Skip (and name) any article larger than this, in MiB")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", flags->quiet, "No summary line on stderr");
  cmd->callback([run, flags] { *run = [flags] { return RunAnalyze(*flags); }; });
}

}  // namespace khabar::cli
