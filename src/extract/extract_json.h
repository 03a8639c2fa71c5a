// The JSON form of quantities and times, for the record writer.
//
//   {"span":[12,40],"text":"أكثر من ٨٠٠ طن من البضائع","value":800,
//    "qualifier":"more_than","unit":"طن","unit_kind":"measure",
//    "counted":"البضائع","counted_span":[31,40]}
//   {"span":[0,10],"text":"22.01.2026","value":"2026-01-22","kind":"date",
//    "resolution":"absolute"}
// Empty fields are left out; value_max, mod, hijri and warnings appear
// only when set. Spans are byte offsets, like every span of the record.

#ifndef KHABAR_EXTRACT_EXTRACT_JSON_H_
#define KHABAR_EXTRACT_EXTRACT_JSON_H_

#include <nlohmann/json.hpp>
#include <vector>

#include "extract/extractor.h"

namespace khabar {

nlohmann::json QuantityToJson(const Quantity& q);
nlohmann::json TimeToJson(const TimeExpr& t);
nlohmann::json QuantitiesToJson(const std::vector<Quantity>& qs);
nlohmann::json TimesToJson(const std::vector<TimeExpr>& ts);

}  // namespace khabar

#endif  // KHABAR_EXTRACT_EXTRACT_JSON_H_
