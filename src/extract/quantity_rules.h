// The judgements around a number that the quantity extractor and the time
// extractor share: is this number a quantity at all, and which noun does it
// count.
//
//   "المادة 12"، "0501234567"، "عام 2015"، "22 يناير"، "10:30" -> not quantities
//   "٣٢ عملية إنسانية ..."  -> counted "عملية إنسانية"
//   "٨٠٠ طن من البضائع"     -> counted "البضائع" (after the unit, via من)

#ifndef KHABAR_EXTRACT_QUANTITY_RULES_H_
#define KHABAR_EXTRACT_QUANTITY_RULES_H_

#include <vector>

#include "extract/numbers.h"
#include "extract/tables.h"
#include "khabar/document.h"

namespace khabar::extract {

// Cheap test before ReadNumber: digits, or an Arabic word that may begin a
// number or a unit.
inline bool MayStartNumber(const Token& t) {
  return t.kind == TokenKind::kNumber ||
         (t.kind == TokenKind::kArabic && !t.stop &&
          (Tables::Get().Roles(Norm(t)) & (Tables::kNumberBit | Tables::kUnitBit)));
}

// A 4-digit integer token from 1900 to 2100: "2015".
bool IsYearLike(const Token& t);

// True when the number is a label, a year, part of a date or clock time, or
// a phone number, rather than an amount.
bool IsNotQuantity(const std::vector<Token>& t, const NumberMatch& n);

// The counted noun phrase at tokens[k] (with "من" before it, required when
// `after_unit`, and one adjective after it); sets *span and returns the
// index after it, or returns k with *span empty when there is none.
size_t ReadCounted(const std::vector<Token>& t, size_t k, bool after_unit,
                   Span* span);

}  // namespace khabar::extract

#endif  // KHABAR_EXTRACT_QUANTITY_RULES_H_
