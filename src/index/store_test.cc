// The index end to end in one process: records analyzed by the pipeline
// (some facts set by hand: quotes and events are not extracted yet), added
// by a Writer, read back by a Searcher.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <unistd.h>

#include <xapian.h>

#include "index/prepare.h"
#include "index/schema.h"
#include "index/searcher.h"
#include "index/stored.h"
#include "index/writer.h"
#include "khabar/pipeline.h"
#include "khabar/record_json.h"

namespace khabar::index {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    static int n = 0;
    path_ = fs::temp_directory_path() /
            ("khabar_index_test_" + std::to_string(getpid()) + "_" + std::to_string(n++));
    fs::remove_all(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

const Pipeline& ThePipeline() {
  static const Pipeline* p = new Pipeline;
  return *p;
}

Record Analyze(const std::string& url, const std::string& date, const std::string& title,
               const std::string& body, const std::string& source = "sabq") {
  RawArticle a;
  a.origin = url;
  a.url = url;
  a.date = date;
  a.title = title;
  a.body = body;
  a.source = source;
  AnalyzeOptions options;
  options.tokens = true;
  return ThePipeline().Analyze(a, options);
}

Span Find(const Record& r, const std::string& surface) {
  const size_t at = r.text.find(surface);
  EXPECT_NE(at, std::string::npos) << surface;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
}

std::vector<Writer::Added> AddAll(const std::string& dir, const std::vector<Record>& records) {
  auto writer = Writer::Open(dir);
  EXPECT_TRUE(writer.ok()) << writer.status().message();
  std::vector<Writer::Added> out;
  for (const Record& r : records) {
    PreparedPtr p = PrepareArticle(r);
    auto added = writer.value()->Add(*p);
    EXPECT_TRUE(added.ok()) << added.status().message();
    out.push_back(added.ok() ? added.value() : Writer::Added{});
  }
  EXPECT_TRUE(writer.value()->Commit().ok());
  return out;
}

std::unique_ptr<Searcher> Open(const std::string& dir) {
  auto s = Searcher::Open(dir);
  EXPECT_TRUE(s.ok()) << s.status().message();
  return s.ok() ? std::move(s).value() : nullptr;
}

// The ids of the hits of `query`, best first.
std::vector<std::string> Ids(Searcher* s, const std::string& query, Filters filters = {},
                             bool collapse = true) {
  SearchRequest req;
  req.query = query;
  req.filters = std::move(filters);
  req.collapse = collapse;
  auto r = s->Search(req);
  EXPECT_TRUE(r.ok()) << query << ": " << r.status().message();
  std::vector<std::string> ids;
  if (r.ok())
    for (const Hit& h : r->hits) ids.push_back(h.id);
  return ids;
}

// A long body, so that near-duplicate detection has enough words.
std::string LongBody(const std::string& topic, int variant) {
  std::string body = topic + ". ";
  const char* words[] = {"أكد", "المسؤول", "أن", "الحكومة", "تعمل", "على", "تطوير",
                         "القطاع", "وتحسين", "الخدمات", "المقدمة", "للمواطنين", "في",
                         "جميع", "المناطق"};
  for (int i = 0; i < 60; ++i) {
    body += words[(i * 7 + variant) % 15];
    body += i % 12 == 11 ? ". " : " ";
  }
  return body;
}

// As long, about something else.
std::string OtherBody() {
  std::string body;
  const char* words[] = {"فاز", "الفريق", "بالمباراة", "النهائية", "بهدفين", "مقابل",
                         "هدف", "وسط", "حضور", "جماهيري", "كبير", "ملعب", "المدينة"};
  for (int i = 0; i < 60; ++i) {
    body += words[(i * i + 3 * i) % 13];
    body += i % 10 == 9 ? ". " : " ";
  }
  return body;
}

class Store : public ::testing::Test {
 protected:
  void SetUp() override {
    records_ = {
        Analyze("http://a.test/1", "2015-07-21", "الشركات تعلن دمج أعمالها",
                "أعلنت شركتان كبيرتان دمج أعمالهما في شركة واحدة عام ٢٠١٠."),
        Analyze("http://a.test/2", "2015-07-22", "خبر اقتصادي",
                "رحب المساهمون بدمج الشركتين وقالوا إن المستشفى الجديد سيفتح."),
        Analyze("http://a.test/3", "2015-08-05", "الطقس",
                "توقعات بأمطار غزيرة على المرتفعات الجنوبية للملك سلمان حديقة.",
                "aawsat"),
        Analyze("http://a.test/4", "2015-08-06", "زيارة",
                "وصل الملك سلمان إلى المدينة ويلتقي أحمد في المدرسة اليوم.", "aawsat"),
    };
    // Quotes and events set by hand; the pipeline's own are left out so
    // that the counts below are known.
    for (Record& r : records_) {
      r.quotes.clear();
      r.events.clear();
    }
    Entity putin{"e1", "فلاديمير بوتين", "PER", "", {}};
    putin.mentions.push_back({Find(records_[1], "المساهمون"), "المساهمون", "name"});
    records_[1].entities.push_back(putin);
    Quote q;
    q.kind = "indirect";
    q.speaker = "e1";
    q.speaker_text = "فلاديمير بوتين";
    q.cue = "قال";
    q.span = Find(records_[1], "المستشفى الجديد سيفتح");
    q.text = std::string(q.span.Of(records_[1].text));
    records_[1].quotes.push_back(q);
    Event e;
    e.type = "visit";
    e.span = Find(records_[3], "وصل الملك سلمان");
    records_[3].events.push_back(e);
    AddAll(dir_.str(), records_);
    searcher_ = Open(dir_.str());
    ASSERT_NE(searcher_, nullptr);
  }
  std::string Id(int i) const { return records_[i].id; }

  TempDir dir_;
  std::vector<Record> records_;
  std::unique_ptr<Searcher> searcher_;
};

TEST_F(Store, CliticFormsMatchAndExactFormsRankFirst) {
  EXPECT_EQ(Ids(searcher_.get(), "دمج"), (std::vector<std::string>{Id(0), Id(1)}));
  EXPECT_EQ(Ids(searcher_.get(), "بدمج"), (std::vector<std::string>{Id(1), Id(0)}));
  EXPECT_EQ(Ids(searcher_.get(), "والدمج").size(), 2u);
}

TEST_F(Store, SpellingVariantsMatch) {
  EXPECT_EQ(Ids(searcher_.get(), "2010"), (std::vector<std::string>{Id(0)}));
  EXPECT_EQ(Ids(searcher_.get(), "٢٠١٠"), (std::vector<std::string>{Id(0)}));
  EXPECT_EQ(Ids(searcher_.get(), "المستشفي"), (std::vector<std::string>{Id(1)}));
  EXPECT_EQ(Ids(searcher_.get(), "احمد"), (std::vector<std::string>{Id(3)}));
  EXPECT_EQ(Ids(searcher_.get(), "المدرسه"), (std::vector<std::string>{Id(3)}));
  EXPECT_EQ(Ids(searcher_.get(), "دَمْـــج"), (std::vector<std::string>{Id(0), Id(1)}));
}

TEST_F(Store, PhrasesOperatorsAndStopwords) {
  // Stems in order: للملك سلمان is a match too.
  EXPECT_EQ(Ids(searcher_.get(), "\"الملك سلمان\"").size(), 2u);
  EXPECT_EQ(Ids(searcher_.get(), "\"سلمان الملك\"").size(), 0u);
  EXPECT_EQ(Ids(searcher_.get(), "دمج -المستشفى"), (std::vector<std::string>{Id(0)}));
  EXPECT_EQ(Ids(searcher_.get(), "أمطار OR المدينة").size(), 2u);
  // عن is in no article; as a stopword it does not count.
  EXPECT_EQ(Ids(searcher_.get(), "عن أمطار"), (std::vector<std::string>{Id(2)}));
}

TEST_F(Store, ArticlesWithSomeWordsFollowThoseWithAll) {
  SearchRequest req;
  req.query = "دمج أمطار";
  auto r = searcher_->Search(req);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->all_words, 0u);
  ASSERT_EQ(r->hits.size(), 3u);
  for (const Hit& h : r->hits) EXPECT_TRUE(h.partial);
}

TEST_F(Store, HitsCarryFieldsAndExactSnippets) {
  SearchRequest req;
  req.query = "دمج";
  auto r = searcher_->Search(req);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 2u);
  const Hit& h = r->hits[1];
  EXPECT_EQ(h.url, "http://a.test/2");
  EXPECT_EQ(h.date, "2015-07-22");
  EXPECT_EQ(h.source, "sabq");
  EXPECT_EQ(h.title, "خبر اقتصادي");
  EXPECT_GT(r->hits[0].score, h.score);
  EXPECT_EQ(h.snippet, std::string(h.snippet_span.Of(records_[1].text)));
  ASSERT_EQ(h.highlights.size(), 1u);
  EXPECT_EQ(h.highlights[0].Of(h.snippet), "بدمج");
}

