// Builds the stopword set (stopword_set.h says how it is laid out) once, on
// first use, from data/stopwords.txt as embedded in the binary.

#include "text/stopwords.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "base/embed.h"
#include "text/normalizer.h"
#include "text/stopword_set.h"

KHABAR_EMBEDDED(khabar_stopwords)

namespace khabar::text {
namespace internal {
namespace {

// The word of each non-comment line, trimmed.
std::vector<std::string_view> Lines(std::string_view file) {
  std::vector<std::string_view> words;
  while (!file.empty()) {
    size_t eol = file.find('\n');
    if (eol == std::string_view::npos) eol = file.size();
    std::string_view line = file.substr(0, eol);
    file.remove_prefix(std::min(eol + 1, file.size()));
    line = line.substr(0, line.find('#'));
    const size_t b = line.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) continue;
    words.push_back(line.substr(b, line.find_last_not_of(" \t\r") + 1 - b));
  }
  return words;
}

}  // namespace

StopSet::StopSet(std::string_view file) {
  const std::vector<std::string_view> lines = Lines(file);
  size_t capacity = 16;
  while (capacity < 4 * lines.size()) capacity *= 2;
  slots_.resize(capacity);
  mask_ = static_cast<uint32_t>(capacity - 1);
  for (std::string_view line : lines) {
    const std::string norm = Normalize(line);
    if (!norm.empty()) Insert(norm);
  }
}

void StopSet::Insert(std::string_view norm) {
  const size_t n = norm.size();
  if (n > kMaxWordBytes) {
    // A programmer error in data/stopwords.txt, caught by its test.
    std::fprintf(stderr, "khabar: stopword longer than %zu bytes: %.*s\n",
                 kMaxWordBytes, static_cast<int>(n), norm.data());
    std::abort();
  }
  first_[n] |= n > 1 ? uint64_t{1} << (norm[1] & 63) : ~uint64_t{0};
  last_[n] |= uint64_t{1} << (norm[n - 1] & 63);
  if (Contains(norm)) return;
  char padded[kMaxWordBytes] = {};
  std::memcpy(padded, norm.data(), n);
  const Key key = MakeKey(padded, n);
  uint32_t i = Hash(key) & mask_;
  while (slots_[i].size != 0) i = (i + 1) & mask_;
  slots_[i] = key;
}

const StopSet& Stopwords() {
  static const StopSet* const set = new StopSet(khabar_stopwords_view());
  return *set;
}

}  // namespace internal

bool IsStopword(std::string_view norm) {
  return internal::Stopwords().Contains(norm);
}

}  // namespace khabar::text
