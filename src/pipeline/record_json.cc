#include "khabar/record_json.h"

#include <nlohmann/json.hpp>

#include <vector>

#include "extract/extract_json.h"
#include "morph/segmenter.h"

namespace khabar {
namespace {

using json = nlohmann::ordered_json;

// Maps byte offsets of `text` to the unit asked for.
class OffsetMap {
 public:
  OffsetMap(const std::string& text, OffsetUnit unit) {
    if (unit == OffsetUnit::kByte) return;
    cp_.resize(text.size() + 1);
    uint32_t n = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      cp_[i] = n;
      n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
    cp_[text.size()] = n;
  }
  uint32_t operator()(uint32_t byte) const {
    return cp_.empty() ? byte : cp_[std::min<size_t>(byte, cp_.size() - 1)];
  }
  json operator()(const Span& s) const {
    return json::array({(*this)(s.begin), (*this)(s.end)});
  }

 private:
  std::vector<uint32_t> cp_;
};

json SpansJson(const std::vector<Span>& spans, const OffsetMap& map) {
  json out = json::array();
  for (const Span& s : spans) out.push_back(map(s));
  return out;
}

json SectionsJson(const Record& r, const OffsetMap& map) {
  json out = json::array();
  for (const Section& s : r.sections) {
    json j = {{"heading", s.heading.empty() ? json(nullptr)
                                            : json(std::string(s.heading.Of(r.text)))},
              {"heading_span", s.heading.empty() ? json(nullptr) : map(s.heading)},
              {"span", map(s.span)}};
    out.push_back(std::move(j));
  }
  return out;
}

json RepairsJson(const Record& r, const OffsetMap& map) {
  json out = json::array();
  for (const Repair& rep : r.repairs)
    out.push_back({{"kind", rep.kind}, {"span", map(rep.span)},
                   {"before", rep.before}, {"after", rep.after}});
  return out;
}

json TokensJson(const Record& r, const OffsetMap& map) {
  json out = json::array();
  for (const Token& t : r.tokens) {
    json j = {{"span", map(t.span)}, {"norm", t.norm},
              {"kind", std::string(TokenKindName(t.kind))}};
    if (t.kind == TokenKind::kArabic) {
      const std::string_view word = t.span.Of(r.text);
      j["seg"] = morph::Segmenter::Joined(
          word, morph::Segmenter::Decode(word, t.seg));
      const std::string stem = morph::StemOf(t, r.text);
      j["stem"] = stem;
      j["light"] = morph::LightStem(stem);
    }
    if (t.stop) j["stop"] = true;
    out.push_back(std::move(j));
  }
  return out;
}

// The extractors' JSON, with spans in the unit asked for.
template <typename T, typename ToJson>
json AnnotationsJson(const std::vector<T>& items, ToJson to_json,
                     const OffsetMap& map) {
  json out = json::array();
  for (const T& item : items) {
    json j = to_json(item);
    j["span"] = map(item.span);
    if constexpr (requires { item.counted_span; }) {
      if (j.contains("counted_span")) j["counted_span"] = map(item.counted_span);
    }
    out.push_back(std::move(j));
  }
  return out;
}

json EntitiesJson(const Record& r, const OffsetMap& map) {
  json out = json::array();
  for (const Entity& e : r.entities) {
    json mentions = json::array();
    for (const EntityMention& m : e.mentions)
      mentions.push_back({{"span", map(m.span)}, {"text", m.text}, {"kind", m.kind}});
    json j = {{"id", e.id}, {"canonical", e.canonical}, {"type", e.type}};
    if (!e.subtype.empty()) j["subtype"] = e.subtype;
    j["mentions"] = std::move(mentions);
    out.push_back(std::move(j));
  }
  return out;
}

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json QuotesJson(const Record& r, const OffsetMap& map) {
  json out = json::array();
  for (const Quote& q : r.quotes) {
    out.push_back({{"kind", q.kind},
                   {"speaker", OrNull(q.speaker)},
                   {"speaker_text", OrNull(q.speaker_text)},
                   {"speaker_span", q.speaker_span ? map(*q.speaker_span) : json(nullptr)},
                   {"speaker_from", q.speaker_from},
                   {"cue", q.cue},
                   {"cue_span", map(q.cue_span)},
                   {"span", map(q.span)},
                   {"text", q.text}});
  }
  return out;
}

json EventsJson(const Record& r, const OffsetMap& map) {
  json out = json::array();
  for (const Event& e : r.events) {
    out.push_back({{"type", e.type},
                   {"participants", e.participants},
                   {"place", OrNull(e.place)},
                   {"date", OrNull(e.date)},
                   {"topics", e.topics},
                   {"span", map(e.span)},
                   {"text", e.text}});
  }
  return out;
}

}  // namespace

std::string RecordToJson(const Record& r, const JsonOptions& options) {
  const OffsetMap map(r.text, options.offsets);
  json j = {
      {"id", r.id}, {"origin", r.origin}, {"url", OrNull(r.url)},
      {"date", OrNull(r.date)}, {"source", OrNull(r.source)},
      {"author", OrNull(r.author)}, {"title", r.title}, {"lede", r.lede}};
  j["dateline"] = r.dateline ? json{{"date", r.dateline->date},
                                    {"source", r.dateline->source},
                                    {"span", map(r.dateline->span)}}
                             : json(nullptr);
  j["offsets"] = options.offsets == OffsetUnit::kByte ? "byte" : "codepoint";
  j["text"] = r.text;
  j["title_span"] = map(r.title_span);
  j["lede_span"] = map(r.lede_span);
  j["body_span"] = map(r.body_span);
  j["sections"] = SectionsJson(r, map);
  j["paragraphs"] = SpansJson(r.paragraphs, map);
  j["sentences"] = SpansJson(r.sentences, map);
  if (!r.tokens.empty()) j["tokens"] = TokensJson(r, map);
  j["quantities"] = AnnotationsJson(r.quantities, QuantityToJson, map);
  j["times"] = AnnotationsJson(r.times, TimeToJson, map);
  j["entities"] = EntitiesJson(r, map);
  j["quotes"] = QuotesJson(r, map);
  j["events"] = EventsJson(r, map);
  j["repairs"] = RepairsJson(r, map);
  j["warnings"] = r.warnings;
  return j.dump(options.pretty ? 2 : -1, ' ', false,
                json::error_handler_t::replace);
}

}  // namespace khabar
