#include "ner/gazetteer.h"

#include <algorithm>

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

// The hash key of words joined by single spaces. Every piece counts, an
// empty one too, so "a  b" and "a b" stay different keys as they were
// different strings.
uint64_t KeyOf(std::string_view key) {
  size_t end = key.find(' ');
  uint64_t h = Gazetteer::WordHash(key.substr(0, end));
  while (end != std::string_view::npos) {
    const size_t begin = end + 1;
    end = key.find(' ', begin);
    h = Gazetteer::ExtendKey(
        h, Gazetteer::WordHash(key.substr(
               begin, end == std::string_view::npos ? end : end - begin)));
  }
  return h;
}

size_t SlotOf(uint64_t key, size_t mask) {
  return static_cast<size_t>(key ^ (key >> 29)) & mask;
}

}  // namespace

std::string Gazetteer::WordKey(std::string_view word,
                               const morph::Segmenter& segmenter) {
  const morph::Segmentation seg = segmenter.Segment(word);
  return text::Normalize(word.substr(seg.stem_begin));
}

const Gazetteer::Slot* Gazetteer::Probe(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t at = SlotOf(key, mask);; at = (at + 1) & mask) {
    const Slot& s = slots_[at];
    if (!s.used) return nullptr;
    if (s.key == key) return &s;
  }
}

void Gazetteer::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<size_t>(1024, old.size() * 2), Slot{});
  used_ = 0;
  for (const Slot& s : old) {
    if (!s.used) continue;
    *Insert(s.key) = s;
  }
}

Gazetteer::Slot* Gazetteer::Insert(uint64_t key) {
  if (2 * (used_ + 1) > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  for (size_t at = SlotOf(key, mask);; at = (at + 1) & mask) {
    Slot& s = slots_[at];
    if (s.used && s.key == key) return &s;
    if (!s.used) {
      s.used = true;
      s.key = key;
      ++used_;
      return &s;
    }
  }
}

void Gazetteer::NoteClass(std::string_view cls) {
  if (std::find(classes_.begin(), classes_.end(), cls) == classes_.end())
    classes_.emplace_back(cls);
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
    std::vector<uint64_t> word_hashes;
    bool article = false;
    for (std::string_view w : SplitWords(surface)) {
      word_hashes.push_back(WordHash(WordKey(w, segmenter)));
      if (word_hashes.size() == 1) {
        const morph::Segmentation seg = segmenter.Segment(w);
        article = seg.num_proclitics > 0 &&
                  seg.proclitics[seg.num_proclitics - 1] == morph::Clitic::kAl;
      }
    }
    const int words = static_cast<int>(word_hashes.size());
    if (words == 0 || cls.empty()) continue;
    // The key of the first k words, for k = 1 .. words: all but the last
    // are prefixes.
    uint64_t key = word_hashes[0];
    for (int k = 1; k < words; ++k) {
      Insert(key)->prefix = true;
      key = ExtendKey(key, word_hashes[k]);
    }
    Slot* slot = Insert(key);
    if (slot->entry >= 0) continue;  // listed twice: the first class wins
    slot->entry = static_cast<int32_t>(entries_.size());
    entries_.push_back(
        GazetteerEntry{std::string(cls), std::string(canonical), words, article});
    NoteClass(cls);
    max_words_ = std::max(max_words_, words);
  }
}

const GazetteerEntry* Gazetteer::Find(std::string_view key) const {
  return FindKey(KeyOf(key));
}

std::vector<GazetteerMatch> Gazetteer::Match(
    const std::vector<std::string_view>& stems,
    const std::vector<std::string_view>* whole) const {
  std::vector<GazetteerWord> words(stems.size());
  for (size_t i = 0; i < stems.size(); ++i) {
    words[i].stem = WordHash(stems[i]);
    words[i].whole = whole != nullptr && (*whole)[i] != stems[i]
                         ? WordHash((*whole)[i])
                         : words[i].stem;
    words[i].empty = stems[i].empty();
  }
  std::vector<GazetteerMatch> out;
  Match(words.data(), words.size(), whole != nullptr, &out);
  return out;
}

void Gazetteer::Match(const GazetteerWord* words, size_t n, bool use_whole,
                      std::vector<GazetteerMatch>* out) const {
  out->clear();
  for (size_t i = 0; i < n;) {
    GazetteerMatch best;
    uint64_t key = 0;
    for (size_t j = i; j < n && j - i < static_cast<size_t>(max_words_); ++j) {
      const GazetteerWord& w = words[j];
      if (w.empty) break;
      if (use_whole && w.whole != w.stem) {
        const uint64_t last = j == i ? w.whole : ExtendKey(key, w.whole);
        if (const GazetteerEntry* e = FindKey(last))
          best = {static_cast<int>(i), static_cast<int>(j + 1), e};
      }
      const GazetteerEntry* entry;
      bool prefix;
      if (j == i && w.known_by == this) {  // the word's own answer, kept
        key = w.stem;
        entry = w.entry;
        prefix = w.prefix;
      } else {
        key = j == i ? w.stem : ExtendKey(key, w.stem);
        const Slot* s = Probe(key);
        entry = s == nullptr || s->entry < 0 ? nullptr : &entries_[s->entry];
        prefix = s != nullptr && s->prefix;
      }
      if (entry != nullptr) best = {static_cast<int>(i), static_cast<int>(j + 1), entry};
      if (!prefix) break;  // nothing longer
    }
    if (best.entry != nullptr) {
      out->push_back(best);
      i = best.end;
    } else {
      ++i;
    }
  }
}

}  // namespace khabar::ner
