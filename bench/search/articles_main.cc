// search_articles: reads articles with khabar::ReadPath once and writes the
// search benchmark's articles file (articles.h), and the same articles as
// JSON lines for `khabar ingest`, so every engine indexes the same text.
//
//   search_articles (DATA_PATH | --synthetic=N) --out=ARTICLES
//                   [--jsonl=FILE] [--limit=N] [--scale=N]
//
// --limit keeps the first N articles read. --scale=N writes N articles by
// replicating the corpus (articles.h, Replica): copy 0 of each article first,
// then copy 1 of each, and so on, streamed, so a 1M-article file needs no
// more memory than the corpus.

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "articles.h"
#include "khabar/reader.h"

namespace khabar::bench::search {
namespace {

struct Flags {
  std::string input;  // a path, or "" with synthetic > 0
  size_t synthetic = 0;
  std::string out;
  std::string jsonl;
  size_t limit = std::numeric_limits<size_t>::max();
  size_t scale = 0;  // 0: the corpus as read
};

// Keeps each article read, up to a limit; counts what the reader skipped.
class ArticleSink : public ReadSink {
 public:
  ArticleSink(size_t limit, std::vector<Article>* out)
      : limit_(limit), out_(out) {}

  void OnArticle(RawArticle&& raw) override {
    if (out_->size() >= limit_) return;
    Article& a = out_->emplace_back();
    a.url = std::move(raw.url);
    a.date = std::move(raw.date);
    a.source = std::move(raw.source);
    a.title = std::move(raw.title);
    a.body = std::move(raw.lede);  // the body, with the lede when there is one
    if (!raw.body.empty()) {
      if (!a.body.empty()) a.body += "\n\n";
      a.body += raw.body;
    }
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    if (++skipped_ <= 3) std::cerr << "skipped " << where << ": " << why << "\n";
  }
  size_t skipped() const { return skipped_; }

 private:
  size_t limit_;
  size_t skipped_ = 0;
  std::vector<Article>* out_;
};

void WriteJsonLine(const Article& a, std::ostream* out) {
  const nlohmann::json j = {{"url", a.url},       {"date", a.date},
                            {"source", a.source}, {"title", a.title},
                            {"content", a.body}};
  *out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
       << '\n';
}

Status Load(const Flags& flags, std::vector<Article>* articles) {
  if (flags.synthetic > 0) {
    *articles = SyntheticArticles(flags.synthetic);
    return Status::Ok();
  }
  ArticleSink sink(flags.limit, articles);
  RETURN_IF_ERROR(ReadPath(flags.input, ReadOptions(), &sink));
  if (sink.skipped() > 0) {
    std::cerr << flags.input << ": " << sink.skipped() << " records skipped\n";
  }
  return Status::Ok();
}

// Writes `total` articles (copies of `articles`, in rounds) to both outputs.
Status Write(const Flags& flags, const std::vector<Article>& articles,
             size_t total, size_t* bytes) {
  std::ofstream tsv(flags.out, std::ios::binary | std::ios::trunc);
  std::ofstream jsonl;
  if (!flags.jsonl.empty()) {
    jsonl.open(flags.jsonl, std::ios::binary | std::ios::trunc);
  }
  for (size_t i = 0; i < total; ++i) {
    const Article a = Replica(articles[i % articles.size()], i / articles.size());
    *bytes += a.text_bytes();
    WriteArticleLine(a, &tsv);
    if (jsonl.is_open()) WriteJsonLine(a, &jsonl);
  }
  tsv.close();
  if (!tsv) return Status::IoError("cannot write " + flags.out);
  if (jsonl.is_open()) {
    jsonl.close();
    if (!jsonl) return Status::IoError("cannot write " + flags.jsonl);
  }
  return Status::Ok();
}

bool ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const size_t eq = arg.find('=');
    const std::string key = arg.substr(0, eq);
    const std::string value = eq == arg.npos ? "" : arg.substr(eq + 1);
    const size_t number = std::strtoull(value.c_str(), nullptr, 10);
    if (key == "--synthetic") flags->synthetic = number;
    else if (key == "--out") flags->out = value;
    else if (key == "--jsonl") flags->jsonl = value;
    else if (key == "--limit") flags->limit = number;
    else if (key == "--scale") flags->scale = number;
    else if (!arg.starts_with("--") && flags->input.empty()) flags->input = arg;
    else return false;
  }
  return !flags->out.empty() && flags->input.empty() != (flags->synthetic == 0);
}

int Main(int argc, char** argv) {
  Flags flags;
  if (!ParseFlags(argc, argv, &flags)) {
    std::cerr << "usage: search_articles (DATA_PATH | --synthetic=N) "
                 "--out=ARTICLES [--jsonl=FILE] [--limit=N] [--scale=N]\n";
    return 2;
  }
  std::vector<Article> articles;
  Status status = Load(flags, &articles);
  if (status.ok() && articles.empty()) {
    status = Status::InvalidArgument(flags.input + ": no articles");
  }
  const size_t total = flags.scale > 0 ? flags.scale : articles.size();
  size_t bytes = 0;
  if (status.ok()) status = Write(flags, articles, total, &bytes);
  if (!status.ok()) {
    std::cerr << "search_articles: " << status.ToString() << "\n";
    return 1;
  }
  std::cerr << "search_articles: " << total << " articles (" << articles.size()
            << " read), " << bytes << " bytes of title + body -> " << flags.out
            << "\n";
  return 0;
}

}  // namespace
}  // namespace khabar::bench::search

int main(int argc, char** argv) {
  return khabar::bench::search::Main(argc, argv);
}
