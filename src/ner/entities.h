// From tokens to entities: tags each sentence (tagger.h), keeps the
// mentions that are names (not nationality adjectives, not dates), binds
// titles to the people they introduce, and groups the mentions of one
// article into entities.
//
//   "يعقد الرئيس الروسي فلاديمير بوتين ... قال بوتين ... وأكد الرئيس الروسي"
//   -> one entity PER "فلاديمير بوتين", mentions: الرئيس الروسي (title),
//      فلاديمير بوتين (name), بوتين (name), الرئيس الروسي (title)
//
// Grouping, within one article only:
//   - a name the gazetteers know goes to its canonical entity (بوتين and
//     أبو مازن too, when listed with their full name);
//   - a person's name whose words are all in a longer name already seen
//     (or the reverse) is that person: بوتين / فلاديمير بوتين;
//   - places and organizations group on their words less clitics:
//     لروسيا, وروسيا, روسيا;
//   - a title phrase (a gazetteer TITLE, with the nationality adjectives
//     and organization after it: الرئيس الروسي, المتحدث باسم الرئاسة
//     الروسية) right before a person's name is bound to that person; the
//     same phrase later, or a relative title with the same nationality
//     (نظيره الفلسطيني), is a title mention of that person.
// The canonical name is the gazetteer's, else the fullest name the article
// uses, its proclitics off (ل+روسيا -> روسيا; the article stays:
// الرئاسة الروسية).

#ifndef KHABAR_NER_ENTITIES_H_
#define KHABAR_NER_ENTITIES_H_

#include <string_view>
#include <vector>

#include "khabar/document.h"
#include "ner/gazetteer.h"
#include "ner/tagger.h"

namespace khabar::ner {

// `tokens` must carry segmentations (morph::SegmentTokens); mentions
// overlapping one of `times` are not entities (الخميس, رمضان); `sources`
// are spans the article's structure knows to be news sources (the
// dateline's: "22.01.2026, سبوتنيك عربي"), each an ORG.
std::vector<Entity> FindEntities(std::string_view text,
                                 const std::vector<Token>& tokens,
                                 const std::vector<Span>& sentences,
                                 const std::vector<TimeExpr>& times,
                                 const std::vector<Span>& sources,
                                 const Tagger& tagger,
                                 const Gazetteer& gazetteer);

// The BIO tags (ner::Tag) the entity layer gives one sentence's tokens:
// the tagger's, corrected with the gazetteers as FindEntities does (what
// `khabar tag` prints and `khabar eval ner` scores).
std::vector<uint8_t> TagTokens(std::string_view text,
                               const std::vector<Token>& tokens,
                               const Tagger& tagger, const Gazetteer& gazetteer);

}  // namespace khabar::ner

#endif  // KHABAR_NER_ENTITIES_H_