TEST_F(Store, Filters) {
  Filters person;
  person.persons = {"بوتين"};
  EXPECT_EQ(Ids(searcher_.get(), "", person), (std::vector<std::string>{Id(1)}));
  person.persons = {"فلاديمير بوتين"};
  EXPECT_EQ(Ids(searcher_.get(), "دمج", person), (std::vector<std::string>{Id(1)}));
  person.persons = {"أوباما"};
  EXPECT_TRUE(Ids(searcher_.get(), "دمج", person).empty());

  Filters source;
  source.sources = {"aawsat"};
  EXPECT_EQ(Ids(searcher_.get(), "", source), (std::vector<std::string>{Id(3), Id(2)}));

  Filters dates;
  dates.from = "2015-07-22";
  dates.to = "2015-08-05";
  EXPECT_EQ(Ids(searcher_.get(), "", dates), (std::vector<std::string>{Id(2), Id(1)}));
  dates.from = "22-07-2015";
  SearchRequest bad;
  bad.filters = dates;
  EXPECT_EQ(searcher_->Search(bad).status().code(), Status::Code::kInvalidArgument);

  Filters speaker;
  speaker.speakers = {"بوتين"};
  EXPECT_EQ(Ids(searcher_.get(), "", speaker), (std::vector<std::string>{Id(1)}));
}

