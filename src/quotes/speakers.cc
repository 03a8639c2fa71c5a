// Who speaks: the speaker of a quote FindLeadIn found (quotes.cc).
// ResolveSpeaker tries, in order: the subject after the cue (a mention, or
// a noun phrase that a title or a family name ties to a person named
// earlier: "وزير الداخلية" -> محمد ناجم الغرسلي); the noun a relative
// pronoun right before the cue stands for; for a participle (مؤكدا), the
// sentence's last speaker or the subject of the verb before it, which for
// a plural cue must be a group; a person or body named before the cue in
// its sentence; the subject a cue that quoted nothing named since
// (NoteSubject); the previous quote's speaker in the same section; the
// section heading's person; the person the last sentences named, reaching
// further back after an honorific (وقال سموه).

#include <algorithm>
#include <array>
#include <optional>
#include <span>

#include "quotes/quote_finder.h"

namespace khabar::quotes::internal {

Speaker QuoteFinder::ResolveSpeaker(size_t cue, const Tables::Cue& c,
                                    const LeadIn& lead) const {
  if (lead.subject)
    return FromMention(*lead.subject, lead.subject->title ? "title" : "subject", true);
  if (lead.np_first != kNone) return FromNounPhrase(lead.np_first, lead.np_last, "subject");
  const size_t sentence = view_.SentenceOf(cue);
  // "الطبيب المعالج، والذي أكد"، "كثيرين داخل الحزب الذين يعتبرون".
  if (std::optional<Speaker> s = RelativeSubject(cue)) return *s;
  // "ونقلت الوكالة عن مصدر أمني قوله": whom the words were reported from.
  if (c.form == Tables::Form::kNoun)
    if (std::optional<Speaker> s = ReportedFrom(cue)) return *s;
  // "أما التشكيلية سحر الكثيري فترى أن": the topic before فـ.
  if (std::optional<Speaker> s = TopicSubject(cue)) return *s;
  // بقوله "by saying" is read as a participle: it has no subject of its own.
  const bool participle =
      c.form == Tables::Form::kParticiple || c.form == Tables::Form::kNoun;
  // "قال عامر إن ...، فيما أعرب الشيخ محمد عن فخره ...، مؤكدا أن": a cue
  // with a subject of its own since the last quote speaks next.
  if (participle)
    if (std::optional<Speaker> s = SubjectSinceLastQuote(cue)) return *s;
  // "كشف بيسكوف أن ...، مشيرا إلى أن": the sentence's last speaker, also
  // when a semicolon split the sentence inside the last quote.
  if (participle && !quotes_.empty() && quotes_.back().speaker_from != "headline" &&
      (view_.SentenceOf(cue_tokens_.back()) == sentence ||
       (sentence != kNone && quotes_.back().span.end > view_.record().sentences[sentence].begin))) {
    Speaker s;
    s.entity = speaker_entity_.back();
    s.text = quotes_.back().speaker_text;
    s.from = "participle";
    return s;
  }
  // "استنكر دبلوماسيون عرب ...، مؤكدين": the subject of the verb before.
  if (participle || c.plural)
    // A plural verb wants a group, a singular one anything but a group
    // ("ودعا الراغبين في الترشح ...، مؤكدا" is said by someone else).
    if (std::optional<Speaker> s = ClauseSubject(cue); s && c.plural == s->group) return *s;
  if (c.plural) {
    // قالوا، مؤكدين: a group, not the person last named.
    Speaker none;
    none.from = "unknown";
    return none;
  }
  if (const MentionRef* m = SubjectBefore(cue, !participle))
    return FromMention(*m, participle ? "participle" : "subject", true);
  const uint32_t at = view_.tokens()[cue].span.begin;
  const size_t section = view_.SectionAt(at);
  // "وشدد العاصمي على أهمية ... . وبين أن": a subject named since the
  // last quote, by a cue that quoted nothing.
  if (told_.cue != kNone && told_.cue < cue &&
      (quotes_.empty() || told_.cue > cue_tokens_.back()) &&
      view_.SectionAt(view_.tokens()[told_.cue].span.begin) == section &&
      !NewPersonBetween(told_.after, at, told_.speaker.entity))
    return told_.speaker;
  if (!quotes_.empty() && quotes_.back().speaker_from != "headline" &&
      view_.SectionAt(quotes_.back().cue_span.begin) == section &&
      !quotes_.back().speaker_text.empty() && !NewPersonSince(quotes_.back(), at)) {
    Speaker s;
    s.entity = speaker_entity_.back();
    s.text = quotes_.back().speaker_text;
    s.from = "continuation";
    return s;
  }
  if (section != kNone) {
    const Span heading = view_.record().sections[section].heading;
    const MentionRef* best = nullptr;
    for (const MentionRef& m : view_.mentions()) {
      if (m.span.begin < heading.begin || m.span.end > heading.end) continue;
      if (view_.IsType(m, "PER") && (!best || !view_.IsType(*best, "PER"))) best = &m;
      else if (!best && view_.IsType(m, "ORG")) best = &m;
    }
    if (best) return FromMention(*best, "section", false);
  }
  // وقال سموه، وأضاف: the person the last sentences were about. An
  // honorific pronoun (سموه "his highness") reaches back further.
  if (sentence != kNone) {
    const bool honorific = cue + 1 < view_.tokens().size() && IsHonorific(view_.Norm(cue + 1));
    if (const MentionRef* m = HonorificPerson(cue, at, honorific ? 8 : 3))
      return FromMention(*m, "preceding", false);
  }
  Speaker none;
  none.from = "unknown";
  return none;
}

void QuoteFinder::NoteSubject(size_t cue, const Tables::Cue& c, const LeadIn& unfinished) {
  if (c.ambiguous || c.plural || c.form == Tables::Form::kParticiple ||
      c.form == Tables::Form::kNoun)
    return;
  const bool named = unfinished.subject && (view_.IsType(*unfinished.subject, "PER") ||
                                            view_.IsType(*unfinished.subject, "ORG"));
  // A noun after a cue with no lead-in is often its object ("وأكد حدوث
  // التبديل"): only a title, a speaker noun or a name in marks ("وشدد
  // "العاصمي" على") is kept.
  if (!named && (unfinished.np_first == kNone ||
                 (!IsTitleWord(view_.Norm(unfinished.np_first)) &&
                  !IsSpeakerNoun(view_.Norm(unfinished.np_first)) &&
                  view_.RegionHolding(unfinished.np_first) == kNone)))
    return;
  told_.cue = cue;
  told_.speaker = named ? FromMention(*unfinished.subject, "continuation", false)
                        : FromNounPhrase(unfinished.np_first, unfinished.np_last, "continuation");
  told_.after = named ? unfinished.subject->span.end
                      : view_.tokens()[unfinished.np_last].span.end;
  told_.speaker.span.reset();
  told_.speaker.from = "continuation";
}

const MentionRef* QuoteFinder::SubjectBefore(size_t cue, bool strict) const {
  const size_t s = view_.SentenceOf(cue);
  if (s == kNone) return nullptr;
  const size_t first = view_.SentenceFirst(s);
  const MentionRef* best = nullptr;
  for (size_t j = first; j < cue; ++j) {
    if (view_.SureCueAt(j)) best = nullptr;  // an earlier clause's
    const MentionRef* m = view_.MentionAt(j);
    if (!m || m->last >= cue) continue;
    if (!IsPerson(*m) && !view_.IsType(*m, "ORG")) continue;
    // The object of a preposition (مع بوتين، لبوتين) is not a subject.
    if (j > first && IsPreposition(view_.Norm(j - 1))) continue;
    // Nor is a name followed by other words: the subject comes right before
    // its verb ("بوتين قال"، "بيسكوف، قد كشف"), or before an aside between
    // commas ("ماكرون، في كلمة أمام البرلمان، شدد").
    if (strict && !NextToVerb(m->last, cue)) {
      j = m->last;
      continue;
    }
    if (HasPreposition(view_.Surface(j), view_.tokens()[j].seg))
      continue;  // لبوتين، بالرئيس: a preposition glued on
    best = m;
    j = m->last;
  }
  return best;
}

bool QuoteFinder::NextToVerb(size_t last, size_t cue) const {
  static constexpr std::array<std::string_view, 12> kBetween = {
      "قد", "لقد", "كان", "كانت", "وكان", "وكانت", "بدوره", "بدورها",
      "ايضا", "من", "جهته", "جهتها"};
  bool aside = false;  // inside commas
  for (size_t k = last + 1; k < cue; ++k) {
    const bool comma = view_.IsPunct(k, "\xD8\x8C") || view_.IsPunct(k, ",");
    if (comma) {
      aside = !aside;
      continue;
    }
    if (aside || view_.tokens()[k].kind == TokenKind::kPunct) continue;
    if (std::find(kBetween.begin(), kBetween.end(), view_.Norm(k)) == kBetween.end())
      return false;
  }
  return !aside || view_.IsPunct(cue - 1, "\xD8\x8C") || view_.IsPunct(cue - 1, ",");
}

std::optional<Speaker> QuoteFinder::RelativeSubject(size_t cue) const {
  if (cue < 2 || !IsRelative(view_.Norm(cue - 1))) return std::nullopt;
  // التي mostly follows things ("المناطق التي قال"): only a named body
  // then. الذي، الذين may follow a description of a person.
  const bool human = !view_.Norm(cue - 1).ends_with("\xD8\xAA\xD9\x8A");  // تي
  size_t last = cue - 2;
  if (view_.IsPunct(last, "\xD8\x8C") || view_.IsPunct(last, ",")) {
    if (last == 0) return std::nullopt;
    --last;
  }
  // The noun right before: a person or a body, else up to four words.
  for (const MentionRef& m : view_.mentions())
    if (m.last == last && (view_.IsType(m, "PER") || view_.IsType(m, "ORG")) &&
        !HasPreposition(view_.Surface(m.first), view_.tokens()[m.first].seg))
      return FromMention(m, "subject", true);
  size_t first = last + 1;
  while (first > 0 && last + 1 - first < 4) {
    const size_t k = first - 1;
    const Token& w = view_.tokens()[k];
    if (w.kind != TokenKind::kArabic || w.stop || IsPreposition(view_.Norm(k)) ||
        view_.CueAt(k) || view_.LineBreakBefore(k + 1))
      break;
    first = k;
  }
  // في الوقت الذي أكد فيه، من أسودها الذي قال عنه: a preposition's
  // object is the clause's time or topic, not its subject.
  if (!human || first > last || (first > 0 && IsPreposition(view_.Norm(first - 1))) ||
      HasPreposition(view_.Surface(first), view_.tokens()[first].seg) ||
      view_.Norm(first).size() < 6 || view_.Norm(last) == "الامر")  // الأمر الذي: "which"
    return std::nullopt;
  return FromNounPhrase(first, last, "subject");
}

std::optional<Speaker> QuoteFinder::ReportedFrom(size_t cue) const {
  const size_t s = view_.SentenceOf(cue);
  if (s == kNone) return std::nullopt;
  const size_t first = view_.SentenceFirst(s);
  for (size_t k = cue; k-- > first && cue - k <= 8;) {
    if (view_.IsPunct(k, ".") || view_.CueAt(k)) break;
    if (view_.Norm(k) == "عن") return SubjectAt(k + 1, cue, "subject");
  }
  return std::nullopt;
}

std::optional<Speaker> QuoteFinder::TopicSubject(size_t cue) const {
  if (!view_.Surface(cue).starts_with("\xD9\x81")) return std::nullopt;  // ف
  // أما and at most six words before the cue, none a punctuation mark.
  size_t amma = cue;
  for (size_t k = cue; k-- > 0 && cue - k <= 7;) {
    if (view_.tokens()[k].kind != TokenKind::kArabic || view_.LineBreakBefore(k + 1)) break;
    if (view_.Norm(k) == "اما") {
      amma = k;
      break;
    }
  }
  if (amma == cue || amma + 1 >= cue) return std::nullopt;
  for (size_t k = amma + 1; k < cue; ++k)
    if (const MentionRef* m = view_.MentionAt(k);
        m && m->last < cue && (IsPerson(*m) || view_.IsType(*m, "ORG")))
      return FromMention(*m, "subject", true);
  return FromNounPhrase(amma + 1, cue - 1, "subject");
}

std::optional<Speaker> QuoteFinder::SubjectSinceLastQuote(size_t cue) const {
  const size_t s = view_.SentenceOf(cue);
  if (s == kNone || quotes_.empty()) return std::nullopt;
  const size_t first = view_.SentenceFirst(s);
  const uint32_t since = quotes_.back().span.end;
  for (size_t k = cue; k-- > first && view_.tokens()[k].span.begin >= since;) {
    const Tables::Cue* c = view_.CueAt(k);
    // (Not بين "between" or another word that is a cue only sometimes.)
    if (!c || c->ambiguous || c->form == Tables::Form::kParticiple ||
        c->form == Tables::Form::kNoun || view_.RegionHolding(k) != kNone)
      continue;
    return SubjectAt(k + 1, cue, "participle");
  }
  return std::nullopt;
}

std::optional<Speaker> QuoteFinder::ClauseSubject(size_t cue) const {
  const size_t s = view_.SentenceOf(cue);
  if (s == kNone) return std::nullopt;
  const size_t first = view_.SentenceFirst(s);
  // The nearest verb before the cue that has a subject: another cue, or
  // a verb after قد ("، وقد عبر ذوو الشهداء عن ...، مثمنين").
  for (size_t k = cue; k-- > first;) {
    const Tables::Cue* c = view_.CueAt(k);
    const bool cue_verb = c && c->form != Tables::Form::kParticiple &&
                          c->form != Tables::Form::kNoun &&
                          view_.RegionHolding(k) == kNone;
    const std::string_view before = k > first ? view_.Norm(k - 1) : std::string_view();
    const bool after_qad = (before == "قد" || before == "وقد" || before == "لقد") && MayBeVerb(k);
    if (!cue_verb && !after_qad) continue;
    if (std::optional<Speaker> subject = SubjectAt(k + 1, cue, "participle")) return subject;
    if (cue_verb) break;
  }
  size_t verb = first;
  while (verb < cue && (view_.tokens()[verb].kind == TokenKind::kPunct ||
                        view_.tokens()[verb].stop || IsVerbPreamble(view_.Norm(verb))))
    ++verb;
  if (verb >= cue || !MayBeVerb(verb)) return std::nullopt;
  return SubjectAt(verb + 1, cue, "participle");
}

bool QuoteFinder::MayBeVerb(size_t j) const {
  const Token& t = view_.tokens()[j];
  return t.kind == TokenKind::kArabic && !t.stop && !view_.MentionAt(j) &&
         !StartsWithArticle(t.norm) && !IsPreposition(t.norm) &&
         !HasPreposition(view_.Surface(j), t.seg);
}

std::optional<Speaker> QuoteFinder::SubjectAt(size_t j, size_t limit, const char* from) const {
  if (j >= limit) return std::nullopt;
  const Token& t = view_.tokens()[j];
  if (const MentionRef* m = view_.MentionAt(j)) {
    if ((!view_.IsType(*m, "PER") && !view_.IsType(*m, "ORG")) ||
        HasPreposition(view_.Surface(j), t.seg))
      return std::nullopt;
    return FromMention(*m, from, true);
  }
  const std::string_view n = view_.Norm(j);
  if (t.kind != TokenKind::kArabic || (t.stop && !IsSpeakerNoun(n)) || IsPreposition(n) ||
      IsLeadIn(n) || view_.CueAt(j) || HasPreposition(view_.Surface(j), t.seg))
    return std::nullopt;
  const bool title = IsTitleWord(n);
  if (!title && !IsSpeakerNoun(n) && !StartsWithArticle(n) && !IsQuantifier(n) &&
      !IsPluralNoun(n))
    return std::nullopt;
  // "الخميس الماضي" is when, not who.
  for (const TimeExpr& time : view_.record().times)
    if (time.span.begin <= t.span.begin && t.span.end <= time.span.end) return std::nullopt;
  if (title)
    if (const MentionRef* m = NamedAfterTitle(j + 1, limit)) return FromMention(*m, from, true);
  Speaker s = FromNounPhrase(j, NounPhraseEnd(j, limit), from);
  s.group = s.entity < 0 && IsGroupWord(n);
  return s;
}

size_t QuoteFinder::NounPhraseEnd(size_t first, size_t limit) const {
  size_t last = first;
  while (last + 1 < limit && last - first < 3) {
    const size_t k = last + 1;
    const Token& w = view_.tokens()[k];
    if (const MentionRef* m = view_.MentionAt(k)) {
      // عمدة لندن، رئيس الوزراء: a title over a place or a body.
      if (!view_.IsType(*m, "PER")) last = m->last;
      break;
    }
    // "وأرجعت الشركة نتائجها": a word with a pronoun is the object;
    // "أهالي الحي بالزيارة": one with a preposition, an adjunct (but
    // "المتحدث باسم الجيش" is a title).
    if (w.kind != TokenKind::kArabic || w.stop || IsPreposition(view_.Norm(k)) ||
        IsLeadIn(view_.Norm(k)) || view_.CueAt(k) || EndsWithPronoun(view_.Surface(k)) ||
        IsAbbreviation(k) ||
        (HasBiOrLi(view_.Surface(k), w.seg) && view_.Norm(k) != "باسم"))
      break;
    last = k;
  }
  return last;
}

Speaker QuoteFinder::FromNounPhrase(size_t first, size_t last, const char* from) const {
  if (first == last && !IsTitleWord(view_.Norm(first)))
    if (const MentionRef* m = PersonWithSurname(first)) return FromMention(*m, "title", false);
  if (const MentionRef* m = PersonWithTitle(first, last)) return FromMention(*m, "title", false);
  Speaker s;
  const Span span{view_.tokens()[first].span.begin, view_.tokens()[last].span.end};
  s.text = std::string(span.Of(view_.text()));
  s.span = span;
  s.from = from;
  return s;
}

// "وزير الداخلية" as a subject, after "وزير الداخلية محمد ناجم الغرسلي"
// (or "محمد ناجم الغرسلي وزير الداخلية") earlier: the person the article
// named with those words. Compares the title's first two words, then
// looks for a person after them (NamedAfterTitle, or within five tokens)
// or right before them. Failing that, a word of the title's complement
// next to a person: "زعيم النهضة" after "راشد الغنوشي رئيس حركة النهضة".
const MentionRef* QuoteFinder::PersonWithTitle(size_t first, size_t last) const {
  if (!IsTitleWord(view_.Norm(first))) return nullptr;
  const size_t words = std::min<size_t>(last - first + 1, 2);
  for (size_t j = first; j-- > 0;) {
    bool same = true;
    for (size_t k = 0; k < words && same; ++k)
      same = view_.Norm(j + k) == view_.Norm(first + k) ||
             // "، ومدير مطار الجوف عبدالمحسن المضيان": a list's و.
             (k == 0 && WithoutWaw(view_.Norm(j)) == view_.Norm(first));
    if (!same) continue;
    if (const MentionRef* m = NamedAfterTitle(j + words, first)) return m;
    for (size_t k = j + words; k < first && k < j + words + 5; ++k) {
      const MentionRef* m = view_.MentionAt(k);
      if (m && view_.IsType(*m, "PER")) return m;
      if (view_.IsPunct(k, ".")) break;
    }
    // "الغرسلي وزير الداخلية": the person before, in apposition; not in a
    // list, where "خالد العنقري، ومدير المستشفى" are two people.
    if (view_.Norm(j) == view_.Norm(first))
      if (const MentionRef* m = PersonEndingAt(j)) return m;
  }
  const MentionRef* best = nullptr;
  for (size_t k = first + 1; k <= last; ++k) {
    if (!StartsWithArticle(view_.Norm(k)) || IsTitleWord(view_.Norm(k))) continue;
    for (const MentionRef& m : view_.mentions()) {
      if (m.last >= first || !view_.IsType(m, "PER")) continue;
      for (size_t t = m.last + 1; t < first && t <= m.last + 4; ++t) {
        if (IsListedTitle(t)) break;  // "، ومدير مطار الجوف": the next one's
        if (view_.Norm(t) == view_.Norm(k) && (!best || m.first > best->first)) best = &m;
      }
    }
  }
  return best;
}

// The person whose mention ends right before token j, a comma between
// or not: "الغرسلي وزير الداخلية"، "بيسكوف، المتحدث باسم الكرملين".
const MentionRef* QuoteFinder::PersonEndingAt(size_t j) const {
  if (j == 0) return nullptr;
  size_t end = j - 1;
  if ((view_.IsPunct(end, "\xD8\x8C") || view_.IsPunct(end, ",")) && end > 0) --end;
  for (const MentionRef& m : view_.mentions())
    if (m.last == end && view_.IsType(m, "PER")) return &m;
  return nullptr;
}

const MentionRef* QuoteFinder::PersonWithSurname(size_t word) const {
  const MentionRef* best = nullptr;
  for (const MentionRef& m : view_.mentions())
    if (m.last < word && m.first < m.last && view_.IsType(m, "PER") &&
        view_.Norm(m.last) == view_.Norm(word))
      best = &m;
  return best;
}

const MentionRef* QuoteFinder::PersonWithSurnameAnywhere(size_t word) const {
  if (view_.tokens()[word].kind != TokenKind::kArabic || view_.tokens()[word].stop)
    return nullptr;
  for (const MentionRef& m : view_.mentions())
    if (m.first < m.last && m.first != word && IsPerson(m) &&
        view_.Norm(m.last) == view_.Norm(word))
      return &m;
  return nullptr;
}

const MentionRef* QuoteFinder::NamedAfterTitle(size_t from, size_t limit) const {
  const std::vector<Token>& tokens = view_.tokens();
  // After "الرئيس" or "ولي العهد" a name is theirs, until a place closes
  // that title: "سفير خادم الحرمين الشريفين لدى تركيا الدكتور عادل مرداد".
  bool head_of_state = false;
  for (size_t k = from; k < limit && k < from + 16; ++k) {
    const std::string_view n = view_.Norm(k);
    if (IsHeadOfState(n)) head_of_state = true;
    // "عميد الكلية أ. د. سعد العمري": abbreviated ranks before the name.
    if (IsAbbreviation(k)) {
      ++k;
      continue;
    }
    // "قائد قوات الدفاع الجوي، الفريق عبدالمنعم التراس، إن": the name
    // set off by a comma.
    if (view_.IsPunct(k, "\xD8\x8C") || view_.IsPunct(k, ",")) {
      const MentionRef* m = k + 1 < limit ? view_.MentionAt(k + 1) : nullptr;
      if (!m || !view_.IsType(*m, "PER") || head_of_state ||
          HasPreposition(view_.Surface(k + 1), tokens[k + 1].seg))
        return nullptr;
      return &NameOf(*m);
    }
    if (tokens[k].kind != TokenKind::kArabic || view_.RegionOpenedAt(k) != kNone ||
        IsLeadIn(n) || view_.SureCueAt(k))
      return nullptr;
    if (const MentionRef* m = view_.MentionAt(k)) {
      if (!view_.IsType(*m, "PER")) {
        k = m->last;  // a body or a place in the title: لمجلس التعاون
        continue;
      }
      // لبوتين: whom it was said to; الرئيس محمود عباس: the president.
      if (HasPreposition(view_.Surface(k), tokens[k].seg) || head_of_state) return nullptr;
      return &NameOf(*m);
    }
    if (IsTruePreposition(n)) {
      // في سوريا، لدى تركيا: a place the title names; else the verb's
      // adjunct (في مؤتمر صحفي), after which no name is the subject's.
      const MentionRef* place = k + 1 < limit ? view_.MentionAt(k + 1) : nullptr;
      if (!place || !view_.IsType(*place, "LOC")) return nullptr;
      k = place->last;
      head_of_state = false;
      continue;
    }
    if (tokens[k].stop || EndsWithPronoun(view_.Surface(k))) return nullptr;
  }
  return nullptr;
}

bool QuoteFinder::HeadOfStateBetween(size_t from, size_t to) const {
  for (size_t k = from; k <= to && k < view_.tokens().size(); ++k)
    if (IsHeadOfState(view_.Norm(k))) return true;
  return false;
}

const MentionRef& QuoteFinder::NameOf(const MentionRef& m) const {
  const MentionRef* name = &m;
  // Only a one-word title leads on: "[الحبيب الصيد] [راشد الغنوشي]" are
  // two people (a subject and an object).
  while (view_.IsType(*name, "PER") && name->first == name->last &&
         (IsTitleWord(view_.Norm(name->first)) || IsHeadOfState(view_.Norm(name->first)) ||
          IsRank(view_.Norm(name->first))) &&
         name->last + 1 < view_.tokens().size()) {
    const MentionRef* next = view_.MentionAt(name->last + 1);
    if (!next || !view_.IsType(*next, "PER")) break;
    name = next;
  }
  return *name;
}

const MentionRef* QuoteFinder::HonorificPerson(size_t cue, uint32_t at, size_t back) const {
  const size_t sentence = view_.SentenceOf(cue);
  const uint32_t from = view_.record().sentences[sentence > back ? sentence - back : 0].begin;
  const std::span<const std::string_view> titles =
      cue + 1 < view_.tokens().size() && IsHonorific(view_.Norm(cue + 1))
          ? TitlesOf(view_.Norm(cue + 1))
          : std::span<const std::string_view>();
  const MentionRef *last = nullptr, *titled = nullptr;
  for (const MentionRef& m : view_.mentions()) {
    if (m.span.begin < from || m.span.end > at || !IsPerson(m)) continue;
    if (!last || m.span.begin > last->span.begin) last = &m;
    for (size_t k = m.first >= 3 ? m.first - 3 : 0; k <= m.first; ++k)
      if (std::find(titles.begin(), titles.end(), view_.Norm(k)) != titles.end() &&
          (!titled || m.span.begin > titled->span.begin))
        titled = &m;
  }
  return titled ? titled : last;
}

bool QuoteFinder::NewPersonSince(const Quote& previous, uint32_t at) const {
  const uint32_t from = std::max(previous.span.end, previous.cue_span.end);
  for (const MentionRef& m : view_.mentions())
    if (m.span.begin >= from && m.span.end <= at && IsPerson(m) &&
        view_.EntityOf(m).id != previous.speaker)
      return true;
  return false;
}

bool QuoteFinder::NewPersonBetween(uint32_t from, uint32_t at, int entity) const {
  for (const MentionRef& m : view_.mentions())
    if (m.span.begin >= from && m.span.end <= at && IsPerson(m) && m.entity != entity)
      return true;
  return false;
}

bool QuoteFinder::IsListedTitle(size_t j) const {
  const std::string_view n = view_.Norm(j);
  return WithoutWaw(n).size() < n.size() && IsTitleWord(WithoutWaw(n));
}

bool QuoteFinder::IsAbbreviation(size_t j) const {
  return j + 1 < view_.tokens().size() && view_.tokens()[j].kind == TokenKind::kArabic &&
         view_.Norm(j).size() == 2 && view_.IsPunct(j + 1, ".");
}

bool QuoteFinder::NamesPlace(const MentionRef& m) const {
  if (m.first == 0) return false;
  // The title may stand between: "مطار [الأمير] [محمد بن عبدالعزيز]".
  size_t k = m.first - 1;
  if (k > 0 && (IsRank(view_.Norm(k)) || IsHeadOfState(view_.Norm(k)) ||
                view_.MentionAt(k)))
    --k;
  return NamesAfterPerson(view_.Norm(k));
}

Speaker QuoteFinder::FromMention(const MentionRef& mention, const char* from,
                                 bool with_span) const {
  const MentionRef& m = NameOf(mention);
  Speaker s;
  s.entity = m.entity;
  s.text = view_.EntityOf(m).canonical;
  if (with_span) s.span = m.span;
  s.from = from;
  return s;
}

}  // namespace khabar::quotes::internal
