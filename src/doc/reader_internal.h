// How the reader's parts call each other. reader.cc sniffs each input and
// hands it to the part for its format; zips and directories come back to
// ReadStream for each file they hold.

#ifndef KHABAR_DOC_READER_INTERNAL_H_
#define KHABAR_DOC_READER_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "doc/input_stream.h"
#include "doc/sniff.h"
#include "khabar/reader.h"

namespace khabar::doc {

// Zips inside zips are opened this many levels deep and no deeper (a zip
// that holds itself must not recurse forever).
inline constexpr int kMaxZipDepth = 4;

struct ReadContext {
  const ReadOptions* options;
  ReadSink* sink;
  int zip_depth = 0;  // how many zips the current input is inside
};

// Reads one input of any format; `name` starts every origin and message.
void ReadStream(const std::string& name, InputStream* in,
                const ReadContext& ctx);

// Reads JSON (array, object, JSONL, concatenated) from `in`, which Sniff
// left at the first '{' or '[' (its line and column in `at`).
void ReadJson(const std::string& name, InputStream* in, const Sniffed& at,
              const ReadContext& ctx);

// Reads a zip archive from a file on disk, opened by path.
void ReadZipFile(const std::string& path, const ReadContext& ctx);

// Reads a zip archive held in memory. REQUIRES: `bytes` outlives the call.
void ReadZipBytes(const std::string& name, std::string_view bytes,
                  const ReadContext& ctx);

// "record is 200.0 MB, over the 16 MiB limit for one article"
std::string TooLargeMessage(uint64_t size, size_t limit);

// 209715200 -> "209.7 MB", 1234 -> "1.2 kB", 17 -> "17 bytes".
std::string FormatSize(uint64_t bytes);

// 16777216 -> "16 MiB", 65536 -> "64 KiB", 1000 -> "1000 bytes".
std::string FormatLimit(size_t bytes);

}  // namespace khabar::doc

#endif  // KHABAR_DOC_READER_INTERNAL_H_
