// The judgements around a number that the quantity extractor and the time
// extractor share: is this number a quantity at all, and which noun does it
// count.
//
//   "المادة 12"، "0501234567"، "عام 2015"، "22 يناير"، "10:30" -> not quantities
//   "رقم ( 15 )"، "17 من يوليو"                                  -> not quantities
//   "٣٢ عملية إنسانية ..."  -> counted "عملية إنسانية"
//   "٨٠٠ طن من البضائع"     -> counted "البضائع" (after the unit, via من)

#ifndef KHABAR_EXTRACT_QUANTITY_RULES_H_
#define KHABAR_EXTRACT_QUANTITY_RULES_H_

#include <string_view>
#include <vector>

#include "extract/numbers.h"
#include "extract/tables.h"
#include "khabar/document.h"

namespace khabar::extract {

// Cheap test before ReadNumber: digits, or an Arabic word that may begin a
// number or a dual unit (a quantity by itself: "ضعفين").
inline bool MayStartNumber(const Tokens& t, size_t i) {
  return t[i].kind == TokenKind::kNumber ||
         (t[i].kind == TokenKind::kArabic && !t[i].stop &&
          (t.roles(i) & (Tables::kNumberBit | Tables::kDualBit)));
}

// A 4-digit integer token from 1900 to 2100: "2015".
bool IsYearLike(const Token& t);

// True when the number is a label, a year, part of a date or clock time, or
// a phone number, rather than an amount.
bool IsNotQuantity(const Tokens& t, const NumberMatch& n);

// Next to a month name, tokens [b, e) are the day or the year of a date:
// "22 يناير"، "17 من يوليو"، "15 إلى 21 يوليو"، "رجب 1447".
bool NextToMonth(const Tokens& t, size_t b, size_t e);

// The counted noun phrase at tokens[k] (with "من" before it, required when
// `need_min`, and one adjective after it); sets *span and returns the
// index after it, or returns k with *span empty when there is none. A noun
// with ال right after the number is taken only when `definite`: after a
// number word in construct ("آلاف المقاتلين"، "نصف المشترين"), not after
// digits ("16 الأميركية"، "(1) الشهادة" are a label and its heading; nor
// "10 للمستخدمين", ل + ال).
size_t ReadCounted(std::string_view text, const Tokens& t, size_t k, bool need_min,
                   bool definite, Span* span);

}  // namespace khabar::extract

#endif  // KHABAR_EXTRACT_QUANTITY_RULES_H_
