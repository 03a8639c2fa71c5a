// Records as JSON, the form every surface (CLI, HTTP, export) speaks.
//
// Spans are [begin, end] pairs. "offsets" names their unit: "byte" (UTF-8
// bytes into "text", the default) or "codepoint" (Unicode code points, what
// Python's and JavaScript's string indexing want... JavaScript counts UTF-16
// units, which equal code points for Arabic and all BMP text).

#ifndef KHABAR_RECORD_JSON_H_
#define KHABAR_RECORD_JSON_H_

#include <string>

#include "khabar/document.h"

namespace khabar {

enum class OffsetUnit { kByte, kCodePoint };

struct JsonOptions {
  OffsetUnit offsets = OffsetUnit::kByte;  // Default: UTF-8 bytes.
  bool pretty = false;                     // Default: one line.
};

// Always valid JSON (invalid UTF-8 in any field comes out as U+FFFD).
std::string RecordToJson(const Record& record, const JsonOptions& options = {});

}  // namespace khabar

#endif  // KHABAR_RECORD_JSON_H_
