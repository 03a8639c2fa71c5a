// Drawing target articles and making their queries (queries.h, steps 1-3
// and 5); the variants themselves are in variants.cc.

#include "queries.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

#include "rng.h"
#include "base/utf8.h"

namespace khabar::bench::search {
namespace {

// Words of 3+ letters a title uses for grammar, not content. Short on
// purpose: the generator's own list, not any engine's stopwords.
const std::unordered_set<std::u32string>& FunctionWords() {
  static const auto* words = new std::unordered_set<std::u32string>{
      U"على",  U"إلى",  U"الى",  U"التي", U"الذي", U"الذين", U"هذا",
      U"هذه",  U"ذلك",  U"تلك",  U"بعد",  U"قبل",  U"خلال",  U"بين",
      U"حول",  U"عند",  U"منذ",  U"حتى",  U"كما",  U"غير",   U"عبر",
      U"ضد",   U"أمام", U"دون",  U"لدى",  U"وفي",  U"ومن",   U"وعلى",
      U"بعض",  U"أحد",  U"عليه", U"عليها", U"فيه", U"فيها",  U"منها",
      U"منه",  U"إنه",  U"أنه",  U"كان",  U"كانت", U"يكون",  U"تكون",
      U"قال",  U"وقال", U"إلي",  U"ولا",  U"لكن",  U"إذا",   U"عن",
  };
  return *words;
}

bool IsArabicLetter(char32_t c) { return c >= U'\u0621' && c <= U'\u064A'; }
bool IsIgnorableMark(char32_t c) {  // harakat, superscript alef, tatweel
  return (c >= U'\u064B' && c <= U'\u065F') || c == U'\u0670' ||
         c == U'\u0640';
}
bool IsDigit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'\u0660' && c <= U'\u0669');
}

bool IsContentWord(const std::u32string& w) {
  if (w.empty()) return false;
  if (IsDigit(w[0])) return true;
  return w.size() >= 3 && !FunctionWords().contains(w);
}

// A seed derived from the run's seed and a slot (query k, variant v), so
// that each variant of each query draws from its own stream: a change to
// one variant leaves the others' queries as they were.
uint64_t Mix(uint64_t seed, uint64_t a, uint64_t b) {
  Rng rng(seed ^ (a * 0x9E3779B97F4A7C15ull) ^ (b << 48));
  return rng.Next();
}

std::string QueryId(size_t k) {
  char id[16];
  std::snprintf(id, sizeof id, "q%04zu", k);
  return id;
}

// 3-6 content words in title order, the first number among them.
std::vector<std::u32string> PickWords(const std::vector<std::u32string>& words,
                                      Rng* rng) {
  const size_t k = std::min(words.size(), 3 + rng->Below(4));
  std::vector<size_t> rest, chosen;
  for (size_t i = 0; i < words.size(); ++i) {
    const bool first_number =
        IsDigit(words[i][0]) &&
        std::none_of(chosen.begin(), chosen.end(),
                     [&](size_t j) { return IsDigit(words[j][0]); });
    (first_number ? chosen : rest).push_back(i);
  }
  while (chosen.size() < k) {
    const size_t r = rng->Below(rest.size());
    chosen.push_back(rest[r]);
    rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(r));
  }
  std::sort(chosen.begin(), chosen.end());
  std::vector<std::u32string> picked;
  for (size_t i : chosen) picked.push_back(words[i]);
  return picked;
}

bool HasNumber(const std::vector<std::u32string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [](const std::u32string& w) { return IsDigit(w[0]); });
}

// Articles that can be targets (step 1), by index into the corpus.
std::vector<size_t> Candidates(const std::vector<Article>& articles) {
  std::unordered_map<std::string_view, int> urls, titles;
  for (const Article& a : articles) {
    ++urls[a.url];
    ++titles[a.title];
  }
  std::vector<size_t> out;
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    if (a.url.empty() || urls[a.url] > 1 || titles[a.title] > 1) continue;
    if (ContentWords(a.title).size() >= 3) out.push_back(i);
  }
  return out;
}

