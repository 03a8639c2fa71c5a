// Stable ids for records.

#ifndef KHABAR_BASE_HASH_H_
#define KHABAR_BASE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace khabar::base {

// XXH3-64 of the bytes, seed 0. Stable across versions and machines.
uint64_t Hash64(std::string_view bytes);

// 16 lower-case hex digits.
std::string Hex64(uint64_t v);

// The URL in the form two spellings of one address share: scheme and host
// lower-cased, "www." dropped, fragment and trailing slash removed, %XX
// escapes decoded (so a raw-Arabic and a percent-encoded URL agree).
//   "HTTPS://WWW.Example.com/a/%D8%B1/#top" -> "https://example.com/a/ر"
std::string NormalizeUrl(std::string_view url);

}  // namespace khabar::base

#endif  // KHABAR_BASE_HASH_H_
