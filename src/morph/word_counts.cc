#include "morph/word_counts.h"

#include <algorithm>
#include <cstring>

#include "base/coding.h"
#include "base/hash.h"

namespace khabar::morph {
namespace {

constexpr char kMagic[8] = {'K', 'H', 'C', 'N', 'T', '1', 0, 0};
constexpr size_t kMaxWordBytes = 0xFFFF;

uint64_t HashOf(std::string_view word) { return base::Hash64(word); }

}  // namespace

std::string WordCounts::BuildImage(
    std::vector<std::pair<std::string, uint32_t>> counts) {
  std::sort(counts.begin(), counts.end());
  std::string image(kMagic, sizeof(kMagic));
  std::string body;
  uint32_t n = 0;
  std::string prev;
  for (size_t i = 0; i < counts.size();) {
    const std::string& w = counts[i].first;
    uint64_t total = 0;
    size_t j = i;
    for (; j < counts.size() && counts[j].first == w; ++j)
      total += counts[j].second;
    i = j;
    if (w.empty() || w.size() > kMaxWordBytes) continue;
    size_t shared = 0;
    while (shared < prev.size() && shared < w.size() && prev[shared] == w[shared])
      ++shared;
    PutVarint(static_cast<uint32_t>(shared), &body);
    PutVarint(static_cast<uint32_t>(w.size() - shared), &body);
    body.append(w, shared, std::string::npos);
    PutVarint(static_cast<uint32_t>(std::min<uint64_t>(total, UINT32_MAX)),
              &body);
    prev = w;
    ++n;
  }
  PutU32(n, &image);
  return image + body;
}

Result<WordCounts> WordCounts::FromImage(std::string_view image) {
  if (image.size() < sizeof(kMagic) + 4 ||
      std::memcmp(image.data(), kMagic, sizeof(kMagic)) != 0)
    return Status::Corrupt("word counts image: bad magic or truncated header");
  const uint32_t n = GetU32(image.data() + sizeof(kMagic));
  const char* p = image.data() + sizeof(kMagic) + 4;
  const char* end = image.data() + image.size();
  if (n > image.size())  // every entry takes at least three bytes
    return Status::Corrupt("word counts image: entry count too large");

  WordCounts wc;
  wc.num_slots_ = 16;
  while (wc.num_slots_ < size_t{2} * n) wc.num_slots_ <<= 1;  // load <= 0.5
  wc.slots_ = std::make_unique<Slot[]>(wc.num_slots_);
  wc.offsets_ = std::make_unique<uint32_t[]>(wc.num_slots_);
  wc.arena_.reserve(image.size() * 2);
  std::string word;
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t shared = 0, rest = 0, count = 0;
    if (!GetVarint(&p, end, &shared) || !GetVarint(&p, end, &rest) ||
        shared > word.size() || rest > static_cast<size_t>(end - p))
      return Status::Corrupt("word counts image: truncated entry");
    word.resize(shared);
    word.append(p, rest);
    p += rest;
    if (!GetVarint(&p, end, &count))
      return Status::Corrupt("word counts image: truncated count");
    if (word.empty() || word.size() > kMaxWordBytes)
      return Status::Corrupt("word counts image: bad word length");
    const uint64_t h = HashOf(word);
    size_t at = h & (wc.num_slots_ - 1);
    while (wc.slots_[at].len != 0) {
      const Slot& s = wc.slots_[at];
      if (s.hash == h && s.len == word.size())
        return Status::Corrupt("word counts image: repeated word (or hash)");
      at = (at + 1) & (wc.num_slots_ - 1);
    }
    Slot& s = wc.slots_[at];
    wc.offsets_[at] = static_cast<uint32_t>(wc.arena_.size());
    s.len = static_cast<uint16_t>(word.size());
    s.hash = h;
    s.count = count;
    wc.arena_ += word;
    ++wc.size_;
  }
  if (p != end) return Status::Corrupt("word counts image: trailing bytes");
  wc.arena_.shrink_to_fit();
  return wc;
}

const WordCounts::Slot* WordCounts::Find(std::string_view word) const {
  if (num_slots_ == 0 || word.empty() || word.size() > kMaxWordBytes)
    return nullptr;
  const uint64_t h = HashOf(word);
  for (size_t at = h & (num_slots_ - 1);; at = (at + 1) & (num_slots_ - 1)) {
    const Slot& s = slots_[at];
    if (s.len == 0) return nullptr;
    if (s.hash == h && s.len == word.size()) return &s;
  }
}

}  // namespace khabar::morph
