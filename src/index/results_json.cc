#include "index/results_json.h"

#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace khabar::index {
namespace {

using json = nlohmann::ordered_json;

std::string Dump(const json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// A byte offset into `s` in the unit asked for.
uint32_t At(const std::string& s, uint32_t byte, OffsetUnit unit) {
  if (unit == OffsetUnit::kByte) return byte;
  return static_cast<uint32_t>(base::CodePointCount(std::string_view(s).substr(0, byte)));
}

json HitJson(const Hit& h, OffsetUnit unit) {
  json highlights = json::array();
  for (const Span& s : h.highlights)
    highlights.push_back({At(h.snippet, s.begin, unit), At(h.snippet, s.end, unit)});
  return {{"id", h.id}, {"url", OrNull(h.url)}, {"title", h.title},
          {"date", OrNull(h.date)}, {"source", OrNull(h.source)},
          {"score", h.score}, {"snippet", h.snippet},
          {"highlights", std::move(highlights)},
          {"snippet_span", {h.snippet_span.begin, h.snippet_span.end}},
          {"similar", h.similar}, {"duplicate_of", OrNull(h.duplicate_of)},
          {"partial", h.partial}};
}

std::string CodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return "ok";
    case Status::Code::kInvalidArgument: return "invalid_argument";
    case Status::Code::kNotFound: return "not_found";
    case Status::Code::kIoError: return "io_error";
    case Status::Code::kCorrupt: return "corrupt";
    case Status::Code::kTooLarge: return "too_large";
    case Status::Code::kUnsupported: return "unsupported";
  }
  return "unknown";
}

}  // namespace

std::string SearchJson(const std::string& query, const SearchResults& r,
                       OffsetUnit offsets) {
  json hits = json::array();
  for (const Hit& h : r.hits) hits.push_back(HitJson(h, offsets));
  return Dump({{"query", query}, {"total", r.total}, {"all_words", r.all_words},
               {"offset", r.offset}, {"hits", std::move(hits)}});
}

std::string ErrorJson(const std::string& query, const Status& status) {
  return Dump({{"query", query},
               {"error", {{"code", CodeName(status.code())}, {"message", status.message()}}}});
}

std::string QuotesJson(const QuoteResults& r) {
  json hits = json::array();
  for (const QuoteHit& q : r.hits)
    hits.push_back({{"speaker", OrNull(q.speaker)}, {"text", q.text}, {"kind", q.kind},
                    {"cue", OrNull(q.cue)}, {"article", q.article}, {"url", OrNull(q.url)},
                    {"title", q.title}, {"date", OrNull(q.date)},
                    {"source", OrNull(q.source)}, {"score", q.score}});
  return Dump({{"total", r.total}, {"quotes", std::move(hits)}});
}

std::string EntitiesJson(const EntityResults& r) {
  json entities = json::array();
  for (const EntityCount& e : r.entities)
    entities.push_back({{"name", e.name}, {"type", e.type}, {"articles", e.articles}});
  return Dump({{"matched", r.matched}, {"counted", r.counted},
               {"entities", std::move(entities)}});
}

std::string TimelineJson(const TimelineResults& r) {
  json counts = json::array();
  for (const auto& [period, n] : r.counts) counts.push_back({{"period", period}, {"count", n}});
  return Dump({{"matched", r.matched}, {"undated", r.undated}, {"counts", std::move(counts)}});
}

std::string StatsJson(const IndexStats& s) {
  json sources = json::array();
  for (const auto& [name, n] : s.sources) sources.push_back({{"source", name}, {"articles", n}});
  json last = s.last_ingest.empty()
                  ? json(nullptr)
                  : json::parse(s.last_ingest, nullptr, false);
  if (last.is_discarded()) last = nullptr;
  return Dump({{"articles", s.articles}, {"quotes", s.quotes},
               {"duplicates", s.duplicates}, {"documents", s.documents},
               {"first_date", OrNull(s.first_date)}, {"last_date", OrNull(s.last_date)},
               {"sources", std::move(sources)}, {"bytes_on_disk", s.bytes_on_disk},
               {"last_ingest", std::move(last)}});
}

}  // namespace khabar::index
