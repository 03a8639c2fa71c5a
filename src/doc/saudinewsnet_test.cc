// All of SaudiNewsNet through the reader alone: 18 zips, each one JSON array.
// Skips, saying why, when ../shared/data is absent.

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <set>

#include "doc/reader_test_util.h"

namespace khabar::doc {
namespace {

class CountSink : public ReadSink {
 public:
  void OnArticle(RawArticle&& a) override {
    ++articles;
    bytes += a.title.size() + a.body.size();
    if (a.body.empty()) {
      ++empty_bodies;
      EXPECT_TRUE(testing::HasWarning(a, "empty body")) << a.origin;
    }
    if (a.title.empty() && a.body.empty()) ++no_text;
    EXPECT_FALSE(a.url.empty()) << a.origin;
    if (a.title.empty()) ++empty_titles;
    if (!a.warnings.empty()) ++with_warnings;
    const size_t colon = a.origin.find(".zip:");
    if (colon == std::string::npos) {
      ADD_FAILURE() << "origin does not name its zip: " << a.origin;
    } else {
      zips.insert(a.origin.substr(0, colon + 4));
    }
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    ADD_FAILURE() << "skipped " << where << ": " << why;
  }

  size_t articles = 0, bytes = 0, empty_bodies = 0, empty_titles = 0;
  size_t with_warnings = 0, no_text = 0;
  std::set<std::string> zips;
};

TEST(SaudiNewsNetReader, ReadsEveryArticleOfEveryZip) {
  const std::string dir = testing::SharedPath("data/saudinewsnet");
  if (dir.empty())
    GTEST_SKIP() << "$KHABAR_SHARED_DIR/data/saudinewsnet is absent";
  CountSink sink;
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(ReadPath(dir, {}, &sink).ok());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::cout << "SaudiNewsNet: " << sink.articles << " articles from "
            << sink.zips.size() << " zips, " << sink.bytes / 1e6
            << " MB of title+body, read in " << seconds << " s ("
            << sink.with_warnings << " with warnings, " << sink.empty_bodies
            << " with an empty body, " << sink.empty_titles
            << " without title)\n";
  EXPECT_EQ(sink.articles, 31030u);
  EXPECT_EQ(sink.zips.size(), 18u);
  // The source itself has 354 records whose content is blank ("", " ",
  // no-break spaces), 57 of them with a blank title too (only the URL says
  // what they were). Each is still an article, with the warning "empty
  // body", so the count matches the source's 31,030.
  EXPECT_EQ(sink.empty_bodies, 354u);
  EXPECT_EQ(sink.no_text, 57u);
  EXPECT_LT(seconds, 60.0) << "reading should take seconds";
}

}  // namespace
}  // namespace khabar::doc