TEST_F(Store, Quotes) {
  SearchRequest req;
  req.filters.speakers = {"بوتين"};
  auto all = searcher_->Quotes(req);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->hits.size(), 1u);
  EXPECT_EQ(all->hits[0].text, "المستشفى الجديد سيفتح");
  EXPECT_EQ(all->hits[0].speaker, "فلاديمير بوتين");
  EXPECT_EQ(all->hits[0].article, Id(1));
  req.query = "مستشفى";
  EXPECT_EQ(searcher_->Quotes(req)->hits.size(), 1u);
  req.query = "دمج";  // in the article, not in the quote
  EXPECT_EQ(searcher_->Quotes(req)->hits.size(), 0u);
  // Quotes are not articles.
  EXPECT_EQ(Ids(searcher_.get(), "سيفتح"), (std::vector<std::string>{Id(1)}));
}

// The layout of schema.h as the writer leaves it: every document's data is
// one zstd frame of its JSON (an article's is its record without tokens,
// byte for byte), and only articles carry an id term.
TEST_F(Store, StoredDataDecodesAndOnlyArticlesHaveIds) {
  Xapian::Database db(dir_.str());
  std::map<std::string, std::string> records;  // id -> record JSON
  for (Record r : records_) {
    r.tokens.clear();
    records[r.id] = RecordToJson(r);
  }
  int articles = 0, quotes = 0;
  for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d) {
    const Xapian::Document doc = db.get_document(*d);
    Result<std::string> json = DecodeStored(doc.get_data());
    ASSERT_TRUE(json.ok()) << "document " << *d << ": " << json.status().message();
    auto ids = doc.termlist_begin();
    ids.skip_to(std::string(kIdPrefix));
    const bool has_id = ids != doc.termlist_end() && (*ids)[0] == kIdPrefix[0];
    if (doc.get_value(kSlotId).empty()) {
      ++quotes;
      EXPECT_FALSE(has_id) << *ids;
      EXPECT_EQ(json->rfind("{\"article\":", 0), 0u) << *json;
      continue;
    }
    ++articles;
    EXPECT_TRUE(has_id);
    EXPECT_EQ(*json, records[doc.get_value(kSlotId)]);
  }
  EXPECT_EQ(articles, 4);
  EXPECT_EQ(quotes, 1);
}

