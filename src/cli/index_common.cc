#include "cli/index_common.h"

#include <unistd.h>

#include <iostream>

namespace khabar::cli {

std::string JoinQuery(const std::vector<std::string>& words) {
  std::string q;
  for (const std::string& w : words) q += (q.empty() ? "" : " ") + w;
  return q;
}

void AddDbOption(CLI::App* cmd, std::string* db) {
  cmd->add_option("--db", *db, "Index directory")->capture_default_str();
}

namespace {

void AddFilterOptions(CLI::App* cmd, index::Filters* f) {
  cmd->add_option("--from", f->from, "Articles dated on or after YYYY-MM-DD");
  cmd->add_option("--to", f->to, "Articles dated on or before YYYY-MM-DD");
  // Each takes one value (repeat the flag for more), so that the words
  // after it stay the query's.
  cmd->add_option("--source", f->sources, "From this source (repeatable: any of them)")
      ->allow_extra_args(false);
  cmd->add_option("--person", f->persons, "Naming this person (a whole name or one word of it)")
      ->allow_extra_args(false);
  cmd->add_option("--org", f->orgs, "Naming this organization")->allow_extra_args(false);
  cmd->add_option("--place", f->places, "Naming this place")->allow_extra_args(false);
  cmd->add_option("--speaker", f->speakers, "Quoting this speaker")->allow_extra_args(false);
}

}  // namespace

index::SearchRequest QueryFlags::Request() const {
  index::SearchRequest req;
  req.query = JoinQuery(words);
  req.filters = filters;
  return req;
}

void AddQueryFlags(CLI::App* cmd, const char* query_help, QueryFlags* flags) {
  cmd->add_option("query", flags->words, query_help);
  AddDbOption(cmd, &flags->db);
  AddFilterOptions(cmd, &flags->filters);
}

int Fail(const Status& status) {
  std::cerr << "khabar: " << status.message() << '\n';
  switch (status.code()) {
    case Status::Code::kInvalidArgument:
    case Status::Code::kNotFound:
    case Status::Code::kCorrupt:
      return kExitUsage;
    default:
      return kExitPartial;
  }
}

std::unique_ptr<index::Searcher> OpenSearcher(const std::string& db, int* exit_code) {
  auto searcher = index::Searcher::Open(db);
  if (!searcher.ok()) {
    *exit_code = Fail(searcher.status());
    return nullptr;
  }
  return std::move(searcher).value();
}

bool StdoutIsTerminal() { return isatty(STDOUT_FILENO) == 1; }
bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

}  // namespace khabar::cli
