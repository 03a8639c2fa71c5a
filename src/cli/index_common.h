// What the index commands (ingest, search, quotes, entities, timeline,
// stats) share: --db, the filter flags, opening the index, and turning a
// Status into a message and an exit code.

#ifndef KHABAR_CLI_INDEX_COMMON_H_
#define KHABAR_CLI_INDEX_COMMON_H_

#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "index/searcher.h"

namespace khabar::cli {

// The index directory when --db is not given.
inline constexpr const char* kDefaultDb = "khabar-data";

void AddDbOption(CLI::App* cmd, std::string* db);

// What every command that queries the index takes (search, quotes,
// entities, timeline): the query's words, --db, and the filters.
struct QueryFlags {
  std::vector<std::string> words;
  std::string db = kDefaultDb;
  index::Filters filters;

  // A request with the query (JoinQuery) and the filters.
  index::SearchRequest Request() const;
};
// Registers the positional query (`query_help` says what it matches),
// --db, and --from --to --source --person --org --place --speaker.
void AddQueryFlags(CLI::App* cmd, const char* query_help, QueryFlags* flags);

// The query's words as given on the command line, one space between:
// `khabar search دمج الشركات` and `khabar search "دمج الشركات"` are one query.
std::string JoinQuery(const std::vector<std::string>& words);

// Prints "khabar: MESSAGE" on stderr and returns the exit code: 2 for a bad
// query or flag, a missing or foreign index; 1 for anything else.
int Fail(const Status& status);

// The searcher over `db`, or null after Fail() has printed why (*exit_code
// set).
std::unique_ptr<index::Searcher> OpenSearcher(const std::string& db, int* exit_code);

// stdout is a terminal: colours, bars and charts are welcome.
bool StdoutIsTerminal();
bool StderrIsTerminal();

}  // namespace khabar::cli

#endif  // KHABAR_CLI_INDEX_COMMON_H_
