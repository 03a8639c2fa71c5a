// Searcher::Open and Search: the query, the filters, collapsing of
// near-copies, and each hit's fields and snippet from the stored record.

#include "index/searcher.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <string_view>

#include "index/schema.h"
#include "index/searcher_internal.h"
#include "index/snippet.h"
#include "index/stored.h"
#include "index/xapian_status.h"

namespace khabar::index {
namespace {

using Q = Xapian::Query;
using json = nlohmann::json;

// The fields a hit shows, read from the stored record without building
// it: a record is mostly entities, quotes and numbers (about 15 KB an
// article), and the fields come first (record_json.cc), so reading stops
// once they are all seen.
struct HitFields {
  std::string id, url, title, date, source, text;
  Span lede;
  bool complete() const { return seen == kAll; }

  static constexpr unsigned kAll = (1u << 7) - 1;
  unsigned seen = 0;
};

class HitFieldsReader : public nlohmann::json_sax<json> {
 public:
  explicit HitFieldsReader(HitFields* out) : out_(out) {}

  bool key(string_t& k) override {
    static constexpr std::array<std::string_view, 7> kKeys = {
        "id", "url", "title", "date", "source", "text", "lede_span"};
    field_ = -1;
    if (depth_ == 1)
      for (size_t i = 0; i < kKeys.size(); ++i)
        if (k == kKeys[i]) field_ = static_cast<int>(i);
    return true;
  }
  bool string(string_t& v) override {
    std::string* fields[] = {&out_->id, &out_->url, &out_->title, &out_->date,
                             &out_->source, &out_->text};
    if (depth_ == 1 && field_ >= 0 && field_ < 6) {
      *fields[field_] = std::move(v);
      Saw(field_);
    }
    return More();
  }
  bool number_unsigned(number_unsigned_t v) override {
    if (depth_ == 2 && field_ == 6 && lede_part_ < 2) {
      (lede_part_++ == 0 ? out_->lede.begin : out_->lede.end) = static_cast<uint32_t>(v);
      if (lede_part_ == 2) Saw(6);
    }
    return More();
  }
  bool null() override { return Value(); }
  bool boolean(bool) override { return Value(); }
  bool number_integer(number_integer_t) override { return Value(); }
  bool number_float(number_float_t, const string_t&) override { return Value(); }
  bool binary(binary_t&) override { return Value(); }
  bool start_object(std::size_t) override { return Open(); }
  bool start_array(std::size_t) override { return Open(); }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  void Saw(int field) { out_->seen |= 1u << field; }
  bool More() const { return !out_->complete(); }
  // A null date or url is a field seen.
  bool Value() {
    if (depth_ == 1 && field_ >= 0 && field_ < 6) Saw(field_);
    return More();
  }
  bool Open() {
    ++depth_;
    return true;
  }
  bool Close() {
    if (--depth_ == 1) field_ = -1;
    return More();
  }