// Appends each variant of the query for `article` that applies (only
// `only` when given).
void AddVariants(const Article& article, const std::vector<std::u32string>& q,
                 uint64_t seed, size_t k, std::string_view only,
                 std::vector<Query>* out) {
  for (size_t v = 0; v < std::size(kVariants); ++v) {
    if (!only.empty() && only != kVariants[v]) continue;
    std::vector<std::u32string> words = q;
    std::string detail;
    if (!MakeVariant(kVariants[v], Mix(seed, k, v + 1), &words, &detail)) {
      continue;
    }
    out->push_back({QueryId(k), kVariants[v], article.url, JoinWords(words),
                    detail});
  }
}

}  // namespace

std::vector<std::u32string> ContentWords(std::string_view title) {
  std::vector<std::u32string> words;
  std::u32string word;
  bool mixed = false;  // letters and digits, or Latin: not a query word
  auto flush = [&] {
    if (!mixed && IsContentWord(word)) words.push_back(word);
    word.clear();
    mixed = false;
  };
  for (size_t i = 0; i < title.size();) {
    const char32_t c = base::DecodeAt(title, &i);
    if (IsIgnorableMark(c)) continue;
    if (IsArabicLetter(c) || IsDigit(c)) {
      if (!word.empty() && IsDigit(word[0]) != IsDigit(c)) mixed = true;
      word.push_back(c);
    } else if (c < 0x80 && std::isalpha(static_cast<int>(c))) {
      mixed = true;
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

std::string JoinWords(const std::vector<std::u32string>& words) {
  std::string out;
  for (const std::u32string& w : words) {
    if (!out.empty()) out.push_back(' ');
    for (char32_t c : w) base::AppendUtf8(c, &out);
  }
  return out;
}

std::vector<Query> MakeQueries(const std::vector<Article>& articles,
                               const QueryOptions& options) {
  std::vector<size_t> pool = Candidates(articles);
  Rng draw(options.seed);
  std::vector<Query> out;
  size_t k = 0, with_digits = 0;
  // Step 1-4: `count` articles, every variant; step 5: digits only.
  while (!pool.empty()) {
    const bool full = k < options.count;
    if (!full && with_digits >= options.min_digit_queries) break;
    const size_t r = draw.Below(pool.size());
    const Article& article = articles[pool[r]];
    pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(r));
    const std::vector<std::u32string> words = ContentWords(article.title);
    if (!full && !HasNumber(words)) continue;
    Rng pick(Mix(options.seed, ++k, 0));
    const std::vector<std::u32string> q = PickWords(words, &pick);
    with_digits += HasNumber(q);
    AddVariants(article, q, options.seed, k, full ? "" : "digits", &out);
  }
  return out;
}

Status WriteQueries(const std::vector<Query>& queries,
                    const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (const Query& q : queries) {
    out << q.id << '\t' << q.variant << '\t' << q.target_url << '\t' << q.text
        << '\t' << q.detail << '\n';
  }
  out.close();
  if (!out) return Status::IoError("cannot write " + path);
  return Status::Ok();
}

Status ReadQueries(const std::string& path, std::vector<Query>* queries) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open query file " + path);
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    Query q;
    std::string* fields[] = {&q.id, &q.variant, &q.target_url, &q.text,
                             &q.detail};
    size_t begin = 0, k = 0;
    for (; k < 5 && begin <= line.size(); ++k) {
      const size_t tab = std::min(line.find('\t', begin), line.size());
      *fields[k] = line.substr(begin, tab - begin);
      begin = tab + 1;
    }
    if (k != 5 || begin != line.size() + 1 || q.text.empty()) {
      return Status::Corrupt(path + ":" + std::to_string(n) +
                             ": not 5 tab-separated fields (id, variant, "
                             "url, query, detail)");
    }
    queries->push_back(std::move(q));
  }
  return Status::Ok();
}

}  // namespace khabar::bench::search
