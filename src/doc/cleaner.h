// The cleaner: repairs what scraping does to Arabic news text, and records
// every change it makes.
//
// Pass 1, one code point at a time:
//   invalid UTF-8            -> U+FFFD                       (invalid_utf8)
//   CR LF, CR                -> LF                           (line_break)
//   LRM RLM ALM, bidi embeddings and isolates, BOM, ZWJ, soft hyphen,
//   C0/C1 controls           -> removed                      (invisible)
//   runs of blanks, NBSP, blanks at line ends -> one space / none (spaces)
//   three or more line breaks -> one blank line               (spaces)
//   words not in NFC          -> NFC (ICU)                    (nfc)
// Pass 2, with the lexicon:
//   "...بوتينوقال بوتين" where the short segment before it is a heading
//     -> heading on its own line, then "وقال بوتين"         (glued_heading)
//   the same glue elsewhere -> a space                       (glued_word)
//   ".وتابع"  a sentence glued at punctuation -> ". وتابع"   (glued_sentence)
// Diacritics, tatweel, digits and spelling are never touched: the text keeps
// the author's characters; normalization is a separate view.

#ifndef KHABAR_DOC_CLEANER_H_
#define KHABAR_DOC_CLEANER_H_

#include <string>
#include <string_view>
#include <vector>

#include "khabar/document.h"

namespace khabar::text {
class Lexicon;
}

namespace khabar::doc {

struct Cleaned {
  std::string text;
  std::vector<Repair> repairs;    // spans into `text`, in order
  std::vector<Span> headings;     // heading lines that the repairs set apart
  std::vector<std::string> warnings;
};

class Cleaner {
 public:
  // `lexicon` must outlive the cleaner.
  explicit Cleaner(const text::Lexicon* lexicon) : lexicon_(lexicon) {}

  // Any bytes in; never fails. `find_headings`: look for section headings
  // glued to the next sentence (bodies; not titles).
  Cleaned Clean(std::string_view raw, bool find_headings) const;

 private:
  const text::Lexicon* lexicon_;
};

// Pass 1 alone (exposed for tests).
Cleaned CleanCharacters(std::string_view raw);

}  // namespace khabar::doc

#endif  // KHABAR_DOC_CLEANER_H_
