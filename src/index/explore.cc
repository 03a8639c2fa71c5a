// Searcher's views over many documents: quotes, entity counts, the
// timeline and the index's statistics.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>

#include "index/schema.h"
#include "index/searcher.h"
#include "index/searcher_internal.h"
#include "index/stored.h"
#include "index/xapian_status.h"

namespace khabar::index {
namespace {

using Q = Xapian::Query;
using json = nlohmann::json;

// Articles read at most to count entities: beyond, the counts are of the
// best-ranked ones (EntityResults::counted says how many).
inline constexpr Xapian::doccount kMaxCounted = 200000;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

QuoteHit MakeQuoteHit(const Xapian::MSetIterator& it) {
  QuoteHit hit;
  hit.score = it.get_weight();
  const Result<std::string> data = DecodeStored(it.get_document().get_data());
  if (!data.ok()) return hit;
  const json q = json::parse(data.value(), nullptr, false);
  if (q.is_discarded()) return hit;
  hit.article = Str(q, "article");
  hit.url = Str(q, "url");
  hit.title = Str(q, "title");
  hit.date = Str(q, "date");
  hit.source = Str(q, "source");
  hit.kind = Str(q, "kind");
  hit.speaker = Str(q, "speaker");
  hit.cue = Str(q, "cue");
  hit.text = Str(q, "text");
  return hit;
}

struct EntityPrefixes {
  std::string prefix, type;
};
const std::vector<EntityPrefixes>& AllEntityPrefixes() {
  static const auto* all = new std::vector<EntityPrefixes>{
      {"XP", "PER"}, {"XO", "ORG"}, {"XL", "LOC"}, {"XM", "MISC"}};
  return *all;
}

// A whole-name term under `prefix` (not a per-word XPW... term).
bool IsNameTerm(const std::string& term, const std::string& prefix) {
  return term.size() > prefix.size() && term.compare(0, prefix.size(), prefix) == 0 &&
         term[prefix.size()] != kWordSuffix[0];
}

void AddTop(std::map<std::pair<std::string, std::string>, uint64_t>& counts,
            size_t top, EntityResults* out) {
  for (auto& [key, n] : counts) out->entities.push_back({key.second, key.first, n});
  std::stable_sort(out->entities.begin(), out->entities.end(),
                   [](const EntityCount& a, const EntityCount& b) {
                     return a.articles > b.articles;
                   });
  if (out->entities.size() > top) out->entities.resize(top);
}

// "2015-07-21" -> "2015-W30" (ISO 8601 week).
std::string IsoWeek(const std::string& day) {
  using namespace std::chrono;
  const year_month_day ymd{year{std::stoi(day.substr(0, 4))},
                           month{static_cast<unsigned>(std::stoi(day.substr(5, 2)))},
                           std::chrono::day{static_cast<unsigned>(std::stoi(day.substr(8, 2)))}};
  const sys_days d{ymd};
  // The week's Thursday decides its year.
  const int iso_wd = (weekday{d}.c_encoding() + 6) % 7;  // Monday 0
  const sys_days thursday = d - days{iso_wd} + days{3};
  const year y = year_month_day{thursday}.year();
  const sys_days jan1{y / January / 1};
  const int week = (thursday - jan1).count() / 7 + 1;
  char buf[24];
  std::snprintf(buf, sizeof buf, "%d-W%02d", static_cast<int>(y), week);
  return buf;
}

std::string BucketOf(const std::string& yyyymmdd, Bucket by) {
  const std::string day =
      yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
  if (by == Bucket::kMonth) return day.substr(0, 7);
  if (by == Bucket::kWeek) return IsoWeek(day);
  return day;
}

// Every bucket from the first date to the last, so gaps show as zeros.
std::vector<std::pair<std::string, uint64_t>> FillGaps(
    const std::map<std::string, uint64_t>& by_day, Bucket by) {
  using namespace std::chrono;
  std::vector<std::pair<std::string, uint64_t>> out;
  if (by_day.empty()) return out;
  auto parse = [](const std::string& v) {
    return sys_days{year{std::stoi(v.substr(0, 4))} /
                    month{static_cast<unsigned>(std::stoi(v.substr(4, 2)))} /
                    day{static_cast<unsigned>(std::stoi(v.substr(6, 2)))}};
  };
  const sys_days first = parse(by_day.begin()->first), last = parse(by_day.rbegin()->first);
  for (sys_days d = first; d <= last; d += days{1}) {
    const year_month_day ymd{d};
    char v[24];
    std::snprintf(v, sizeof v, "%04d%02u%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    const std::string label = BucketOf(v, by);
    if (out.empty() || out.back().first != label) out.emplace_back(label, 0);
    if (auto it = by_day.find(v); it != by_day.end()) out.back().second += it->second;
  }
  return out;
}

bool ValidDay(const std::string& v) {
  return v.size() == 8 && std::all_of(v.begin(), v.end(), ::isdigit) &&
         v.substr(4, 2) >= "01" && v.substr(4, 2) <= "12" && v.substr(6, 2) >= "01" &&
         v.substr(6, 2) <= "31";
}

uint64_t DirectoryBytes(const std::string& dir) {
  uint64_t n = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.is_regular_file(ec)) n += e.file_size(ec);
  return n;
}

}  // namespace

Result<QuoteResults> Searcher::Quotes(const SearchRequest& request) {
  ASSIGN_OR_RETURN(Matcher m, MakeMatcher(request, kQuoteTerm, false));
  QuoteResults out;
  RETURN_IF_ERROR(db_->Read("searching quotes in " + db_->dir, [&] {
    Xapian::Enquire enquire(db_->db);
    enquire.set_query(Restrict(m.words.strict, request, kQuoteTerm));
    if (!m.has_words) enquire.set_sort_by_value_then_relevance(kSlotDate, true);
    const Xapian::MSet mset = enquire.get_mset(request.offset, request.limit,
                                               request.offset + request.limit + 100);
    out.total = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) out.hits.push_back(MakeQuoteHit(it));
    return Status::Ok();
  }));
  return out;
}

