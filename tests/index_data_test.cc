// The index on a day of SaudiNewsNet (2,972 articles): ingest through the
// library, re-ingest (nothing changes), and known-item search from titles
// as users type them (spelling and clitic variants). Skips, saying so,
// without ../shared/data.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "base/utf8.h"
#include "index/ingest.h"
#include "index/searcher.h"
#include "khabar/reader.h"
#include "test_util.h"

namespace khabar {
namespace {

namespace fs = std::filesystem;

std::string Day() {
  const std::string shared = testing::SharedDir();
  const std::string day = shared + "/data/saudinewsnet/2015-07-21.zip";
  return !shared.empty() && fs::exists(day) ? day : "";
}

class TitleSink : public ReadSink {
 public:
  void OnArticle(RawArticle&& a) override { titles.push_back({a.url, a.title}); }
  void OnSkip(const std::string&, const std::string&) override {}
  std::vector<std::pair<std::string, std::string>> titles;  // (url, title)
};

// Replaces every `from` in `s` with `to`.
std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
    s.replace(at, from.size(), to);
  return s;
}

std::string ArabicDigits(std::string s) {
  static const char* kDigits[] = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
  std::string out;
  for (char c : s) out += c >= '0' && c <= '9' ? kDigits[c - '0'] : std::string(1, c);
  return out;
}

// The title's first word of four letters or more with و glued to it.
std::string WithClitic(const std::string& title) {
  size_t at = 0;
  while (at < title.size()) {
    const size_t end = std::min(title.find(' ', at), title.size());
    if (end - at >= 8 && static_cast<unsigned char>(title[at]) >= 0xD8)
      return title.substr(0, at) + "و" + title.substr(at);
    at = end + 1;
  }
  return title;
}

// Query syntax characters out: a title is words, not operators.
std::string Plain(std::string s) {
  for (char& c : s)
    if (c == '"' || c == '(' || c == ')' || c == '-') c = ' ';
  return ReplaceAll(ReplaceAll(s, " OR ", " "), " NOT ", " ");
}

TEST(IndexData, DayOfSaudiNewsNet) {
  const std::string day = Day();
  if (day.empty()) GTEST_SKIP() << "no ../shared/data/saudinewsnet (set KHABAR_SHARED_DIR)";
  const std::string db = (fs::temp_directory_path() /
                          ("khabar_index_data_" + std::to_string(getpid()))).string();
  fs::remove_all(db);
  index::IngestOptions options;
  options.db_dir = db;
  auto first = index::Ingest({day}, options);
  ASSERT_TRUE(first.ok()) << first.status().message();
  TitleSink sink;
  ASSERT_TRUE(ReadPath(day, {}, &sink).ok());
  std::set<std::string> urls;
  for (const auto& [url, title] : sink.titles) urls.insert(url);
  EXPECT_EQ(first->read, sink.titles.size());
  EXPECT_EQ(first->articles_in_index, urls.size());  // one per distinct URL
  EXPECT_GT(first->duplicates, 0u);                  // syndicated copies exist

  auto again = index::Ingest({day}, options);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->added + again->replaced, 0u);
  EXPECT_EQ(again->articles_in_index, first->articles_in_index);

  auto searcher = index::Searcher::Open(db);
  ASSERT_TRUE(searcher.ok());
  std::mt19937 rng(2015);
  std::shuffle(sink.titles.begin(), sink.titles.end(), rng);
  const std::map<std::string, std::function<std::string(const std::string&)>> variants = {
      {"exact", [](const std::string& t) { return t; }},
      {"alef", [](const std::string& t) {
         return ReplaceAll(ReplaceAll(ReplaceAll(t, "أ", "ا"), "إ", "ا"), "آ", "ا");
       }},
      {"ta_marbuta", [](const std::string& t) { return ReplaceAll(t, "ة", "ه"); }},
      {"alef_maqsura", [](const std::string& t) { return ReplaceAll(t, "ى", "ي"); }},
      {"digits", ArabicDigits},
      {"clitic", WithClitic},
  };
  for (const auto& [name, variant] : variants) {
    int found = 0, asked = 0;
    for (size_t i = 0; i < sink.titles.size() && asked < 150; ++i) {
      const auto& [url, title] = sink.titles[i];
      if (base::CodePointCount(title) < 15) continue;
      index::SearchRequest req;
      req.query = Plain(variant(title));
      req.collapse = false;  // a copy's own title must find the copy
      auto r = searcher.value()->Search(req);
      ++asked;
      if (!r.ok()) continue;
      for (const index::Hit& h : r->hits) {
        found += h.url == url;
        if (h.url == url) break;
      }
      for (const index::Hit& h : r->hits) {
        for (const Span& s : h.highlights) EXPECT_LE(s.end, h.snippet.size());
      }
    }
    const double success = static_cast<double>(found) / asked;
    std::cout << "known-item success@10, " << name << ": " << success << " (" << found << "/"
              << asked << ")\n";
    EXPECT_GE(success, 0.95) << name;
  }
  fs::remove_all(db);
}

}  // namespace
}  // namespace khabar
