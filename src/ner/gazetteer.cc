#include "ner/gazetteer.h"

#include <algorithm>

#include "base/hash.h"
#include "text/normalizer.h"

namespace khabar::ner {
namespace {

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace

std::string Gazetteer::WordKey(std::string_view word,
                               const morph::Segmenter& segmenter) {
  const morph::Segmentation seg = segmenter.Segment(word);
  return text::Normalize(word.substr(seg.stem_begin));
}

void Gazetteer::AddTsv(std::string_view tsv,
                       const morph::Segmenter& segmenter) {
  while (!tsv.empty()) {
    const size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
      line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const size_t t1 = line.find('\t');
    if (t1 == std::string_view::npos) continue;
    const size_t t2 = line.find('\t', t1 + 1);
    const std::string_view surface = line.substr(0, t1);
    const std::string_view cls =
        line.substr(t1 + 1, t2 == std::string_view::npos ? std::string_view::npos
                                                          : t2 - t1 - 1);
    const std::string_view canonical =
        t2 == std::string_view::npos ? surface : line.substr(t2 + 1);
    std::string key;
    int words = 0;
    bool article = false;
    for (std::string_view w : SplitWords(surface)) {
      if (!key.empty()) key += ' ';
      key += WordKey(w, segmenter);
      if (words == 0) {
        const morph::Segmentation seg = segmenter.Segment(w);
        article = seg.num_proclitics > 0 &&
                  seg.proclitics[seg.num_proclitics - 1] == morph::Clitic::kAl;
      }
      ++words;
    }
    if (words == 0 || cls.empty()) continue;
    GazetteerEntry e{std::string(cls), std::string(canonical), words, article};
    entries_.emplace(base::Hash64(key), std::move(e));
    for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
      prefixes_.insert(base::Hash64(std::string_view(key).substr(0, sp)));
    max_words_ = std::max(max_words_, words);
  }
}

const GazetteerEntry* Gazetteer::Find(std::string_view key) const {
  const auto it = entries_.find(base::Hash64(key));
  return it == entries_.end() ? nullptr : &it->second;
}

std::vector<GazetteerMatch> Gazetteer::Match(
    const std::vector<std::string_view>& stems,
    const std::vector<std::string_view>* whole) const {
  std::vector<GazetteerMatch> out;
  std::string key, last;
  const int n = static_cast<int>(stems.size());
  for (int i = 0; i < n;) {
    GazetteerMatch best;
    key.clear();
    for (int j = i; j < n && j - i < max_words_; ++j) {
      if (stems[j].empty()) break;
      if (j > i) key += ' ';
      if (whole != nullptr && (*whole)[j] != stems[j]) {
        last = key;
        last += (*whole)[j];
        if (const GazetteerEntry* e = Find(last)) best = {i, j + 1, e};
      }
      key += stems[j];
      if (const GazetteerEntry* e = Find(key)) best = {i, j + 1, e};
      if (!prefixes_.count(base::Hash64(key))) break;  // nothing longer
    }
    if (best.entry != nullptr) {
      out.push_back(best);
      i = best.end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace khabar::ner
