#include "doc/input_stream.h"

#include <algorithm>

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace khabar::doc {

int64_t FdSource::Read(char* buf, size_t n, std::string* error) {
  while (true) {
    const ssize_t got = ::read(fd_, buf, n);
    if (got >= 0) return got;
    if (errno == EINTR) continue;
    *error = std::strerror(errno);
    return -1;
  }
}

InputStream::InputStream(std::string_view bytes)
    : memory_(bytes),
      pos_(bytes.data()),
      end_(bytes.data() + bytes.size()),
      at_end_(true) {}

InputStream::InputStream(ByteSource* source)
    : source_(source), buffer_(new char[kChunkSize]) {
  pos_ = end_ = buffer_.get();
}

std::string_view InputStream::Peek(size_t n) {
  if (static_cast<size_t>(end_ - pos_) < n) Fill(n);
  const size_t have = end_ - pos_;
  return std::string_view(pos_, have < n ? have : n);
}

void InputStream::Fill(size_t want) {
  if (at_end_) return;
  // Move what is left to the front so the read can append a whole chunk.
  const size_t have = end_ - pos_;
  if (pos_ != buffer_.get()) std::memmove(buffer_.get(), pos_, have);
  pos_ = buffer_.get();
  end_ = pos_ + have;
  while (static_cast<size_t>(end_ - pos_) < want) {
    char* tail = buffer_.get() + (end_ - pos_);
    const int64_t got =
        source_->Read(tail, kChunkSize - (end_ - pos_), &error_);
    if (got <= 0) {
      at_end_ = true;
      return;
    }
    end_ += got;
  }
}

bool ReadBounded(InputStream* in, size_t limit, std::string* out) {
  out->clear();
  bool fits = true;
  for (std::string_view chunk = in->Available(); !chunk.empty();
       chunk = in->Available()) {
    if (fits && out->size() + chunk.size() > limit) {
      fits = false;
      std::string().swap(*out);  // give the memory back now
    }
    if (fits) out->append(chunk);
    in->Skip(chunk.size());
  }
  return fits;
}

int64_t TrickleSource::Read(char* buf, size_t n, std::string* /*error*/) {
  const size_t take =
      std::min({n, bytes_.size(), size_t{1} + calls_++ % max_chunk_});
  std::memcpy(buf, bytes_.data(), take);
  bytes_.remove_prefix(take);
  return static_cast<int64_t>(take);
}

}  // namespace khabar::doc
