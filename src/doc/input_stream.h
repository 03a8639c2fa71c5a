// Buffered byte input for the readers.
//
// A reader sees every input (a file, a zip entry, standard input, bytes in
// memory) as an InputStream: a window of buffered bytes it scans with plain
// loops, refilled 64 KiB at a time from a ByteSource. There is one virtual
// call per chunk, none per byte; in-memory input is scanned in place.

#ifndef KHABAR_DOC_INPUT_STREAM_H_
#define KHABAR_DOC_INPUT_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace khabar::doc {

// Where an InputStream pulls its bytes from.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`. Returns how many (0 at the end), or -1
  // after a read error, with *error saying what went wrong.
  virtual int64_t Read(char* buf, size_t n, std::string* error) = 0;
};

// Hands out bytes held elsewhere a few at a time (1 to max_chunk, cycling),
// as a slow pipe would: tests and the fuzz target check that reading in
// small pieces gives the same articles as reading from memory.
class TrickleSource : public ByteSource {
 public:
  TrickleSource(std::string_view bytes, size_t max_chunk)
      : bytes_(bytes), max_chunk_(max_chunk) {}
  int64_t Read(char* buf, size_t n, std::string* error) override;

 private:
  std::string_view bytes_;
  size_t max_chunk_;
  size_t calls_ = 0;
};

// Reads a file descriptor it does not own.
class FdSource : public ByteSource {
 public:
  explicit FdSource(int fd) : fd_(fd) {}
  int64_t Read(char* buf, size_t n, std::string* error) override;

 private:
  int fd_;
};

class InputStream {
 public:
  static constexpr size_t kChunkSize = size_t{64} << 10;

  // Scans `bytes` in place. REQUIRES: `bytes` outlives the stream.
  explicit InputStream(std::string_view bytes);
  // Pulls from `source` in chunks. REQUIRES: `source` outlives the stream.
  explicit InputStream(ByteSource* source);

  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // The buffered bytes from the current position, refilled when empty.
  // Empty only at the end of the input (or after a read error).
  std::string_view Available() {
    if (pos_ == end_) Fill(1);
    return std::string_view(pos_, end_ - pos_);
  }

  // Up to `n` bytes from the current position, without consuming them;
  // fewer only at the end of the input. REQUIRES: n <= kChunkSize.
  std::string_view Peek(size_t n);

  // Consumes `n` bytes. REQUIRES: n <= Available().size().
  void Skip(size_t n) {
    pos_ += n;
    consumed_ += n;
  }

  // Bytes consumed since the start.
  uint64_t offset() const { return consumed_; }

  // The whole input when it lives in memory, else nullopt.
  std::optional<std::string_view> memory() const { return memory_; }

  // Why reading stopped early; empty when the input ended normally.
  const std::string& error() const { return error_; }

 private:
  // Reads until at least `want` bytes are buffered or the input ends.
  void Fill(size_t want);

  ByteSource* source_ = nullptr;
  std::optional<std::string_view> memory_;
  std::unique_ptr<char[]> buffer_;
  const char* pos_ = nullptr;
  const char* end_ = nullptr;
  uint64_t consumed_ = 0;
  bool at_end_ = false;
  std::string error_;
};

// Reads the rest of `in` into *out while it fits in `limit` bytes. Past the
// limit it empties *out and keeps reading only to count, so memory stays
// bounded; returns false then. Either way the input is consumed to its end.
bool ReadBounded(InputStream* in, size_t limit, std::string* out);

}  // namespace khabar::doc

#endif  // KHABAR_DOC_INPUT_STREAM_H_