Result<EntityResults> Searcher::Entities(const SearchRequest& request,
                                         const std::string& type, size_t top) {
  ASSIGN_OR_RETURN(Matcher m, MakeMatcher(request, kArticleTerm, false));
  std::vector<EntityPrefixes> prefixes;
  for (const EntityPrefixes& p : AllEntityPrefixes())
    if (type.empty() || p.type == type) prefixes.push_back(p);
  EntityResults out;
  std::map<std::pair<std::string, std::string>, uint64_t> counts;  // (type, name)
  RETURN_IF_ERROR(db_->Read("counting entities in " + db_->dir, [&] {
    Xapian::Database& db = db_->db;
    if (!m.has_words && request.filters.empty()) {
      // Over all articles the term frequencies are the counts.
      out.matched = out.counted = db.get_termfreq(std::string(kArticleTerm));
      for (const EntityPrefixes& p : prefixes)
        for (auto t = db.allterms_begin(p.prefix); t != db.allterms_end(p.prefix); ++t)
          if (IsNameTerm(*t, p.prefix))
            counts[{p.type, (*t).substr(p.prefix.size())}] += t.get_termfreq();
      return Status::Ok();
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(Restrict(m.words.strict, request, kArticleTerm));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet mset = enquire.get_mset(0, kMaxCounted);
    out.matched = mset.get_matches_estimated();
    out.counted = mset.size();
    // One pass over each term list: the prefixes in term order.
    std::sort(prefixes.begin(), prefixes.end(),
              [](const auto& a, const auto& b) { return a.prefix < b.prefix; });
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      auto t = db.termlist_begin(*it);
      const auto end = db.termlist_end(*it);
      for (const EntityPrefixes& p : prefixes) {
        for (t.skip_to(p.prefix); t != end && (*t).compare(0, p.prefix.size(), p.prefix) == 0; ++t)
          if (IsNameTerm(*t, p.prefix)) ++counts[{p.type, (*t).substr(p.prefix.size())}];
        if (t == end) break;
      }
    }
    return Status::Ok();
  }));
  AddTop(counts, top, &out);
  return out;
}

Result<TimelineResults> Searcher::Timeline(const SearchRequest& request, Bucket by) {
  ASSIGN_OR_RETURN(Matcher m, MakeMatcher(request, kArticleTerm, false));
  TimelineResults out;
  std::map<std::string, uint64_t> by_day;
  RETURN_IF_ERROR(db_->Read("counting dates in " + db_->dir, [&] {
    Xapian::Enquire enquire(db_->db);
    enquire.set_query(Restrict(m.words.strict, request, kArticleTerm));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::ValueCountMatchSpy spy(kSlotDate);
    enquire.add_matchspy(&spy);
    // Every match must pass the spy: ask for one item, check them all.
    const Xapian::MSet mset = enquire.get_mset(0, 1, db_->db.get_doccount());
    out.matched = mset.get_matches_estimated();
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
      if (ValidDay(*it)) by_day[*it] += it.get_termfreq();
    }
    uint64_t dated = 0;
    for (const auto& [day, n] : by_day) dated += n;
    out.undated = out.matched - std::min(out.matched, dated);
    return Status::Ok();
  }));
  out.counts = FillGaps(by_day, by);
  return out;
}

Result<IndexStats> Searcher::Stats() {
  IndexStats s;
  RETURN_IF_ERROR(db_->Read("reading statistics of " + db_->dir, [&] {
    Xapian::Database& db = db_->db;
    s.documents = db.get_doccount();
    s.articles = db.get_termfreq(std::string(kArticleTerm));
    s.quotes = db.get_termfreq(std::string(kQuoteTerm));
    s.duplicates = db.get_termfreq(std::string(kDuplicateTerm));
    std::string lo, hi;
    for (auto v = db.valuestream_begin(kSlotDate); v != db.valuestream_end(kSlotDate); ++v) {
      if (!ValidDay(*v)) continue;
      if (lo.empty() || *v < lo) lo = *v;
      if (hi.empty() || *v > hi) hi = *v;
    }
    if (!lo.empty()) s.first_date = BucketOf(lo, Bucket::kDay);
    if (!hi.empty()) s.last_date = BucketOf(hi, Bucket::kDay);
    // Sources as written, counted over articles (not their quotes).
    Xapian::Enquire enquire(db);
    enquire.set_query(Q(std::string(kArticleTerm)));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::ValueCountMatchSpy spy(kSlotSource);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 1, db.get_doccount());
    for (auto v = spy.values_begin(); v != spy.values_end(); ++v)
      if (!(*v).empty()) s.sources.emplace_back(*v, v.get_termfreq());
    std::stable_sort(s.sources.begin(), s.sources.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    s.last_ingest = db.get_metadata(std::string(kLastIngestKey));
    return Status::Ok();
  }));
  s.bytes_on_disk = DirectoryBytes(db_->dir);
  return s;
}

}  // namespace khabar::index