TEST_F(Store, EntitiesTimelineStats) {
  auto e = searcher_->Entities(SearchRequest{}, "PER", 10);
  ASSERT_TRUE(e.ok());
  bool found = false;
  for (const EntityCount& c : e->entities)
    found |= c.name == "فلاديمير بوتين" && c.articles == 1;
  EXPECT_TRUE(found);
  SearchRequest dmj;
  dmj.query = "دمج";
  auto e2 = searcher_->Entities(dmj, "", 10);
  ASSERT_TRUE(e2.ok());
  EXPECT_EQ(e2->matched, 2u);

  SearchRequest all;
  auto t = searcher_->Timeline(all, Bucket::kMonth);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->counts, (std::vector<std::pair<std::string, uint64_t>>{{"2015-07", 2},
                                                                      {"2015-08", 2}}));
  auto days = searcher_->Timeline(dmj, Bucket::kDay);
  ASSERT_TRUE(days.ok());
  EXPECT_EQ(days->counts, (std::vector<std::pair<std::string, uint64_t>>{{"2015-07-21", 1},
                                                                         {"2015-07-22", 1}}));
  auto weeks = searcher_->Timeline(all, Bucket::kWeek);
  ASSERT_TRUE(weeks.ok());
  ASSERT_EQ(weeks->counts.size(), 3u);  // W30, W31 (empty), W32
  EXPECT_EQ(weeks->counts[0], (std::pair<std::string, uint64_t>{"2015-W30", 2}));
  EXPECT_EQ(weeks->counts[1].second, 0u);

  auto s = searcher_->Stats();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->articles, 4u);
  EXPECT_EQ(s->quotes, 1u);
  EXPECT_EQ(s->first_date, "2015-07-21");
  EXPECT_EQ(s->last_date, "2015-08-06");
  ASSERT_EQ(s->sources.size(), 2u);
  EXPECT_GT(s->bytes_on_disk, 0u);
}

TEST_F(Store, ReaddingIsIdempotentAndChangesReplace) {
  auto again = AddAll(dir_.str(), records_);
  for (const Writer::Added& a : again) EXPECT_EQ(a.outcome, Writer::Outcome::kUnchanged);
  // The same article read from elsewhere is unchanged too.
  Record moved = records_[0];
  moved.origin = "elsewhere.zip:x.json#3";
  EXPECT_EQ(AddAll(dir_.str(), {moved})[0].outcome, Writer::Outcome::kUnchanged);

  Record changed = Analyze("http://a.test/2", "2015-07-22", "خبر اقتصادي",
                           "رحب المساهمون بالاندماج وقالوا إن العيادة ستفتح.");
  changed.quotes.clear();
  EXPECT_EQ(AddAll(dir_.str(), {changed})[0].outcome, Writer::Outcome::kReplaced);
  auto s = Open(dir_.str());
  EXPECT_EQ(s->Stats()->articles, 4u);
  EXPECT_EQ(s->Stats()->quotes, 0u);  // the old version's quote went with it
  EXPECT_EQ(Ids(s.get(), "بدمج"), (std::vector<std::string>{Id(0)}));
  EXPECT_EQ(Ids(s.get(), "العيادة"), (std::vector<std::string>{Id(1)}));
}

TEST(StoreNearDuplicates, CopiesLinkToTheirOriginalAndCollapse) {
  TempDir dir;
  const std::string body = LongBody("افتتاح مشروع المياه في العقبة", 0);
  std::string edited = body;
  edited.replace(edited.find("الحكومة"), std::string("الحكومة").size(), "الوزارة");
  const std::vector<Record> records = {
      Analyze("http://a.test/orig", "2015-07-21", "افتتاح مشروع المياه", body),
      Analyze("http://b.test/copy", "2015-07-21", "مشروع المياه في العقبة", edited + " نقلا عن وكالة."),
      Analyze("http://c.test/other", "2015-07-21", "خبر آخر", OtherBody()),
  };
  const auto added = AddAll(dir.str(), records);
  EXPECT_EQ(added[0].original, "");
  EXPECT_EQ(added[1].original, records[0].id);
  EXPECT_EQ(added[2].original, "");

  auto s = Open(dir.str());
  SearchRequest req;
  req.query = "المياه";
  auto r = s->Search(req);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].similar, 1u);
  EXPECT_EQ(Ids(s.get(), "المياه", {}, false).size(), 2u);
  EXPECT_EQ(s->Stats()->duplicates, 1u);
}

