// Questions about one code point that stages outside the hot loops ask
// (the cleaner, sentences, structure, dates), answered from the same
// generated table the normalizer and tokenizer use (char_class.h), so that
// every stage agrees on what an Arabic letter or a digit is.
//   IsArabicLetter(U'ب') == true     IsArabicWordChar(U'َ') == true
//   DigitValue(U'٣') == 3            DigitValue(U'۷') == 7   DigitValue('x') == -1

#ifndef KHABAR_TEXT_CHARS_H_
#define KHABAR_TEXT_CHARS_H_

namespace khabar::text {

// A letter of the Arabic script, presentation forms included.
bool IsArabicLetter(char32_t c);

// What an Arabic word is made of: letters, harakat and other Arabic marks,
// tatweel.
bool IsArabicWordChar(char32_t c);

// A letter of the Latin script.
bool IsLatinLetter(char32_t c);

// 0..9 for a decimal digit of any script (ASCII, ٠-٩, ۰-۹, ...), else -1.
int DigitValue(char32_t c);

}  // namespace khabar::text

#endif  // KHABAR_TEXT_CHARS_H_
