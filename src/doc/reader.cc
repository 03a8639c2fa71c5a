// The public entry points and the dispatch every input goes through: sniff
// the format, hand the stream to the part that reads it, report a read
// error that cut it short.

#include "khabar/reader.h"

#include <unistd.h>

#include <cstdio>

#include "doc/dir_reader.h"
#include "doc/reader_internal.h"
#include "doc/text_formats.h"

namespace khabar {
namespace doc {
namespace {

std::string NoTextMessage(Format format) {
  switch (format) {
    case Format::kSeed:
      return "a 'date' header line and no title or text";
    case Format::kHtml:
      return "HTML page with no text once markup is removed";
    default:
      return "no text";
  }
}

// Seed, plain text and HTML: the whole input is one article.
void ReadTextRecord(const std::string& name, InputStream* in, Format format,
                    const ReadContext& ctx) {
  const size_t limit = ctx.options->max_record_bytes;
  std::string bytes;
  if (!ReadBounded(in, limit, &bytes)) {
    ctx.sink->OnSkip(name, TooLargeMessage(in->offset(), limit));
    return;
  }
  if (!in->error().empty()) return;  // half an article: ReadStream says why
  RawArticle article = format == Format::kSeed   ? ParseSeed(bytes)
                       : format == Format::kHtml ? ParseHtmlPage(bytes)
                                                 : ParsePlainText(bytes);
  if (article.title.empty() && article.lede.empty() && article.body.empty()) {
    ctx.sink->OnSkip(name, NoTextMessage(format));
    return;
  }
  article.origin = name;
  ctx.sink->OnArticle(std::move(article));
}

// A zip that is not a file on disk (in memory, inside a zip, on stdin):
// libzip needs random access, so it is held in memory, up to the limit.
void ReadZipStream(const std::string& name, InputStream* in,
                   const ReadContext& ctx) {
  if (std::optional<std::string_view> memory = in->memory()) {
    ReadZipBytes(name, memory->substr(in->offset()), ctx);
    return;
  }
  const size_t limit = ctx.options->max_record_bytes;
  std::string bytes;
  if (!ReadBounded(in, limit, &bytes)) {
    ctx.sink->OnSkip(name, "zip archive is " + FormatSize(in->offset()) +
                               ", over the " + FormatLimit(limit) +
                               " limit for a zip read from a stream (inside "
                               "a zip or on standard input); unpack it or "
                               "pass it as a file");
    return;
  }
  if (!in->error().empty()) return;  // half a zip: ReadStream says why
  ReadZipBytes(name, bytes, ctx);
}

}  // namespace

std::string FormatSize(uint64_t bytes) {
  char buf[32];
  if (bytes >= 1000000) {
    std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1e6);
  } else if (bytes >= 1000) {
    std::snprintf(buf, sizeof buf, "%.1f kB", bytes / 1e3);
  } else {
    std::snprintf(buf, sizeof buf, "%llu bytes",
                  static_cast<unsigned long long>(bytes));
  }
  return buf;
}

std::string FormatLimit(size_t bytes) {
  if (bytes > 0 && bytes % (size_t{1} << 20) == 0) {
    return std::to_string(bytes >> 20) + " MiB";
  }
  if (bytes > 0 && bytes % 1024 == 0)
    return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

std::string TooLargeMessage(uint64_t size, size_t limit) {
  return "record is " + FormatSize(size) + ", over the " + FormatLimit(limit) +
         " limit for one article";
}

void ReadStream(const std::string& name, InputStream* in,
                const ReadContext& ctx) {
  const Sniffed sniffed = Sniff(in);
  switch (sniffed.format) {
    case Format::kEmpty:
      if (in->error().empty()) ctx.sink->OnSkip(name, "empty file");
      break;
    case Format::kBinary:
      ctx.sink->OnSkip(name, sniffed.why);
      break;
    case Format::kZip:
      ReadZipStream(name, in, ctx);
      break;
    case Format::kJson:
      ReadJson(name, in, sniffed, ctx);
      break;
    case Format::kSeed:
    case Format::kHtml:
    case Format::kText:
      ReadTextRecord(name, in, sniffed.format, ctx);
      break;
  }
  if (!in->error().empty()) {
    ctx.sink->OnSkip(name, "read error after " + FormatSize(in->offset()) +
                               ": " + in->error());
  }
}

}  // namespace doc

Status ReadPath(const std::string& path, const ReadOptions& options,
                ReadSink* sink) {
  const doc::ReadContext ctx{&options, sink};
  if (path == "-") {
    doc::FdSource source(STDIN_FILENO);
    doc::InputStream in(&source);
    doc::ReadStream("<stdin>", &in, ctx);
    return Status::Ok();
  }
  return doc::ReadFileOrDirectory(path, ctx);
}

void ReadBuffer(const std::string& name, std::string_view bytes,
                const ReadOptions& options, ReadSink* sink) {
  const doc::ReadContext ctx{&options, sink};
  doc::InputStream in(bytes);
  doc::ReadStream(name, &in, ctx);
}

}  // namespace khabar
