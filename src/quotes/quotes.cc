// Finding quotes (quotes.h has the scheme, quote_finder.h the class).
// Run takes the headline first ("بوتين: ..."), then each cue outside a
// quotation (TryCue). FindLeadIn looks ahead in the cue's sentence, at
// most 30 tokens, for the subject (a mention, or a noun phrase no entity
// names) and the lead-in: a colon, إن/أن, or an opening mark. What a mark
// opens is quoted directly; otherwise the content runs from after the
// colon or إن/أن to the end of its clause (ClauseEnd: the sentence's end
// or the next cue), direct after a colon, else indirect, or mixed when it
// holds a quotation of three words or more:
//
//   وأكد بوتين أن العلاقات راسخة، مشيرا إلى أن الزيارة مهمة.
//     => indirect "العلاقات راسخة" (cue أكد, speaker بوتين from "subject")
//        indirect "الزيارة مهمة" (cue أشار, the same from "participle")
//
// A cue with no lead-in may follow the quotation it attributes ("..."،
// قال بوتين: TryAfterQuote) or name the subject of a later cue
// (NoteSubject). Who speaks is resolved in speakers.cc.

#include <algorithm>
#include <optional>

#include "quotes/article_view.h"
#include "quotes/quote_finder.h"
#include "quotes/quotes.h"

namespace khabar::quotes {
namespace internal {

std::vector<Quote> QuoteFinder::Run() {
  TryHeadline();
  const std::vector<Token>& tokens = view_.tokens();
  const uint32_t title_end = view_.record().title_span.end;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kArabic) continue;
    if (view_.RegionHolding(i) != kNone) continue;  // inside a quotation
    if (tokens[i].span.begin >= title_end && view_.LineBreakBefore(i)) TrySubheading(i);
    const Tables::Cue* cue = view_.CueAt(i);
    if (cue && !NestedInQuote(i)) TryCue(i, *cue);
  }
  // Headlines speak for no later cue (ResolveSpeaker reads quotes_ as the
  // body's quotes so far): they join at the end.
  quotes_.insert(quotes_.end(), std::make_move_iterator(headlines_.begin()),
                 std::make_move_iterator(headlines_.end()));
  std::stable_sort(quotes_.begin(), quotes_.end(), [](const Quote& a, const Quote& b) {
    return a.span.begin < b.span.begin;
  });
  return std::move(quotes_);
}

// "بوتين: العلاقات الروسية الفلسطينية راسخة": a title that gives a name,
// a colon, then what was said.
void QuoteFinder::TryHeadline() {
  const Span title = view_.record().title_span;
  if (title.empty()) return;
  const size_t first = view_.TokenAt(title.begin);
  const size_t n = view_.tokens().size();
  if (first >= n) return;
  // The speaker: an entity, or up to four words that open with no place
  // and no rubric ("عاجل:", "بالفيديو:") and hold no preposition of their
  // own: "الزياني:", "د. الثقيل:", "السفارة السعودية باليونان:",
  // "إمام المسجد الحرام :". A place after the first word is the
  // speaker's ("باليونان"); "أمطار غزيرة على الرياض:" is no speaker.
  const MentionRef* m = view_.MentionAt(first);
  size_t colon = m ? m->last + 1 : first;
  if (!m) {
    while (colon < n && colon < first + 4 && !view_.IsPunct(colon, ":") &&
           view_.tokens()[colon].span.end <= title.end &&
           (colon == first || !IsTruePreposition(view_.Norm(colon))) &&  // إمام، أمام
           (colon == first || !view_.MentionAt(colon) ||
            view_.MentionAt(colon)->last + 1 < first + 5))
      colon = view_.MentionAt(colon) && colon > first ? view_.MentionAt(colon)->last + 1
                                                      : colon + 1;
    if (colon == first || IsRubric(view_.Norm(first))) return;
  } else if (view_.IsType(*m, "LOC")) {
    return;  // "الأحساء: ..." is a dateline
  }
  if (colon + 1 >= n || !view_.IsPunct(colon, ":") ||
      view_.tokens()[colon + 1].span.begin >= title.end)
    return;
  Speaker s;
  if (m) {
    s = FromMention(*m, "headline", true);
  } else {
    const Span span{view_.tokens()[first].span.begin, view_.tokens()[colon - 1].span.end};
    s.text = std::string(span.Of(view_.text()));
    s.span = span;
    s.from = "headline";
  }
  AddHeadline(s, colon, title.end);
}