// An original with three near-copies (one from another source, later, one
// word for word), two short articles on the same subject, too short to be
// copies, and one on another.
class StoreCopies : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string body = LongBody("افتتاح مشروع المياه في العقبة", 0);
    std::string edited = body;
    edited.replace(edited.find("الحكومة"), std::string("الحكومة").size(), "الوزارة");
    records_ = {
        Analyze("http://a.test/orig", "2015-07-21", "افتتاح مشروع المياه", body),
        Analyze("http://b.test/copy", "2015-07-21", "مشروع المياه في العقبة",
                edited + " نقلا عن وكالة."),
        Analyze("http://c.test/copy", "2015-07-25", "المياه في العقبة",
                body + " المصدر عكاظ.", "okaz"),
        Analyze("http://d.test/short1", "2015-07-22", "انقطاع المياه", "انقطاع قصير."),
        Analyze("http://d.test/short2", "2015-07-23", "أسعار المياه", "ارتفاع الأسعار."),
        Analyze("http://e.test/other", "2015-07-24", "خبر آخر", OtherBody()),
        // Word for word the original: no word of its own.
        Analyze("http://f.test/same", "2015-07-21", "افتتاح مشروع المياه", body),
    };
    added_ = AddAll(dir_.str(), records_);
  }
  std::string Id(int i) const { return records_[i].id; }
  SearchResults Run(const std::string& query, uint64_t limit, Filters filters = {},
                    bool collapse = true) {
    SearchRequest req;
    req.query = query;
    req.limit = limit;
    req.filters = std::move(filters);
    req.collapse = collapse;
    auto s = Open(dir_.str());
    auto r = s->Search(req);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? std::move(r).value() : SearchResults{};
  }
  // The hit for `id`, or null.
  static const Hit* HitFor(const SearchResults& r, const std::string& id) {
    for (const Hit& h : r.hits)
      if (h.id == id) return &h;
    return nullptr;
  }
  // The hit standing for the original's cluster: it or one of its copies.
  const Hit* ClusterHit(const SearchResults& r) const {
    for (const Hit& h : r.hits)
      if (h.id == Id(0) || h.duplicate_of == Id(0)) return &h;
    return nullptr;
  }

  TempDir dir_;
  std::vector<Record> records_;
  std::vector<Writer::Added> added_;
};

TEST_F(StoreCopies, EachClusterIsOneHitCountingItsCopies) {
  for (int i : {1, 2, 6}) ASSERT_EQ(added_[i].original, Id(0)) << i;
  const SearchResults r = Run("المياه", 10);
  EXPECT_EQ(r.total, 3u);
  ASSERT_EQ(r.hits.size(), 3u);
  // The original or the best of its copies with words of their own (new
  // titles); the copy word for word is never matched, only counted.
  const Hit* cluster = ClusterHit(r);
  ASSERT_NE(cluster, nullptr);
  EXPECT_NE(cluster->id, Id(6));
  EXPECT_EQ(cluster->similar, 3u);
  for (int i : {3, 4}) {
    ASSERT_NE(HitFor(r, Id(i)), nullptr) << i;
    EXPECT_EQ(HitFor(r, Id(i))->similar, 0u);
  }
  EXPECT_EQ(Open(dir_.str())->Stats()->duplicates, 3u);
}

TEST_F(StoreCopies, AWordOnlyACopyHoldsFindsIt) {
  // الوزارة is in the first copy alone, نقلا in its credit line.
  for (const char* word : {"الوزارة", "نقلا"}) {
    const SearchResults r = Run(word, 10);
    ASSERT_EQ(r.hits.size(), 1u) << word;
    EXPECT_EQ(r.hits[0].id, Id(1));
    EXPECT_EQ(r.hits[0].duplicate_of, Id(0));
    EXPECT_EQ(r.hits[0].similar, 3u);
  }
}

