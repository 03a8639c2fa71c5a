#include "quotes/article_view.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace khabar::quotes {
namespace {

// The kinds of quotation marks. Straight and curly marks open and close
// by turns (Arabic keyboards often swap “ and ”); guillemets nest.
enum MarkClass { kStraight, kCurly, kLowCurly, kNumClasses, kGuillemetOpen,
                 kGuillemetClose, kNotMark };

MarkClass ClassOf(std::string_view s) {
  if (s == "\"") return kStraight;
  if (s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D") return kCurly;     // “ ”
  if (s == "\xE2\x80\x9E" || s == "\xE2\x80\x9F") return kLowCurly;  // „ ‟
  if (s == "\xC2\xAB") return kGuillemetOpen;                        // «
  if (s == "\xC2\xBB") return kGuillemetClose;                       // »
  return kNotMark;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

}  // namespace

bool IsPreposition(std::string_view n) {
  // ل، ب، ك: the one-letter prepositions written apart (لـ"الرياض").
  static constexpr std::array<std::string_view, 27> kWords = {
      "في", "خلال", "علي", "الي", "من", "عن", "مع", "بين", "حول", "لدي",
      "عند", "بعد", "قبل", "امس", "اليوم", "ايضا", "كذلك", "بشان", "امام",
      "منذ", "عبر", "اثناء", "حيث", "قد", "ل", "ب", "ك"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

ArticleView::ArticleView(const Record& record, const std::vector<Token>& tokens,
                         const Tables& tables)
    : record_(record), tokens_(tokens), cue_at_(tokens.size(), nullptr) {
  for (size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].kind == TokenKind::kArabic) cue_at_[i] = tables.FindCue(tokens[i].norm);
  IndexSentences();
  IndexMentions();
  FindRegions();
}

size_t ArticleView::TokenAt(uint32_t at) const {
  auto it = std::lower_bound(
      tokens_.begin(), tokens_.end(), at,
      [](const Token& t, uint32_t offset) { return t.span.begin < offset; });
  return static_cast<size_t>(it - tokens_.begin());
}

bool ArticleView::LineBreakBefore(size_t i) const {
  if (i == 0 || i >= tokens_.size()) return true;
  const uint32_t from = tokens_[i - 1].span.end, to = tokens_[i].span.begin;
  return to > from && std::memchr(record_.text.data() + from, '\n', to - from) != nullptr;
}

size_t ArticleView::SectionAt(uint32_t offset) const {
  const std::vector<Section>& sections = record_.sections;
  for (size_t s = 0; s < sections.size(); ++s) {
    const uint32_t begin =
        sections[s].heading.empty() ? sections[s].span.begin : sections[s].heading.begin;
    if (offset >= begin && offset < sections[s].span.end) return s;
  }
  return kNone;
}

void ArticleView::IndexSentences() {
  const std::vector<Span>& sentences = record_.sentences;
  sentence_of_.assign(tokens_.size(), kNone);
  sentence_first_.resize(sentences.size());
  sentence_end_.resize(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    size_t i = TokenAt(sentences[s].begin);
    sentence_first_[s] = i;
    for (; i < tokens_.size() && tokens_[i].span.end <= sentences[s].end; ++i)
      sentence_of_[i] = s;
    sentence_end_[s] = i;
  }
}

void ArticleView::IndexMentions() {
  mention_at_.assign(tokens_.size(), -1);
  for (size_t e = 0; e < record_.entities.size(); ++e) {
    for (const EntityMention& m : record_.entities[e].mentions) {
      const size_t first = TokenAt(m.span.begin);
      if (first >= tokens_.size() || tokens_[first].span.begin != m.span.begin)
        continue;  // not on a token boundary: never from the entity layer
      size_t last = first;
      while (last + 1 < tokens_.size() && tokens_[last + 1].span.end <= m.span.end)
        ++last;
      MentionRef ref{first, last, static_cast<int>(e), m.kind == "title", m.span};
      const int at = mention_at_[first];
      if (at >= 0 && mentions_[at].last >= last) continue;  // keep the longer
      mention_at_[first] = static_cast<int>(mentions_.size());
      mentions_.push_back(ref);
    }
  }
}

void ArticleView::FindRegions() {
  const size_t n = tokens_.size();
  std::array<size_t, kNumClasses> open;
  open.fill(kNone);
  std::vector<size_t> guillemets;  // opening «, innermost last
  auto add = [&](size_t from, size_t to, bool closed) {
    Region r;
    r.open = from;
    r.close = closed ? to : kNone;
    r.last = closed ? to - 1 : to;
    if (r.last <= r.open) return;  // no content
    uint32_t begin = tokens_[from].span.end;
    uint32_t end = closed ? tokens_[to].span.begin : tokens_[to].span.end;
    while (begin < end && IsSpace(record_.text[begin])) ++begin;
    while (end > begin && IsSpace(record_.text[end - 1])) --end;
    r.content = Span{begin, end};
    regions_.push_back(r);
  };
  auto close_paragraph = [&](size_t last) {
    for (size_t& o : open) {
      if (o != kNone) add(o, last, false);
      o = kNone;
    }
    for (size_t o : guillemets) add(o, last, false);
    guillemets.clear();
  };
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && LineBreakBefore(i)) close_paragraph(i - 1);
    if (tokens_[i].kind != TokenKind::kPunct) continue;
    const MarkClass c = ClassOf(Surface(i));
    if (c == kNotMark) continue;
    if (c == kGuillemetOpen) {
      guillemets.push_back(i);
    } else if (c == kGuillemetClose) {
      if (guillemets.empty()) continue;  // a stray »: nothing to close
      add(guillemets.back(), i, true);
      guillemets.pop_back();
    } else if (open[c] == kNone) {
      open[c] = i;
    } else {
      add(open[c], i, true);
      open[c] = kNone;
    }
  }
  if (n > 0) close_paragraph(n - 1);

  std::sort(regions_.begin(), regions_.end(),
            [](const Region& a, const Region& b) { return a.open < b.open; });
  opened_at_.assign(n, kNone);
  holding_.assign(n, kNone);
  for (size_t r = 0; r < regions_.size(); ++r) {
    Region& region = regions_[r];
    region.nested = holding_[region.open] != kNone;
    opened_at_[region.open] = r;
    const size_t end = region.close == kNone ? region.last : region.close;
    for (size_t i = region.open + 1; i <= end && i < n; ++i)
      if (holding_[i] == kNone) holding_[i] = r;
  }
}

}  // namespace khabar::quotes
