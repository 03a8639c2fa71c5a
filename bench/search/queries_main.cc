// search_queries: makes the known-item query set (queries.h) from an articles
// file and writes it, so every engine and every run answers the same queries.
//
//   search_queries ARTICLES OUT [--seed=N] [--count=N] [--min-digits=N]
//
// Prints how many queries each variant got on stderr.

#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "articles.h"
#include "queries.h"

namespace khabar::bench::search {
namespace {

bool ParseFlags(int argc, char** argv, std::string* articles, std::string* out,
                QueryOptions* options) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const size_t eq = arg.find('=');
    const std::string key = arg.substr(0, eq);
    const uint64_t value =
        eq == arg.npos ? 0 : std::strtoull(arg.c_str() + eq + 1, nullptr, 10);
    if (key == "--seed") options->seed = value;
    else if (key == "--count") options->count = value;
    else if (key == "--min-digits") options->min_digit_queries = value;
    else if (arg.starts_with("--")) return false;
    else if (articles->empty()) *articles = arg;
    else if (out->empty()) *out = arg;
    else return false;
  }
  return !out->empty();
}

int Main(int argc, char** argv) {
  std::string articles_path, out;
  QueryOptions options;
  if (!ParseFlags(argc, argv, &articles_path, &out, &options)) {
    std::cerr << "usage: search_queries ARTICLES OUT [--seed=N] [--count=N] "
                 "[--min-digits=N]\n";
    return 2;
  }
  std::vector<Article> articles;
  Status status = ReadArticles(articles_path, &articles);
  const std::vector<Query> queries =
      status.ok() ? MakeQueries(articles, options) : std::vector<Query>();
  if (status.ok() && queries.empty()) {
    status = Status::InvalidArgument(
        articles_path + ": no article can be a target (unique url and title, "
                        "3 content words in the title)");
  }
  if (status.ok()) status = WriteQueries(queries, out);
  if (!status.ok()) {
    std::cerr << "search_queries: " << status.ToString() << "\n";
    return 1;
  }
  std::map<std::string, size_t> counts;
  for (const Query& q : queries) ++counts[q.variant];
  std::cerr << "search_queries: " << queries.size() << " queries (seed "
            << options.seed << ") -> " << out << ":";
  for (const char* v : kVariants) std::cerr << " " << v << " " << counts[v];
  std::cerr << "\n";
  return 0;
}

}  // namespace
}  // namespace khabar::bench::search

int main(int argc, char** argv) {
  return khabar::bench::search::Main(argc, argv);
}
