// --copies=K for khabar: the merged index must be the one ingest would
// write for K near-identical copies of the corpus (one original per
// cluster, the others copies naming it), or the latency measured on it
// would be of another search path.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "copies.h"
#include "index/prepare.h"
#include "index/searcher.h"
#include "index/writer.h"
#include "khabar/pipeline.h"
#include "near_copies.h"

namespace khabar::bench::search {
namespace {

namespace fs = std::filesystem;

std::string TempPath(const std::string& name) {
  const fs::path p = fs::temp_directory_path() /
                     ("khabar_near_copies_" + std::to_string(getpid()) + "_" + name);
  fs::remove_all(p);
  return p.string();
}

Record Analyze(const std::string& url, const std::string& title, const std::string& body) {
  static const Pipeline* pipeline = new Pipeline;
  RawArticle a;
  a.origin = a.url = url;
  a.date = "2015-07-21";
  a.title = title;
  a.body = body;
  a.source = "sabq";
  AnalyzeOptions options;
  options.tokens = true;
  return pipeline->Analyze(a, options);
}

// Long enough to have a SimHash (near-copy detection needs 24 shingles).
std::string Body(const char* const* words, int n, int stride) {
  std::string body;
  for (int i = 0; i < 60; ++i) body.append(words[(i * stride + 1) % n]).append(" ");
  return body;
}

TEST(NearCopies, MergedCopiesAreCopiesOfOneOriginal) {
  const char* water[] = {"افتتاح", "مشروع", "المياه", "في", "العقبة", "أكد",
                         "المسؤول", "أن", "الحكومة", "تعمل", "على", "تطوير", "القطاع"};
  const char* match[] = {"فاز", "الفريق", "بالمباراة", "النهائية", "بهدفين", "مقابل",
                         "هدف", "وسط", "حضور", "جماهيري", "كبير", "ملعب", "المدينة"};
  const std::string dir = TempPath("db"), near = TempPath("near"), out = TempPath("out");
  {
    auto writer = index::Writer::Open(dir);
    ASSERT_TRUE(writer.ok()) << writer.status().message();
    for (const Record& r : {Analyze("http://a.test/1", "المياه", Body(water, 13, 7)),
                            Analyze("http://a.test/2", "المباراة", Body(match, 13, 5))}) {
      index::PreparedPtr p = index::PrepareArticle(r);
      ASSERT_TRUE(writer.value()->Add(*p).ok());
    }
    ASSERT_TRUE(writer.value()->Commit().ok());
  }
  ASSERT_TRUE(WriteNearCopies(dir, near).ok());
  ASSERT_TRUE(CompactCopies(dir, near, 3, out).ok());

  auto searcher = index::Searcher::Open(out);
  ASSERT_TRUE(searcher.ok()) << searcher.status().message();
  auto stats = searcher.value()->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 6u);
  EXPECT_EQ(stats->duplicates, 4u);
  index::SearchRequest req;
  req.query = "المياه";
  auto r = searcher.value()->Search(req);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].url, "http://a.test/1");
  EXPECT_EQ(r->hits[0].similar, 2u);
  EXPECT_EQ(r->hits[0].duplicate_of, "");
  EXPECT_EQ(r->total, 1u);
  req.collapse = false;
  EXPECT_EQ(searcher.value()->Search(req)->hits.size(), 3u);
  for (const std::string& d : {dir, near, out}) fs::remove_all(d);
}

}  // namespace
}  // namespace khabar::bench::search
