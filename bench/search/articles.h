// The search benchmark's corpus: articles with the fields a search engine
// needs (url, date, source, title, body), in one file every engine reads.
//
// The file is PostgreSQL's COPY text format, so the PostgreSQL peer loads it
// as it is: one article a line, the fields url, date, source, title, body
// separated by tabs, with backslash, tab, newline and carriage return written
// as \\, \t, \n and \r. No header line.
//
// search_articles (articles_main.cc) writes it once from SaudiNewsNet, read
// with khabar's own reader, so every engine indexes the same articles.

#ifndef KHABAR_BENCH_SEARCH_ARTICLES_H_
#define KHABAR_BENCH_SEARCH_ARTICLES_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/status.h"

namespace khabar::bench::search {

struct Article {
  std::string url;
  std::string date;    // as the source wrote it: "2015-07-21 02:51:32"
  std::string source;  // "aawsat", ...
  std::string title;
  std::string body;

  // What the engines index and what MB/s counts: title and body.
  size_t text_bytes() const { return title.size() + body.size(); }
};

// Writes one article as a line of the articles file.
void WriteArticleLine(const Article& article, std::ostream* out);

// Parses one line (without its "\n") of the articles file. Returns false
// when the line does not have exactly five fields.
bool ParseArticleLine(std::string_view line, Article* article);

// Calls `fn` on each article of the file at `path`, in order. A malformed
// line is an error naming the file and the line number.
Status ForEachArticle(const std::string& path,
                      const std::function<void(Article&&)>& fn);

// Reads the whole file.
Status ReadArticles(const std::string& path, std::vector<Article>* articles);

// Copy `copy` (1, 2, ...) of `article` for a scaled-up corpus: the same
// text under another url ("...?copy=3", "&copy=3" after a query) and a
// date `copy` days later, so ids and dates vary as in a real archive.
// Copy 0 is the article itself.
Article Replica(const Article& article, uint64_t copy);

// `n` synthetic articles with distinct titles made of pseudo-Arabic words
// (with hamza, ة, ى, clitics and some numbers, so every query variant
// applies), for smoke tests without the data. Deterministic.
std::vector<Article> SyntheticArticles(size_t n);

}  // namespace khabar::bench::search

#endif  // KHABAR_BENCH_SEARCH_ARTICLES_H_
