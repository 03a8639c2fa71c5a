// Events: triggers, participants, place, date and topics (quotes.h has
// the scheme).

#include <algorithm>
#include <array>

#include "quotes/article_view.h"
#include "quotes/quotes.h"

namespace khabar::quotes {
namespace {

// Words after which an event's subject matter follows: "تتناول عدة قضايا",
// "ستركز على العلاقات الثنائية", "لبحث آفاق التعاون".
bool IsTopicCue(std::string_view n) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "تتناول", "يتناول", "تناولت", "تناول", "تركز", "ستركز", "يركز",
      "سيركز", "ركزت", "حول", "بحث", "لبحث", "وبحث", "تبحث", "يبحث",
      "بحثا", "لمناقشه", "ناقش", "يناقش", "ناقشت", "بشان", "تناولا",
      "تتمحور", "يتمحور"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool Speaks(const ArticleView& v, const MentionRef& m) {
  return v.IsType(m, "PER") || v.IsType(m, "ORG");
}

bool IsComma(const ArticleView& v, size_t j) {
  return v.IsPunct(j, "\xD8\x8C") || v.IsPunct(j, ",");
}

struct Draft {
  Event event;
  std::vector<int> participants;  // entity indexes, in order found
  int place = -1;
};

class EventFinder {
 public:
  EventFinder(const ArticleView& view, const Tables& tables)
      : view_(view), tables_(tables) {}
  std::vector<Event> Run();

 private:
  void TryTrigger(size_t i, size_t length, std::string_view type);
  const MentionRef* SubjectBefore(size_t trigger) const;
  void After(size_t from, size_t end, std::string_view type, Draft* d) const;
  void Topics(size_t from, size_t end, Draft* d) const;
  std::string DateNear(size_t trigger, size_t sentence) const;
  bool InDirectQuote(uint32_t at) const;
  void Merge(Draft d);

