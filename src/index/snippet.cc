#include "index/snippet.h"

#include <algorithm>
#include <unordered_set>

#include "morph/segmenter.h"
#include "text/tokenizer.h"

namespace khabar::index {
namespace {

struct Scored {
  Span span;
  int weight;  // 2 exact form, 1 stem only, 0 no match
};

// The stem without its last letter (two bytes for an Arabic letter): a
// word whose norm does not hold it cannot have the stem, whatever clitics
// it carries or letter the segmenter restored (استضافتنا -> استضافه).
std::string_view StemCore(std::string_view stem) {
  return stem.size() > 4 ? stem.substr(0, stem.size() - 2) : stem;
}

std::vector<Scored> ScoreWords(std::string_view text, Span range,
                               const std::vector<Word>& query) {
  std::unordered_set<std::string> norms, stems;
  for (const Word& w : query) {
    if (w.stop && query.size() > 1) continue;  // stopwords mark nothing
    norms.insert(w.norm);
    stems.insert(w.stem);
  }
  std::vector<Token> tokens;
  text::Tokenize(text, range, &tokens);
  std::vector<Scored> out;
  std::string norm, stem;
  for (Token& t : tokens) {
    if (!IsIndexable(t)) continue;
    int weight = norms.count(std::string(t.norm.view())) ? 2 : 0;
    // Segmenting is the costly part: only words that may hold a stem.
    const bool maybe = weight == 0 && std::any_of(stems.begin(), stems.end(), [&](const std::string& s) {
      return t.norm.view().find(StemCore(s)) != std::string_view::npos;
    });
    if (maybe) {
      if (t.kind == TokenKind::kArabic) t.seg = morph::Segmenter::Default().Code(t.span.Of(text));
      FormsOf(t, text, &norm, &stem);
      weight = stems.count(stem) ? 1 : 0;
    }
    out.push_back({t.span, weight});
  }
  return out;
}

// The window [first, first + n) of `words` with the most weight.
size_t BestWindow(const std::vector<Scored>& words, size_t n, int* best_weight) {
  int sum = 0, best = -1;
  size_t best_first = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    sum += words[i].weight;
    if (i >= n) sum -= words[i - n].weight;
    const size_t first = i + 1 >= n ? i + 1 - n : 0;
    if (sum > best) {
      best = sum;
      // Start a few words before the window's first match, for context.
      size_t m = first;
      while (m < i && words[m].weight == 0) ++m;
      best_first = m >= 3 ? m - 3 : 0;
    }
  }
  *best_weight = best;
  return best_first;
}

Snippet Window(const std::vector<Scored>& words, size_t first, size_t n) {
  Snippet s;
  const size_t last = std::min(words.size(), first + n);
  if (first >= last) return s;
  s.span = Span{words[first].span.begin, words[last - 1].span.end};
  for (size_t i = first; i < last; ++i)
    if (words[i].weight > 0) s.highlights.push_back(words[i].span);
  return s;
}

}  // namespace

Snippet MakeSnippet(std::string_view text, Span range,
                    const std::vector<Word>& query, size_t max_words) {
  range.end = std::min<uint32_t>(range.end, text.size());
  range.begin = std::min(range.begin, range.end);
  for (Span where : {range, Span{0, static_cast<uint32_t>(text.size())}}) {
    const std::vector<Scored> words = ScoreWords(text, where, query);
    int weight = 0;
    const size_t first = BestWindow(words, max_words, &weight);
    if (weight > 0) return Window(words, first, max_words);
  }
  return Window(ScoreWords(text, range, {}), 0, max_words);
}

}  // namespace khabar::index