// A sub-heading of an interview feature, a line of its own: "الكثيري:
// العمل الفني ... لا يصل لعامة المتلقين" heads the section of the person
// the article names in full (سحر الكثيري). Only a person's name or family
// name leads it: "الأسعار: ..." or "المكان: ..." label a fact.
void QuoteFinder::TrySubheading(size_t first) {
  const std::vector<Token>& tokens = view_.tokens();
  const size_t n = tokens.size();
  const MentionRef* m = view_.MentionAt(first);
  const MentionRef* person = nullptr;
  size_t colon = first + 1;
  if (m && IsPerson(*m)) {
    person = &NameOf(*m);
    colon = m->last + 1;
  } else if (!m) {
    person = PersonWithSurnameAnywhere(first);
  }
  if (!person || colon + 1 >= n || !view_.IsPunct(colon, ":") || view_.LineBreakBefore(colon + 1))
    return;
  // The line ends the heading: a short one, read to its end.
  size_t last = colon + 1;
  while (last + 1 < n && !view_.LineBreakBefore(last + 1)) ++last;
  if (last - colon > 30) return;
  Speaker s = FromMention(*person, "headline", false);
  s.span = Span{tokens[first].span.begin, tokens[colon - 1].span.end};
  AddHeadline(s, colon, tokens[last].span.end);
}

void QuoteFinder::AddHeadline(const Speaker& s, size_t colon, uint32_t end) {
  const size_t content_first = colon + 1;
  Span content{view_.tokens()[content_first].span.begin, end};
  const size_t r = view_.RegionOpenedAt(content_first);
  if (r != kNone) {
    if (claimed_[r]) return;
    claimed_[r] = true;
    content = view_.regions()[r].content;
  }
  size_t words = 0;
  for (size_t k = content_first; k < view_.tokens().size() &&
                                 view_.tokens()[k].span.end <= content.end; ++k)
    words += view_.tokens()[k].kind == TokenKind::kArabic;
  if (words < 3) return;  // "بوتين: نعم" is a label, not a statement
  const size_t before = quotes_.size();
  Add("direct", s, nullptr, view_.tokens()[colon].span, content, colon);
  if (quotes_.size() == before) return;
  headlines_.push_back(std::move(quotes_.back()));
  quotes_.pop_back();
  cue_tokens_.pop_back();
  speaker_entity_.pop_back();
}

bool QuoteFinder::NestedInQuote(size_t i) const {
  if (quotes_.empty() || i == 0 || OpensClause(i)) return false;
  const Span quote = quotes_.back().span;
  const uint32_t at = view_.tokens()[i].span.begin;
  return at >= quote.begin && at < quote.end;
}