TEST_F(StoreCopies, AFilterOnlyACopyPassesFindsIt) {
  Filters okaz;
  okaz.sources = {"okaz"};
  SearchResults r = Run("المياه", 10, okaz);
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].id, Id(2));
  EXPECT_EQ(r.hits[0].duplicate_of, Id(0));
  Filters late;
  late.from = "2015-07-25";
  r = Run("افتتاح", 10, late);  // in the original's words, not the copy's title
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].id, Id(2));
  // A filter the original and its copies pass shows one of them.
  Filters july;
  july.from = "2015-07-01";
  r = Run("العقبة", 10, july);
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].similar, 3u);
}

TEST_F(StoreCopies, NoCollapseShowsEveryCopy) {
  const SearchResults r = Run("المياه", 10, {}, false);
  EXPECT_EQ(r.hits.size(), 6u);
  for (int i : {0, 1, 2, 3, 4, 6}) ASSERT_NE(HitFor(r, Id(i)), nullptr) << i;
  EXPECT_EQ(HitFor(r, Id(1))->duplicate_of, Id(0));
  EXPECT_EQ(HitFor(r, Id(0))->similar, 0u);
}

TEST_F(StoreCopies, ReaddingKeepsTheLinks) {
  for (const Writer::Added& a : AddAll(dir_.str(), records_))
    EXPECT_EQ(a.outcome, Writer::Outcome::kUnchanged);
  const SearchResults r = Run("المياه", 10);
  ASSERT_EQ(r.hits.size(), 3u);
  ASSERT_NE(ClusterHit(r), nullptr);
  EXPECT_EQ(ClusterHit(r)->similar, 3u);
  EXPECT_EQ(Run("الوزارة", 10).hits.size(), 1u);
  EXPECT_EQ(Open(dir_.str())->Stats()->duplicates, 3u);
}

TEST_F(StoreCopies, AReplacedOriginalKeepsItsCopies) {
  // Rewritten so that it is now a near-copy of the other article: it
  // stays an original, or its copies would have none to be counted by.
  Record changed = Analyze("http://a.test/orig", "2015-07-21", "افتتاح مشروع",
                           OtherBody() + " تحديث.");
  const Writer::Added a = AddAll(dir_.str(), {changed})[0];
  EXPECT_EQ(a.outcome, Writer::Outcome::kReplaced);
  EXPECT_EQ(a.original, "");
  const SearchResults r = Run("تحديث", 10);
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].id, Id(0));
  EXPECT_EQ(r.hits[0].similar, 3u);
  // Its copies with words of their own still hold العقبة: one hit.
  const SearchResults copies = Run("العقبة", 10);
  ASSERT_EQ(copies.hits.size(), 1u);
  EXPECT_EQ(copies.hits[0].duplicate_of, Id(0));
  EXPECT_EQ(copies.hits[0].similar, 3u);
}

TEST_F(StoreCopies, AReplacedCopyStaysLinked) {
  const Record changed =
      Analyze("http://c.test/copy", "2015-07-25", "المياه في العقبة",
              LongBody("افتتاح مشروع المياه في العقبة", 0) + " المصدر عكاظ اليوم.", "okaz");
  const Writer::Added a = AddAll(dir_.str(), {changed})[0];
  EXPECT_EQ(a.outcome, Writer::Outcome::kReplaced);
  EXPECT_EQ(a.original, Id(0));
  const SearchResults r = Run("اليوم", 10);
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].id, Id(2));
  EXPECT_EQ(r.hits[0].similar, 3u);
}

TEST(StoreErrors, MissingIndexAndBadQueries) {
  auto missing = Searcher::Open("/nonexistent/khabar-data");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_NE(missing.status().message().find("khabar ingest"), std::string::npos);

  TempDir dir;
  AddAll(dir.str(), {Analyze("http://a.test/1", "2015-07-21", "عنوان", "نص قصير")});
  auto s = Open(dir.str());
  SearchRequest req;
  req.query = "(نص";
  EXPECT_EQ(s->Search(req).status().code(), Status::Code::kInvalidArgument);
  req.query = "";
  EXPECT_EQ(s->Search(req).status().code(), Status::Code::kInvalidArgument);

  // A directory that is something else is refused, not misread.
  TempDir other;
  fs::create_directories(other.str());
  { std::ofstream(other.str() + "/notes.txt") << "hello"; }
  EXPECT_FALSE(Searcher::Open(other.str()).ok());
}

}  // namespace
}  // namespace khabar::index