  const ArticleView& view_;
  const Tables& tables_;
  std::vector<Draft> drafts_;
};

void AddOnce(int entity, std::vector<int>* list) {
  if (entity >= 0 && std::find(list->begin(), list->end(), entity) == list->end())
    list->push_back(entity);
}

void AddOnce(const std::string& s, std::vector<std::string>* list) {
  if (!s.empty() && std::find(list->begin(), list->end(), s) == list->end())
    list->push_back(s);
}

const MentionRef* EventFinder::SubjectBefore(size_t trigger) const {
  const size_t s = view_.SentenceOf(trigger);
  const size_t first = view_.SentenceFirst(s);
  const size_t stop = trigger > first + 14 ? trigger - 14 : first;
  for (size_t j = trigger; j-- > stop;) {
    const std::string_view n = view_.Norm(j);
    if (n == "ان" || n == "انه" || n == "التي" || n == "الذي") break;
    const MentionRef* m = view_.MentionAt(j);
    if (!m || m->last >= trigger || !Speaks(view_, *m)) continue;
    if (j > first && IsPreposition(view_.Norm(j - 1))) continue;
    return m;
  }
  return nullptr;
}

// The parties after the trigger (مع X، بين X وY، لقائه X), and the place.
void EventFinder::After(size_t from, size_t end, std::string_view type,
                        Draft* d) const {
  bool after_fi = false;
  for (size_t j = from; j < end; ++j) {
    const std::string_view n = view_.Norm(j);
    if (IsComma(view_, j) || view_.IsPunct(j, ".")) {
      if (!d->participants.empty() && d->participants.size() >= 2) break;
      continue;
    }
    if (IsTopicCue(n) || n == "ان" || n == "انه" || view_.SureCueAt(j)) break;
    if (n == "في") {
      after_fi = true;
      continue;
    }
    const MentionRef* m = view_.MentionAt(j);
    if (!m) continue;
    const bool place = view_.IsType(*m, "LOC");
    if (place && (after_fi || type == "visit") && d->place < 0) {
      d->place = m->entity;
    } else if (!place && !after_fi && Speaks(view_, *m)) {
      AddOnce(m->entity, &d->participants);
    } else if (place && !after_fi && j > 0 &&
               (view_.Norm(j - 1) == "مع" || view_.Norm(j - 1) == "بين")) {
      AddOnce(m->entity, &d->participants);  // "محادثات مع روسيا"
    }
    j = m->last;
  }
}

void EventFinder::Topics(size_t from, size_t end, Draft* d) const {
  for (size_t j = from; j < end; ++j) {
    if (!IsTopicCue(view_.Norm(j))) continue;
    size_t k = j + 1;
    if (k < end && view_.Norm(k) == "علي") ++k;
    // The phrase: up to four words, to the first particle, comma or name;
    // a quantifier before it is not the topic (عدة قضايا).
    if (k < end && view_.tokens()[k].stop) ++k;
    const size_t first = k;
    while (k < end && k - first < 4) {
      const Token& t = view_.tokens()[k];
      if (t.kind != TokenKind::kArabic || t.stop || IsPreposition(view_.Norm(k)) ||
          view_.MentionAt(k))
        break;
      // "العلاقات الثنائية والوضع": a second topic, after its و.
      if (k > first && view_.Norm(k).starts_with("\xD9\x88\xD8\xA7\xD9\x84")) break;
      ++k;
    }
    if (k > first) {
      const Span span{view_.tokens()[first].span.begin, view_.tokens()[k - 1].span.end};
      AddOnce(std::string(span.Of(view_.text())), &d->event.topics);
    }
    // Places and organizations the rest of the clause names.
    for (; k < end && !IsComma(view_, k); ++k) {
      const MentionRef* m = view_.MentionAt(k);
      if (!m || view_.IsType(*m, "PER")) continue;
      if (m->entity == d->place ||
          std::find(d->participants.begin(), d->participants.end(), m->entity) !=
              d->participants.end())
        continue;
      AddOnce(view_.EntityOf(*m).canonical, &d->event.topics);
      k = m->last;
    }
    j = k;
  }
}

std::string EventFinder::DateNear(size_t trigger, size_t sentence) const {
  const Span s = view_.record().sentences[sentence];
  const uint32_t at = view_.tokens()[trigger].span.begin;
  std::string best;
  uint32_t best_distance = UINT32_MAX;
  for (const TimeExpr& t : view_.record().times) {
    if (t.kind != "date" || t.value.size() != 10) continue;
    if (t.span.begin < s.begin || t.span.end > s.end) continue;
    const uint32_t distance = t.span.end <= at ? at - t.span.end : t.span.begin - at;
    if (distance < best_distance) {
      best_distance = distance;
      best = t.value;
    }
  }
  return best;
}

bool EventFinder::InDirectQuote(uint32_t at) const {
  for (const Quote& q : view_.record().quotes)
    if (q.kind == "direct" && at >= q.span.begin && at < q.span.end) return true;
  return false;
}

void EventFinder::TryTrigger(size_t i, size_t length, std::string_view type) {
  const size_t sentence = view_.SentenceOf(i);
  if (sentence == kNone || InDirectQuote(view_.tokens()[i].span.begin)) return;
  const size_t end = view_.SentenceEnd(sentence);
  Draft d;
  d.event.type = std::string(type);
  if (const MentionRef* m = SubjectBefore(i)) AddOnce(m->entity, &d.participants);
  After(i + length, std::min(end, i + length + 16), type, &d);
  const size_t needed = type == "visit" ? 1 : 2;
  if (d.participants.size() < needed) return;
  if (type == "visit" && d.participants.size() == 1 && d.place < 0) return;
  d.event.date = DateNear(i, sentence);
  Topics(i + length, end, &d);
  d.event.span = view_.record().sentences[sentence];
  d.event.text = std::string(d.event.span.Of(view_.text()));
  Merge(std::move(d));
}

// One event told in several sentences: same type, the same two parties at
// least (or, for a visit, the same visitor and place), dates that agree.
void EventFinder::Merge(Draft d) {
  for (Draft& old : drafts_) {
    if (old.event.type != d.event.type) continue;
    size_t shared = 0;
    for (int p : d.participants)
      shared += std::count(old.participants.begin(), old.participants.end(), p);
    const bool same = d.event.type == "visit"
                          ? shared >= 1 && (old.place == d.place || d.place < 0)
                          : shared >= 2;
    const bool dates_agree = old.event.date.empty() || d.event.date.empty() ||
                             old.event.date == d.event.date;
    if (!same || !dates_agree) continue;
    for (int p : d.participants) AddOnce(p, &old.participants);
    if (old.place < 0) old.place = d.place;
    if (old.event.date.empty()) old.event.date = d.event.date;
    for (const std::string& t : d.event.topics) AddOnce(t, &old.event.topics);
    return;
  }
  drafts_.push_back(std::move(d));
}

std::vector<Event> EventFinder::Run() {
  const std::vector<Token>& tokens = view_.tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kArabic) continue;
    size_t length = 0;
    const std::string_view type = tables_.FindTrigger(tokens, i, &length);
    if (type.empty()) continue;
    TryTrigger(i, length, type);
    i += length - 1;
  }
  std::vector<Event> events;
  for (Draft& d : drafts_) {
    for (int p : d.participants)
      d.event.participants.push_back(view_.record().entities[p].id);
    if (d.place >= 0) d.event.place = view_.record().entities[d.place].id;
    events.push_back(std::move(d.event));
  }
  return events;
}

}  // namespace

std::vector<Event> EventsOf(const ArticleView& view, const Tables& tables) {
  return EventFinder(view, tables).Run();
}

}  // namespace khabar::quotes
