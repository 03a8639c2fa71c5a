#include "text/chars.h"

#include "text/char_class.h"

namespace khabar::text {
namespace {

using internal::CharClass;

CharClass ClassOf(char32_t c) {
  return c > 0x10FFFF ? CharClass::kOther : internal::LookupChar(c).cls;
}

}  // namespace

bool IsArabicLetter(char32_t c) { return ClassOf(c) == CharClass::kArabicLetter; }

bool IsArabicWordChar(char32_t c) {
  const CharClass cls = ClassOf(c);
  return cls == CharClass::kArabicLetter || cls == CharClass::kArabicMark ||
         cls == CharClass::kTatweel;
}

bool IsLatinLetter(char32_t c) { return ClassOf(c) == CharClass::kLatinLetter; }

// A digit's normalization is its ASCII digit (data/normalization.tsv folds
// every Nd to 0-9), so the table already knows its value.
int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (ClassOf(c) != CharClass::kDigit) return -1;
  const internal::CharInfo& info = internal::LookupChar(c);
  if (info.len != 1) return -1;
  const char d = internal::kCharPool[info.offset];
  return d >= '0' && d <= '9' ? d - '0' : -1;
}

}  // namespace khabar::text
