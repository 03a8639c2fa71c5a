// The search benchmark's own parts: the articles file, the query generator
// and its variants, and the scoring.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "articles.h"
#include "queries.h"
#include "report.h"

namespace khabar::bench::search {
namespace {

#define FATHA "\u064E"
#define SHADDA "\u0651"

std::vector<std::u32string> Words(std::initializer_list<const char32_t*> ws) {
  return {ws.begin(), ws.end()};
}

std::string Variant(const char* variant, std::vector<std::u32string> words,
                    uint64_t seed = 7) {
  std::string detail;
  if (!MakeVariant(variant, seed, &words, &detail)) return "(none)";
  return JoinWords(words);
}

// The query with harakat and shadda taken out.
std::string WithoutMarks(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    // U+064E..U+0651 are D9 8E..D9 91 in UTF-8.
    if (s[i] == '\xD9' && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) >= 0x8E &&
        static_cast<unsigned char>(s[i + 1]) <= 0x91) {
      ++i;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

TEST(ArticlesFile, FieldsWithTabsNewlinesAndBackslashesRoundTrip) {
  const Article a{"http://x/1", "2015-07-21 02:51:32", "spa",
                  "عنوان\tمع\\علامة", "سطر أول\n\nسطر\r\nثان \\n"};
  std::ostringstream out;
  WriteArticleLine(a, &out);
  const std::string line = out.str();
  ASSERT_EQ(std::count(line.begin(), line.end(), '\n'), 1);
  ASSERT_EQ(std::count(line.begin(), line.end(), '\t'), 4);
  Article b;
  ASSERT_TRUE(ParseArticleLine(line.substr(0, line.size() - 1), &b));
  EXPECT_EQ(b.url, a.url);
  EXPECT_EQ(b.date, a.date);
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.body, a.body);
  EXPECT_FALSE(ParseArticleLine("only\tfour\tfields\there", &b));
}

TEST(ArticlesFile, ReplicasHaveNewUrlsAndLaterDates) {
  const Article a{"http://x/1", "2015-07-30 10:00:00", "spa", "t", "b"};
  EXPECT_EQ(Replica(a, 0).url, "http://x/1");
  const Article r = Replica(a, 3);
  EXPECT_EQ(r.url, "http://x/1?copy=3");
  Article with_query = a;
  with_query.url = "http://x/a?id=1#top";
  EXPECT_EQ(Replica(with_query, 2).url, "http://x/a?id=1&copy=2#top");
  EXPECT_EQ(r.date, "2015-08-02 10:00:00");
  EXPECT_EQ(r.body, a.body);
  Article undated = a;
  undated.date = "unknown";
  EXPECT_EQ(Replica(undated, 5).date, "unknown");
}

TEST(ContentWords, DropsFunctionWordsPunctuationMarksAndLatin) {
  EXPECT_EQ(JoinWords(ContentWords(
                "بريطانيا: أربعة مُحَاوِر لاستراتيجية جديدة على مدى 5 سنوات "
                "(G20) في ٢٠١٥")),
            "بريطانيا أربعة محاور لاستراتيجية جديدة مدى 5 سنوات ٢٠١٥");
}

TEST(Variants, HamzaRemovedFromOneWordOrAddedToAHamzatWasl) {
  EXPECT_EQ(Variant("hamza", Words({U"أربعة", U"محاور"})), "اربعة محاور");
  EXPECT_EQ(Variant("hamza", Words({U"استراتيجية", U"محاور"})),
            "إستراتيجية محاور");
  EXPECT_EQ(Variant("hamza", Words({U"الاتحاد", U"محاور"})), "الإتحاد محاور");
  EXPECT_EQ(Variant("hamza", Words({U"محاور", U"الرياض"})), "(none)");
}

TEST(Variants, TaaMarbutaAndAlefMaqsuraEverywhere) {
  EXPECT_EQ(Variant("taa_yaa", Words({U"جديدة", U"مستشفى", U"محاور"})),
            "جديده مستشفي محاور");
  EXPECT_EQ(Variant("taa_yaa", Words({U"محاور"})), "(none)");
}

TEST(Variants, DigitsSwitchBothWays) {
  EXPECT_EQ(Variant("digits", Words({U"مقتل", U"25", U"٢٠١٥"})),
            "مقتل ٢٥ 2015");
  EXPECT_EQ(Variant("digits", Words({U"مقتل"})), "(none)");
}

TEST(Variants, DiacriticsOnlyAddMarks) {
  const auto words = Words({U"محاور", U"جديدة", U"بريطانيا"});
  for (uint64_t seed = 0; seed < 50; ++seed) {
    const std::string marked = Variant("diacritics", words, seed);
    EXPECT_NE(marked, JoinWords(words));
    EXPECT_EQ(WithoutMarks(marked), JoinWords(words)) << marked;
  }
  EXPECT_EQ(WithoutMarks("م" FATHA "ح" SHADDA FATHA), "مح");
}

// The changed word differs from the original by one proclitic (ال, لل, و, ب).
bool OneCliticApart(std::u32string a, std::u32string b) {
  if (a.size() < b.size()) std::swap(a, b);
  for (const std::u32string p : {U"ال", U"و", U"ب", U"وال", U"بال"}) {
    if (a == p + b) return true;
  }
  const auto lil = [](const std::u32string& x, const std::u32string& y) {
    return x.starts_with(U"لل") && y == U"ال" + x.substr(2);
  };
  return lil(a, b) || lil(b, a);
}

TEST(Variants, CliticChangesOneWordByOneProclitic) {
  const auto words = Words({U"للتطرف", U"والعالم", U"محاور", U"2015"});
  std::set<std::string> seen;
  for (uint64_t seed = 0; seed < 100; ++seed) {
    auto changed = words;
    std::string detail;
    ASSERT_TRUE(MakeVariant("clitic", seed, &changed, &detail));
    size_t differing = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      if (changed[i] == words[i]) continue;
      ++differing;
      EXPECT_TRUE(OneCliticApart(changed[i], words[i])) << detail;
    }
    EXPECT_EQ(differing, 1u);
    EXPECT_EQ(changed[3], U"2015");  // numbers take no clitic
    seen.insert(JoinWords(changed));
  }
  EXPECT_GT(seen.size(), 5u);  // additions and removals on several words
}

TEST(MakeQueries, DeterministicWithEveryVariantAndValidTargets) {
  const std::vector<Article> articles = SyntheticArticles(3000);
  const std::vector<Query> a = MakeQueries(articles, {});
  const std::vector<Query> b = MakeQueries(articles, {});
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) ASSERT_EQ(a[i].text, b[i].text);