void QuoteFinder::TryCue(size_t i, const Tables::Cue& cue) {
  const size_t sentence = view_.SentenceOf(i);
  if (sentence == kNone) return;
  LeadIn unfinished;
  const std::optional<LeadIn> lead = FindLeadIn(i, view_.SentenceEnd(sentence), &unfinished);
  if (!lead) {
    NoteSubject(i, cue, unfinished);
    TryAfterQuote(i, cue);
    return;
  }
  // A word that is a cue only sometimes (بين "between", كتب "books") must
  // have a named speaker, or be followed by what it introduces.
  const bool named = lead->subject && (view_.IsType(*lead->subject, "PER") ||
                                       view_.IsType(*lead->subject, "ORG"));
  if (cue.ambiguous && lead->gap > 0 && !named && !IsLeadIn(view_.Norm(lead->at))) return;
  // "وعندما ترى الصقور رفيقا لها ... فإنها تحوم ... ولا تلبث أن": such a
  // word in a when- or if-clause sees or finds; it reports no one.
  if (cue.ambiguous && !named && i > 0 &&
      (IsWhenOrIf(view_.Norm(i - 1)) ||
       (i > 1 && view_.Norm(i - 1) == "ما" && WithoutWaw(view_.Norm(i - 2)) == "عند")))
    return;
  // يذكر أن "it is worth noting that": no one speaks.
  if (cue.impersonal && cue.form == Tables::Form::kPresent && lead->at == i + 1 &&
      IsLeadIn(view_.Norm(lead->at)))
    return;
  if (lead->gap > 20) return;
  // "كان متوقعا أن" "it was expected that": a participle after كان is the
  // sentence's predicate, no one's words.
  if (cue.form == Tables::Form::kParticiple && i > 0 && IsKana(view_.Norm(i - 1))) return;
  // بقوله "by saying" introduces the words right after it, in marks or
  // after a colon: "في قوله تعالى" or "على حد قوله" introduce none.
  if (cue.form == Tables::Form::kNoun &&
      !(lead->at == i + 1 &&
        (view_.IsPunct(lead->at, ":") || view_.RegionOpenedAt(lead->at) != kNone)))
    return;
  // مما يلفت الانتباه أن "it is remarkable that": no one speaks (but
  // "ولفت الانتباه إلى أن" has its speaker).
  if (cue.lemma == "لفت" && i > 0 && i + 1 < view_.tokens().size() &&
      (view_.Norm(i - 1) == "مما" || view_.Norm(i - 1) == "ومما" || view_.Norm(i - 1) == "ما") &&
      (view_.Norm(i + 1) == "الانتباه" || view_.Norm(i + 1) == "النظر"))
    return;
  // Marks after other words quote a name or a phrase, not speech
  // (وأعلن تنظيم "داعش" مسؤوليته; وأوضح التقرير أهمية ... "..."), unless
  // the words say where it was said and the marks hold a statement: وقال
  // شومر في بيان له "بعد دراسة عميقة ...".
  if (lead->region != kNone && view_.RegionOpenedAt(lead->at) != kNone && lead->gap > 0 &&
      !(lead->gap_preposition && HoldsSpeech(view_.regions()[lead->region])))
    return;
  const Span cue_span = view_.tokens()[i].span;
  if (lead->region != kNone && IsLeadIn(view_.Norm(lead->at)) &&
      ClauseGoesOn(view_.regions()[lead->region])) {
    // "وأوضحت أن «الحوار والتفاهم» وحدهما يسمحان ...": the marks hold
    // part of the clause, which runs on after them: one mixed quote, from
    // the mark to the clause's end.
    if (claimed_[lead->region]) return;
    bool mixed = true;
    const size_t first = view_.regions()[lead->region].open;
    const size_t last = ClauseEnd(first, &mixed);
    const Span content{view_.tokens()[first].span.begin, view_.tokens()[last].span.end};
    Add("mixed", ResolveSpeaker(i, cue, *lead), &cue, cue_span, content, i);
    return;
  }
  if (lead->region != kNone) {
    if (claimed_[lead->region]) return;
    claimed_[lead->region] = true;
    const Region& region = view_.regions()[lead->region];
    // وقال إنه "...": direct, as the seed gold has it (the annotated
    // samples call it mixed; a convention, not a finding).
    Add("direct", ResolveSpeaker(i, cue, *lead), &cue, cue_span, region.content, i);
    return;
  }
  if (lead->content == kNone) return;
  const std::vector<Token>& tokens = view_.tokens();
  bool mixed = false;
  const size_t last = ClauseEnd(lead->content, &mixed);
  const bool colon = view_.IsPunct(lead->at, ":");
  // "وقال: نعم" is too short to be anyone's statement.
  size_t words = 0;
  for (size_t j = lead->content; j <= last; ++j)
    words += tokens[j].kind != TokenKind::kPunct;
  if (words < (colon ? 3u : 2u)) return;
  // "وقال الوزير: إن الحكومة ستدعم ...": إن after the colon frames the
  // words in the third person, as reported speech (what is said starts
  // after it, as after any إن); "قال: إننا ندين" is the speaker's own.
  const std::string_view opener = view_.Norm(lead->content);
  const bool reported = colon && IsLeadIn(opener) && opener != "اننا" && opener != "انني" &&
                        !mixed && lead->content < last;
  const size_t first = reported ? lead->content + 1 : lead->content;
  const Span content{tokens[first].span.begin, tokens[last].span.end};
  Add(colon && !reported ? "direct" : mixed ? "mixed" : "indirect", ResolveSpeaker(i, cue, *lead),
      &cue, cue_span, content, i);
}

