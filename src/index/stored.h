// How a document's data (an article's record JSON, a quote's JSON) is
// stored: compressed with zstd by the analysis threads, so that the one
// writer thread hands Xapian a quarter of the bytes. Glass deflates every
// data tag it stores; on a 15 KB record that was the writer's largest
// single cost, and on zstd's output it gives up quickly. Every reader of
// get_data() goes through DecodeStored.
//
//   EncodeStored("{\"id\":...}") -> zstd frame (magic 28 b5 2f fd ...)
//   DecodeStored(that frame)     -> "{\"id\":...}"

#ifndef KHABAR_INDEX_STORED_H_
#define KHABAR_INDEX_STORED_H_

#include <string>
#include <string_view>

#include "khabar/status.h"

namespace khabar::index {

// One zstd frame holding `json`, its size recorded. Thread-safe; out of
// memory throws std::bad_alloc, as any allocation does.
std::string EncodeStored(std::string_view json);

// The JSON of a stored frame; Corrupt when `data` is not one zstd frame
// with its size recorded, or does not decompress. Thread-safe.
Result<std::string> DecodeStored(std::string_view data);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_STORED_H_
