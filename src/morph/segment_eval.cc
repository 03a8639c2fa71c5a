#include "morph/segment_eval.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <utility>

#include "base/utf8.h"
#include "text/chars.h"
#include "text/normalizer.h"

namespace khabar::morph {
namespace {

const std::set<std::string_view> kProclitics = {"و", "ف", "ب", "ك",
                                                "ل", "س", "ال"};
const std::set<std::string_view> kProcliticTags = {"CONJ", "PREP", "DET",
                                                   "FUT_PART", "PART"};
const std::set<std::string_view> kEnclitics = {
    "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ني", "ي"};

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t from = 0;
  for (;;) {
    const size_t at = s.find(sep, from);
    out.emplace_back(s.substr(from, at - from));
    if (at == std::string_view::npos) return out;
    from = at + 1;
  }
}

bool HasArabicLetter(std::string_view s) {
  size_t i = 0;
  while (i < s.size())
    if (text::IsArabicLetter(base::DecodeAt(s, &i))) return true;
  return false;
}

// Boundaries of `w` as (offset in the joined pieces, side): side 'p' after a
// proclitic, 'e' before the pronoun.
std::vector<std::pair<size_t, char>> Boundaries(const GoldWord& w) {
  std::vector<std::pair<size_t, char>> out;
  size_t at = 0;
  for (size_t i = 0; i + 1 < w.pieces.size(); ++i) {
    at += w.pieces[i].size();
    const bool before_pronoun = w.enclitic && i + 2 == w.pieces.size();
    out.emplace_back(at, before_pronoun && int(i) >= w.proclitics ? 'e' : 'p');
  }
  return out;
}

std::string JoinPieces(const GoldWord& w) {
  std::string out;
  for (const std::string& p : w.pieces) {
    if (!out.empty()) out += '+';
    out += p;
  }
  return out;
}

}  // namespace

Result<std::vector<GoldWord>> ReadFarasaGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::vector<GoldWord> gold;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
      line.pop_back();
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || line_no == 1) continue;  // header, blank
    if (!base::IsValidUtf8(line))
      return Status::Corrupt(path + ":" + std::to_string(line_no) +
                             ": invalid UTF-8");
    std::vector<std::string> pieces = Split(line.substr(0, tab), '+');
    std::vector<std::string> tags = Split(line.substr(tab + 1), '+');
    if (std::any_of(pieces.begin(), pieces.end(),
                    [](const std::string& p) { return p.empty(); }))
      pieces = {line.substr(0, tab)};  // a '+' token
    if (tags.size() != pieces.size()) tags.assign(pieces.size(), "");

    GoldWord w;
    for (size_t i = 0; i < pieces.size(); ++i) {
      // ل + ال is written لل: the article's alef is dropped.
      if (i > 0 && pieces[i] == "ال" && pieces[i - 1] == "ل") {
        w.word += "ل";
      } else {
        w.word += pieces[i];
      }
    }
    if (!HasArabicLetter(w.word)) continue;
    const size_t n = pieces.size();
    size_t lead = 0;
    while (lead + 1 < n && kProclitics.count(pieces[lead]) &&
           kProcliticTags.count(tags[lead]))
      ++lead;
    size_t trail = n;
    if (n - 1 > lead && tags[n - 1] == "PRON" && kEnclitics.count(pieces[n - 1]))
      trail = n - 1;
    for (size_t i = 0; i < lead; ++i) w.pieces.push_back(text::Normalize(pieces[i]));
    std::string stem;
    for (size_t i = lead; i < trail; ++i) stem += pieces[i];
    w.pieces.push_back(text::Normalize(stem));
    if (trail < n) w.pieces.push_back(text::Normalize(pieces[n - 1]));
    w.proclitics = static_cast<int>(lead);
    w.enclitic = trail < n;
    gold.push_back(std::move(w));
  }
  if (in.bad()) return Status::IoError(path + ": read error");
  return gold;
}

GoldWord Predict(const Segmenter& segmenter, std::string_view word) {
  GoldWord w;
  w.word = std::string(word);
  const Segmentation seg = segmenter.Segment(word);
  for (int i = 0; i < seg.num_proclitics; ++i)
    w.pieces.push_back(text::Normalize(CliticText(seg.proclitics[i])));
  w.pieces.push_back(text::Normalize(
      word.substr(seg.stem_begin, seg.stem_end - seg.stem_begin)));
  if (seg.has_enclitic())
    w.pieces.push_back(text::Normalize(
        word.substr(seg.stem_end, seg.word_end - seg.stem_end)));
  w.proclitics = seg.num_proclitics;
  w.enclitic = seg.has_enclitic();
  return w;
}

static GoldWord PredictFromStem(std::string_view word, std::string_view stem) {
  GoldWord w;
  w.word = std::string(word);
  const std::string norm = text::Normalize(word);
  const size_t at = stem.empty() ? std::string::npos : norm.find(stem);
  if (at == std::string::npos) {
    w.pieces.push_back(norm);
    return w;
  }
  if (at > 0) w.pieces.push_back(norm.substr(0, at));
  w.pieces.emplace_back(stem);
  if (at + stem.size() < norm.size()) w.pieces.push_back(norm.substr(at + stem.size()));
  w.proclitics = at > 0 ? 1 : 0;
  w.enclitic = at + stem.size() < norm.size();
  return w;
}

template <typename PredictFn>
SegmentScore Score(PredictFn predict, const std::vector<GoldWord>& gold,
                   size_t begin, size_t end) {
  SegmentScore score;
  std::map<std::pair<std::string, std::string>, size_t> errors;
  end = std::min(end, gold.size());
  for (size_t i = begin; i < end; ++i) {
    const GoldWord& g = gold[i];
    const GoldWord ours = predict(g.word);
    ++score.words;
    if (ours.pieces == g.pieces) {
      ++score.correct;
    } else {
      ++errors[{JoinPieces(g), JoinPieces(ours)}];
    }
    const auto gb = Boundaries(g), ob = Boundaries(ours);
    auto side = [&](char c) -> BoundaryScore& {
      return c == 'e' ? score.enclitic : score.proclitic;
    };
    for (const auto& b : gb) {
      const bool found = std::any_of(ob.begin(), ob.end(), [&](const auto& o) {
        return o.first == b.first;
      });
      if (found) {
        ++score.all.tp;
        ++side(b.second).tp;
      } else {
        ++score.all.fn;
        ++side(b.second).fn;
      }
    }
    for (const auto& o : ob) {
      const bool found = std::any_of(gb.begin(), gb.end(), [&](const auto& b) {
        return b.first == o.first;
      });
      if (!found) {
        ++score.all.fp;
        ++side(o.second).fp;
      }
    }
  }
  for (auto& [key, count] : errors)
    score.errors.push_back({key.first, key.second, count});
  std::stable_sort(score.errors.begin(), score.errors.end(),
                   [](const auto& a, const auto& b) { return a.count > b.count; });
  return score;
}

SegmentScore ScoreSegmenter(const Segmenter& segmenter,
                            const std::vector<GoldWord>& gold, size_t begin,
                            size_t end) {
  return Score([&](std::string_view w) { return Predict(segmenter, w); }, gold,
               begin, end);
}

SegmentScore ScoreStemmer(std::string (*stem)(std::string_view),
                          const std::vector<GoldWord>& gold, size_t begin,
                          size_t end) {
  return Score(
      [&](std::string_view w) {
        return PredictFromStem(w, text::Normalize(stem(w)));
      },
      gold, begin, end);
}

}  // namespace khabar::morph
