// Searcher::Open and Search: the query, the filters, collapsing of
// near-copies, and each hit's fields and snippet from the stored record.

#include "index/searcher.h"

#include <nlohmann/json.hpp>

#include <filesystem>

#include "index/schema.h"
#include "index/searcher_internal.h"
#include "index/snippet.h"
#include "index/xapian_status.h"

namespace khabar::index {
namespace {

using Q = Xapian::Query;
using json = nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Span SpanOf(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array() || it->size() != 2) return Span{};
  return Span{(*it)[0].get<uint32_t>(), (*it)[1].get<uint32_t>()};
}

// The hit's fields from the stored record; the snippet from its text.
Hit MakeHit(const Xapian::MSetIterator& it, const std::vector<Word>& query,
            bool partial) {
  const Xapian::Document doc = it.get_document();
  const json record = json::parse(doc.get_data(), nullptr, false);
  Hit hit;
  hit.score = it.get_weight();
  hit.similar = it.get_collapse_count();
  hit.partial = partial;
  if (record.is_discarded()) return hit;
  hit.id = Str(record, "id");
  hit.url = Str(record, "url");
  hit.title = Str(record, "title");
  hit.date = Str(record, "date");
  hit.source = Str(record, "source");
  const std::string cluster = doc.get_value(kSlotCluster);
  if (!cluster.empty() && cluster != hit.id) hit.duplicate_of = cluster;
  const std::string text = Str(record, "text");
  Span body = SpanOf(record, "lede_span");
  body.end = static_cast<uint32_t>(text.size());
  const Snippet s = MakeSnippet(text, body, query);
  hit.snippet_span = s.span;
  hit.snippet = std::string(s.span.Of(text));
  for (char& c : hit.snippet)
    if (c == '\n') c = ' ';
  for (const Span& h : s.highlights)
    hit.highlights.push_back(Span{h.begin - s.span.begin, h.end - s.span.begin});
  return hit;
}

Xapian::Enquire MakeEnquire(Xapian::Database& db, const Q& q, bool collapse,
                            bool by_date) {
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  if (collapse) enquire.set_collapse_key(kSlotCluster);
  // With no words every score is 0: newest first says more.
  if (by_date) enquire.set_sort_by_value_then_relevance(kSlotDate, true);
  return enquire;
}

}  // namespace

Status CheckDate(const std::string& date, const char* what) {
  const bool shape = date.size() == 10 && date[4] == '-' && date[7] == '-' &&
                     std::all_of(date.begin(), date.end(), [](char c) {
                       return (c >= '0' && c <= '9') || c == '-';
                     });
  if (shape) return Status::Ok();
  return Status::InvalidArgument(std::string(what) + " must be a date YYYY-MM-DD, not '" +
                                 date + "'");
}

Result<Matcher> MakeMatcher(const SearchRequest& request, std::string_view kind_term,
                            bool need_something) {
  if (!request.filters.from.empty()) RETURN_IF_ERROR(CheckDate(request.filters.from, "--from"));
  if (!request.filters.to.empty()) RETURN_IF_ERROR(CheckDate(request.filters.to, "--to"));
  Matcher m{BuiltQuery{Q::MatchAll, std::nullopt}, {}, false};
  const bool blank = request.query.find_first_not_of(" \t\r\n") == std::string::npos;
  if (!blank) {
    ASSIGN_OR_RETURN(QueryNode node, ParseQuery(request.query, request.limits));
    m.words = BuildQuery(node);
    m.positive = PositiveWords(node);
    m.has_words = true;
  } else if (need_something && request.filters.empty()) {
    return Status::InvalidArgument("give a query or a filter (--from, --source, --person ...)");
  }
  return m;
}

Q Restrict(const Q& q, const SearchRequest& request, std::string_view kind_term) {
  return Q(Q::OP_FILTER, q,
           Q(Q::OP_AND, Q(std::string(kind_term)), FilterQuery(request.filters)));
}

Searcher::Searcher(std::unique_ptr<Db> db) : db_(std::move(db)) {}
Searcher::~Searcher() = default;

Result<std::unique_ptr<Searcher>> Searcher::Open(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return Status::NotFound("no index at " + dir + " (run `khabar ingest` first, or give --db)");
  auto db = std::make_unique<Db>();
  db->dir = dir;
  RETURN_IF_ERROR(db->Read("opening index " + dir, [&] {
    db->db = Xapian::Database(dir);
    const std::string schema = db->db.get_metadata(std::string(kSchemaKey));
    if (schema != kSchemaVersion)
      return Status::Corrupt(dir + " is not a khabar index of this version (schema '" +
                             schema + "')");
    return Status::Ok();
  }));
  return std::unique_ptr<Searcher>(new Searcher(std::move(db)));
}

Result<SearchResults> Searcher::Search(const SearchRequest& request) {
  ASSIGN_OR_RETURN(Matcher m, MakeMatcher(request, kArticleTerm, true));
  SearchResults out;
  out.offset = request.offset;
  const Status s = db_->Read("searching " + db_->dir, [&] {
    const Q strict = Restrict(m.words.strict, request, kArticleTerm);
    Xapian::Enquire enquire = MakeEnquire(db_->db, strict, request.collapse, !m.has_words);
    // Checking a few more than the page makes `total` a fair estimate.
    const Xapian::MSet mset = enquire.get_mset(request.offset, request.limit,
                                               request.offset + request.limit + 100);
    out.all_words = out.total = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it)
      out.hits.push_back(MakeHit(it, m.positive, false));
    if (!m.words.relaxed || out.all_words >= request.offset + request.limit)
      return Status::Ok();
    // Too few articles hold every word: those holding some follow.
    const Q relaxed = Restrict(Q(Q::OP_AND_NOT, *m.words.relaxed, m.words.strict),
                               request, kArticleTerm);
    enquire.set_query(relaxed);
    const uint64_t skip = request.offset > out.all_words ? request.offset - out.all_words : 0;
    const uint64_t want = request.limit - out.hits.size();
    const Xapian::MSet more = enquire.get_mset(skip, want, skip + want);
    out.total += more.get_matches_estimated();
    for (auto it = more.begin(); it != more.end(); ++it)
      out.hits.push_back(MakeHit(it, m.positive, true));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace khabar::index
