// The JSON forms of what a Searcher returns, one object each, on one line:
// what `khabar search --json` (and --batch, one per query) prints.
//
//   {"query": "دمج", "total": 41, "all_words": 41, "offset": 0,
//    "hits": [{"id", "url", "title", "date", "source", "score", "snippet",
//              "highlights": [[b, e]...], "snippet_span": [b, e],
//              "similar": 2, "duplicate_of": null, "partial": false}]}
//
// highlights are byte offsets into snippet; snippet_span into the stored
// record's text (`--offsets codepoint` counts code points instead).

#ifndef KHABAR_INDEX_RESULTS_JSON_H_
#define KHABAR_INDEX_RESULTS_JSON_H_

#include <string>

#include "index/searcher.h"
#include "khabar/record_json.h"

namespace khabar::index {

std::string SearchJson(const std::string& query, const SearchResults& results,
                       OffsetUnit offsets = OffsetUnit::kByte);
// {"query": ..., "error": {"code": "invalid_argument", "message": ...}}
std::string ErrorJson(const std::string& query, const Status& status);
std::string QuotesJson(const QuoteResults& results);
std::string EntitiesJson(const EntityResults& results);
std::string TimelineJson(const TimelineResults& results);
std::string StatsJson(const IndexStats& stats);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_RESULTS_JSON_H_
