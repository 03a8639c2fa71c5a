#include "articles.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>

#include "rng.h"

namespace khabar::bench::search {
namespace {

void AppendEscaped(std::string_view field, std::string* out) {
  for (char c : field) {
    switch (c) {
      case '\\': out->append("\\\\"); break;
      case '\t': out->append("\\t"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      default: out->push_back(c);
    }
  }
}

// COPY's text format: \t \n \r \\ and, for any other X, \X reads as X.
std::string Unescape(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (size_t i = 0; i < field.size(); ++i) {
    char c = field[i];
    if (c == '\\' && i + 1 < field.size()) {
      c = field[++i];
      if (c == 't') c = '\t';
      if (c == 'n') c = '\n';
      if (c == 'r') c = '\r';
    }
    out.push_back(c);
  }
  return out;
}

// "2015-07-21 02:51:32" plus `days`; other shapes come back unchanged.
std::string ShiftDate(const std::string& date, uint64_t days) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (date.size() < 10 || std::sscanf(date.c_str(), "%4d-%2u-%2u", &y, &m,
                                      &d) != 3) {
    return date;
  }
  using namespace std::chrono;
  const year_month_day ymd{sys_days{year{y} / month{m} / day{d}} +
                           std::chrono::days{static_cast<int64_t>(days)}};
  if (!ymd.ok()) return date;
  char head[16];
  std::snprintf(head, sizeof head, "%04d-%02u-%02u", int{ymd.year()},
                unsigned{ymd.month()}, unsigned{ymd.day()});
  return head + date.substr(10);
}

}  // namespace

void WriteArticleLine(const Article& article, std::ostream* out) {
  std::string line;
  line.reserve(article.text_bytes() + article.url.size() + 64);
  for (const std::string* field : {&article.url, &article.date,
                                   &article.source, &article.title}) {
    AppendEscaped(*field, &line);
    line.push_back('\t');
  }
  AppendEscaped(article.body, &line);
  line.push_back('\n');
  out->write(line.data(), static_cast<std::streamsize>(line.size()));
}

bool ParseArticleLine(std::string_view line, Article* article) {
  std::string* fields[] = {&article->url, &article->date, &article->source,
                           &article->title, &article->body};
  size_t begin = 0;
  for (size_t k = 0; k < 5; ++k) {
    const size_t tab = line.find('\t', begin);
    if ((tab == line.npos) != (k == 4)) return false;
    const size_t end = k == 4 ? line.size() : tab;
    *fields[k] = Unescape(line.substr(begin, end - begin));
    begin = end + 1;
  }
  return true;
}

Status ForEachArticle(const std::string& path,
                      const std::function<void(Article&&)>& fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open articles file " + path);
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    Article article;
    if (!ParseArticleLine(line, &article)) {
      return Status::Corrupt(path + ":" + std::to_string(line_number) +
                             ": not 5 tab-separated fields (url, date, "
                             "source, title, body)");
    }
    fn(std::move(article));
  }
  if (in.bad()) return Status::IoError("cannot read " + path);
  return Status::Ok();
}

Status ReadArticles(const std::string& path, std::vector<Article>* articles) {
  return ForEachArticle(
      path, [&](Article&& a) { articles->push_back(std::move(a)); });
}

Article Replica(const Article& article, uint64_t copy) {
  if (copy == 0) return article;
  // A query parameter, not a fragment: khabar's url normalization (its
  // record ids) drops fragments, and the copies must stay distinct.
  Article replica = article;
  const size_t end = std::min(replica.url.find('#'), replica.url.size());
  const char joiner = replica.url.find('?') < end ? '&' : '?';
  replica.url.insert(end, joiner + ("copy=" + std::to_string(copy)));
  replica.date = ShiftDate(article.date, copy);
  return replica;
}

// ---- synthetic corpus ------------------------------------------------------

namespace {

constexpr const char* kLetters[] = {
    "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض",
    "ط", "ظ", "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي", "ا"};
constexpr size_t kVocabulary = 4000;

// A pronounceable-looking word of 3-6 letters; some carry ال, a hamza on
// the first alef, a final ة or ى, so that each query variant finds a word.
std::string PseudoWord(Rng* rng) {
  std::string word;
  if (rng->OneIn(4)) word += "ال";
  if (rng->OneIn(5)) word += rng->OneIn(2) ? "أ" : "إ";
  const size_t letters = 3 + rng->Below(4);
  for (size_t i = 0; i < letters; ++i) {
    word += kLetters[rng->Below(std::size(kLetters))];
  }
  if (rng->OneIn(6)) word += "ة";
  if (rng->OneIn(10)) word += "ى";
  return word;
}

void AppendWords(const std::vector<std::string>& vocabulary, size_t n,
                 Rng* rng, std::string* text) {
  for (size_t i = 0; i < n; ++i) {
    if (!text->empty()) text->push_back(' ');
    *text += vocabulary[rng->Below(vocabulary.size())];
  }
}

Article SyntheticArticle(size_t i, const std::vector<std::string>& vocabulary,
                         Rng* rng) {
  Article a;
  a.url = "http://synthetic.example/article/" + std::to_string(i);
  a.date = ShiftDate("2015-07-21 08:00:00", i % 365);
  a.source = "synthetic";
  AppendWords(vocabulary, 5 + rng->Below(4), rng, &a.title);
  if (rng->OneIn(3)) a.title += " " + std::to_string(1 + rng->Below(2030));
  // The body repeats the title once, amid unrelated words, as a lede does.
  AppendWords(vocabulary, 40 + rng->Below(80), rng, &a.body);
  a.body += "\n\n" + a.title + "\n\n";
  AppendWords(vocabulary, 80 + rng->Below(160), rng, &a.body);
  return a;
}

}  // namespace

std::vector<Article> SyntheticArticles(size_t n) {
  Rng rng(0x5EA7C4B0A7D5ull);
  std::vector<std::string> vocabulary;
  for (size_t i = 0; i < kVocabulary; ++i) {
    vocabulary.push_back(PseudoWord(&rng));
  }
  std::vector<Article> articles;
  for (size_t i = 0; i < n; ++i) {
    articles.push_back(SyntheticArticle(i, vocabulary, &rng));
  }
  return articles;
}

}  // namespace khabar::bench::search
