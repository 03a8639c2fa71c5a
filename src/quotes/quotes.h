// Who said what (quotes) and what happened between whom (events),
// read off an analyzed article: its text, tokens, sentences, sections and
// entities (ner/entities.h).
//
// Quotes. Arabic news puts the verb first, so a quote is found from its
// cue: a speech verb from data/quotes/cues.tsv (قال، وأكد، مشيرا ...),
// then what follows it in its sentence:
//
//   وقال بوتين خلال اللقاء، إنه "خلال أحلك أوقات أزمة غزة ..."
//   ^cue ^subject              ^lead-in ^direct: the marks' content
//   وقالت الرئاسة الروسية في بيان لها إن جدول الأعمال يشمل ...
//                                     ^indirect: the clause after إن
//   وقال إن الوضع "خطير جدا" في المنطقة      -> mixed: a clause that
//                                              quotes some of its words
//
// A quote after its marks' close counts too ("...", قال بوتين), and a
// title "بوتين: العلاقات ... راسخة" is a headline quote.
//
// The speaker, first that applies:
//   subject       an entity named after the cue, before the lead-in
//                 (وقال بوتين، وأكد الرئيس الروسي -> the title's person;
//                 "قالت البلدية على لسان رئيسها X" -> X), a title and its
//                 genitive, then the name ("وأوضح مدير فرع الهيئة ...
//                 بمنطقة تبوك ناصر الخريصي أن"), or a person or
//                 organization named before the cue in its clause (بوتين
//                 قال، وكان المتحدث ... بيسكوف، قد كشف، "الطبيب المعالج،
//                 والذي أكد")
//   title         a title or a family name alone (وأكد الأمين العام،
//                 وكشف العمري): the person the article named with it
//   participle    مشيرا/مؤكدا...: the speaker of the sentence's last quote,
//                 else the subject of the verb before it ("استنكر الأمين
//                 العام ... الزياني ...، واصفا"); a plural (مؤكدين،
//                 وقالوا) only a group's ("دبلوماسيون عرب")
//   continuation  no subject (وتابع، وأكد أنه): the subject of a cue that
//                 quoted nothing since ("وأشار المطيري إلى قيام ..."), else
//                 the previous quote's, in the same section
//   section       a heading naming one person: "تصريحات الرئيس الفلسطيني
//                 محمود عباس" speaks for its section
//   preceding     the person last named (for سموه، معاليه the last one
//                 with a title the honorific answers to: الأمير، الوزير)
// A title the entity layer tagged apart from its name ("[الأمير]
// [الدكتور] [نايف بن ثنيان]") leads to the name. A subject that is no
// entity ("وقال مصدر مسؤول إن") is kept as text.
//
// Events: a trigger word from data/quotes/events.tsv (محادثات، التقى،
// اتصالا هاتفيا، زار، استقبل، وقع اتفاقية) with the people (or
// organizations, countries) it links: its subject before it, and those
// after it (مع X، بين X وY, or its object); the place after في, the date
// from the sentence's time expressions, and the topics after تتناول، حول،
// تركز على ... Mentions of one event across sentences merge.

#ifndef KHABAR_QUOTES_QUOTES_H_
#define KHABAR_QUOTES_QUOTES_H_

#include <string>
#include <string_view>
#include <bitset>
#include <functional>
#include <unordered_map>
#include <vector>

#include "khabar/document.h"

namespace khabar::quotes {

// The cue and trigger tables, keyed by search normalization. Built once
// from the embedded data files; const and shared by threads after.
class Tables {
 public:
  // kNoun: a verbal noun (بقوله "by saying"), read as a participle.
  enum class Form : uint8_t { kPast, kPresent, kParticiple, kNoun };
  struct Cue {
    std::string lemma;       // قال
    Form form = Form::kPast;
    bool ambiguous = false;   // needs its lead-in right after it
    bool impersonal = false;  // present form + أن is passive: يذكر أن
    bool plural = false;      // قالوا، يقولون، مؤكدين: a group speaks
  };

  // From the text of data/quotes/cues.tsv and data/quotes/events.tsv.
  // Malformed lines are named in `errors` (file:line: why) and skipped.
  Tables(std::string_view cues_tsv, std::string_view events_tsv,
         std::vector<std::string>* errors);

  // The embedded tables.
  static const Tables& Default();

  // The cue a token's norm is, its proclitic و or ف aside; null if none.
  const Cue* FindCue(std::string_view norm) const;
  // The event type a phrase starting at tokens[i] names, and its length in
  // tokens; "" when none. "agreement" only with its object word near.
  std::string_view FindTrigger(const std::vector<Token>& tokens, size_t i,
                               size_t* length) const;

  // False when no cue or trigger word, with any clitics, ends as `norm`
  // does (its last two letters): most words, ruled out with no hashing.
  bool MaybeListed(std::string_view norm) const {
    const int key = EndingKey(norm);
    return key < 0 || endings_[key];
  }

  size_t num_cues() const { return cues_.size(); }
  size_t num_triggers() const { return triggers_.size(); }

 private:
  // Looked up by string_view, with no string made per token.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Eq = std::equal_to<>;
  std::unordered_map<std::string, Cue, Hash, Eq> cues_;
  // Keyed by the phrase's first word; each entry the rest and the type.
  struct Trigger {
    std::vector<std::string> rest;
    std::string type;
  };
  std::unordered_multimap<std::string, Trigger, Hash, Eq> triggers_;
  std::vector<std::string> agreement_objects_;
  // The last two letters of every listed word (clitics never change them),
  // 7 bits a letter (of U+0600..U+067F); -1 for a word not so made.
  static int EndingKey(std::string_view norm);
  void AddEnding(std::string_view norm);
  std::bitset<1 << 14> endings_;
};

// Sets record->quotes (in text order) and record->events. `record` must
// carry its text, sentences, sections, times and entities; `tokens` are
// its tokens with segmentations (Record::tokens or the pipeline's). An
// event said inside a quotation is the speaker's word, not the article's
// report, and is left out.
void AddQuotesAndEvents(const std::vector<Token>& tokens, Record* record,
                        const Tables& tables = Tables::Default());

}  // namespace khabar::quotes

#endif  // KHABAR_QUOTES_QUOTES_H_
