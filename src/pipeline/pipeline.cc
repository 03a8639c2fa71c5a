// Pipeline::Analyze: cleans the parts of an article, lays them out in one
// text (title, blank line, lede, blank line, body), then finds structure,
// sentences, tokens, quantities and times on that text. Every span is into
// Record::text.

#include "khabar/pipeline.h"

#include <algorithm>

#include "base/hash.h"
#include "base/utf8.h"
#include "doc/cleaner.h"
#include "doc/dates.h"
#include "doc/structure.h"
#include "extract/extractor.h"
#include "morph/segmenter.h"
#include "ner/entities.h"
#include "quotes/quotes.h"
#include "text/lexicon.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace khabar {
namespace {

uint32_t U32(size_t v) { return static_cast<uint32_t>(v); }

// Appends a cleaned part to the record's text, moving its repairs and
// headings to text coordinates. Returns the part's span.
Span AppendPart(const char* name, doc::Cleaned cleaned, Record* r,
                std::vector<Span>* headings) {
  if (cleaned.text.empty()) return Span{U32(r->text.size()), U32(r->text.size())};
  if (!r->text.empty()) r->text += "\n\n";
  const uint32_t base = U32(r->text.size());
  r->text += cleaned.text;
  for (Repair& rep : cleaned.repairs) {
    rep.span.begin += base;
    rep.span.end += base;
    r->repairs.push_back(std::move(rep));
  }
  for (const Span& h : cleaned.headings)
    if (headings) headings->push_back(Span{h.begin + base, h.end + base});
  for (std::string& w : cleaned.warnings)
    r->warnings.push_back(std::string(name) + ": " + w);
  return Span{base, U32(r->text.size())};
}

void SetDate(const RawArticle& a, Record* r) {
  if (a.date.empty()) {
    if (r->dateline) {
      r->date = r->dateline->date;
      r->warnings.push_back("no date given; took the dateline's " + r->date);
    } else {
      r->warnings.push_back("no date");
    }
    return;
  }
  std::string problem;
  if (auto date = doc::ParseDate(a.date, &problem)) {
    r->date = *date;
  } else {
    r->warnings.push_back(problem);
  }
  if (r->dateline && !r->date.empty() && r->dateline->date != r->date)
    r->warnings.push_back("dateline date " + r->dateline->date +
                          " differs from the article date " + r->date);
}

// Heading lines standing alone in the body, besides those the cleaner found.
void AddHeadingLines(const Record& r, std::vector<Span>* headings) {
  const std::vector<Span> lines = doc::Lines(r.text, r.body_span);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Span& line = lines[i];
    const bool known = std::any_of(headings->begin(), headings->end(),
                                   [&](const Span& h) { return h == line; });
    if (!known && doc::LooksLikeHeadingLine(r.text, line, lines[i + 1]))
      headings->push_back(line);
  }
  std::sort(headings->begin(), headings->end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
}

// Paragraphs: the lines of lede and body that are not headings.
void SetParagraphs(const std::vector<Span>& headings, Record* r) {
  for (Span part : {r->lede_span, r->body_span}) {
    for (const Span& line : doc::Lines(r->text, part)) {
      if (std::find(headings.begin(), headings.end(), line) == headings.end())
        r->paragraphs.push_back(line);
    }
  }
}

void SetSentences(Record* r) {
  text::SplitSentences(r->text, r->title_span, &r->sentences);
  Span lede = r->lede_span;
  if (r->dateline) lede.end = r->dateline->span.begin;
  text::SplitSentences(r->text, lede, &r->sentences);
  text::SplitSentences(r->text, r->body_span, &r->sentences);
}

}  // namespace

Pipeline::Pipeline() : lexicon_(&text::Lexicon::Default()) {}
Pipeline::~Pipeline() = default;

Record Pipeline::Analyze(const RawArticle& a, const AnalyzeOptions& options) const {
  Record r;
  r.origin = a.origin;
  r.url = base::RepairUtf8(a.url, nullptr);
  r.source = base::RepairUtf8(a.source, nullptr);
  r.author = base::RepairUtf8(a.author, nullptr);
  r.warnings = a.warnings;

  const doc::Cleaner cleaner(lexicon_);
  std::vector<Span> headings;
  r.title_span = AppendPart("title", cleaner.Clean(a.title, false), &r, nullptr);
  r.lede_span = AppendPart("lede", cleaner.Clean(a.lede, false), &r, nullptr);
  r.body_span = AppendPart("body", cleaner.Clean(a.body, true), &r, &headings);
  r.title = std::string(r.title_span.Of(r.text));
  r.lede = std::string(r.lede_span.Of(r.text));
  if (r.title_span.empty()) r.warnings.push_back("no title");
  if (r.body_span.empty() && r.lede_span.empty()) r.warnings.push_back("no body text");

  r.dateline = doc::FindDateline(r.text, r.lede_span);
  if (r.source.empty() && r.dateline) r.source = r.dateline->source;
  SetDate(a, &r);
  r.id = base::Hex64(base::Hash64(r.url.empty() ? r.text
                                                : base::NormalizeUrl(r.url)));
  AddHeadingLines(r, &headings);
  r.sections = doc::MakeSections(r.text, r.body_span, headings);
  SetParagraphs(headings, &r);
  SetSentences(&r);
  // The extractors read tokens; the record keeps them only when asked.
  std::vector<Token> tokens;
  text::Tokenize(r.text, Span{0, U32(r.text.size())}, &tokens);
  morph::SegmentTokens(morph::Segmenter::Default(), r.text, &tokens);
  const ExtractInput in{r.text, tokens, r.sentences, r.date};
  ExtractQuantities(in, &r.quantities);
  ExtractTimes(in, &r.times, &r.warnings);
  std::vector<Span> sources;
  if (r.dateline && !r.dateline->source.empty()) {
    const size_t at = std::string_view(r.text).substr(0, r.dateline->span.end)
                          .rfind(r.dateline->source);
    if (at != std::string_view::npos && at >= r.dateline->span.begin)
      sources.push_back(Span{U32(at), U32(at + r.dateline->source.size())});
  }
  r.entities = ner::FindEntities(r.text, tokens, r.sentences, r.times, sources,
                                 ner::Tagger::Default(), ner::Gazetteer::Default());
  quotes::AddQuotesAndEvents(tokens, &r);
  if (options.tokens) r.tokens = std::move(tokens);
  return r;
}

}  // namespace khabar
