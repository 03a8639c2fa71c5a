// Any bytes as an article's title (up to the first newline) and body,
// through the whole pipeline. Beyond not crashing: every span of the
// record's entities, quotes and events must name its surface, and every
// quote's and event's reference to an entity must name one of the record's
// entities. Any broken property aborts, so libFuzzer keeps the input.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "khabar/pipeline.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_analyze: %s\n", what);
    std::abort();
  }
}

void CheckSpan(const khabar::Record& r, const khabar::Span& s, std::string_view surface,
               const char* what) {
  Check(s.begin <= s.end && s.end <= r.text.size(), what);
  Check(s.Of(r.text) == surface, what);
}

bool IsEntity(const khabar::Record& r, const std::string& id) {
  for (const khabar::Entity& e : r.entities)
    if (e.id == id) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const khabar::Pipeline pipeline;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const size_t newline = bytes.find('\n');
  khabar::RawArticle a;
  a.origin = "<fuzz>";
  a.date = "2026-01-22";
  a.title = std::string(bytes.substr(0, newline));
  if (newline != std::string_view::npos) a.body = std::string(bytes.substr(newline + 1));
  const khabar::Record r = pipeline.Analyze(a);
  for (const khabar::Entity& e : r.entities)
    for (const khabar::EntityMention& m : e.mentions) CheckSpan(r, m.span, m.text, "mention");
  for (const khabar::Quote& q : r.quotes) {
    CheckSpan(r, q.span, q.text, "quote span");
    Check(!q.span.empty(), "empty quote");
    CheckSpan(r, q.cue_span, q.cue_span.Of(r.text), "cue span");
    Check(!q.cue_span.empty(), "quote without a cue");
    if (q.speaker_span) CheckSpan(r, *q.speaker_span, q.speaker_span->Of(r.text), "speaker");
    Check(q.speaker.empty() || IsEntity(r, q.speaker), "quote speaker is no entity");
  }
  for (const khabar::Event& e : r.events) {
    CheckSpan(r, e.span, e.text, "event span");
    for (const std::string& p : e.participants) Check(IsEntity(r, p), "participant");
    Check(e.place.empty() || IsEntity(r, e.place), "place is no entity");
  }
  return 0;
}
