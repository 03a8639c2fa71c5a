#include "extract/extract_json.h"

namespace khabar {
namespace {

nlohmann::json SpanJson(const Span& s) { return {s.begin, s.end}; }

void PutIf(nlohmann::json* j, const char* key, const std::string& v) {
  if (!v.empty()) (*j)[key] = v;
}

}  // namespace

nlohmann::json QuantityToJson(const Quantity& q) {
  nlohmann::json j = {{"span", SpanJson(q.span)}, {"text", q.text},
                      {"value", q.value}, {"qualifier", q.qualifier}};
  if (q.value_max) j["value_max"] = *q.value_max;
  PutIf(&j, "unit", q.unit);
  PutIf(&j, "unit_kind", q.unit_kind);
  if (!q.counted.empty()) {
    j["counted"] = q.counted;
    j["counted_span"] = SpanJson(q.counted_span);
  }
  return j;
}

nlohmann::json TimeToJson(const TimeExpr& t) {
  nlohmann::json j = {{"span", SpanJson(t.span)}, {"text", t.text},
                      {"value", t.value}, {"kind", t.kind},
                      {"resolution", t.resolution}};
  PutIf(&j, "mod", t.mod);
  PutIf(&j, "hijri", t.hijri);
  if (!t.warnings.empty()) j["warnings"] = t.warnings;
  return j;
}

nlohmann::json QuantitiesToJson(const std::vector<Quantity>& qs) {
  nlohmann::json a = nlohmann::json::array();
  for (const Quantity& q : qs) a.push_back(QuantityToJson(q));
  return a;
}

nlohmann::json TimesToJson(const std::vector<TimeExpr>& ts) {
  nlohmann::json a = nlohmann::json::array();
  for (const TimeExpr& t : ts) a.push_back(TimeToJson(t));
  return a;
}

}  // namespace khabar
