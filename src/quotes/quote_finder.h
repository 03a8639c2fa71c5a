// Internal to src/quotes: the quote finder, declared once and implemented
// by algorithm. quotes.cc finds quotes: from each cue it looks ahead in
// the sentence for the subject and the lead-in (a colon, a mark, إن/أن)
// and takes what follows to the clause's end; it also takes a quotation
// the cue follows ("..."، قال بوتين) and a headline "بوتين: ...".
// speakers.cc resolves who speaks when the cue has no named subject
// after it. words.cc holds the word classes both ask about.

#ifndef KHABAR_QUOTES_QUOTE_FINDER_H_
#define KHABAR_QUOTES_QUOTE_FINDER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "quotes/article_view.h"
#include "quotes/quotes.h"

namespace khabar::quotes::internal {

// Word classes (words.cc). `n` is a token's norm, `surface` its text as
// written, `code` its Token::seg.

// إن، أن and their forms with a pronoun or ب: what opens reported speech.
bool IsLeadIn(std::string_view n);

// Words that make a following أن part of a conjunction of their own, not
// a verb's complement: قبل أن، منذ أن، إلا أن، بحكم أن، يجب أن، ضرورة أن،
// وهو أن "namely that".
bool MakesConjunction(std::string_view n);

// عندما، إذا، حين ... (with و or ف): a when- or if-clause opens after it.
bool IsWhenOrIf(std::string_view n);

// كان and its forms: "كان متوقعا أن" makes the participle a predicate.
bool IsKana(std::string_view n);

// Nouns whose genitive may be a person a place is named after: مطار
// الأمير محمد بن عبدالعزيز، جامعة الملك سعود (with و، ف، ب، ل before).
bool NamesAfterPerson(std::string_view n);

// The word with a leading و set aside (a word of three letters or more).
std::string_view WithoutWaw(std::string_view n);

// Prepositions proper (IsPreposition also stops at adverbs).
bool IsTruePreposition(std::string_view n);

// Nouns that name a speaker without naming who: "وقال مصدر مسؤول إن".
bool IsSpeakerNoun(std::string_view n);

// Nouns of office or rank that head a subject and are followed by the
// person's name, often after a long genitive: "مدير فرع الهيئة العامة
// للسياحة بمنطقة تبوك ناصر الخريصي".
bool IsTitleWord(std::string_view n);

// Offices whose holder a following name belongs to, even inside another
// title: in "مستشار الرئيس محمود عباس" the name is the president's.
bool IsHeadOfState(std::string_view n);

// Ranks and forms of address that stand before a name: اللواء، السيد.
bool IsRank(std::string_view n);

// Words that count a group: "وجه حوالي ثلاثين عالما رسالة".
bool IsQuantifier(std::string_view n);

// The relative pronouns that let a clause's verb take the noun before it
// as its subject: "الطبيب المعالج، والذي أكد أن".
bool IsRelative(std::string_view n);

// True when the segmenter split a preposition (ب ل ك) off the word.
bool HasPreposition(std::string_view surface, uint16_t code);

// True when the segmenter split ب or ل off the word: "بالزيارة". Not ك,
// which it also splits off names: كيرن، كمال.
bool HasBiOrLi(std::string_view surface, uint16_t code);

// The pronouns of rank: سموه "his highness", معاليه "his excellency",
// فضيلته "his eminence" (a sheikh, an imam).
bool IsHonorific(std::string_view n);

// Words that head a title as its rubric, not its speaker: "عاجل: ...".
bool IsRubric(std::string_view n);

// A word with the article ال and two letters or more after it (not الي).
bool StartsWithArticle(std::string_view n);

// سموه، لنظيره، رئيسها: a word that ends in a pronoun (as written: the
// normalizer makes ة an ه).
bool EndsWithPronoun(std::string_view surface);

// دبلوماسيون، منافسون: a plural noun, which may head a subject though it
// has no article (a verb so ending, يقولون، is no noun).
bool IsPluralNoun(std::string_view n);

// The title words an honorific pronoun answers to: سموه is a prince's,
// معاليه a minister's. Empty for a word that is no honorific.
std::span<const std::string_view> TitlesOf(std::string_view honorific);

// Words that may stand before a sentence's verb: "من جهته رفض".
bool IsVerbPreamble(std::string_view n);

// A plural noun or a count names a group, which a plural verb (قالوا،
// مؤكدين) may have as its subject: دبلوماسيون، المشرعين، العلماء، ذوو.
bool IsGroupWord(std::string_view n);

// Who said a quote: an entity, or words of the text that name no entity.
struct Speaker {
  bool group = false;  // a noun phrase naming a group (IsGroupWord)
  int entity = -1;
  std::string text;
  std::optional<Span> span;
  std::string from;
};

// Finds the quotes of one article. One per article: Run() once.
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

