// Pass 2 of the cleaner: glued headings, words and sentences.
//
// Scraped pages lose the line break between a section heading and the first
// sentence of its section, and the space after a sentence's final
// punctuation:
//   `غزة".تصريحات الرئيس الفلسطيني محمود عباسوقال عباس ...`
//   -> `غزة".` / `تصريحات الرئيس الفلسطيني محمود عباس` / `وقال عباس ...`
// A word is split before a glue word (data/glue_words.txt: وقال, وأكد ...)
// when the whole is not in the lexicon and what comes before the glue is a
// word of the lexicon or has three letters or more (names the lexicon lacks:
// بيسكوفوقال). On all of SaudiNewsNet this splits 7 words, all truly glued;
// the glue list leaves out words whose normalized form ends common words
// (ورأت -> ورات would split بتطورات). When the words from the start of the line or the last
// sentence end up to the split are few and have no comma or colon, they are
// a heading and go on a line of their own. Edits are collected first and
// applied together, so that the repairs of pass 1 can be moved to the final
// text.

#include "doc/cleaner.h"

#include <algorithm>
#include <mutex>

#include "base/embed.h"
#include "base/utf8.h"
#include "text/chars.h"
#include "text/lexicon.h"
#include "text/normalizer.h"

KHABAR_EMBEDDED(khabar_glue_words)