bool QuoteFinder::ClauseGoesOn(const Region& r) const {
  const std::vector<Token>& tokens = view_.tokens();
  if (r.close == kNone || r.nested || r.close + 1 >= tokens.size()) return false;
  const size_t next = r.close + 1;
  // "...» وأضاف" or "...» قال" start the next statement, not this one.
  return tokens[next].kind == TokenKind::kArabic && !view_.LineBreakBefore(next) &&
         view_.SentenceOf(next) == view_.SentenceOf(r.close) && !view_.CueAt(next);
}

bool QuoteFinder::HoldsSpeech(const Region& r) const {
  const std::vector<Token>& tokens = view_.tokens();
  size_t words = 0;
  for (size_t k = r.open + 1; k <= r.last && k < tokens.size(); ++k)
    words += tokens[k].kind != TokenKind::kPunct;
  if (words < 3) return false;
  if (r.close == kNone || r.close + 1 >= tokens.size()) return true;
  const size_t next = r.close + 1;
  return tokens[next].kind == TokenKind::kPunct || view_.LineBreakBefore(next) ||
         view_.SentenceOf(next) != view_.SentenceOf(r.open);
}

std::optional<QuoteFinder::LeadIn> QuoteFinder::FindLeadIn(
    size_t cue, size_t sentence_end, LeadIn* unfinished) const {
  LeadIn lead;
  const auto none = [&]() -> std::optional<LeadIn> {
    if (unfinished) *unfinished = lead;
    return std::nullopt;
  };
  size_t j = cue + 1;
  // أشار إلى أن، شدد على أن: the preposition belongs to the cue.
  // What follows it is the object, never the subject.
  // لفت الانتباه إلى أن "drew attention to": the noun is the verb's.
  if (j < sentence_end && view_.CueAt(cue) && view_.CueAt(cue)->lemma == "لفت" &&
      (view_.Norm(j) == "الانتباه" || view_.Norm(j) == "النظر"))
    ++j;
  // قالت على لسان رئيسها: "on the tongue of" names the speaker.
  if (j + 1 < sentence_end && view_.Norm(j) == "علي" && view_.Norm(j + 1) == "لسان") {
    // on the tongue of: the loop below takes the speaker after it.
  } else if (j < sentence_end && (view_.Norm(j) == "الي" || view_.Norm(j) == "علي")) {
    ++j;
    lead.after_preposition = true;
    // "وشدد على أهمية إقامة الحد ... إذا عرفنا أن": a noun after the cue's
    // own preposition is what the cue is about; a later أن belongs to
    // another clause ("أشار إلى أن" and "أشار إلى «...»" lead in).
    // (Not after the name علي, which search normalization spells as على.)
    if (j < sentence_end && view_.tokens()[j].kind == TokenKind::kArabic &&
        !IsLeadIn(view_.Norm(j)) && !view_.MentionAt(j) && !view_.MentionAt(j - 1))
      return none();
  }
  size_t after_cue = j;
  const size_t limit = LeadInLimit(cue, j, sentence_end);
  // "وقالت د. عائشة نتو إن": an abbreviated title opens the subject; its
  // dot ends no sentence.
  if (j + 2 < limit && !lead.after_preposition && view_.Norm(j).size() == 2 &&
      view_.IsPunct(j + 1, "."))
    j = AfterAbbreviatedTitle(j, limit, &lead);
  for (; j < limit; ++j) {
    const size_t region = view_.RegionOpenedAt(j);
    if (region != kNone) {
      const Region& r = view_.regions()[region];
      // وذكر "الحارثي" أن: some sites put a name in marks. A short quoted
      // phrase right after the cue and followed by more words (not by
      // punctuation) is its subject, not what was said.
      if (j == after_cue && r.close != kNone && r.close + 1 < limit &&
          view_.tokens()[r.close + 1].kind != TokenKind::kPunct &&
          r.close - r.open <= 4 && lead.np_first == kNone && !lead.subject) {
        lead.np_first = r.open + 1;
        lead.np_last = r.close - 1;
        if (const MentionRef* m = view_.MentionAt(r.open + 1)) lead.subject = m;
        j = r.close;
        continue;
      }
      // لصحيفة «حريت» التركية إنه, لـ"الرياض": إن: a name in marks later
      // on is a word of the gap, followed by more words or by what leads
      // the quotation in.
      const bool leads_on =
          r.close != kNone && r.close + 1 < limit &&
          (view_.tokens()[r.close + 1].kind != TokenKind::kPunct ||
           view_.IsPunct(r.close + 1, ":") || view_.IsPunct(r.close + 1, "\xD8\x8C") ||
           view_.IsPunct(r.close + 1, ","));
      if (j > after_cue && leads_on && r.close - r.open <= 4) {
        ++lead.gap;
        j = r.close;
        continue;
      }
      lead.at = j;
      lead.region = region;
      return lead;
    }
    const Token& t = view_.tokens()[j];
    if (t.kind == TokenKind::kPunct) {
      const std::string_view p = view_.Surface(j);
      if (p == ":") {
        LeadInAt(j, &lead);
        return lead;
      }
      // "د.أسامة خياط": a title's abbreviation dot ends nothing.
      if (j > after_cue && IsAbbreviation(j - 1)) continue;
      if (p == "." || p == "?" || p == "\xD8\x9F" || p == "!") return none();
      continue;  // a comma between the subject and what it said
    }
    if (IsLeadIn(view_.Norm(j))) {
      // "وأكد نبأ الوفاة، إلا أنها تريثت": أن after إلا، قبل، منذ ...
      // opens another clause, not what the cue's subject said.
      if (j > after_cue && MakesConjunction(view_.Norm(j - 1))) {
        ++lead.gap;
        continue;
      }
      LeadInAt(j, &lead);
      return lead;
    }
    if (view_.SureCueAt(j) || LeadsClause(j)) return none();  // another cue
    // "قالت البلدية على لسان رئيسها المهندس نايف الدويش إن": the speaker
    // on whose tongue it was said replaces the body.
    if (j + 2 < limit && view_.Norm(j) == "علي" && view_.Norm(j + 1) == "لسان") {
      lead.subject = nullptr;
      lead.np_first = lead.np_last = kNone;
      lead.after_preposition = false;
      after_cue = j + 2;
      ++j;
      continue;
    }
    // "وقال مستشار الرئيس الفلسطيني محمود عباس": after a title with no
    // name of its own (NamedAfterTitle), a name is another's.
    if (lead.np_first != kNone && !lead.subject && IsTitleWord(view_.Norm(lead.np_first)) &&
        view_.MentionAt(j) && HeadOfStateBetween(lead.np_first + 1, j)) {
      j = view_.MentionAt(j)->last;
      continue;
    }
    if (const MentionRef* m = view_.MentionAt(j);
        m && lead.subject && view_.IsType(*m, "PER") && !view_.IsType(*lead.subject, "PER") &&
        j <= lead.subject->last + 3) {
      lead.subject = m;  // an organization in the person's title
      j = m->last;
      continue;
    }
    if (const MentionRef* m = view_.MentionAt(j);
        m && !lead.subject && !lead.after_preposition) {
      // A place speaks only right after its verb: "وأكدت مصر" but not
      // "وقال في موسكو".
      const bool speaks = view_.IsType(*m, "PER") || view_.IsType(*m, "ORG") ||
                          (j == after_cue && lead.np_first == kNone);
      if (speaks) {
        lead.subject = m;
        j = m->last;
        continue;
      }
    }
    if (j == after_cue && !lead.after_preposition && OpensNounPhrase(j, limit)) {
      // A subject the entity layer did not name: up to four words, to the
      // first preposition or comma.
      lead.np_first = j;
      lead.np_last = NounPhraseEnd(j, limit);
      j = lead.np_last;
      // "وأوضح مدير فرع الهيئة ... بمنطقة تبوك ناصر الخريصي، أن": a
      // title's genitive, then the person's name.
      if (IsTitleWord(view_.Norm(lead.np_first)))
        if (const MentionRef* m = NamedAfterTitle(lead.np_first + 1, limit)) {
          lead.subject = m;
          j = m->last;
        }
      continue;
    }
    // "وأكد لـ«الشرق الأوسط» عبد العزيز الحميضي أن": the newspaper the
    // words were said to, in marks after a bare ل, leaves the subject to
    // come (it is no place the words were said at).
    if (view_.Norm(j) == "\xD9\x84" && j + 1 < limit) {  // ل
      const size_t r = view_.RegionOpenedAt(j + 1);
      if (r != kNone && view_.regions()[r].close != kNone &&
          view_.regions()[r].close < limit && view_.regions()[r].close - j <= 5) {
        ++lead.gap;
        j = view_.regions()[r].close;
        after_cue = j + 1;  // "لـ"عكاظ" مصدر في الوزارة": the subject follows
        continue;
      }
    }
    // "وقال في مؤتمر صحافي بمقر وزارة الداخلية إن": what follows a
    // preposition is its object, not the subject.
    if ((IsTruePreposition(view_.Norm(j)) && !IsImam(j)) ||
        HasPreposition(view_.Surface(j), t.seg))
      lead.after_preposition = lead.gap_preposition = true;
    ++lead.gap;
  }
  return none();
}