  // Finding quotes (quotes.cc).

  void TryCue(size_t i, const Tables::Cue& cue);
  // True when region r, met after other words than the cue's subject,
  // holds speech rather than a name: three words or more, and the
  // sentence, paragraph or clause ends with it.
  bool HoldsSpeech(const Region& r) const;
  // True when the clause of region r runs on after its closing mark: a
  // word of the same sentence that is no cue ("أن «الحوار» وحدهما يسمحان").
  bool ClauseGoesOn(const Region& r) const;
  // True when cue i stands inside the words of the quote found last and
  // opens no clause of its own ("نتائج تؤكد أن ..." inside a quote): the
  // speaker's own words, no quote of its own.
  bool NestedInQuote(size_t i) const;
  // The lead-in after a cue; none when the sentence has none (or another
  // cue comes first). Then `unfinished`, if given, gets what was found:
  // the subject of "وشدد العاصمي على أهمية ...".
  std::optional<LeadIn> FindLeadIn(size_t cue, size_t sentence_end,
                                   LeadIn* unfinished = nullptr) const;
  // FindLeadIn's steps. Where the search for the lead-in ends (the token
  // past it): the cue's sentence, at most 30 tokens after the cue, read on
  // past a semicolon after a name or a title's abbreviation dot. `j` is
  // the token after the cue (and its إلى/على).
  size_t LeadInLimit(size_t cue, size_t j, size_t sentence_end) const;
  // An abbreviated title at token j ("د." before "عائشة نتو") and the
  // subject it opens, set in `lead`; returns the token after them.
  size_t AfterAbbreviatedTitle(size_t j, size_t limit, LeadIn* lead) const;
  // True when token j, right after the cue, opens a subject that no entity
  // names: a speaker noun, a title, a defined noun, or a noun before a
  // defined noun or an entity other than a person.
  bool OpensNounPhrase(size_t j, size_t limit) const;
  // True when token j is إمام "imam", which search normalization makes
  // أمام "in front of" (a preposition): the hamza below tells them apart.
  bool IsImam(size_t j) const;
  // Sets the lead-in of `lead` to token j (a colon or إن/أن) and what was
  // said to what follows: a region, else the next token.
  void LeadInAt(size_t j, LeadIn* lead) const;
  size_t ClauseEnd(size_t from, bool* mixed);
  // True when the cue at j starts a new clause: a participle, or a verb
  // after punctuation, a particle (لكنه) or with its و/ف.
  bool OpensClause(size_t j) const;
  // True when token j is a cue, sure or not, that opens a clause and has
  // its lead-in right after it: "، لافتا إلى أن"، "مفيدا أن".
  bool LeadsClause(size_t j) const;
  void TryAfterQuote(size_t cue, const Tables::Cue& c);
  void TryHeadline();
  // A line of the body "الكثيري: ..." that a person's (family) name leads.
  void TrySubheading(size_t first);
  // Adds a headline quote: what follows the colon, to `end`.
  void AddHeadline(const Speaker& s, size_t colon, uint32_t end);
  void Add(const char* kind, const Speaker& s, const Tables::Cue* cue,
           Span cue_span, Span content, size_t cue_token);

  // Who speaks (speakers.cc).