namespace khabar::doc {
namespace {

using base::DecodeAt;
using text::IsArabicLetter;
using text::IsArabicWordChar;

constexpr size_t kMaxHeadingWords = 12;

// The glue words, normalized, longest first.
const std::vector<std::string>& GlueWords() {
  static const std::vector<std::string>* words = [] {
    auto* list = new std::vector<std::string>;
    std::string_view data = khabar_glue_words_view();
    while (!data.empty()) {
      const size_t nl = std::min(data.find('\n'), data.size());
      std::string_view line = data.substr(0, nl);
      data.remove_prefix(std::min(nl + 1, data.size()));
      if (!line.empty() && line[0] != '#') list->push_back(text::Normalize(line));
    }
    std::sort(list->begin(), list->end(),
              [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return list;
  }();
  return *words;
}

bool IsTerminator(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == U'؟';
}
bool IsCloser(char32_t c) {
  return c == '"' || c == U'»' || c == U'”' || c == ')' || c == ']';
}

struct Edit {
  size_t pos;         // in the pass-1 text
  size_t remove = 0;  // bytes removed at pos
  std::string insert;
  int priority = 0;   // of two edits at one place, the higher wins
};

struct Pending {      // a pass-2 repair, in pass-1 coordinates
  const char* kind;
  size_t begin, end;
};

class GluePass {
 public:
  GluePass(const text::Lexicon* lexicon, bool find_headings, Cleaned* c)
      : lexicon_(lexicon), find_headings_(find_headings), c_(c),
        t_(c->text) {}

  void Run() {
    FindGluedWords();
    FindGluedSentences();
    Apply();
  }

 private:
  // Byte offset in word [b, e) where the last `letters` letters begin.
  size_t SplitPoint(size_t b, size_t e, size_t letters) const {
    size_t i = e;
    while (i > b && letters > 0) {
      do --i; while (i > b && (static_cast<unsigned char>(t_[i]) & 0xC0) == 0x80);
      size_t j = i;
      if (IsArabicLetter(DecodeAt(t_, &j))) --letters;
    }
    return i;
  }

  // In the lexicon, alone or after the article ال (aspell lists stems).
  bool IsWord(std::string_view norm) const {
    constexpr std::string_view kArticle = "ال";
    return lexicon_->Contains(norm) ||
           (norm.starts_with(kArticle) && norm.size() > kArticle.size() + 2 &&
            lexicon_->Contains(norm.substr(kArticle.size())));
  }

  // Where the split of word t_[b, e) goes, or 0 when it stays whole.
  size_t GlueSplit(size_t b, size_t e) const {
    const std::string norm = text::Normalize(t_.substr(b, e - b));
    for (const std::string& glue : GlueWords()) {
      if (norm.size() <= glue.size() + 2 || !norm.ends_with(glue)) continue;
      if (lexicon_->Contains(norm)) return 0;
      const std::string_view head(norm.data(), norm.size() - glue.size());
      if (!IsWord(head) && base::CodePointCount(head) < 3) return 0;
      return SplitPoint(b, e, base::CodePointCount(glue));
    }
    return 0;
  }

  // Start of the segment that ends at `pos`: after the last line break or
  // sentence end on the same line, and the closing quotes and blank after it.
  size_t SegmentStart(size_t pos) const {
    size_t i = pos;
    while (i > 0) {
      const char c = t_[i - 1];
      if (c == '\n' || c == '.' || c == '!' || c == '?') break;
      if (i >= 2 && t_.compare(i - 2, 2, "؟") == 0) break;
      --i;
    }
    while (i < pos) {
      size_t k = i;
      const char32_t c = DecodeAt(t_, &k);
      if (!IsCloser(c) && c != ' ') break;
      i = k;
    }
    return i;
  }

  bool LooksLikeHeading(size_t b, size_t e) const {
    const std::string_view seg = std::string_view(t_).substr(b, e - b);
    if (seg.empty() || seg.find_first_of(",:;\"") != std::string_view::npos ||
        seg.find("«") != std::string_view::npos ||
        seg.find("،") != std::string_view::npos ||
        seg.find("؛") != std::string_view::npos)
      return false;
    return static_cast<size_t>(std::count(seg.begin(), seg.end(), ' ')) + 1 <=
           kMaxHeadingWords;
  }

  void OnGlue(size_t word_b, size_t word_e, size_t split) {
    // A segment ends at the previous split: one heading per segment.
    const size_t seg = std::max(SegmentStart(word_b), last_split_);
    last_split_ = split;
    if (find_headings_ && LooksLikeHeading(seg, split)) {
      edits_.push_back(Edit{split, 0, "\n", 1});
      pending_.push_back(Pending{"glued_heading", word_b, word_e});
      headings_.push_back(Pending{"heading", seg, split});
      if (seg > 0 && t_[seg - 1] != '\n') {
        const bool blank = t_[seg - 1] == ' ';
        edits_.push_back(Edit{blank ? seg - 1 : seg, blank ? 1u : 0u, "\n", 2});
        pending_.push_back(Pending{"heading_break", blank ? seg - 1 : seg, seg});
      }
      return;
    }
    edits_.push_back(Edit{split, 0, " ", 0});
    pending_.push_back(Pending{"glued_word", word_b, word_e});
  }

  void FindGluedWords() {
    size_t i = 0;
    while (i < t_.size()) {
      size_t j = i;
      if (!IsArabicWordChar(DecodeAt(t_, &j))) {
        i = j;
        continue;
      }
      const size_t b = i;
      while (j < t_.size()) {
        size_t k = j;
        if (!IsArabicWordChar(DecodeAt(t_, &k))) break;
        j = k;
      }
      if (const size_t split = GlueSplit(b, j); split > b) OnGlue(b, j, split);
      i = j;
    }
  }

  // "...إنسانية".وتابع" : a terminator (and closers) then an Arabic letter.
  void FindGluedSentences() {
    size_t i = 0;
    while (i < t_.size()) {
      const size_t at = i;
      const char32_t c = DecodeAt(t_, &i);
      if (!IsTerminator(c) || IsInitial(at)) continue;
      size_t j = i;
      while (j < t_.size()) {
        size_t k = j;
        const char32_t d = DecodeAt(t_, &k);
        if (!IsCloser(d) && !IsTerminator(d)) break;
        j = k;
      }
      if (j >= t_.size()) break;
      size_t k = j;
      if (!IsArabicLetter(DecodeAt(t_, &k)) || HasEditAt(j)) continue;
      edits_.push_back(Edit{j, 0, " ", 0});
      pending_.push_back(Pending{"glued_sentence", at, k});
      i = j;
    }
  }

  bool HasEditAt(size_t pos) const {
    return std::any_of(edits_.begin(), edits_.end(),
                       [pos](const Edit& e) { return e.pos == pos; });
  }

  // A '.' after a one-letter Arabic word (د. أ.) abbreviates a title.
  bool IsInitial(size_t dot) const {
    if (t_[dot] != '.' || dot < 2) return false;
    size_t b = dot - 2;
    size_t k = b;
    if (!IsArabicLetter(DecodeAt(t_, &k))) return false;
    return b == 0 || t_[b - 1] == ' ' || t_[b - 1] == '\n';
  }

  // Shift of a pass-1 offset: the sum of edits before it (at it, too, when
  // `inclusive`).
  size_t Map(size_t p, bool inclusive) const {
    long delta = 0;
    for (const Edit& e : edits_) {
      if (e.pos < p || (inclusive && e.pos == p))
        delta += static_cast<long>(e.insert.size()) - static_cast<long>(e.remove);
    }
    return static_cast<size_t>(static_cast<long>(p) + delta);
  }

  void Apply();

  const text::Lexicon* lexicon_;
  bool find_headings_;
  Cleaned* c_;
  const std::string t_;
  std::vector<Edit> edits_;
  std::vector<Pending> pending_;
  std::vector<Pending> headings_;
  size_t last_split_ = 0;
};

void GluePass::Apply() {
  if (edits_.empty()) return;
  // One edit per place: the heading break beats a plain space.
  std::stable_sort(edits_.begin(), edits_.end(),
                   [](const Edit& a, const Edit& b) {
                     return a.pos != b.pos ? a.pos < b.pos
                                           : a.priority > b.priority;
                   });
  edits_.erase(std::unique(edits_.begin(), edits_.end(),
                           [](const Edit& a, const Edit& b) {
                             return a.pos == b.pos ||
                                    (a.remove > 0 && b.pos < a.pos + a.remove);
                           }),
               edits_.end());
  std::string out;
  out.reserve(t_.size() + edits_.size());
  size_t from = 0;
  for (const Edit& e : edits_) {
    out.append(t_, from, e.pos - from);
    out += e.insert;
    from = e.pos + e.remove;
  }
  out.append(t_, from, std::string::npos);

  std::vector<Repair> repairs;
  for (Repair& r : c_->repairs) {
    const bool empty = r.span.empty();
    const size_t b = Map(r.span.begin, true);
    const size_t e = empty ? b : Map(r.span.end, false);
    if (std::string_view(out).substr(b, e - b) != r.after) continue;
    r.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    repairs.push_back(std::move(r));
  }
  for (const Pending& p : pending_) {
    // An insertion at an empty range's place belongs to it.
    const size_t b = Map(p.begin, false);
    const size_t e = Map(p.end, p.begin == p.end);
    repairs.push_back(Repair{p.kind, Span{static_cast<uint32_t>(b),
                                          static_cast<uint32_t>(e)},
                             t_.substr(p.begin, p.end - p.begin),
                             out.substr(b, e - b)});
  }
  for (const Pending& h : headings_)
    c_->headings.push_back(Span{static_cast<uint32_t>(Map(h.begin, true)),
                                static_cast<uint32_t>(Map(h.end, false))});
  std::stable_sort(repairs.begin(), repairs.end(),
                   [](const Repair& a, const Repair& b) {
                     return a.span.begin < b.span.begin;
                   });
  c_->repairs = std::move(repairs);
  c_->text = std::move(out);
}

}  // namespace

Cleaned Cleaner::Clean(std::string_view raw, bool find_headings) const {
  Cleaned cleaned = CleanCharacters(raw);
  GluePass(lexicon_, find_headings, &cleaned).Run();
  return cleaned;
}

}  // namespace khabar::doc
