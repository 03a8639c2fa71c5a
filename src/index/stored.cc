// Encode and decode with one zstd context per thread: a context is a few
// hundred KB to set up, more than compressing a quote's JSON costs.

#include "index/stored.h"

#include <zstd.h>

#include <memory>
#include <new>

namespace khabar::index {
namespace {

// Level 1: the JSON compresses 3.4x at level 1 and 3.6x at level 3, and
// level 1 is the faster to write; reading speed is the same.
inline constexpr int kLevel = 1;

// A size no record reaches (ingest skips articles over --max-record-size,
// 16 MiB by default): a frame claiming more is corrupt, not allocated.
inline constexpr unsigned long long kMaxDecodedBytes = 1ull << 30;

ZSTD_CCtx* ThreadCompressor() {
  thread_local std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> ctx(ZSTD_createCCtx(),
                                                                       ZSTD_freeCCtx);
  return ctx.get();
}

ZSTD_DCtx* ThreadDecompressor() {
  thread_local std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(),
                                                                       ZSTD_freeDCtx);
  return ctx.get();
}

}  // namespace

std::string EncodeStored(std::string_view json) {
  // Into a buffer of ZSTD_compressBound bytes only lack of memory can make
  // compressing fail: fail as any allocation does, never store an empty
  // record.
  ZSTD_CCtx* ctx = ThreadCompressor();
  if (ctx == nullptr) throw std::bad_alloc();
  std::string out(ZSTD_compressBound(json.size()), '\0');
  const size_t n =
      ZSTD_compressCCtx(ctx, out.data(), out.size(), json.data(), json.size(), kLevel);
  if (ZSTD_isError(n)) throw std::bad_alloc();
  out.resize(n);
  return out;
}

Result<std::string> DecodeStored(std::string_view data) {
  const unsigned long long size = ZSTD_getFrameContentSize(data.data(), data.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
    return Status::Corrupt("stored document data is not a zstd frame (" +
                           std::to_string(data.size()) + " bytes)");
  if (size > kMaxDecodedBytes)
    return Status::Corrupt("stored document data claims " + std::to_string(size) +
                           " bytes decompressed");
  ZSTD_DCtx* ctx = ThreadDecompressor();
  if (ctx == nullptr) throw std::bad_alloc();
  std::string json(size, '\0');
  const size_t n = ZSTD_decompressDCtx(ctx, json.data(), json.size(), data.data(), data.size());
  if (ZSTD_isError(n) || n != size)
    return Status::Corrupt(std::string("stored document data does not decompress: ") +
                           (ZSTD_isError(n) ? ZSTD_getErrorName(n) : "short frame"));
  return json;
}

}  // namespace khabar::index
