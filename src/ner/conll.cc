#include "ner/conll.h"

#include <fstream>
#include <set>
#include <tuple>

#include "ner/tagger.h"

namespace khabar::ner {

Result<std::vector<ConllSentence>> ReadConll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::vector<ConllSentence> out;
  ConllSentence cur;
  std::string line;
  int line_no = 0;
  auto flush = [&] {
    if (!cur.tokens.empty()) out.push_back(std::move(cur));
    cur = ConllSentence();
  };
  while (std::getline(in, line)) {
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' ||
                             line.back() == '\t'))
      line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    const size_t cut = line.find_last_of(" \t");
    if (cut == std::string::npos || cut == 0)
      return Status::Corrupt(path + ":" + std::to_string(line_no) +
                             ": expected `token TAG`");
    const int tag = TagFromName(line.substr(cut + 1));
    if (tag < 0)
      return Status::Corrupt(path + ":" + std::to_string(line_no) +
                             ": unknown tag \"" + line.substr(cut + 1) + "\"");
    std::string token = line.substr(0, cut);
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t'))
      token.pop_back();
    if (cur.tokens.empty()) cur.line = line_no;
    cur.tokens.push_back(std::move(token));
    cur.tags.push_back(static_cast<uint8_t>(tag));
  }
  flush();
  if (in.bad()) return Status::IoError(path + ": read error");
  return out;
}

namespace {

// (type, begin, end) of each entity (TagSpans), as a set to compare.
std::set<std::tuple<std::string, size_t, size_t>> Entities(
    const std::vector<uint8_t>& tags) {
  std::set<std::tuple<std::string, size_t, size_t>> out;
  for (const TagSpan& s : TagSpans(tags))
    out.emplace(std::string(s.type), s.begin, s.end);
  return out;
}

}  // namespace

void NerScore::Add(const std::vector<uint8_t>& gold,
                   const std::vector<uint8_t>& guess) {
  for (size_t i = 0; i < gold.size() && i < guess.size(); ++i) {
    ++tokens;
    tokens_right += gold[i] == guess[i];
  }
  const auto g = Entities(gold), p = Entities(guess);
  for (const auto& e : g) {
    ++by_type[std::get<0>(e)].gold;
    ++micro.gold;
  }
  for (const auto& e : p) {
    ++by_type[std::get<0>(e)].guessed;
    ++micro.guessed;
    if (g.count(e)) {
      ++by_type[std::get<0>(e)].correct;
      ++micro.correct;
    }
  }
}

}  // namespace khabar::ner