  HitFields* out_;
  int depth_ = 0;
  int field_ = -1;
  int lede_part_ = 0;
};

// The hit's fields from the stored record; the snippet from its text.
Hit MakeHit(const Xapian::MSetIterator& it, const std::vector<Word>& query,
            bool partial) {
  const Xapian::Document doc = it.get_document();
  HitFields f;
  HitFieldsReader reader(&f);
  // A record that does not decode shows no fields, as one that does not
  // parse.
  if (Result<std::string> record = DecodeStored(doc.get_data()); record.ok())
    json::sax_parse(*record, &reader);  // false once it stops early
  Hit hit;
  hit.score = it.get_weight();
  hit.similar = it.get_collapse_count();
  hit.partial = partial;
  if (f.seen == 0) return hit;
  hit.id = std::move(f.id);
  hit.url = std::move(f.url);
  hit.title = std::move(f.title);
  hit.date = std::move(f.date);
  hit.source = std::move(f.source);
  const std::string cluster = doc.get_value(kSlotCluster);
  if (!cluster.empty() && cluster != hit.id) hit.duplicate_of = cluster;
  const std::string& text = f.text;
  Span body = f.lede;
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

// How a search treats near-copies (schema.h: XTo, XTw, XTdup, XC<id>).
enum class Copies {
  // Words only: a copy that holds no word its original lacks matches a
  // query only where its original does (but for phrases across an edit or
  // NOT words it dropped), so matching originals and copies with words of
  // their own (XTw: a new title, an edit), collapsed, finds the same hits,
  // and a hit's copies are counted by one term frequency. Matching every
  // copy instead read each of them: at 1M articles of 33 copies each, p50
  // 64 ms a query against 17 (docs/benchmarks.md).
  kMatchingWords,
  // With a filter a copy may pass where its original does not (another
  // date, source, entity, speaker): match every article, collapse on the
  // cluster value, show the best of each cluster.
  kCollapsed,
  kShown,  // --no-collapse
};

Copies HowToShowCopies(const SearchRequest& request, const Matcher& m) {
  if (!request.collapse) return Copies::kShown;
  return m.has_words && request.filters.empty() ? Copies::kMatchingWords : Copies::kCollapsed;
}

// Runs queries of one request and appends their hits.
class Pager {
 public:
  Pager(Xapian::Database& db, const Matcher& m, const SearchRequest& request)
      : db_(db), m_(m), request_(request) {}

  // The hits ranked [skip, skip + want) of `words` (restricted to
  // articles and the filters here), marked `partial`, appended to `hits`;
  // Xapian looks at `check` matches at least to estimate their number,
  // which it returns.
  Xapian::doccount Run(const Q& words, Copies copies, uint64_t skip, uint64_t want,
                       uint64_t check, bool partial, std::vector<Hit>* hits) {
    // With no filter, XTo and XTw (articles both) are the restriction.
    const Q q = copies == Copies::kMatchingWords
                    ? Q(Q::OP_FILTER, words,
                        Q(Q::OP_OR, Q(std::string(kOriginalTerm)), Q(std::string(kOwnWordsTerm))))
                    : Restrict(words, request_, kArticleTerm);
    Xapian::Enquire enquire(db_);
    enquire.set_query(q);
    if (copies != Copies::kShown) enquire.set_collapse_key(kSlotCluster);
    // With no words every score is 0: newest first says more.
    if (!m_.has_words) enquire.set_sort_by_value_then_relevance(kSlotDate, true);
    const Xapian::MSet mset = enquire.get_mset(skip, want, check);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      hits->push_back(MakeHit(it, m_.positive, partial));
      if (copies == Copies::kMatchingWords) hits->back().similar = CopiesOf(hits->back());
    }
    return mset.get_matches_estimated();
  }

 private:
  // Every copy names its cluster's original: one term frequency counts
  // them (the hit itself, when a copy, stands for the original).
  uint64_t CopiesOf(const Hit& hit) const {
    const std::string& original = hit.duplicate_of.empty() ? hit.id : hit.duplicate_of;
    return db_.get_termfreq(std::string(kCopyOfPrefix).append(original));
  }

  Xapian::Database& db_;
  const Matcher& m_;
  const SearchRequest& request_;
};

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
    out.hits.clear();
    Pager pager(db_->db, m, request);
    const Copies copies = HowToShowCopies(request, m);
    const uint64_t end = request.offset + request.limit;
    // Checking a few more than the page makes `total` a fair estimate.
    out.all_words = out.total =
        pager.Run(m.words.strict, copies, request.offset, request.limit, end + 100, false, &out.hits);
    if (!m.words.relaxed || out.all_words >= end) return Status::Ok();
    // Too few articles hold every word: those holding some follow.
    const uint64_t skip = request.offset > out.all_words ? request.offset - out.all_words : 0;
    const uint64_t want = request.limit - out.hits.size();
    out.total += pager.Run(Q(Q::OP_AND_NOT, *m.words.relaxed, m.words.strict), copies, skip,
                           want, skip + want, true, &out.hits);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace khabar::index
