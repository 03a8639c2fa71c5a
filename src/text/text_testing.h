// Test helpers for src/text: data-driven golden files and a sample of real
// articles. Test code only; never linked into khabar itself.

#ifndef KHABAR_TEXT_TEXT_TESTING_H_
#define KHABAR_TEXT_TEXT_TESTING_H_

#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::text::testing {

// Decodes the escapes golden files use for what cannot be typed or seen:
// \uXXXX and \UXXXXXXXX (a code point, written as UTF-8), \xHH (one raw
// byte, for invalid UTF-8), \t \n \r \\. Anything else is copied.
//   "a\u0640b" -> "aـb"      "\xff" -> one byte 0xFF
std::string Unescape(std::string_view s);

// The reverse, for messages: invisible and non-UTF-8 bytes made visible.
std::string Escape(std::string_view s);

// $KHABAR_SOURCE_DIR or, when unset, the checkout the test was built from.
std::string SourceDir();

struct GoldenCase {
  int line = 0;  // 1-based, in the file
  std::string input;
  std::string expected;
};

// Reads SourceDir()/<relative>. One case per line,
// "input<TAB>expected", both unescaped; '#' lines and blank lines skipped.
// Adds a test failure and returns nothing when the file is unreadable.
std::vector<GoldenCase> ReadGolden(const std::string& relative);

// The article texts (title, blank line, content) of the first day of
// SaudiNewsNet, $KHABAR_SHARED_DIR/data/saudinewsnet/2015-07-21.zip (about
// 1,900 articles, 10 MB), read once per process. Empty, with *why saying
// why, when the data is absent or unreadable.
const std::vector<std::string>& SampleArticles(std::string* why);

// Up to max_len code points, mostly from the Arabic blocks, with
// presentation forms, ASCII, invisibles (ZWNJ, RLM, BOM, tatweel, ...) and
// any code point at all mixed in. Always valid UTF-8.
std::string RandomArabicHeavy(std::mt19937& rng, int max_len);

// Up to max_len random bytes: mostly invalid UTF-8.
std::string RandomBytes(std::mt19937& rng, int max_len);

}  // namespace khabar::text::testing

#endif  // KHABAR_TEXT_TEXT_TESTING_H_
