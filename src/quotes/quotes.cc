// Quotes: cues, lead-ins, content and speakers (quotes.h has the
// scheme).

#include <algorithm>
#include <array>
#include <optional>
#include <span>

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
  static constexpr std::array<std::string_view, 19> kWords = {
      "في", "خلال", "علي", "الي", "من", "عن", "مع", "بين", "حول", "لدي",
      "عند", "امام", "عبر", "اثناء", "بمقر", "بشان", "ل", "ب", "ك"};
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

// Nouns of office or rank that head a subject and are followed by the
// person's name, often after a long genitive: "مدير فرع الهيئة العامة
// للسياحة بمنطقة تبوك ناصر الخريصي". Search normalization (ئ -> ي).
bool IsTitleWord(std::string_view n) {
  static constexpr std::array<std::string_view, 56> kWords = {
      "مدير", "المدير", "مديره", "المديره", "رييس", "الرييس", "رييسه", "الرييسه",
      "نايب", "النايب", "نايبه", "وزير", "الوزير", "وزيره", "سفير", "السفير",
      "امين", "الامين", "محافظ", "المحافظ", "وكيل", "الوكيل", "مساعد", "المساعد",
      "المتحدث", "متحدث", "الناطق", "ناطق", "مستشار", "المستشار", "عضو", "العضو",
      "قايد", "القايد", "عميد", "العميد", "زعيم", "الزعيم", "مفتي", "المفتي",
      "مندوب", "المندوب", "ممثل", "الممثل", "منسق", "المنسق", "الناشط", "الناشطه",
      "الخبير", "الباحث", "الدكتور", "المهندس", "الاستاذ", "الشيخ", "الامير", "شيخ"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

// Offices whose holder a following name belongs to, even inside another
// title: in "مستشار الرئيس محمود عباس" the name is the president's.
bool IsHeadOfState(std::string_view n) {
  static constexpr std::array<std::string_view, 6> kWords = {
      "الرييس", "الملك", "الامير", "العهد", "الشريفين", "السلطان"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

// Ranks and forms of address that stand before a name: اللواء، السيد.
bool IsRank(std::string_view n) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "السيد", "السيده", "اللواء", "العقيد", "العميد", "الفريق", "المقدم", "النقيب",
      "الجنرال", "الدكتوره", "الاستاذه", "السفيره"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

// Words that count a group: "وجه حوالي ثلاثين عالما رسالة".
bool IsQuantifier(std::string_view n) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "حوالي", "نحو", "قرابه", "عشرات", "ميات", "الاف", "اكثر", "عدد", "ذوو", "اهالي"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

// The relative pronouns that let a clause's verb take the noun before it
// as its subject: "الطبيب المعالج، والذي أكد أن".
bool IsRelative(std::string_view n) {
  static constexpr std::array<std::string_view, 8> kWords = {
      "الذي", "التي", "الذين", "والذي", "والتي", "والذين", "اللذين", "اللتين"};
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

// True when the segmenter split ب or ل off the word: "بالزيارة". Not ك,
// which it also splits off names: كيرن، كمال.
bool HasBiOrLi(std::string_view surface, uint16_t code) {
  if (code == 0) return false;
  const morph::Segmentation seg = morph::Segmenter::Decode(surface, code);
  for (uint8_t k = 0; k < seg.num_proclitics; ++k)
    if (seg.proclitics[k] == morph::Clitic::kBi || seg.proclitics[k] == morph::Clitic::kLi)
      return true;
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

// سموه، لنظيره، رئيسها: a word that ends in a pronoun (as written: the
// normalizer makes ة an ه).
bool EndsWithPronoun(std::string_view surface) {
  if (surface.starts_with("\xD8\xA7\xD9\x84")) return false;  // ال: المياه، الله
  return surface.ends_with("\xD9\x87") || surface.ends_with("\xD9\x87\xD8\xA7") ||  // ه ها
         surface.ends_with("\xD9\x87\xD9\x85");                                  // هم
}

// دبلوماسيون، منافسون: a plural noun, which may head a subject though it
// has no article (a verb so ending, يقولون، is no noun).
bool IsPluralNoun(std::string_view n) {
  return n.size() >= 10 && n.ends_with("\xD9\x88\xD9\x86") &&  // ون
         !n.starts_with("\xD9\x8A") && !n.starts_with("\xD8\xAA");  // ي ت
}

// The title words an honorific pronoun answers to: سموه is a prince's,
// معاليه a minister's. Empty for a word that is no honorific.
std::span<const std::string_view> TitlesOf(std::string_view honorific) {
  static constexpr std::string_view kHighness[] = {"الامير", "الاميره", "السمو", "سمو", "العهد"};
  static constexpr std::string_view kExcellency[] = {"معالي", "الوزير", "وزير", "وزيره"};
  static constexpr std::string_view kPresident[] = {"فخامه", "الرييس"};
  static constexpr std::string_view kMajesty[] = {"جلاله", "الملك"};
  static constexpr std::string_view kEminence[] = {"سماحه", "الشيخ", "المفتي"};
  if (honorific.starts_with("\xD8\xB3\xD9\x85\xD9\x88")) return kHighness;       // سمو
  if (honorific.starts_with("\xD9\x85\xD8\xB9\xD8\xA7\xD9\x84")) return kExcellency;  // معال
  if (honorific.starts_with("\xD9\x81\xD8\xAE")) return kPresident;               // فخ
  if (honorific.starts_with("\xD8\xAC\xD9\x84")) return kMajesty;                 // جل
  if (honorific.starts_with("\xD8\xB3\xD9\x85\xD8\xA7")) return kEminence;       // سما
  return {};
}

// Words that may stand before a sentence's verb: "من جهته رفض".
bool IsVerbPreamble(std::string_view n) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "جهته", "جهتها", "جانبه", "جانبها", "بدوره", "بدورها", "ناحيته", "ناحيتها",
      "جهه", "اخري"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

// A plural noun or a count names a group, which a plural verb (قالوا،
// مؤكدين) may have as its subject: دبلوماسيون، المشرعين، العلماء، ذوو.
bool IsGroupWord(std::string_view n) {
  if (StartsWithArticle(n)) n.remove_prefix(4);
  if (IsQuantifier(n) || IsPluralNoun(n)) return true;
  if (n.size() < 8) return false;
  return n.ends_with("\xD9\x8A\xD9\x86") || n.ends_with("\xD8\xA7\xD8\xA1") ||  // ين اء
         n == "مصادر" || n == "شهود" || n == "سكان" || n == "تقارير";
}

struct Speaker {
  bool group = false;  // a noun phrase naming a group (IsGroupWord)
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
    bool gap_preposition = false;    // ... other than the cue's إلى/على
  };

  void TryCue(size_t i, const Tables::Cue& cue);
  // True when region r, met after other words than the cue's subject,
  // holds speech rather than a name: three words or more, and the
  // sentence, paragraph or clause ends with it.
  bool HoldsSpeech(const Region& r) const;
  // The lead-in after a cue; none when the sentence has none (or another
  // cue comes first). Then `unfinished`, if given, gets what was found:
  // the subject of "وشدد العاصمي على أهمية ...".
  std::optional<LeadIn> FindLeadIn(size_t cue, size_t sentence_end,
                                   LeadIn* unfinished = nullptr) const;
  // Keeps the subject of a sure cue that made no quote ("وأشار المطيري
  // إلى قيام ..."): the next "وأضاف أن" is that speaker's.
  void NoteSubject(size_t cue, const Tables::Cue& c, const LeadIn& unfinished);
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
  // True when token j is a cue, sure or not, that opens a clause and has
  // its lead-in right after it: "، لافتا إلى أن"، "مفيدا أن".
  bool LeadsClause(size_t j) const;
  // True when a head of state's title (IsHeadOfState) is among tokens
  // [from, to].
  bool HeadOfStateBetween(size_t from, size_t to) const;
  const MentionRef* PersonWithTitle(size_t first, size_t last) const;
  const MentionRef* PersonEndingAt(size_t j) const;
  // "وكشف العمري" after "سعيد بن محمد العمري": the person an earlier
  // mention named with this word (a family name) last.
  const MentionRef* PersonWithSurname(size_t word) const;
  // The person a PER mention leads to: a title the entity layer tagged on
  // its own ("[الأمير] [الدكتور] [نايف بن ثنيان]") stands before the name.
  const MentionRef& NameOf(const MentionRef& m) const;
  // "مدير فرع الهيئة العامة للسياحة بمنطقة تبوك ناصر الخريصي": the
  // person named after a title whose genitive runs from `from`; null
  // when a comma, a lead-in, an adjunct (في مؤتمر، لنظيره) or a head of
  // state's title (مستشار الرئيس محمود عباس) comes first.
  const MentionRef* NamedAfterTitle(size_t from, size_t limit) const;
  // The last word of a subject that no entity names, from its first
  // word: up to four words, to a preposition, a person or a comma.
  size_t NounPhraseEnd(size_t first, size_t limit) const;
  // A subject starting at token j (before `limit`): an entity, or a noun
  // phrase (a title, a defined or plural noun, a group's count).
  std::optional<Speaker> SubjectAt(size_t j, size_t limit, const char* from) const;
  // A noun phrase as speaker: the person it refers back to, or its text.
  Speaker FromNounPhrase(size_t first, size_t last, const char* from) const;
  // The subject of an earlier verb in the sentence of `cue`: a cue that
  // made no quote (كما ذكر متحدث باسم الشرطة، موضحا), else the verb that
  // opens it ("استنكر الأمين العام ... الزياني ...، واصفا").
  std::optional<Speaker> ClauseSubject(size_t cue) const;
  // True when token j may be a verb: a word with no article, no
  // preposition, not a name nor a particle.
  bool MayBeVerb(size_t j) const;
  // "الطبيب المعالج، والذي أكد": the noun a relative pronoun right before
  // the cue stands for.
  std::optional<Speaker> RelativeSubject(size_t cue) const;
  // وقال سموه: the person last named in the sentences before `at` with a
  // title the honorific answers to, else the last person named.
  const MentionRef* HonorificPerson(size_t cue, uint32_t at, size_t back) const;
  // True when a person other than `previous`'s speaker is named between
  // the end of `previous` and `at`: then "وأضاف" is that person's.
  bool NewPersonSince(const Quote& previous, uint32_t at) const;
  // True when a person other than `entity` is named in [from, at).
  bool NewPersonBetween(uint32_t from, uint32_t at, int entity) const;
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
  // The last subject NoteSubject kept: its cue, and where it ends.
  struct Told {
    size_t cue = kNone;
    uint32_t after = 0;
    Speaker speaker;
  } told_;
};

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
  }
  size_t after_cue = j;
  size_t limit = std::min(sentence_end, cue + 30);
  // "وأكد عبدالعزيز الفريح؛ نائب محافظ ...، أنه": a semicolon after the
  // subject ends no statement.
  // Only after a name: "خيرته بين الحلوى والمغلفة؛ لأنه لا يضمن أن" is
  // another clause.
  while (limit == sentence_end && limit < cue + 30 && limit < view_.tokens().size() &&
         limit >= 2 && view_.IsPunct(limit - 1, "\xD8\x9B") &&
         view_.SentenceOf(limit) != kNone && PersonEndingAt(limit - 1))
    limit = std::min(view_.SentenceEnd(view_.SentenceOf(limit)), cue + 30);
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
        lead.at = j;
        if (j + 1 < view_.tokens().size()) {
          const size_t r = view_.RegionOpenedAt(j + 1);
          if (r != kNone) lead.region = r;
          else lead.content = j + 1;
        }
        return lead;
      }
      if (p == "." || p == "?" || p == "\xD8\x9F" || p == "!") return none();
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
    if (j == after_cue && !lead.after_preposition && t.kind == TokenKind::kArabic &&
        !t.stop && !IsPreposition(view_.Norm(j)) &&
        (IsSpeakerNoun(view_.Norm(j)) || StartsWithArticle(view_.Norm(j)) ||
         IsTitleWord(view_.Norm(j)) ||
         (j + 1 < limit && view_.MentionAt(j + 1) &&
          !view_.IsType(*view_.MentionAt(j + 1), "PER")) ||
         (j + 1 < limit && StartsWithArticle(view_.Norm(j + 1)) &&
          !view_.tokens()[j + 1].stop))) {
      // وزير الصحة، عمدة لندن: a noun over a defined noun or a place.
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
    // "وقال في مؤتمر صحافي بمقر وزارة الداخلية إن": what follows a
    // preposition is its object, not the subject.
    if (IsTruePreposition(view_.Norm(j)) || HasPreposition(view_.Surface(j), t.seg))
      lead.after_preposition = lead.gap_preposition = true;
    ++lead.gap;
  }
  return none();
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
    if (j > from && ((view_.SureCueAt(j) && OpensClause(j)) || LeadsClause(j))) {
      // The particles that led to that cue are not part of this quote.
      while (last > from && tokens[last].stop && view_.RegionHolding(last) == kNone) --last;
      break;
    }
    last = j;
  }
  return last;
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
      same = view_.Norm(j + k) == view_.Norm(first + k);
    if (!same) continue;
    if (const MentionRef* m = NamedAfterTitle(j + words, first)) return m;
    for (size_t k = j + words; k < first && k < j + words + 5; ++k) {
      const MentionRef* m = view_.MentionAt(k);
      if (m && view_.IsType(*m, "PER")) return m;
      if (view_.IsPunct(k, ".")) break;
    }
    if (const MentionRef* m = PersonEndingAt(j)) return m;
  }
  const MentionRef* best = nullptr;
  for (size_t k = first + 1; k <= last; ++k) {
    if (!StartsWithArticle(view_.Norm(k)) || IsTitleWord(view_.Norm(k))) continue;
    for (const MentionRef& m : view_.mentions()) {
      if (m.last >= first || !view_.IsType(m, "PER")) continue;
      for (size_t t = m.last + 1; t < first && t <= m.last + 4; ++t)
        if (view_.Norm(t) == view_.Norm(k) && (!best || m.first > best->first)) best = &m;
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

const MentionRef* QuoteFinder::NamedAfterTitle(size_t from, size_t limit) const {
  const std::vector<Token>& tokens = view_.tokens();
  // After "الرئيس" or "ولي العهد" a name is theirs, until a place closes
  // that title: "سفير خادم الحرمين الشريفين لدى تركيا الدكتور عادل مرداد".
  bool head_of_state = false;
  for (size_t k = from; k < limit && k < from + 16; ++k) {
    const std::string_view n = view_.Norm(k);
    if (IsHeadOfState(n)) head_of_state = true;
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
  if (t.kind != TokenKind::kArabic || t.stop || IsPreposition(n) || IsLeadIn(n) ||
      view_.CueAt(j) || HasPreposition(view_.Surface(j), t.seg))
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

std::optional<Speaker> QuoteFinder::ClauseSubject(size_t cue) const {
  const size_t s = view_.SentenceOf(cue);
  if (s == kNone) return std::nullopt;
  const size_t first = view_.SentenceFirst(s);
  // The nearest verb before the cue that has a subject: another cue, or
  // a verb after قد ("، وقد عبر ذوو الشهداء عن ...، مثمنين").
  for (size_t k = cue; k-- > first;) {
    const Tables::Cue* c = view_.CueAt(k);
    const bool cue_verb = c && c->form != Tables::Form::kParticiple &&
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

const MentionRef* QuoteFinder::HonorificPerson(size_t cue, uint32_t at, size_t back) const {
  const size_t sentence = view_.SentenceOf(cue);
  const uint32_t from = view_.record().sentences[sentence > back ? sentence - back : 0].begin;
  const std::span<const std::string_view> titles =
      cue + 1 < view_.tokens().size() && IsHonorific(view_.Norm(cue + 1))
          ? TitlesOf(view_.Norm(cue + 1))
          : std::span<const std::string_view>();
  const MentionRef *last = nullptr, *titled = nullptr;
  for (const MentionRef& m : view_.mentions()) {
    if (m.span.begin < from || m.span.end > at || !view_.IsType(m, "PER")) continue;
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
    if (m.span.begin >= from && m.span.end <= at && view_.IsType(m, "PER") &&
        view_.EntityOf(m).id != previous.speaker)
      return true;
  return false;
}

bool QuoteFinder::NewPersonBetween(uint32_t from, uint32_t at, int entity) const {
  for (const MentionRef& m : view_.mentions())
    if (m.span.begin >= from && m.span.end <= at && view_.IsType(m, "PER") &&
        m.entity != entity)
      return true;
  return false;
}

bool QuoteFinder::OpensClause(size_t j) const {
  const std::string_view n = view_.Norm(j);
  return view_.CueAt(j)->form == Tables::Form::kParticiple ||
         view_.tokens()[j - 1].kind == TokenKind::kPunct || view_.tokens()[j - 1].stop ||
         n.starts_with("\xD9\x88") || n.starts_with("\xD9\x81");  // و ف
}

bool QuoteFinder::HeadOfStateBetween(size_t from, size_t to) const {
  for (size_t k = from; k <= to && k < view_.tokens().size(); ++k)
    if (IsHeadOfState(view_.Norm(k))) return true;
  return false;
}

bool QuoteFinder::LeadsClause(size_t j) const {
  if (!view_.CueAt(j) || j == 0 || !OpensClause(j)) return false;
  size_t k = j + 1;
  if (k < view_.tokens().size() && (view_.Norm(k) == "الي" || view_.Norm(k) == "علي")) ++k;
  return k < view_.tokens().size() && IsLeadIn(view_.Norm(k));
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
  if (lead.np_first != kNone) return FromNounPhrase(lead.np_first, lead.np_last, "subject");
  const size_t sentence = view_.SentenceOf(cue);
  // "الطبيب المعالج، والذي أكد"، "كثيرين داخل الحزب الذين يعتبرون".
  if (std::optional<Speaker> s = RelativeSubject(cue)) return *s;
  const bool participle = c.form == Tables::Form::kParticiple;
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
  // يذكر أن "it is worth noting that": no one speaks.
  if (cue.impersonal && cue.form == Tables::Form::kPresent && lead->at == i + 1 &&
      IsLeadIn(view_.Norm(lead->at)))
    return;
  if (lead->gap > 20) return;
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

void QuoteFinder::NoteSubject(size_t cue, const Tables::Cue& c, const LeadIn& unfinished) {
  if (c.ambiguous || c.plural || c.form == Tables::Form::kParticiple) return;
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
