// PrepareArticle: the terms, values and data of an article and its quotes
// (see schema.h for the layout).
//
// Words: each searchable token gives its norm (no positions: it only
// ranks exact forms above clitic forms) and Z + its stem with a position
// (phrases match on stems, so "الملك سلمان" finds "للملك سلمان"). Title
// words count kTitleWeight times more, as in Xapian's omega: a title
// names what the article is about.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>

#include "base/hash.h"
#include "index/prepare_internal.h"
#include "index/schema.h"
#include "index/simhash.h"
#include "index/stored.h"
#include "index/terms.h"
#include "khabar/record_json.h"
#include "morph/segmenter.h"
#include "text/tokenizer.h"

namespace khabar::index {
namespace {

inline constexpr Xapian::termcount kTitleWeight = 3;

std::string Cat(std::string_view a, std::string_view b) {
  std::string s;
  s.reserve(a.size() + b.size());
  s.append(a).append(b);
  return s;
}

// YYYY-MM-DD -> YYYYMMDD; "" stays "".
std::string DateValue(std::string_view date) {
  std::string v;
  for (char c : date)
    if (c != '-') v += c;
  return v.size() == 8 ? v : std::string();
}

// The whole name and each of its words, under `prefix` and prefix + W.
void AddNameTerms(std::string_view prefix, std::string_view name,
                  Xapian::Document* doc) {
  const std::string key = NameKey(name);
  if (key.empty()) return;
  doc->add_boolean_term(Cat(prefix, key));
  const std::string word_prefix = Cat(prefix, kWordSuffix);
  for (const std::string& w : NameWords(name))
    doc->add_boolean_term(Cat(word_prefix, w));
}

// Positional stem terms and plain norm terms for `words`.
void AddWords(const std::vector<Word>& words, Span boost,
              Xapian::Document* doc) {
  Xapian::termpos pos = 0;
  for (const Word& w : words) {
    const Xapian::termcount extra =
        w.span.begin >= boost.begin && w.span.end <= boost.end ? kTitleWeight - 1 : 0;
    const std::string stem = Cat(kStemPrefix, w.stem);
    doc->add_term(w.norm, 1 + extra);
    doc->add_posting(stem, ++pos, 1 + extra);
  }
}

void AddFacts(const Record& r, Xapian::Document* doc) {
  AddNameTerms(kSourcePrefix, r.source, doc);
  for (const Entity& e : r.entities) AddNameTerms(EntityPrefix(e.type), e.canonical, doc);
  for (const Quote& q : r.quotes) AddNameTerms(kSpeakerPrefix, q.speaker_text, doc);
  for (const Event& e : r.events)
    if (!e.type.empty() && e.type.size() < kMaxTermBytes)
      doc->add_boolean_term(Cat(kEventPrefix, e.type));
}

std::string ContentHash(Record* r) {
  // The origin is where the article was read this time, not what it says:
  // the same article read from another file is unchanged.
  std::string origin = std::move(r->origin);
  r->origin.clear();
  const std::string json = RecordToJson(*r);
  r->origin = std::move(origin);
  return base::Hex64(base::Hash64(json));
}

Xapian::Document QuoteDocument(const Record& r, const std::vector<Token>& tokens,
                               size_t index) {
  const Quote& q = r.quotes[index];
  Xapian::Document doc;
  AddWords(WordsOf(r.text, tokens, q.span), Span{}, &doc);
  // No id term and no source value: nothing looks a quote up by id, and
  // sources are counted over articles; each would be one more posting for
  // the writer.
  doc.add_boolean_term(std::string(kQuoteTerm));
  doc.add_boolean_term(Cat(kParentPrefix, r.id));
  AddNameTerms(kSourcePrefix, r.source, &doc);
  AddNameTerms(kSpeakerPrefix, q.speaker_text, &doc);
  doc.add_value(kSlotDate, DateValue(r.date));
  nlohmann::ordered_json j = {
      {"article", r.id}, {"url", r.url}, {"title", r.title}, {"date", r.date},
      {"source", r.source}, {"kind", q.kind}, {"speaker", q.speaker_text},
      {"cue", q.cue}, {"text", q.text},
      {"span", {q.span.begin, q.span.end}}};
  doc.set_data(EncodeStored(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
  return doc;
}

uint64_t TextSimHash(const std::vector<Word>& words, Span body) {
  std::vector<std::string_view> norms;
  for (const Word& w : words)
    if (w.span.begin >= body.begin) norms.push_back(w.norm);
  return SimHash(norms);
}

}  // namespace

void PreparedDeleter::operator()(PreparedArticle* p) const { delete p; }

PreparedPtr PrepareArticle(Record r) {
  std::vector<Token> tokens = std::move(r.tokens);
  r.tokens.clear();
  if (tokens.empty() && !r.text.empty()) {
    tokens = text::Tokenize(r.text);
    morph::SegmentTokens(morph::Segmenter::Default(), r.text, &tokens);
  }
  PreparedPtr p(new PreparedArticle);
  p->id = r.id;
  const std::vector<Word> words =
      WordsOf(r.text, tokens, Span{0, static_cast<uint32_t>(r.text.size())});
  AddWords(words, r.title_span, &p->doc);
  p->doc.add_boolean_term(Cat(kIdPrefix, r.id));
  p->doc.add_value(kSlotId, r.id);
  p->doc.add_boolean_term(std::string(kArticleTerm));
  AddFacts(r, &p->doc);
  p->doc.add_value(kSlotDate, DateValue(r.date));
  p->doc.add_value(kSlotSource, r.source);
  // Near-copies are judged on lede and body: syndicated copies often
  // retitle.
  p->simhash = TextSimHash(words, Span{std::min(r.lede_span.begin, r.body_span.begin),
                                       static_cast<uint32_t>(r.text.size())});
  if (p->simhash != 0) {
    p->doc.add_value(kSlotSimHash, base::Hex64(p->simhash));
    for (const std::string& band : SimHashBands(p->simhash))
      p->doc.add_boolean_term(Cat(kSimHashPrefix, band));
  }
  p->content_hash = ContentHash(&r);
  p->doc.add_value(kSlotContent, p->content_hash);
  for (size_t i = 0; i < r.quotes.size(); ++i)
    p->quotes.push_back(QuoteDocument(r, tokens, i));
  p->doc.set_data(EncodeStored(RecordToJson(r)));
  p->word_hashes = WordHashes(p->doc.termlist_begin(), p->doc.termlist_end());
  return p;
}

std::vector<uint64_t> WordHashes(Xapian::TermIterator it, const Xapian::TermIterator& end) {
  std::vector<uint64_t> words;
  for (; it != end; ++it) {
    const std::string& t = *it;
    if (!t.empty() && !(t[0] >= 'A' && t[0] <= 'Z')) words.push_back(base::Hash64(t));
  }
  std::sort(words.begin(), words.end());
  return words;
}

}  // namespace khabar::index
