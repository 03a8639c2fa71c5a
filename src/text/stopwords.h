// The stopword list: data/stopwords.txt, normalized with normalizer.h when
// loaded (so it matches token norms whatever spelling the file uses), compiled
// into the binary.

#ifndef KHABAR_TEXT_STOPWORDS_H_
#define KHABAR_TEXT_STOPWORDS_H_

#include <string_view>

namespace khabar::text {

// REQUIRES: `norm` is already normalized. Thread-safe.
bool IsStopword(std::string_view norm);

}  // namespace khabar::text

#endif  // KHABAR_TEXT_STOPWORDS_H_
