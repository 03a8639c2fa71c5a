// What searcher.cc and explore.cc share: the open database and the way a
// request becomes the query run over it.

#ifndef KHABAR_INDEX_SEARCHER_INTERNAL_H_
#define KHABAR_INDEX_SEARCHER_INTERNAL_H_

#include <xapian.h>

#include <string>

#include "index/query_xapian.h"
#include "index/searcher.h"
#include "index/xapian_status.h"

namespace khabar::index {

struct Searcher::Db {
  Xapian::Database db;
  std::string dir;

  // Runs f() like Guarded(); when an ingest committed twice since the
  // database was opened (DatabaseModifiedError), reopens it and tries
  // again, up to three times.
  template <typename F>
  Status Read(std::string_view what, F&& f) {
    for (int attempt = 0;; ++attempt) {
      try {
        return Guarded(what, f);
      } catch (const Xapian::DatabaseModifiedError& e) {
        if (attempt == 2) return FromXapian(what, e);
        db.reopen();
      }
    }
  }
};

struct Matcher {
  BuiltQuery words;         // MatchAll when the request has no query
  std::vector<Word> positive;  // for snippets
  bool has_words = false;
};

// The request's words and filters, restricted to documents holding
// `kind_term` (XTa articles, XTq quotes). InvalidArgument for a bad query,
// or for no query and no filter when `need_something`.
Result<Matcher> MakeMatcher(const SearchRequest& request, std::string_view kind_term,
                            bool need_something);
Xapian::Query Restrict(const Xapian::Query& q, const SearchRequest& request,
                       std::string_view kind_term);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_SEARCHER_INTERNAL_H_
