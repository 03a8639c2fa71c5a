// Reading one number at a token: digits in any digit set with their
// separators, number words with their compounds, duals and fractions, and a
// scale word after digits.
//
//   "١٢٬٥٠٠"          -> 12500        "26،013,94" -> 26013.94
//   "3.5%"            -> 3.5 percent  "٤٫٥"      -> 4.5
//   "٣ ملايين"        -> 3000000      "1.5 مليار" -> 1500000000
//   "خمسة وعشرين"     -> 25           "ثلاثة آلاف" -> 3000
//   "مليونا"          -> 2000000      "نصف مليون" -> 500000
//   "عشرات الآلاف"    -> 10000, vague (a lower bound)
//   "لأكثر" "الثاني"  -> nothing (not number words; ordinals are not counts)
//   "كمية" "كميات"    -> nothing (ك is no proclitic of a number: not ك + مية)

#ifndef KHABAR_EXTRACT_NUMBERS_H_
#define KHABAR_EXTRACT_NUMBERS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "extract/tables.h"
#include "khabar/document.h"

namespace khabar::extract {

struct NumberMatch {
  size_t begin = 0;  // tokens [begin, end)
  size_t end = 0;
  double value = 0;
  bool digits = false;   // begins with a digit token
  bool percent = false;  // the digits carried % or ٪
  bool vague = false;    // عشرات، مئات، آلاف: value is a lower bound
  bool weak = false;     // one word that alone is rarely a count (واحد، ست)
  bool scaled = false;   // has a scale word: ألف، مليون، آلاف، مليونا
  // Ends in a scale word in the accusative after a count ("134 مليوناً",
  // "عشرين ألفا"): the number is complete, and a noun right after it is
  // not what it counts ("134 مليوناً يستقبل"); only "من" brings one.
  bool accusative = false;
};

// The value of a digit token's norm (ASCII digits and separators, as
// text::Tokenize leaves them). Separators: ٫ decimal, ٬ thousands; of two
// different ones the last is the decimal mark; "," "،" "." alone: thousands
// when repeated or (for "," "،") followed by exactly three digits, else
// decimal. nullopt for what is not one number ("22.01.2026", "1.2.3").
std::optional<double> ParseDigits(std::string_view norm, bool* percent);

// The number that starts at tokens[i], if any.
std::optional<NumberMatch> ReadNumber(const Tokens& tokens,
                                      size_t i);

}  // namespace khabar::extract

#endif  // KHABAR_EXTRACT_NUMBERS_H_
