#include "ner/tagger.h"

#include <algorithm>
#include <cstring>

#include "base/coding.h"
#include "base/utf8.h"
#include "ner/features.h"
#include "ner/viterbi.h"
#include "text/chars.h"
#include "text/normalizer.h"

namespace khabar::ner {
namespace {

constexpr char kMagic[8] = {'K', 'H', 'N', 'E', 'R', '1', 0, 0};

constexpr std::string_view kTagNames[kNumTags] = {
    "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};

size_t SlotOf(uint32_t key, size_t mask) { return (key * 2654435761u) & mask; }

}  // namespace

std::string_view TagName(int tag) {
  return tag >= 0 && tag < kNumTags ? kTagNames[tag] : "?";
}

int TagFromName(std::string_view name) {
  if (name == "O") return kO;
  if (name.size() < 3 || name[1] != '-' || (name[0] != 'B' && name[0] != 'I'))
    return -1;
  std::string_view type = name.substr(2);
  if (type == "PERS") type = "PER";
  const int base = type == "PER" ? 1 : type == "LOC" ? 3 : type == "ORG" ? 5
                 : type == "MISC" ? 7 : -1;
  if (base < 0) return -1;
  return base + (name[0] == 'I' ? 1 : 0);
}

std::vector<TagSpan> TagSpans(const std::vector<uint8_t>& tags) {
  std::vector<TagSpan> out;
  size_t i = 0;
  while (i < tags.size()) {
    if (tags[i] == kO) {
      ++i;
      continue;
    }
    const std::string_view type = TagType(tags[i]);
    size_t j = i + 1;
    while (j < tags.size() && tags[j] != kO && tags[j] % 2 == 0 &&
           TagType(tags[j]) == type)
      ++j;
    out.push_back({type, i, j});
    i = j;
  }
  return out;
}

std::string_view TagType(int tag) {
  static constexpr std::string_view kTypes[] = {"PER", "LOC", "ORG", "MISC"};
  return tag > 0 && tag < kNumTags ? kTypes[(tag - 1) / 2] : "";
}

NerToken MakeNerToken(std::string_view surface,
                      const morph::Segmenter& segmenter) {
  NerToken t;
  t.surface = std::string(surface);
  t.norm = text::Normalize(surface);
  size_t i = 0;
  const char32_t c = surface.empty() ? 0 : base::DecodeAt(surface, &i);
  if (text::IsArabicLetter(c)) {
    t.kind = TokenKind::kArabic;
    const morph::Segmentation seg = segmenter.Segment(surface);
    t.seg = seg.code;
    t.stem = seg.split() ? morph::Segmenter::Stem(surface, seg) : t.norm;
  } else {
    t.kind = text::IsLatinLetter(c) ? TokenKind::kLatin
             : text::DigitValue(c) >= 0 ? TokenKind::kNumber
                                        : TokenKind::kPunct;
    t.stem = t.norm;
  }
  return t;
}

int Tagger::Probe(uint32_t key) const {
  if (table_.empty()) return -1;
  const size_t mask = table_.size() - 1;
  for (size_t at = SlotOf(key, mask);; at = (at + 1) & mask) {
    const Slot& s = table_[at];
    if (s.row == 0) return -1;
    if (s.key == key) return static_cast<int>(s.row - 1);
  }
}

void Tagger::Rows(const uint32_t* keys, size_t n, int* rows) const {
  if (table_.empty()) {
    std::fill(rows, rows + n, -1);
    return;
  }
  const size_t mask = table_.size() - 1;
  for (size_t i = 0; i < n; ++i) {
    rows[i] = MaybeIn(keys[i]) ? 0 : -1;
    if (rows[i] == 0) __builtin_prefetch(&table_[SlotOf(keys[i], mask)]);
  }
  for (size_t i = 0; i < n; ++i) {
    if (rows[i] < 0) continue;
    rows[i] = Probe(keys[i]);
    if (rows[i] < 0) continue;
    const int16_t* w = &weights_[size_t(rows[i]) * kNumTags];
    __builtin_prefetch(w);
    __builtin_prefetch(w + kNumTags - 1);  // a row may cross a cache line
  }
}

TagSums Tagger::FeatureSums(uint32_t key) const {
  TagSums sums{};
  AddFeature(key, sums.data());
  return sums;
}

Result<Tagger> Tagger::FromImage(std::string_view image,
                                 const Gazetteer* gazetteer) {
  const size_t header = sizeof(kMagic) + 4 + 4 + 4 * (kNumTags + 1) * kNumTags;
  if (image.size() < header || std::memcmp(image.data(), kMagic, 8) != 0)
    return Status::Corrupt("ner model: bad magic or truncated header");
  Tagger t;
  t.gazetteer_ = gazetteer;
  const char* p = image.data() + 8;
  const uint32_t n = GetU32(p);
  p += 4;
  uint32_t bits = GetU32(p);
  p += 4;
  std::memcpy(&t.scale_, &bits, 4);
  for (int a = 0; a <= kNumTags; ++a) {
    for (int b = 0; b < kNumTags; ++b) {
      bits = GetU32(p);
      p += 4;
      std::memcpy(&t.transitions_[a][b], &bits, 4);
    }
  }
  if (image.size() - header != size_t{n} * (4 + 2 * kNumTags))
    return Status::Corrupt("ner model: size does not match its feature count");
  t.keys_.resize(n);
  for (uint32_t i = 0; i < n; ++i, p += 4) t.keys_[i] = GetU32(p);
  t.weights_.resize(size_t{n} * kNumTags);
  for (size_t i = 0; i < t.weights_.size(); ++i, p += 2) {
    t.weights_[i] = static_cast<int16_t>(static_cast<unsigned char>(p[0]) |
                                         (static_cast<unsigned char>(p[1]) << 8));
  }
  size_t slots = 16;
  while (slots < size_t{2} * n) slots <<= 1;
  t.table_.assign(slots, Slot{});
  for (uint32_t i = 0; i < n; ++i) {
    if (i > 0 && t.keys_[i] <= t.keys_[i - 1])
      return Status::Corrupt("ner model: keys not sorted");
    const uint32_t bit = (t.keys_[i] * 0x9E3779B1u) >> (32 - kFilterBits);
    t.filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    for (size_t at = SlotOf(t.keys_[i], slots - 1);; at = (at + 1) & (slots - 1)) {
      if (t.table_[at].row == 0) {
        t.table_[at] = Slot{t.keys_[i], i + 1};
        break;
      }
    }
  }
  t.Prepare();
  return t;
}

void Tagger::ScoreSentence(const std::vector<NerToken>& sentence,
                           TagScratch* scratch) const {
  std::vector<WordRef> refs(sentence.size());
  for (size_t i = 0; i < sentence.size(); ++i) {
    const NerToken& t = sentence[i];
    refs[i] = WordRef{t.surface, t.norm, t.seg, t.kind, std::string_view(t.stem)};
  }
  ScoreWords(refs.data(), refs.size(), scratch);
  gazetteer_->Match(scratch->words().data(), refs.size(), false, &scratch->matches_);
}

std::vector<uint8_t> Tagger::Tag(const std::vector<NerToken>& sentence) const {
  thread_local TagScratch scratch;
  ScoreSentence(sentence, &scratch);
  std::vector<uint8_t> tags;
  BestTags(scratch.matches_, &scratch, &tags);
  return tags;
}

std::vector<uint8_t> Tagger::TagPlain(const std::vector<NerToken>& sentence) const {
  std::vector<std::vector<uint32_t>> features;
  SentenceFeatures(sentence, *gazetteer_, &features);
  std::vector<TagScores> emit(sentence.size());
  for (size_t i = 0; i < sentence.size(); ++i) {
    TagSums sums{};
    for (uint32_t key : features[i]) AddFeature(key, sums.data());
    for (int t = 0; t < kNumTags; ++t) emit[i][t] = static_cast<float>(sums[t]) * scale_;
  }
  std::vector<TagScores> best;
  std::vector<uint8_t> tags;
  BestPath(emit.data(), emit.size(), transitions_, &best, &tags);
  return tags;
}

std::vector<TagSums> Tagger::Sums(const std::vector<NerToken>& sentence) const {
  TagScratch scratch;
  ScoreSentence(sentence, &scratch);
  const size_t n = sentence.size();
  AddContext(&scratch, n);
  AddGazetteer(scratch.matches_, &scratch, n);
  return {scratch.sums_.begin() + 2, scratch.sums_.begin() + 2 + n};
}

}  // namespace khabar::ner
