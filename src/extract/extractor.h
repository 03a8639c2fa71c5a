// Quantities and time expressions of an article, tied to their bytes.
//
// The extractors read a record's text, its tokens (text::Tokenize) and its
// sentences, and append what they find. Every Span is a byte range into
// `text` and `text.substr(begin, end - begin) == text` field of the result.
// Stateless and thread-safe: the word tables (data/*.tsv, embedded) are
// built once on first use and only read afterwards.
//
// Quantities:
//   "أرسلنا أكثر من ٨٠٠ طن من البضائع"
//     -> {text "أكثر من ٨٠٠ طن من البضائع", value 800, qualifier more_than,
//         unit طن, counted البضائع}
//   "نحو ٣٢ عملية إنسانية" -> {value 32, about, counted "عملية إنسانية"}
//   "لأكثر من خمسين عاماً" -> {value 50, more_than, unit عام}
//   "تضاعف ثلاث مرات"      -> {value 3, multiplier}
//   "مليونا دولار"         -> {value 2000000, unit دولار}
//   "بين ٣ و٥ أيام"        -> {value 3, value_max 5, unit يوم}
// Skipped: years and dates ("17 من يوليو", "(1732 - 1763)"), phone numbers,
// numbers after رقم/صفحة/المادة, ordinal words (they are not in the number
// table), URLs (one token), and a bare number with no unit, counted noun,
// qualifier, range or scale word ("ويندوز 10", "بوينج 777", a list item,
// CSS): on real pages those are labels far more often than amounts.
// What is counted is an indefinite noun right after the number, or any
// noun after "من": not a verb ("134 مليوناً يستقبل", "100 يعالجون"), not
// a noun with the article after digits ("16 الأميركية").
//
// Times, with the article date 2026-01-22 (a Thursday):
//   "22.01.2026"             -> {value 2026-01-22, kind date, absolute}
//   "اليوم الخميس"           -> {value 2026-01-22, date, weekday checked}
//   "قبل 4.6 مليار عام"      -> {value "", unresolved_out_of_range}
//   "أمس الأربعاء"           -> {value 2026-01-21}
//   "في هذا العام"           -> {value 2026}
//   "٣ رجب ١٤٤٧ هـ"          -> {value 2025-12-23, hijri 1447-07-03}
//   "الأسبوع الماضي"         -> {value 2026-01-11/2026-01-17, interval}
//   "لأكثر من خمسين عاماً"   -> {value P50Y, kind duration, mod more_than}
// A weekday that disagrees with the article date ("اليوم الجمعة" in an
// article of a Thursday) still resolves by the day word, and adds a warning.

#ifndef KHABAR_EXTRACT_EXTRACTOR_H_
#define KHABAR_EXTRACT_EXTRACTOR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/document.h"  // Quantity, TimeExpr, Token, Span

namespace khabar {

// What the first extractor run over some tokens learnt of them, for the
// next one (extract::Tokens fills it in one pass): each token's word-table
// roles (extract::Tables::Roles), and the tokens where a number, quantity
// or time expression may begin (digits, and words with a role), in order.
struct TokenMemo {
  std::vector<uint8_t> roles;
  std::vector<uint32_t> starts;
};

struct ExtractInput {
  std::string_view text;
  const std::vector<Token>& tokens;    // text::Tokenize(text), in order
  const std::vector<Span>& sentences;  // may be empty
  std::string_view date;               // article date YYYY-MM-DD, or ""
  // Left empty by callers. The first extractor run on this input keeps
  // here what it learnt of each token, and the next one reads it instead
  // of finding it again: the tokens must not change while the input is in
  // use, and one input is not for two threads at once.
  mutable TokenMemo memo = {};
};

// Appends the quantities of `in` to *out, in text order.
void ExtractQuantities(const ExtractInput& in, std::vector<Quantity>* out);

// Appends the time expressions of `in` to *out, in text order, and to
// *warnings (may be null) one line for each weekday that disagrees.
void ExtractTimes(const ExtractInput& in, std::vector<TimeExpr>* out,
                  std::vector<std::string>* warnings);

}  // namespace khabar

#endif  // KHABAR_EXTRACT_EXTRACTOR_H_