size_t QuoteFinder::LeadInLimit(size_t cue, size_t j, size_t sentence_end) const {
  size_t limit = std::min(sentence_end, cue + 30);
  // "وأكد عبدالعزيز الفريح؛ نائب محافظ ...، أنه": a semicolon after the
  // subject ends no statement.
  // Only after a name: "خيرته بين الحلوى والمغلفة؛ لأنه لا يضمن أن" is
  // another clause.
  while (limit == sentence_end && limit < cue + 30 && limit < view_.tokens().size() &&
         limit >= 2 && view_.IsPunct(limit - 1, "\xD8\x9B") &&
         view_.SentenceOf(limit) != kNone && PersonEndingAt(limit - 1))
    limit = std::min(view_.SentenceEnd(view_.SentenceOf(limit)), cue + 30);
  // "قال إمام المسجد الحرام د.أسامة خياط اليوم إن": the splitter may
  // have cut after a title's abbreviation (one letter and a dot) before
  // the lead-in; read on.
  while (limit < cue + 30 && limit < view_.tokens().size() && limit >= 2 &&
         IsAbbreviation(limit - 2) && view_.SentenceOf(limit) != kNone && view_.SentenceEnd(view_.SentenceOf(limit)) > limit)
    limit = std::min(view_.SentenceEnd(view_.SentenceOf(limit)), cue + 30);
  // "وأضاف م. خالد": the sentence splitter may have cut after the title.
  if (j + 2 < view_.tokens().size() && view_.Norm(j).size() == 2 &&
      view_.IsPunct(j + 1, ".") && view_.SentenceOf(j + 2) != kNone)
    limit = std::min(view_.SentenceEnd(view_.SentenceOf(j + 2)), cue + 30);
  return limit;
}

