// Any bytes through the reader. It must not crash or leak; must name the
// input in every origin and message; must say something about every input
// (an article or a skip); and must read the same whether the bytes sit in
// memory or trickle in a few at a time (so no chunk boundary changes what
// is read).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "doc/input_stream.h"
#include "doc/reader_internal.h"
#include "khabar/reader.h"

namespace {

constexpr std::string_view kName = "<fuzz>";

// Everything read, as one comparable list of lines.
class RecordingSink : public khabar::ReadSink {
 public:
  void OnArticle(khabar::RawArticle&& a) override {
    Check(a.origin);
    std::string line = a.origin + '|' + a.format + '|' + a.url + '|' + a.date +
                       '|' + a.title + '|' + a.lede + '|' + a.body + '|' +
                       a.author + '|' + a.source;
    for (const std::string& w : a.warnings) line += '|' + w;
    events.push_back(std::move(line));
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    Check(where);
    if (why.empty()) std::abort();  // every skip says why
    events.push_back("skip " + where + ": " + why);
  }

  std::vector<std::string> events;

 private:
  static void Check(const std::string& origin) {
    if (origin.compare(0, kName.size(), kName) != 0) std::abort();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  khabar::ReadOptions options;
  options.max_record_bytes = size_t{1} << 20;
  RecordingSink in_memory;
  khabar::ReadBuffer(std::string(kName), bytes, options, &in_memory);
  if (in_memory.events.empty()) std::abort();  // nothing read, nothing said

  RecordingSink trickled;
  khabar::doc::TrickleSource source(bytes, 7);
  khabar::doc::InputStream stream(&source);
  khabar::doc::ReadStream(std::string(kName), &stream,
                          khabar::doc::ReadContext{&options, &trickled});
  if (trickled.events != in_memory.events) std::abort();
  return 0;
}
