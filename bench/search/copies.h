// Scaling an index up without indexing again: Xapian's compaction merges
// databases by renumbering their documents, so `copies` copies of one
// index merged make an index of every article `copies` times, at the speed
// of copying files. The search benchmark's --copies=K measures query
// latency on such an index (docs/benchmarks.md says how it differs from
// ingesting K replicas).

#ifndef KHABAR_BENCH_SEARCH_COPIES_H_
#define KHABAR_BENCH_SEARCH_COPIES_H_

#include <string>

#include "khabar/status.h"

namespace khabar::bench::search {

// Writes to `out` (replaced when it exists) one database holding every
// document of the database in `dir` `copies` times. Its metadata are those
// of `dir`.
Status CompactCopies(const std::string& dir, int copies, const std::string& out);

// As CompactCopies, but the copies after the first are those of the
// database in `copy_dir` (same metadata): `dir` once, then `copy_dir`
// `copies` - 1 times.
Status CompactCopies(const std::string& dir, const std::string& copy_dir, int copies,
                     const std::string& out);

}  // namespace khabar::bench::search

#endif  // KHABAR_BENCH_SEARCH_COPIES_H_
