// The known-item query set: queries made from article titles, each in the
// spellings real users type, with the article it should find.
//
// How a query is made (MakeQueries):
//   1. Articles are drawn with a fixed seed (rng.h). An article can be a
//      target when its url and its title are each unique in the corpus and
//      its title has at least 3 content words.
//   2. Content words of the title: maximal runs of Arabic letters (harakat
//      and tatweel dropped) or of digits; Arabic words of 3 letters or more
//      that are not in a short list of function words. Latin words and
//      punctuation are left out.
//   3. The query is 3 to 6 of them (uniformly 3, 4, 5 or 6, at most all),
//      in title order, the title's first number always among them:
//        "بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف"
//          => "بريطانيا أربعة محاور للتطرف"
//   4. Each variant is made where it applies, on its own random stream:
//        original    the query as made
//        hamza       on one word, أ/إ/آ -> ا; or, in a query without them,
//                    a word-initial ا (or الا) -> إ: "أربعة" => "اربعة"
//        taa_yaa     every ة -> ه and ى -> ي: "جديدة" => "جديده"
//        clitic      on one word, a proclitic removed (ال, or و ف ب ك ل
//                    before ال) or added (ال, و, ب, ل): "للتطرف" => "التطرف"
//        digits      every digit switched, 0-9 <-> ٠-٩: "2015" => "٢٠١٥"
//        diacritics  fatha, damma, kasra (some with shadda) on about a third
//                    of the letters: "محاور" => "مَحاوُر"
//   5. Titles with numbers are few, so when fewer than min_digit_queries of
//      the drawn queries have one, more articles whose titles have a number
//      are drawn (same stream) and give a digits variant only.

#ifndef KHABAR_BENCH_SEARCH_QUERIES_H_
#define KHABAR_BENCH_SEARCH_QUERIES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "articles.h"
#include "khabar/status.h"

namespace khabar::bench::search {

inline constexpr const char* kVariants[] = {
    "original", "hamza", "taa_yaa", "clitic", "digits", "diacritics"};

struct Query {
  std::string id;  // "q0042": the same for every variant of one article
  std::string variant;
  std::string target_url;
  std::string text;
  std::string detail;  // what the variant changed, for reading the file
};

struct QueryOptions {
  uint64_t seed = 1;
  size_t count = 500;               // articles drawn for the full set
  size_t min_digit_queries = 100;   // see step 5 above
};

// The query set for `articles`, ordered by id then variant. Deterministic
// for a given corpus and options.
std::vector<Query> MakeQueries(const std::vector<Article>& articles,
                               const QueryOptions& options);

// Steps 2-4, exposed for tests. Words are code points.
std::vector<std::u32string> ContentWords(std::string_view title);
// Makes variant `variant` of `words` in place; false when it does not apply
// (words unchanged then). `seed` picks the word and the change.
bool MakeVariant(std::string_view variant, uint64_t seed,
                 std::vector<std::u32string>* words, std::string* detail);
std::string JoinWords(const std::vector<std::u32string>& words);

// The query file: one query a line, id TAB variant TAB target_url TAB text
// TAB detail.
Status WriteQueries(const std::vector<Query>& queries, const std::string& path);
Status ReadQueries(const std::string& path, std::vector<Query>* queries);

}  // namespace khabar::bench::search

#endif  // KHABAR_BENCH_SEARCH_QUERIES_H_
