// Reading an index: search, quotes, entity and date facets, statistics.
//
// A Searcher opens the database once and answers any number of requests
// (`khabar search --batch` reuses one). Not thread-safe: one Searcher per
// thread. Everything it returns is plain data; Xapian stays inside
// src/index.

#ifndef KHABAR_INDEX_SEARCHER_H_
#define KHABAR_INDEX_SEARCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "index/query.h"
#include "khabar/document.h"
#include "khabar/status.h"

namespace khabar::index {

// Restrictions on which articles (or quotes) match; all of them apply.
// Names match whole (فلاديمير بوتين) or by one of their words (بوتين);
// several values of one filter are alternatives.
struct Filters {
  std::string from, to;  // YYYY-MM-DD, inclusive; "" for open
  std::vector<std::string> sources, persons, orgs, places, speakers;

  bool empty() const {
    return from.empty() && to.empty() && sources.empty() && persons.empty() &&
           orgs.empty() && places.empty() && speakers.empty();
  }
};

struct SearchRequest {
  std::string query;  // may be empty when a filter is given
  Filters filters;
  uint64_t offset = 0;
  uint64_t limit = 10;  // Default: 10.
  // Near-copies of an article show as one hit with `similar` set: the
  // best-ranked of the original and its copies that match. With words and
  // no filter, copies that hold no word their original lacks are not
  // matched (they would rank with it), only counted. Default: on.
  bool collapse = true;
  QueryLimits limits;
};

struct Hit {
  std::string id, url, title, date, source;
  double score = 0;
  std::string snippet;           // the text at snippet_span, lines joined
  Span snippet_span;             // into the record's text
  std::vector<Span> highlights;  // into `snippet`, byte offsets
  // Near-copies collapsed into this hit: with words and no filter, the
  // whole cluster but the hit (SearchRequest::collapse); with a filter,
  // the others that match. 0 with --no-collapse.
  uint64_t similar = 0;
  std::string duplicate_of;      // the original, when this is a copy
  bool partial = false;          // holds only some of the query's words
};

// Articles holding every query word come first. When they are fewer than
// offset + limit, articles holding only some of them follow (partial).
struct SearchResults {
  uint64_t total = 0;      // matches, estimated beyond the first page
  uint64_t all_words = 0;  // of which hold every word
  uint64_t offset = 0;
  std::vector<Hit> hits;
};

struct QuoteHit {
  std::string article, url, title, date, source;
  std::string kind, speaker, cue, text;
  double score = 0;
};

struct QuoteResults {
  uint64_t total = 0;
  std::vector<QuoteHit> hits;
};

struct EntityCount {
  std::string name;  // canonical, normalized
  std::string type;  // PER ORG LOC MISC
  uint64_t articles = 0;
};

struct EntityResults {
  uint64_t matched = 0;  // articles matching the query and filters
  uint64_t counted = 0;  // of which were read for the counts
  std::vector<EntityCount> entities;  // most articles first
};

enum class Bucket { kDay, kWeek, kMonth };

struct TimelineResults {
  uint64_t matched = 0;
  uint64_t undated = 0;
  // (2015-07-21 | 2015-W30 | 2015-07, count), in order, empty periods
  // between the first and the last included.
  std::vector<std::pair<std::string, uint64_t>> counts;
};

struct IndexStats {
  uint64_t articles = 0, quotes = 0, duplicates = 0, documents = 0;
  std::string first_date, last_date;
  std::vector<std::pair<std::string, uint64_t>> sources;  // most articles first
  uint64_t bytes_on_disk = 0;
  std::string last_ingest;  // SummaryJson of the last ingest; "" if none
};

class Searcher {
 public:
  // Opens the index in `dir` for reading. NotFound (with "run khabar
  // ingest") when there is none, Corrupt when it is not a khabar index.
  static Result<std::unique_ptr<Searcher>> Open(const std::string& dir);
  ~Searcher();

  Result<SearchResults> Search(const SearchRequest& request);
  // Quotes whose text matches request.query (every quote when empty) and
  // whose speaker and article pass the filters; newest first when there is
  // no query.
  Result<QuoteResults> Quotes(const SearchRequest& request);
  // The entities of the matching articles (all articles when query and
  // filters are empty), by number of articles; `type` "" for all types.
  Result<EntityResults> Entities(const SearchRequest& request,
                                 const std::string& type, size_t top);
  Result<TimelineResults> Timeline(const SearchRequest& request, Bucket by);
  Result<IndexStats> Stats();

 private:
  struct Db;
  explicit Searcher(std::unique_ptr<Db> db);
  std::unique_ptr<Db> db_;
};

// "2015-07-21" -> ok; anything else is an InvalidArgument naming `what`.
Status CheckDate(const std::string& date, const char* what);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_SEARCHER_H_
