// QueryNode and Filters as Xapian queries (schema.h's terms).
//
// A word is (its norm OR Z + its stem): an article with the exact form
// scores on both terms, one with only a clitic form on the stem alone, so
// exact forms rank first. Phrases match stems in order. Stopwords are
// dropped from a conjunction that has other words (they would match
// nearly everything) but kept in phrases. Filters never weigh.

#ifndef KHABAR_INDEX_QUERY_XAPIAN_H_
#define KHABAR_INDEX_QUERY_XAPIAN_H_

#include <xapian.h>

#include <optional>

#include "index/query.h"
#include "index/searcher.h"

namespace khabar::index {

struct BuiltQuery {
  Xapian::Query strict;
  // For a plain conjunction of two or more words: any of them, the NOTs
  // still applied. Used to fill a short page.
  std::optional<Xapian::Query> relaxed;
};

BuiltQuery BuildQuery(const QueryNode& node);

// The filters as one boolean query; MatchAll when there are none.
Xapian::Query FilterQuery(const Filters& filters);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_QUERY_XAPIAN_H_
