#include "text/lexicon.h"

#include <algorithm>
#include <cstring>

#include "base/coding.h"

namespace khabar::text {
namespace {

constexpr char kMagic[8] = {'K', 'H', 'L', 'E', 'X', '1', 0, 0};
constexpr size_t kHeaderBytes = 8 + 4 * 3;

}  // namespace

std::string Lexicon::BuildImage(std::vector<std::string> words,
                                uint32_t block_size) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  words.erase(std::remove(words.begin(), words.end(), std::string()),
              words.end());
  std::string data;
  std::vector<uint32_t> restarts;
  std::string_view prev;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (i % block_size == 0) {
      restarts.push_back(static_cast<uint32_t>(data.size()));
      PutVarint(static_cast<uint32_t>(w.size()), &data);
      data += w;
    } else {
      size_t shared = 0;
      while (shared < prev.size() && shared < w.size() &&
             prev[shared] == w[shared])
        ++shared;
      PutVarint(static_cast<uint32_t>(shared), &data);
      PutVarint(static_cast<uint32_t>(w.size() - shared), &data);
      data.append(w, shared, std::string::npos);
    }
    prev = w;
  }
  std::string image(kMagic, sizeof(kMagic));
  PutU32(static_cast<uint32_t>(words.size()), &image);
  PutU32(block_size, &image);
  PutU32(static_cast<uint32_t>(restarts.size()), &image);
  for (uint32_t r : restarts) PutU32(r, &image);
  image += data;
  return image;
}

Result<Lexicon> Lexicon::FromImage(std::string_view image) {
  if (image.size() < kHeaderBytes ||
      std::memcmp(image.data(), kMagic, sizeof(kMagic)) != 0)
    return Status::Corrupt("lexicon image: bad magic or truncated header");
  Lexicon lex;
  lex.image_ = image;
  lex.count_ = GetU32(image.data() + 8);
  lex.block_size_ = GetU32(image.data() + 12);
  lex.num_blocks_ = GetU32(image.data() + 16);
  const size_t restarts_bytes = size_t{4} * lex.num_blocks_;
  if (lex.block_size_ == 0 || image.size() < kHeaderBytes + restarts_bytes)
    return Status::Corrupt("lexicon image: truncated block index");
  lex.restarts_ = image.data() + kHeaderBytes;
  lex.data_ = image.substr(kHeaderBytes + restarts_bytes);
  for (uint32_t b = 0; b < lex.num_blocks_; ++b) {
    if (GetU32(lex.restarts_ + 4 * b) >= lex.data_.size())
      return Status::Corrupt("lexicon image: block offset out of range");
  }
  return lex;
}

// The first word of `block`; *next points just past it.
std::string_view Lexicon::BlockHead(uint32_t block, const char** next) const {
  const char* p = data_.data() + GetU32(restarts_ + 4 * block);
  const char* end = data_.data() + data_.size();
  uint32_t len = 0;
  if (!GetVarint(&p, end, &len) || len > static_cast<size_t>(end - p)) {
    *next = end;
    return {};
  }
  *next = p + len;
  return std::string_view(p, len);
}

bool Lexicon::Contains(std::string_view norm) const {
  if (num_blocks_ == 0 || norm.empty()) return false;
  // The last block whose head is <= norm.
  uint32_t lo = 0, hi = num_blocks_;
  const char* next = nullptr;
  while (hi - lo > 1) {
    const uint32_t mid = lo + (hi - lo) / 2;
    if (BlockHead(mid, &next) <= norm) lo = mid; else hi = mid;
  }
  std::string word(BlockHead(lo, &next));
  if (word == norm) return true;
  if (word > norm) return false;
  const char* p = next;
  const char* end = data_.data() + data_.size();
  const uint32_t in_block =
      std::min<uint32_t>(block_size_, count_ - lo * block_size_);
  for (uint32_t i = 1; i < in_block; ++i) {
    uint32_t shared = 0, rest = 0;
    if (!GetVarint(&p, end, &shared) || !GetVarint(&p, end, &rest) ||
        shared > word.size() || rest > static_cast<size_t>(end - p))
      return false;
    word.resize(shared);
    word.append(p, rest);
    p += rest;
    if (word == norm) return true;
    if (std::string_view(word) > norm) return false;
  }
  return false;
}

}  // namespace khabar::text
