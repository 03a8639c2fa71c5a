// Telling an input's format from its first bytes, never from its name.

#ifndef KHABAR_DOC_SNIFF_H_
#define KHABAR_DOC_SNIFF_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "doc/input_stream.h"

namespace khabar::doc {

enum class Format {
  kEmpty,   // nothing but blanks
  kBinary,  // not text: Sniffed::why says what gave it away
  kZip,     // PK\3\4 (or the end record of an empty zip)
  kJson,    // '{', or '[' opening an array of objects
  kSeed,    // "date YYYY-MM-DD URL" header line
  kHtml,    // <!doctype html or <html
  kText,    // anything else that is text
};

struct Sniffed {
  Format format = Format::kEmpty;
  std::string why;         // for kBinary: "binary file (NUL byte at offset 7)"
  uint64_t next_line = 1;  // 1-based line the stream is now positioned on
  uint64_t column = 0;     // blanks consumed since that line began
};

// Classifies `in`. For text formats it consumes a UTF-8 byte order mark and
// leading blanks (counting lines, so JSON messages name the right line);
// zip and binary input is left untouched.
Sniffed Sniff(InputStream* in);

// True when `head` starts with a local file header or an empty zip's end
// record.
bool IsZipMagic(std::string_view head);

// Why `head` (an input's first bytes) is not text, or "" when it is: a NUL
// byte, a UTF-16 byte order mark, mostly control bytes or invalid UTF-8.
std::string BinaryReason(std::string_view head);

}  // namespace khabar::doc

#endif  // KHABAR_DOC_SNIFF_H_
