// Zip archives through libzip. Entries are read in name order, each
// streamed with zip_fread through ReadStream like any file, so a 100 MB JSON
// entry never sits in memory whole. Origins read "day.zip:day.json#17".

#include <zip.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "doc/reader_internal.h"

namespace khabar::doc {
namespace {

// Streams one open entry.
class ZipEntrySource : public ByteSource {
 public:
  explicit ZipEntrySource(zip_file_t* file) : file_(file) {}
  int64_t Read(char* buf, size_t n, std::string* error) override {
    const zip_int64_t got = zip_fread(file_, buf, n);
    if (got < 0) *error = zip_file_strerror(file_);
    return got;
  }

 private:
  zip_file_t* file_;
};

// Directories, macOS resource forks and hidden files hold no articles.
bool IsSkippedEntry(std::string_view name) {
  if (name.empty() || name.back() == '/') return true;
  if (name.substr(0, 9) == "__MACOSX/") return true;
  for (size_t start = 0; start < name.size();) {
    if (name[start] == '.') return true;  // a dot file or dot directory
    const size_t slash = name.find('/', start);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return false;
}

std::string ZipErrorText(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

void ReadEntry(zip_t* archive, zip_uint64_t index, const std::string& origin,
               const ReadContext& ctx) {
  zip_file_t* file = zip_fopen_index(archive, index, 0);
  if (file == nullptr) {
    ctx.sink->OnSkip(
        origin, std::string("cannot read zip entry: ") + zip_strerror(archive));
    return;
  }
  ZipEntrySource source(file);
  InputStream in(&source);
  ReadStream(origin, &in, ctx);
  zip_fclose(file);
}

// Reads every entry of an open archive, in name order.
void ReadArchive(zip_t* archive, const std::string& name,
                 const ReadContext& outer) {
  ReadContext ctx = outer;
  ++ctx.zip_depth;
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  std::vector<std::pair<std::string, zip_uint64_t>> entries;
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* entry = zip_get_name(archive, i, 0);
    if (entry == nullptr) {
      ctx.sink->OnSkip(
          name + ":entry " + std::to_string(i),
          std::string("unreadable entry name: ") + zip_strerror(archive));
    } else if (!IsSkippedEntry(entry)) {
      entries.emplace_back(entry, i);
    }
  }
  if (entries.empty()) {
    ctx.sink->OnSkip(name, count == 0 ? "empty zip archive"
                                      : "zip archive holds only directories "
                                        "and hidden files");
  }
  std::sort(entries.begin(), entries.end());
  for (const auto& [entry, index] : entries) {
    ReadEntry(archive, index, name + ":" + entry, ctx);
  }
}

}  // namespace

void ReadZipFile(const std::string& path, const ReadContext& ctx) {
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (archive == nullptr) {
    ctx.sink->OnSkip(path, "corrupt zip archive: " + ZipErrorText(code));
    return;
  }
  ReadArchive(archive, path, ctx);
  zip_discard(archive);
}

void ReadZipBytes(const std::string& name, std::string_view bytes,
                  const ReadContext& ctx) {
  if (ctx.zip_depth >= kMaxZipDepth) {
    ctx.sink->OnSkip(name, "zip archive nested more than " +
                               std::to_string(kMaxZipDepth) +
                               " deep; not opened");
    return;
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source =
      zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source == nullptr
                       ? nullptr
                       : zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    ctx.sink->OnSkip(name, std::string("corrupt zip archive: ") +
                               zip_error_strerror(&error));
    if (source != nullptr) zip_source_free(source);
    zip_error_fini(&error);
    return;
  }
  zip_error_fini(&error);
  ReadArchive(archive, name, ctx);
  zip_discard(archive);
}

}  // namespace khabar::doc
