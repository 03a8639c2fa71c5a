// What the quote finder (quotes.cc, speakers.cc) and events.cc ask of an
// article, indexed by token: which sentence and section a token is in,
// which entity mention starts there, and the quotation marks' regions.
// Internal to src/quotes.

#ifndef KHABAR_QUOTES_ARTICLE_VIEW_H_
#define KHABAR_QUOTES_ARTICLE_VIEW_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "khabar/document.h"
#include "quotes/quotes.h"

namespace khabar::quotes {

inline constexpr size_t kNone = static_cast<size_t>(-1);

// One entity mention in token coordinates.
struct MentionRef {
  size_t first = 0;  // its first token
  size_t last = 0;   // its last token
  int entity = -1;   // index into Record::entities
  bool title = false;
  Span span;
};

// The content between a pair of quotation marks (or from an opening mark
// left unclosed to the end of its paragraph).
struct Region {
  size_t open = 0;       // the opening mark's token
  size_t close = kNone;  // the closing mark's token; kNone when unclosed
  size_t last = 0;       // the last token of the content
  Span content;          // between the marks, spaces trimmed
  bool nested = false;   // inside another region: part of its content
};

class ArticleView {
 public:
  ArticleView(const Record& record, const std::vector<Token>& tokens,
              const Tables& tables);

  const Record& record() const { return record_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  std::string_view text() const { return record_.text; }
  std::string_view Norm(size_t i) const { return tokens_[i].norm; }
  bool IsPunct(size_t i, std::string_view mark) const {
    return tokens_[i].kind == TokenKind::kPunct && Surface(i) == mark;
  }
  std::string_view Surface(size_t i) const {
    return tokens_[i].span.Of(record_.text);
  }

  // The cue token i is (Tables::FindCue, asked once per token), or null;
  // a sure cue is not also a common other word (بين "between").
  const Tables::Cue* CueAt(size_t i) const { return cue_at_[i]; }
  bool SureCueAt(size_t i) const { return cue_at_[i] && !cue_at_[i]->ambiguous; }

  // The sentence (index into Record::sentences) a token is in; kNone for
  // a token outside every sentence (a heading, the dateline).
  size_t SentenceOf(size_t i) const { return sentence_of_[i]; }
  // The tokens of sentence s: [first, end).
  size_t SentenceFirst(size_t s) const { return sentence_first_[s]; }
  size_t SentenceEnd(size_t s) const { return sentence_end_[s]; }
  // The section (index into Record::sections) a byte offset is in; kNone
  // outside every section.
  size_t SectionAt(uint32_t offset) const;

  // The mention starting at token i, or null.
  const MentionRef* MentionAt(size_t i) const {
    return mention_at_[i] < 0 ? nullptr : &mentions_[mention_at_[i]];
  }
  const std::vector<MentionRef>& mentions() const { return mentions_; }
  const Entity& EntityOf(const MentionRef& m) const {
    return record_.entities[m.entity];
  }
  bool IsType(const MentionRef& m, std::string_view type) const {
    return EntityOf(m).type == type;
  }

  // Regions, in the order of their opening marks, and the region whose
  // opening mark is token i (kNone if none) or whose content holds it.
  const std::vector<Region>& regions() const { return regions_; }
  size_t RegionOpenedAt(size_t i) const { return opened_at_[i]; }
  size_t RegionHolding(size_t i) const { return holding_[i]; }

  // True when a line break separates tokens i-1 and i.
  bool LineBreakBefore(size_t i) const;
  // The first token at or after byte offset `at`.
  size_t TokenAt(uint32_t at) const;

 private:
  void IndexSentences();
  void IndexMentions();
  void FindRegions();

  const Record& record_;
  const std::vector<Token>& tokens_;
  std::vector<size_t> sentence_of_;
  std::vector<size_t> sentence_first_, sentence_end_;
  std::vector<MentionRef> mentions_;
  std::vector<int> mention_at_;
  std::vector<Region> regions_;
  std::vector<size_t> opened_at_, holding_;
  std::vector<const Tables::Cue*> cue_at_;
};

// The two halves of AddQuotesAndEvents (quotes.h). EventsOf reads the
// quotes from the view's record: set them first.
std::vector<Quote> QuotesOf(const ArticleView& view, const Tables& tables);
std::vector<Event> EventsOf(const ArticleView& view, const Tables& tables);

// Words that end the search for a subject or a topic: prepositions and
// particles after which no subject follows (في، خلال، على ...).
bool IsPreposition(std::string_view norm);

}  // namespace khabar::quotes

#endif  // KHABAR_QUOTES_ARTICLE_VIEW_H_
