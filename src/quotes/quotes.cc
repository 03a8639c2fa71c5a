// Quotes: cues, lead-ins, content and speakers (quotes.h has the
// scheme).

#include <algorithm>
#include <array>
#include <optional>

#include "morph/segmenter.h"
#include "quotes/article_view.h"
#include "quotes/quotes.h"

namespace khabar::quotes {
namespace {

// إن، أن and their forms with a pronoun or ب: what opens reported speech.
bool IsLeadIn(std::string_view n) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "انهن",
      "بان", "بانه", "بانها", "بانهم", "باننا"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

// Prepositions proper (IsPreposition also stops at adverbs).
bool IsTruePreposition(std::string_view n) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "في", "خلال", "علي", "الي", "من", "عن", "مع", "بين", "حول", "لدي",
      "عند", "امام", "عبر", "اثناء", "بمقر", "بشان"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

// Nouns that name a speaker without naming who: "وقال مصدر مسؤول إن".
bool IsSpeakerNoun(std::string_view n) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "مصدر", "مصادر", "مسوول", "مسوولون", "متحدث", "ناطق", "شهود",
      "مراقبون", "خبراء", "محللون", "سكان", "ناشطون", "بيان", "تقرير",
      "مسوولين", "دبلوماسيون", "تقارير", "صحيفه", "وكاله", "وسايل",
      "احد", "عدد", "بعض", "مغرد"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

// True when the segmenter split a preposition (ب ل ك) off the word.
bool HasPreposition(std::string_view surface, uint16_t code) {
  if (code == 0) return false;
  const morph::Segmentation seg = morph::Segmenter::Decode(surface, code);
  for (uint8_t k = 0; k < seg.num_proclitics; ++k) {
    const morph::Clitic c = seg.proclitics[k];
    if (c == morph::Clitic::kBi || c == morph::Clitic::kLi || c == morph::Clitic::kKa)
      return true;
  }
  return false;
}

// The pronouns of rank: سموه "his highness", معاليه "his excellency".
bool IsHonorific(std::string_view n) {
  static constexpr std::array<std::string_view, 8> kWords = {
      "سموه", "معاليه", "فخامته", "سعادته", "جلالته", "سماحته", "سموها", "معاليها"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

// Words that head a title as its rubric, not its speaker: "عاجل: ...".
bool IsRubric(std::string_view n) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "عاجل", "فيديو", "بالفيديو", "بالصور", "صور", "خاص", "حصري", "شاهد",
      "انفوجرافيك", "انفوغرافيك", "مباشر", "تحديث", "رسميا", "تقرير"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool StartsWithArticle(std::string_view n) {
  return n.size() > 6 && n.substr(0, 4) == "\xD8\xA7\xD9\x84";  // ال
}

struct Speaker {
  int entity = -1;
  std::string text;
  std::optional<Span> span;
  std::string from;
};

class QuoteFinder {
 public:
  QuoteFinder(const ArticleView& view, const Tables& tables)
      : view_(view), tables_(tables), claimed_(view.regions().size(), false) {}

  std::vector<Quote> Run();

 private:
  // What follows a cue in its sentence.
  struct LeadIn {
    size_t at = kNone;          // the lead-in word, colon or mark
    size_t content = kNone;     // the first content token
    size_t region = kNone;      // a region the cue opens, if any
    const MentionRef* subject = nullptr;
    size_t np_first = kNone, np_last = kNone;  // a subject that is no entity
    size_t gap = 0;             // words other than the subject before `at`
    bool after_preposition = false;  // a gap word was a preposition
  };

  void TryCue(size_t i, const Tables::Cue& cue);
  std::optional<LeadIn> FindLeadIn(size_t cue, size_t sentence_end) const;
  size_t ClauseEnd(size_t from, bool* mixed);
  Speaker ResolveSpeaker(size_t cue, const Tables::Cue& c, const LeadIn& lead) const;
  // `strict`: the subject must stand next to the cue (NextToVerb); a
  // participle takes its sentence's subject wherever it stands.
  const MentionRef* SubjectBefore(size_t cue, bool strict) const;
  // True when only particles or an aside between commas stand between the
  // token `last` and the cue.
  bool NextToVerb(size_t last, size_t cue) const;
  // True when the cue at j starts a new clause: a participle, or a verb
  // after punctuation, a particle (لكنه) or with its و/ف.
  bool OpensClause(size_t j) const;
  const MentionRef* PersonWithTitle(size_t first, size_t last) const;
  // True when a person other than `previous`'s speaker is named between
  // the end of `previous` and `at`: then "وأضاف" is that person's.
  bool NewPersonSince(const Quote& previous, uint32_t at) const;
  Speaker FromMention(const MentionRef& m, const char* from, bool with_span) const;
  void TryAfterQuote(size_t cue, const Tables::Cue& c);
  void TryHeadline();
  void Add(const char* kind, const Speaker& s, const Tables::Cue* cue,
           Span cue_span, Span content, size_t cue_token);

  const ArticleView& view_;
  const Tables& tables_;
  std::vector<bool> claimed_;
  std::vector<Quote> quotes_;
  std::vector<size_t> cue_tokens_;  // quotes_[k]'s cue token
  std::vector<int> speaker_entity_;  // quotes_[k]'s speaker entity, or -1
};

Speaker QuoteFinder::FromMention(const MentionRef& m, const char* from,
                                 bool with_span) const {
  Speaker s;
  s.entity = m.entity;
  s.text = view_.EntityOf(m).canonical;
  if (with_span) s.span = m.span;
  s.from = from;
  return s;
}

std::optional<QuoteFinder::LeadIn> QuoteFinder::FindLeadIn(
    size_t cue, size_t sentence_end) const {
  LeadIn lead;
  size_t j = cue + 1;
  // أشار إلى أن، شدد على أن: the preposition belongs to the cue.
  // What follows it is the object, never the subject.
  if (j < sentence_end && (view_.Norm(j) == "الي" || view_.Norm(j) == "علي")) {
    ++j;
    lead.after_preposition = true;
  }
  const size_t after_cue = j;
  size_t limit = std::min(sentence_end, cue + 30);
  // "وأضاف م. خالد": the sentence splitter may have cut after the title.
  if (j + 2 < view_.tokens().size() && view_.Norm(j).size() == 2 &&
      view_.IsPunct(j + 1, ".") && view_.SentenceOf(j + 2) != kNone)
    limit = std::min(view_.SentenceEnd(view_.SentenceOf(j + 2)), cue + 30);
  // "وقالت د. عائشة نتو إن": an abbreviated title opens the subject; its
  // dot ends no sentence.
  if (j + 2 < limit && !lead.after_preposition && view_.Norm(j).size() == 2 &&
      view_.IsPunct(j + 1, ".")) {
    const size_t title = j;
    j += 2;
    if (const MentionRef* m = view_.MentionAt(j); m && view_.IsType(*m, "PER")) {
      lead.subject = m;
      j = m->last + 1;
    } else {
      size_t last = title;
      for (size_t k = j; k < limit && k < j + 3; ++k) {
        const Token& w = view_.tokens()[k];
        if (w.kind != TokenKind::kArabic || w.stop || IsLeadIn(view_.Norm(k)) ||
            IsPreposition(view_.Norm(k)) || view_.CueAt(k) || view_.MentionAt(k))
          break;
        last = k;
      }
      if (last > title) {
        lead.np_first = title;
        lead.np_last = last;
        j = last + 1;
      }
    }
  }
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
      // لصحيفة «حريت» التركية إنه: a name in marks later on is a word of
      // the gap.
      if (j > after_cue && r.close != kNone && r.close + 1 < limit &&
          view_.tokens()[r.close + 1].kind != TokenKind::kPunct && r.close - r.open <= 4) {
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
        lead.at = j;
        if (j + 1 < view_.tokens().size()) {
          const size_t r = view_.RegionOpenedAt(j + 1);
          if (r != kNone) lead.region = r;
          else lead.content = j + 1;
        }
        return lead;
      }
      if (p == "." || p == "?" || p == "\xD8\x9F" || p == "!") return std::nullopt;
      continue;  // a comma between the subject and what it said
    }
    if (IsLeadIn(view_.Norm(j))) {
      lead.at = j;
      if (j + 1 < view_.tokens().size()) {
        const size_t r = view_.RegionOpenedAt(j + 1);
        if (r != kNone) lead.region = r;
        else lead.content = j + 1;
      }
      return lead;
    }
    if (view_.SureCueAt(j)) return std::nullopt;  // another cue
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
    if (j == after_cue && !lead.after_preposition && t.kind == TokenKind::kArabic &&
        !t.stop && !IsPreposition(view_.Norm(j)) &&
        (IsSpeakerNoun(view_.Norm(j)) || StartsWithArticle(view_.Norm(j)) ||
         (j + 1 < limit && view_.MentionAt(j + 1) &&
          !view_.IsType(*view_.MentionAt(j + 1), "PER")) ||
         (j + 1 < limit && StartsWithArticle(view_.Norm(j + 1)) &&
          !view_.tokens()[j + 1].stop))) {
      // وزير الصحة، عمدة لندن: a noun over a defined noun or a place.
      // A subject the entity layer did not name: up to four words, to the
      // first preposition or comma.
      lead.np_first = lead.np_last = j;
      while (lead.np_last + 1 < limit && lead.np_last - j < 3) {
        const size_t k = lead.np_last + 1;
        const Token& w = view_.tokens()[k];
        if (const MentionRef* m = view_.MentionAt(k)) {
          // عمدة لندن، رئيس الوزراء: a title over a place or a body.
          if (!view_.IsType(*m, "PER")) lead.np_last = m->last;
          break;
        }
        if (w.kind != TokenKind::kArabic || w.stop || IsPreposition(view_.Norm(k)) ||
            IsLeadIn(view_.Norm(k)) || view_.CueAt(k))
          break;
        lead.np_last = k;
      }
      j = lead.np_last;
      continue;
    }
    // "وقال في مؤتمر صحافي بمقر وزارة الداخلية إن": what follows a
    // preposition is its object, not the subject.
    if (IsTruePreposition(view_.Norm(j)) || HasPreposition(view_.Surface(j), t.seg))
      lead.after_preposition = true;
    ++lead.gap;
  }
  return std::nullopt;
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
    // inside the clause ("أن الشعب سيقول كلمته") is not.
    if (j > from && view_.SureCueAt(j) && OpensClause(j)) {
      // The particles that led to that cue are not part of this quote.
      while (last > from && tokens[last].stop && view_.RegionHolding(last) == kNone) --last;
      break;
    }
    last = j;
  }
  return last;
}

// "وزير الداخلية" as a subject, after "وزير الداخلية محمد ناجم الغرسلي"
// earlier: the person the article named with those words. Compares the
// title's first two words, then looks for a person within five tokens.
const MentionRef* QuoteFinder::PersonWithTitle(size_t first, size_t last) const {
  const size_t words = std::min<size_t>(last - first + 1, 2);
  for (size_t j = first; j-- > 0;) {
    bool same = true;
    for (size_t k = 0; k < words && same; ++k)
      same = view_.Norm(j + k) == view_.Norm(first + k);
    if (!same) continue;
    for (size_t k = j + words; k < first && k < j + words + 5; ++k) {
      const MentionRef* m = view_.MentionAt(k);
      if (m && view_.IsType(*m, "PER")) return m;
      if (view_.IsPunct(k, ".")) break;
    }
  }
  return nullptr;
}

bool QuoteFinder::NewPersonSince(const Quote& previous, uint32_t at) const {
  const uint32_t from = std::max(previous.span.end, previous.cue_span.end);
  for (const MentionRef& m : view_.mentions())
    if (m.span.begin >= from && m.span.end <= at && view_.IsType(m, "PER") &&
        view_.EntityOf(m).id != previous.speaker)
      return true;
  return false;
}

bool QuoteFinder::OpensClause(size_t j) const {
  const std::string_view n = view_.Norm(j);
  return view_.CueAt(j)->form == Tables::Form::kParticiple ||
         view_.tokens()[j - 1].kind == TokenKind::kPunct || view_.tokens()[j - 1].stop ||
         n.starts_with("\xD9\x88") || n.starts_with("\xD9\x81");  // و ف
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

const MentionRef* QuoteFinder::SubjectBefore(size_t cue, bool strict) const {
  const size_t s = view_.SentenceOf(cue);
  if (s == kNone) return nullptr;
  const size_t first = view_.SentenceFirst(s);
  const MentionRef* best = nullptr;
  for (size_t j = first; j < cue; ++j) {
    if (view_.SureCueAt(j)) best = nullptr;  // an earlier clause's
    const MentionRef* m = view_.MentionAt(j);
    if (!m || m->last >= cue) continue;
    if (!view_.IsType(*m, "PER") && !view_.IsType(*m, "ORG")) continue;
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

Speaker QuoteFinder::ResolveSpeaker(size_t cue, const Tables::Cue& c,
                                    const LeadIn& lead) const {
  if (lead.subject)
    return FromMention(*lead.subject, lead.subject->title ? "title" : "subject", true);
  if (lead.np_first != kNone) {
    if (const MentionRef* m = PersonWithTitle(lead.np_first, lead.np_last))
      return FromMention(*m, "title", false);
    Speaker s;
    const Span span{view_.tokens()[lead.np_first].span.begin,
                    view_.tokens()[lead.np_last].span.end};
    s.text = std::string(span.Of(view_.text()));
    s.span = span;
    s.from = "subject";
    return s;
  }
  const size_t sentence = view_.SentenceOf(cue);
  if (c.plural) {
    // قالوا، مؤكدين: a group, not the person last named.
    Speaker none;
    none.from = "unknown";
    return none;
  }
  const bool participle = c.form == Tables::Form::kParticiple;
  // "كشف بيسكوف أن ...، مشيرا إلى أن": the sentence's last speaker.
  if (participle && !quotes_.empty() && view_.SentenceOf(cue_tokens_.back()) == sentence &&
      quotes_.back().speaker_from != "headline") {
    Speaker s;
    s.entity = speaker_entity_.back();
    s.text = quotes_.back().speaker_text;
    s.from = "participle";
    return s;
  }
  if (const MentionRef* m = SubjectBefore(cue, !participle))
    return FromMention(*m, participle ? "participle" : "subject", true);
  const uint32_t at = view_.tokens()[cue].span.begin;
  const size_t section = view_.SectionAt(at);
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
    const size_t back = honorific ? 8 : 3;
    const uint32_t from =
        view_.record().sentences[sentence > back ? sentence - back : 0].begin;
    const MentionRef* last = nullptr;
    for (const MentionRef& m : view_.mentions())
      if (m.span.begin >= from && m.span.end <= at && view_.IsType(m, "PER") &&
          (!last || m.span.begin > last->span.begin))
        last = &m;
    if (last) return FromMention(*last, "preceding", false);
  }
  Speaker none;
  none.from = "unknown";
  return none;
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

void QuoteFinder::TryCue(size_t i, const Tables::Cue& cue) {
  const size_t sentence = view_.SentenceOf(i);
  if (sentence == kNone) return;
  const std::optional<LeadIn> lead = FindLeadIn(i, view_.SentenceEnd(sentence));
  if (!lead) {
    TryAfterQuote(i, cue);
    return;
  }
  // A word that is a cue only sometimes (بين "between", كتب "books") must
  // have a named speaker, or be followed by what it introduces.
  const bool named = lead->subject && (view_.IsType(*lead->subject, "PER") ||
                                       view_.IsType(*lead->subject, "ORG"));
  if (cue.ambiguous && lead->gap > 0 && !named && !IsLeadIn(view_.Norm(lead->at))) return;
  // يذكر أن "it is worth noting that": no one speaks.
  if (cue.impersonal && cue.form == Tables::Form::kPresent && lead->at == i + 1 &&
      IsLeadIn(view_.Norm(lead->at)))
    return;
  if (lead->gap > 20) return;
  // Marks right after other words quote a name or a phrase, not speech:
  // وأعلن تنظيم "داعش" مسؤوليته.
  if (lead->region != kNone && view_.RegionOpenedAt(lead->at) != kNone && lead->gap > 0)
    return;
  const Span cue_span = view_.tokens()[i].span;
  if (lead->region != kNone) {
    if (claimed_[lead->region]) return;
    claimed_[lead->region] = true;
    const Region& region = view_.regions()[lead->region];
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
  const Span content{tokens[lead->content].span.begin, tokens[last].span.end};
  Add(colon ? "direct" : mixed ? "mixed" : "indirect", ResolveSpeaker(i, cue, *lead),
      &cue, cue_span, content, i);
}

// "..."، قال بوتين: the cue right after the quotation it attributes.
void QuoteFinder::TryAfterQuote(size_t cue, const Tables::Cue& c) {
  if (c.ambiguous || c.form == Tables::Form::kParticiple) return;
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

// "بوتين: العلاقات الروسية الفلسطينية راسخة": a title that gives a name,
// a colon, then what was said.
void QuoteFinder::TryHeadline() {
  const Span title = view_.record().title_span;
  if (title.empty()) return;
  const size_t first = view_.TokenAt(title.begin);
  const size_t n = view_.tokens().size();
  if (first >= n) return;
  // The speaker: an entity, or up to three words that are no place and no
  // rubric ("عاجل:", "بالفيديو:"): "الزياني:", "د. الثقيل:".
  const MentionRef* m = view_.MentionAt(first);
  size_t colon = m ? m->last + 1 : first;
  if (!m) {
    while (colon < n && colon < first + 4 && !view_.IsPunct(colon, ":") &&
           view_.tokens()[colon].span.end <= title.end && !view_.MentionAt(colon))
      ++colon;
    if (colon == first || IsRubric(view_.Norm(first))) return;
  } else if (view_.IsType(*m, "LOC")) {
    return;  // "الأحساء: ..." is a dateline
  }
  if (colon + 1 >= n || !view_.IsPunct(colon, ":") ||
      view_.tokens()[colon + 1].span.begin >= title.end)
    return;
  const size_t content_first = colon + 1;
  Span content{view_.tokens()[content_first].span.begin, title.end};
  const size_t r = view_.RegionOpenedAt(content_first);
  if (r != kNone) {
    claimed_[r] = true;
    content = view_.regions()[r].content;
  }
  size_t words = 0;
  for (size_t k = content_first; k < n && view_.tokens()[k].span.end <= content.end; ++k)
    words += view_.tokens()[k].kind == TokenKind::kArabic;
  if (words < 3) return;  // "بوتين: نعم" is a label, not a statement
  Speaker s;
  if (m) {
    s = FromMention(*m, "headline", true);
  } else {
    const Span span{view_.tokens()[first].span.begin, view_.tokens()[colon - 1].span.end};
    s.text = std::string(span.Of(view_.text()));
    s.span = span;
    s.from = "headline";
  }
  Add("direct", s, nullptr, view_.tokens()[colon].span, content, colon);
}

std::vector<Quote> QuoteFinder::Run() {
  TryHeadline();
  const std::vector<Token>& tokens = view_.tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kArabic) continue;
    if (view_.RegionHolding(i) != kNone) continue;  // inside a quotation
    const Tables::Cue* cue = view_.CueAt(i);
    if (cue) TryCue(i, *cue);
  }
  std::stable_sort(quotes_.begin(), quotes_.end(), [](const Quote& a, const Quote& b) {
    return a.span.begin < b.span.begin;
  });
  return std::move(quotes_);
}

}  // namespace

std::vector<Quote> QuotesOf(const ArticleView& view, const Tables& tables) {
  return QuoteFinder(view, tables).Run();
}

void AddQuotesAndEvents(const std::vector<Token>& tokens, Record* record,
                        const Tables& tables) {
  const ArticleView view(*record, tokens, tables);
  record->quotes = QuotesOf(view, tables);
  record->events = EventsOf(view, tables);  // sees the quotes, through view
}

}  // namespace khabar::quotes
