// Light stemming for search, and Snowball's Arabic stemmer beside it.

#include <libstemmer.h>

#include <memory>

#include "base/utf8.h"
#include "morph/segmenter.h"

namespace khabar::morph {

std::string LightStem(std::string_view stem_norm) {
  // Inflectional endings in search normalization (ة is ه there), longest
  // first: dual and plural, feminine, nisba.
  static constexpr std::string_view kSuffixes[] = {
      "تان", "تين", "ات", "ان", "ون", "ين", "يه", "ه", "ي",
  };
  const size_t letters = base::CodePointCount(stem_norm);
  for (std::string_view suffix : kSuffixes) {
    const size_t n = base::CodePointCount(suffix);
    if (letters >= n + 3 && stem_norm.size() >= suffix.size() &&
        stem_norm.substr(stem_norm.size() - suffix.size()) == suffix)
      return std::string(stem_norm.substr(0, stem_norm.size() - suffix.size()));
  }
  return std::string(stem_norm);
}

std::string SnowballStem(std::string_view word) {
  struct Deleter {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
  };
  // A stemmer holds per-call state: one per thread.
  thread_local std::unique_ptr<sb_stemmer, Deleter> stemmer(
      sb_stemmer_new("arabic", "UTF_8"));
  if (!stemmer) return std::string(word);
  const sb_symbol* out = sb_stemmer_stem(
      stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()),
      static_cast<int>(word.size()));
  if (out == nullptr) return std::string(word);
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(stemmer.get())));
}

}  // namespace khabar::morph