  // Keeps the subject of a sure cue that made no quote ("وأشار المطيري
  // إلى قيام ..."): the next "وأضاف أن" is that speaker's.
  void NoteSubject(size_t cue, const Tables::Cue& c, const LeadIn& unfinished);
  Speaker ResolveSpeaker(size_t cue, const Tables::Cue& c, const LeadIn& lead) const;
  // `strict`: the subject must stand next to the cue (NextToVerb); a
  // participle takes its sentence's subject wherever it stands.
  const MentionRef* SubjectBefore(size_t cue, bool strict) const;
  // True when only particles or an aside between commas stand between the
  // token `last` and the cue.
  bool NextToVerb(size_t last, size_t cue) const;
  // True when a head of state's title (IsHeadOfState) is among tokens
  // [from, to].
  bool HeadOfStateBetween(size_t from, size_t to) const;
  const MentionRef* PersonWithTitle(size_t first, size_t last) const;
  const MentionRef* PersonEndingAt(size_t j) const;
  // "وكشف العمري" after "سعيد بن محمد العمري": the person an earlier
  // mention named with this word (a family name) last.
  const MentionRef* PersonWithSurname(size_t word) const;
  // The same anywhere in the article: a sub-heading "الكثيري:" may come
  // before the paragraph that names سحر الكثيري.
  const MentionRef* PersonWithSurnameAnywhere(size_t word) const;
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
  // The subject of a cue verb (one that made no quote) between the last
  // quote and participle `cue`, in its sentence: "قال عامر إن ...، فيما
  // أعرب الشيخ محمد عن فخره ...، مؤكدا".
  std::optional<Speaker> SubjectSinceLastQuote(size_t cue) const;
  // True when token j may be a verb: a word with no article, no
  // preposition, not a name nor a particle.
  bool MayBeVerb(size_t j) const;
  // "الطبيب المعالج، والذي أكد": the noun a relative pronoun right before
  // the cue stands for.
  std::optional<Speaker> RelativeSubject(size_t cue) const;
  // "أما التشكيلية سحر الكثيري فترى أن": the topic أما puts before a
  // cue with ف is its subject.
  std::optional<Speaker> TopicSubject(size_t cue) const;
  // "ونقلت الوكالة عن مصدر أمني قوله:": the one after عن, within eight
  // words before a verbal noun cue, whose words were reported.
  std::optional<Speaker> ReportedFrom(size_t cue) const;
  // وقال سموه: the person last named in the sentences before `at` with a
  // title the honorific answers to, else the last person named.
  const MentionRef* HonorificPerson(size_t cue, uint32_t at, size_t back) const;
  // True when a person other than `previous`'s speaker is named between
  // the end of `previous` and `at`: then "وأضاف" is that person's.
  bool NewPersonSince(const Quote& previous, uint32_t at) const;
  // True when a person other than `entity` is named in [from, at).
  bool NewPersonBetween(uint32_t from, uint32_t at, int entity) const;
  Speaker FromMention(const MentionRef& m, const char* from, bool with_span) const;
  // A person's mention that names a place: "بمطار الأمير محمد بن
  // عبدالعزيز" names no one who was there to speak.
  bool NamesPlace(const MentionRef& m) const;
  // True when token j is one letter and a dot: a rank abbreviated, د. أ.
  bool IsAbbreviation(size_t j) const;
  // True when token j is a title with و: "، ومدير المطار" starts a list's
  // next item.
  bool IsListedTitle(size_t j) const;
  // A person who may be the speaker: a PER mention that names no place.
  bool IsPerson(const MentionRef& m) const {
    return view_.IsType(m, "PER") && !NamesPlace(m);
  }

  const ArticleView& view_;
  const Tables& tables_;
  std::vector<bool> claimed_;
  std::vector<Quote> quotes_;     // the body's, in the order found
  std::vector<Quote> headlines_;  // the title's and sub-headings'
  std::vector<size_t> cue_tokens_;  // quotes_[k]'s cue token
  std::vector<int> speaker_entity_;  // quotes_[k]'s speaker entity, or -1
  // The last subject NoteSubject kept: its cue, and where it ends.
  struct Told {
    size_t cue = kNone;
    uint32_t after = 0;
    Speaker speaker;
  } told_;
};

}  // namespace khabar::quotes::internal

#endif  // KHABAR_QUOTES_QUOTE_FINDER_H_
