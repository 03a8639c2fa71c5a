// A khabar index's articles as near-copies of themselves, for --copies=K:
// an exact copy of the index would hold K originals of each article (each
// with XTo, schema.h), which no ingest writes. Ingest marks a near-copy of
// an earlier article with XTdup and XC<original's id> in place of XTo and
// gives it the original's cluster value; its quote documents are written
// as any article's. This does the same to every article of the index, so
// that merging the index once with K - 1 such copies (copies.h) gives the
// index ingest would write for K near-identical copies of the corpus.

#ifndef KHABAR_BENCH_SEARCH_NEAR_COPIES_H_
#define KHABAR_BENCH_SEARCH_NEAR_COPIES_H_

#include <string>

#include "khabar/status.h"

namespace khabar::bench::search {

// Writes to `out` (replaced when it exists) every document of khabar's
// index in `dir`, each original article turned into a copy of itself
// (an article that already is a copy keeps its original: copies point at
// the first of their cluster). Quote documents and metadata are copied
// as they are.
Status WriteNearCopies(const std::string& dir, const std::string& out);

}  // namespace khabar::bench::search

#endif  // KHABAR_BENCH_SEARCH_NEAR_COPIES_H_
