#include "results.h"

#include <cstdio>
#include <cstdlib>

namespace khabar::bench::search {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t begin = 0;
  while (true) {
    const size_t tab = line.find('\t', begin);
    fields.push_back(line.substr(begin, tab - begin));
    if (tab == line.npos) return fields;
    begin = tab + 1;
  }
}

bool ParseQueryLine(const std::string& line, QueryResult* r) {
  std::vector<std::string> f = SplitTabs(line);
  if (f.size() < 4) return false;
  char* end = nullptr;
  r->micros = std::strtod(f[2].c_str(), &end);
  if (end == f[2].c_str() || *end != '\0') return false;
  r->total = std::strtoll(f[3].c_str(), &end, 10);
  if (end == f[3].c_str() || *end != '\0') return false;
  r->id = std::move(f[0]);
  r->variant = std::move(f[1]);
  r->urls.assign(f.begin() + 4, f.end());
  return true;
}

}  // namespace

double RunResults::Number(const std::string& key) const {
  const auto it = header.find(key);
  return it == header.end() ? 0 : std::strtod(it->second.c_str(), nullptr);
}

Status ResultsWriter::Open(const std::string& path) {
  path_ = path;
  out_.open(path, std::ios::binary | std::ios::trunc);
  if (!out_) return Status::IoError("cannot write " + path);
  return Status::Ok();
}

void ResultsWriter::Header(const std::string& key, const std::string& value) {
  out_ << "# " << key << '\t' << value << '\n';
}

void ResultsWriter::Header(const std::string& key, double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  Header(key, std::string(text));
}

void ResultsWriter::Add(const QueryResult& r) {
  char micros[32];
  std::snprintf(micros, sizeof micros, "%.1f", r.micros);
  out_ << r.id << '\t' << r.variant << '\t' << micros << '\t' << r.total;
  for (const std::string& url : r.urls) out_ << '\t' << url;
  out_ << '\n';
}

Status ResultsWriter::Close() {
  out_.close();
  if (!out_) return Status::IoError("cannot write " + path_);
  return Status::Ok();
}

Status ReadResults(const std::string& path, RunResults* results) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open results file " + path);
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.starts_with("# ")) {
      const size_t tab = line.find('\t');
      if (tab == line.npos) continue;  // a comment
      results->header[line.substr(2, tab - 2)] = line.substr(tab + 1);
      continue;
    }
    QueryResult r;
    if (!ParseQueryLine(line, &r)) {
      return Status::Corrupt(path + ":" + std::to_string(n) +
                             ": expected id, variant, micros, total, urls");
    }
    results->queries.push_back(std::move(r));
  }
  return Status::Ok();
}

}  // namespace khabar::bench::search