  std::map<std::string, size_t> counts;
  std::map<std::string, std::string> titles;
  for (const Article& art : articles) titles[art.url] = art.title;
  for (const Query& q : a) {
    ++counts[q.variant];
    ASSERT_TRUE(titles.contains(q.target_url)) << q.target_url;
    if (q.variant != "original") continue;
    const auto words = ContentWords(q.text);
    EXPECT_GE(words.size(), 3u) << q.text;
    EXPECT_LE(words.size(), 6u) << q.text;
    const auto title = ContentWords(titles[q.target_url]);
    for (const auto& w : words) {
      EXPECT_NE(std::find(title.begin(), title.end(), w), title.end());
    }
  }
  EXPECT_EQ(counts["original"], 500u);
  EXPECT_GE(counts["digits"], 100u);
  for (const char* v : kVariants) EXPECT_GT(counts[v], 100u) << v;
  EXPECT_NE(MakeQueries(articles, {.seed = 2})[0].text, a[0].text);
}

TEST(Report, RanksPercentilesAndScores) {
  EXPECT_EQ(RankOf({"a", "b", "c"}, "b"), 2u);
  EXPECT_EQ(RankOf({"a", "b", "c"}, "z"), 0u);
  EXPECT_EQ(Percentile({5, 1, 3, 2, 4}, 50), 3);
  EXPECT_EQ(Percentile({5, 1, 3, 2, 4}, 99), 5);

  const std::vector<Query> queries = {{"q1", "original", "u1", "x", ""},
                                      {"q2", "original", "u2", "y", ""},
                                      {"q1", "hamza", "u1", "x", ""}};
  RunResults run;
  run.queries = {{"q1", "original", 1, -1, {"u1"}},
                 {"q2", "original", 1, -1, {"u9", "u2"}},
                 {"q1", "hamza", 1, -1, {"u9"}}};
  std::map<std::string, Quality> q;
  ASSERT_TRUE(ScoreRun(queries, run, &q).ok());
  EXPECT_DOUBLE_EQ(q["original"].success_at_1, 0.5);
  EXPECT_DOUBLE_EQ(q["original"].success_at_10, 1.0);
  EXPECT_DOUBLE_EQ(q["original"].mrr, 0.75);
  EXPECT_DOUBLE_EQ(q["hamza"].success_at_10, 0.0);
  EXPECT_EQ(q["all"].queries, 3u);
  run.queries.pop_back();
  EXPECT_FALSE(ScoreRun(queries, run, &q).ok());
}

}  // namespace
}  // namespace khabar::bench::search