size_t QuoteFinder::AfterAbbreviatedTitle(size_t j, size_t limit, LeadIn* lead) const {
  const size_t title = j;
  j += 2;
  if (const MentionRef* m = view_.MentionAt(j); m && view_.IsType(*m, "PER")) {
    lead->subject = m;
    return m->last + 1;
  }
  size_t last = title;
  for (size_t k = j; k < limit && k < j + 3; ++k) {
    const Token& w = view_.tokens()[k];
    if (w.kind != TokenKind::kArabic || w.stop || IsLeadIn(view_.Norm(k)) ||
        IsPreposition(view_.Norm(k)) || view_.CueAt(k) || view_.MentionAt(k))
      break;
    last = k;
  }
  if (last > title) {
    lead->np_first = title;
    lead->np_last = last;
    return last + 1;
  }
  return j;
}

bool QuoteFinder::IsImam(size_t j) const {
  return view_.Norm(j) == "امام" && view_.Surface(j).starts_with("\xD8\xA5");  // إ
}

bool QuoteFinder::OpensNounPhrase(size_t j, size_t limit) const {
  const Token& t = view_.tokens()[j];
  // وزير الصحة، عمدة لندن: a noun over a defined noun or a place.
  // بعض، أحد are stopwords that open a subject: "بعض المصادر المقربة".
  return t.kind == TokenKind::kArabic && (!t.stop || IsSpeakerNoun(view_.Norm(j))) &&
         (!IsPreposition(view_.Norm(j)) || IsImam(j)) &&
         (IsSpeakerNoun(view_.Norm(j)) || StartsWithArticle(view_.Norm(j)) ||
          IsTitleWord(view_.Norm(j)) ||
          (j + 1 < limit && view_.MentionAt(j + 1) &&
           !view_.IsType(*view_.MentionAt(j + 1), "PER")) ||
          (j + 1 < limit && StartsWithArticle(view_.Norm(j + 1)) &&
           !view_.tokens()[j + 1].stop));
}

