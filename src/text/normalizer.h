// Search normalization: the one view of Arabic text that the index, queries,
// stopwords, the lexicon and highlighting all share.
//
// Per code point, from a table generated at build time (tools/gen_char_table
// from data/normalization.tsv and ICU's NFKC data):
//   أ إ آ ٱ -> ا     ى -> ي     ة -> ه     ؤ -> و     ئ -> ي
//   tatweel, harakat U+064B..U+065F and U+0670 -> removed
//   presentation forms U+FB50..U+FDFF, U+FE70..U+FEFF -> base letters
//   (lam-alef ligatures -> ل ا)
//   ک -> ك   ی ي ې -> ي   ە -> ه   (Persian/Urdu letters folded)
//   ٠..٩ ۰..۹ -> 0..9     Latin -> lower case
//   ZWNJ ZWJ LRM RLM and other format controls -> removed
// Examples:
//   "وَأَكَّدَ"  -> "واكد"       "مـــصر" -> "مصر"      "٢٠٢٦" -> "2026"
//   "مدرسة"     -> "مدرسه"      "مستشفى" -> "مستشفي"   "ﻻ" -> "لا"
// Normalize(Normalize(x)) == Normalize(x) for every x (tested).
// Invalid UTF-8 bytes become U+FFFD. Never fails, allocation-light.

#ifndef KHABAR_TEXT_NORMALIZER_H_
#define KHABAR_TEXT_NORMALIZER_H_

#include <string>
#include <string_view>

namespace khabar::text {

// Appends the normalization of `in` to `*out`. Characters without a mapping
// (spaces, punctuation, other scripts) are copied as they are.
void NormalizeAppend(std::string_view in, std::string* out);

inline std::string Normalize(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  NormalizeAppend(in, &out);
  return out;
}

}  // namespace khabar::text

#endif  // KHABAR_TEXT_NORMALIZER_H_