void QuoteFinder::LeadInAt(size_t j, LeadIn* lead) const {
  lead->at = j;
  if (j + 1 < view_.tokens().size()) {
    const size_t r = view_.RegionOpenedAt(j + 1);
    if (r != kNone) lead->region = r;
    else lead->content = j + 1;
  }
}

bool QuoteFinder::OpensClause(size_t j) const {
  const std::string_view n = view_.Norm(j);
  return view_.CueAt(j)->form == Tables::Form::kParticiple ||
         view_.CueAt(j)->form == Tables::Form::kNoun ||
         view_.tokens()[j - 1].kind == TokenKind::kPunct || view_.tokens()[j - 1].stop ||
         n.starts_with("\xD9\x88") || n.starts_with("\xD9\x81");  // و ف
}

bool QuoteFinder::LeadsClause(size_t j) const {
  if (!view_.CueAt(j) || j == 0 || !OpensClause(j)) return false;
  size_t k = j + 1;
  if (k < view_.tokens().size() && (view_.Norm(k) == "الي" || view_.Norm(k) == "علي")) ++k;
  // "، معربا عن أمله بأن": the feeling named comes before the lead-in.
  else if (k + 2 < view_.tokens().size() && view_.Norm(k) == "عن" &&
           view_.CueAt(j)->lemma == "أعرب")
    k += 2;
  return k < view_.tokens().size() && IsLeadIn(view_.Norm(k));
}

// The last token of an indirect quote's clause starting at `from`: the end
// of its sentence, or the word before the next cue (", مشيرا", "وأضاف",
// "لكنه أكد"), whichever comes first. A region opened inside the clause is
// taken whole; one of three words or more makes the quote mixed.
size_t QuoteFinder::ClauseEnd(size_t from, bool* mixed) {
  const std::vector<Token>& tokens = view_.tokens();
  size_t s = view_.SentenceOf(from);
  size_t end = s == kNone ? tokens.size() : view_.SentenceEnd(s);
  size_t last = from;
  for (size_t j = from; j < end; ++j) {
    const size_t r = view_.RegionOpenedAt(j);
    if (r != kNone) {
      const Region& region = view_.regions()[r];
      claimed_[r] = true;
      // "قال إن تركيا "لن تقف مكتوفة الأيدي"" quotes words; "عرب نيوز" or
      // «كفيف» in marks is a name.
      size_t words = 0;
      for (size_t k = region.open + 1; k <= region.last; ++k)
        words += view_.tokens()[k].kind != TokenKind::kPunct;
      *mixed = *mixed || words >= 3;
      j = region.close == kNone ? region.last : region.close;
      last = j;
      s = view_.SentenceOf(j);
      if (s != kNone) end = std::max(end, view_.SentenceEnd(s));
      continue;
    }
    if (tokens[j].kind == TokenKind::kPunct) continue;
    // "، مشيرا إلى"، "وأضاف"، "لكنه أكد": the next cue's words. A verb
    // inside the clause ("أن الشعب سيقول كلمته") is not, nor one in a
    // relative clause with no lead-in ("العمليات التي أعلن عنها مؤخرا").
    const bool relative = j > from && IsRelative(view_.Norm(j - 1));
    if (j > from &&
        ((view_.SureCueAt(j) && OpensClause(j) && !relative) || LeadsClause(j))) {
      // The particles that led to that cue are not part of this quote.
      while (last > from && tokens[last].stop && view_.RegionHolding(last) == kNone) --last;
      break;
    }
    last = j;
  }
  return last;
}

// "..."، قال بوتين: the cue right after the quotation it attributes.
void QuoteFinder::TryAfterQuote(size_t cue, const Tables::Cue& c) {
  if (c.ambiguous || (c.form != Tables::Form::kPast && c.form != Tables::Form::kPresent)) return;
  size_t mark = cue;  // the closing mark, past a comma or dash
  while (mark > 0 && !view_.LineBreakBefore(mark)) {
    const size_t k = mark - 1;
    if (view_.IsPunct(k, "\xD8\x8C") || view_.IsPunct(k, ",") || view_.IsPunct(k, "-") ||
        view_.IsPunct(k, "\xE2\x80\x94")) {
      mark = k;
      continue;
    }
    mark = k;
    break;
  }
  if (mark == cue) return;
  size_t r = kNone;
  for (size_t k = 0; k < view_.regions().size(); ++k)
    if (view_.regions()[k].close == mark) r = k;
  if (r == kNone || claimed_[r] || view_.regions()[r].nested) return;
  LeadIn lead;
  const size_t sentence = view_.SentenceOf(cue);
  const size_t end = std::min(view_.SentenceEnd(sentence), cue + 6);
  for (size_t k = cue + 1; k < end && !lead.subject; ++k) {
    const MentionRef* m = view_.MentionAt(k);
    if (m && (view_.IsType(*m, "PER") || view_.IsType(*m, "ORG"))) lead.subject = m;
  }
  if (!lead.subject) return;  // "..." قال: too loose without a name
  claimed_[r] = true;
  Add("direct", ResolveSpeaker(cue, c, lead), &c, view_.tokens()[cue].span,
      view_.regions()[r].content, cue);
}

void QuoteFinder::Add(const char* kind, const Speaker& s, const Tables::Cue* cue,
                      Span cue_span, Span content, size_t cue_token) {
  // Two cues of one clause ("يكتب ... إن ...، ويقول إن") claim it once.
  for (const Quote& q : quotes_)
    if (q.span == content) return;
  Quote q;
  q.kind = kind;
  q.speaker = s.entity >= 0 ? view_.record().entities[s.entity].id : "";
  q.speaker_text = s.text;
  q.speaker_span = s.span;
  q.speaker_from = s.from;
  q.cue = cue ? cue->lemma : ":";
  q.cue_span = cue_span;
  q.span = content;
  q.text = std::string(content.Of(view_.text()));
  quotes_.push_back(std::move(q));
  cue_tokens_.push_back(cue_token);
  speaker_entity_.push_back(s.entity);
}

}  // namespace internal

std::vector<Quote> QuotesOf(const ArticleView& view, const Tables& tables) {
  return internal::QuoteFinder(view, tables).Run();
}

void AddQuotesAndEvents(const std::vector<Token>& tokens, Record* record,
                        const Tables& tables) {
  const ArticleView view(*record, tokens, tables);
  record->quotes = QuotesOf(view, tables);
  record->events = EventsOf(view, tables);  // sees the quotes, through view
}

}  // namespace khabar::quotes
