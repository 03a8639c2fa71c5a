// Streaming JSON: cuts top-level objects out of the input and parses each
// alone, so one bad object costs one article, never the file, and memory is
// bounded by the largest object kept (ReadOptions::max_record_bytes).
//
// Between objects, blanks, ',', '[' and ']' are separators: an array, JSONL
// and concatenated objects all read the same. Anything else up to the next
// '{' is one run of junk, reported once. Inside an object a string-aware
// brace counter finds its end; an object over the size limit is scanned to
// its end with its bytes dropped.
//
// Resync. An object that starts a line (only blanks before it) ends, broken,
// at the next line that starts with '{' at the same indentation: in JSONL
// and pretty-printed arrays that line is the next record, and valid JSON
// cannot hold one there inside a record (strings cannot span lines; nested
// objects are indented deeper or do not start lines). So
//   {"title": "a", "content": "unterminated
//   {"title": "b", "content": "fine"}
// costs only the first line.

#include <optional>
#include <string>

#include "base/utf8.h"
#include "doc/json_article.h"
#include "doc/reader_internal.h"

namespace khabar::doc {
namespace {

constexpr int kMaxDepth = 512;
constexpr size_t kJunkPreview = 40;

bool IsSeparator(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' ||
         c == '[' || c == ']';
}

// The junk as a message shows it: no character cut in two, no trailing
// blanks, valid UTF-8.
std::string Preview(std::string_view junk) {
  if (junk.size() >= kJunkPreview) {
    size_t lead = junk.size();
    while (lead > 0 && (junk[lead - 1] & 0xC0) == 0x80) --lead;
    if (lead > 0) {
      const unsigned char b = static_cast<unsigned char>(junk[lead - 1]);
      const size_t want = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      if (junk.size() - (lead - 1) < want) junk = junk.substr(0, lead - 1);
    }
  }
  while (!junk.empty() && junk.back() == ' ') junk.remove_suffix(1);
  return base::RepairUtf8(junk, nullptr);
}

// How the scan of an object stopped.
enum class ObjectEnd { kClosed, kCut, kInputEnded };

class JsonReader {
 public:
  JsonReader(const std::string& name, InputStream* in, const Sniffed& at,
             const ReadContext& ctx)
      : name_(name),
        in_(in),
        ctx_(ctx),
        line_(at.next_line),
        indent_(at.column) {}

  void Run();

 private:
  // Follows lines and the blanks that start them, for every byte consumed.
  void Track(char c) {
    if (c == '\n') {
      ++line_;
      line_blank_ = true;
      indent_ = 0;
    } else if (c == ' ' || c == '\t') {
      indent_ += line_blank_;
    } else if (c != '\r') {
      line_blank_ = false;
    }
  }

  void ReadObject();
  ObjectEnd ScanObject();
  // Scans chunk[*i...] for the object's end.
  ObjectEnd ScanChunk(std::string_view chunk, size_t* i);
  void Keep(std::string_view bytes);
  void FinishObject(ObjectEnd end, uint64_t index, uint64_t size);
  void ScanJunk();
  void Emit(RawArticle&& article, uint64_t index);
  void FlushFirst(bool many_records);
  std::string Where(uint64_t line, uint64_t byte) const {
    return name_ + ":line " + std::to_string(line) + " (byte " +
           std::to_string(byte) + ")";
  }

  const std::string& name_;
  InputStream* in_;
  const ReadContext& ctx_;
  uint64_t line_;
  uint64_t indent_;
  bool line_blank_ = true;  // only blanks since the current line began

  // The object being scanned.
  std::string object_;
  uint64_t object_line_ = 0;
  int64_t object_indent_ = -1;  // -1: it did not start its line
  int64_t depth_ = 0;
  bool in_string_ = false;
  bool escape_ = false;
  bool oversized_ = false;
  bool too_deep_ = false;

  uint64_t records_ = 0;
  bool saw_junk_ = false;
  // Record 0 waits until we know whether more follow: a file holding one
  // record names it "f.json", a file holding many "f.json#0".
  std::optional<RawArticle> first_;
};

void JsonReader::Run() {
  for (std::string_view chunk = in_->Available(); !chunk.empty();
       chunk = in_->Available()) {
    size_t i = 0;
    while (i < chunk.size() && IsSeparator(chunk[i])) Track(chunk[i++]);
    in_->Skip(i);
    if (i == chunk.size()) continue;
    if (chunk[i] == '{') {
      ReadObject();
    } else {
      ScanJunk();
    }
  }
  FlushFirst(records_ > 1);
  if (records_ == 0 && !saw_junk_) {
    ctx_.sink->OnSkip(name_, "JSON with no objects in it");
  }
}

void JsonReader::ReadObject() {
  const uint64_t index = records_++;
  if (index == 1) FlushFirst(true);
  const uint64_t start = in_->offset();
  object_line_ = line_;
  object_indent_ = line_blank_ ? static_cast<int64_t>(indent_) : -1;
  object_.assign("{");
  in_->Skip(1);
  Track('{');
  depth_ = 1;
  in_string_ = escape_ = oversized_ = too_deep_ = false;
  const ObjectEnd end = ScanObject();
  FinishObject(end, index, in_->offset() - start);
  object_.clear();
  if (object_.capacity() > InputStream::kChunkSize) object_.shrink_to_fit();
}

ObjectEnd JsonReader::ScanObject() {
  for (std::string_view chunk = in_->Available(); !chunk.empty();
       chunk = in_->Available()) {
    size_t i = 0;
    const ObjectEnd end = ScanChunk(chunk, &i);
    Keep(chunk.substr(0, i));
    in_->Skip(i);
    if (end != ObjectEnd::kInputEnded) return end;
  }
  return ObjectEnd::kInputEnded;
}

ObjectEnd JsonReader::ScanChunk(std::string_view chunk, size_t* i) {
  for (; *i < chunk.size(); ++*i) {
    const char c = chunk[*i];
    if (c == '{' && line_blank_ && object_indent_ >= 0 &&
        indent_ == static_cast<uint64_t>(object_indent_)) {
      return ObjectEnd::kCut;  // the next record starts here
    }
    Track(c);
    if (in_string_) {
      if (escape_) {
        escape_ = false;
      } else if (c == '\\') {
        escape_ = true;
      } else if (c == '"') {
        in_string_ = false;
      }
    } else if (c == '"') {
      in_string_ = true;
    } else if (c == '{' || c == '[') {
      too_deep_ |= ++depth_ > kMaxDepth;
    } else if ((c == '}' || c == ']') && --depth_ == 0) {
      ++*i;
      return ObjectEnd::kClosed;
    }
  }
  return ObjectEnd::kInputEnded;
}

void JsonReader::Keep(std::string_view bytes) {
  if (oversized_) return;
  if (object_.size() + bytes.size() > ctx_.options->max_record_bytes) {
    oversized_ = true;
    std::string().swap(object_);  // drop it now: memory must not track input
    return;
  }
  object_.append(bytes);
}

void JsonReader::FinishObject(ObjectEnd end, uint64_t index, uint64_t size) {
  const std::string where = Where(object_line_, in_->offset() - size);
  ReadSink* sink = ctx_.sink;
  if (oversized_) {
    sink->OnSkip(where, TooLargeMessage(size, ctx_.options->max_record_bytes));
    return;
  }
  if (too_deep_) {
    sink->OnSkip(where, "malformed JSON: nested more than " +
                            std::to_string(kMaxDepth) + " levels deep");
    return;
  }
  if (end == ObjectEnd::kInputEnded) {
    sink->OnSkip(where,
                 "malformed JSON: the input ends inside this object "
                 "(no closing '}')");
    return;
  }
  JsonOutcome outcome = JsonObjectToArticle(object_);
  if (outcome.is_article) {
    Emit(std::move(outcome.article), index);
    return;
  }
  std::string why = std::move(outcome.why);
  if (outcome.error_line_delta > 0) {
    why += " (at line " +
           std::to_string(object_line_ + outcome.error_line_delta) + ")";
  }
  if (end == ObjectEnd::kCut) {
    why += "; reading resumed at line " + std::to_string(line_) +
           ", where the next object begins";
  }
  sink->OnSkip(where, why);
}

void JsonReader::ScanJunk() {
  saw_junk_ = true;
  const std::string where = Where(line_, in_->offset());
  std::string preview;
  for (std::string_view chunk = in_->Available(); !chunk.empty();
       chunk = in_->Available()) {
    size_t i = 0;
    for (; i < chunk.size() && chunk[i] != '{'; ++i) {
      Track(chunk[i]);
      if (preview.size() < kJunkPreview) {
        const unsigned char c = static_cast<unsigned char>(chunk[i]);
        preview.push_back(c < 0x20 ? ' ' : chunk[i]);
      }
    }
    in_->Skip(i);
    if (i < chunk.size()) break;
  }
  ctx_.sink->OnSkip(where, "unexpected text between JSON objects: '" +
                               Preview(preview) + "'");
}

void JsonReader::Emit(RawArticle&& article, uint64_t index) {
  if (index == 0) {
    first_ = std::move(article);
    return;
  }
  article.origin = name_ + "#" + std::to_string(index);
  ctx_.sink->OnArticle(std::move(article));
}

void JsonReader::FlushFirst(bool many_records) {
  if (!first_) return;
  first_->origin = many_records ? name_ + "#0" : name_;
  ctx_.sink->OnArticle(std::move(*first_));
  first_.reset();
}

}  // namespace

void ReadJson(const std::string& name, InputStream* in, const Sniffed& at,
              const ReadContext& ctx) {
  JsonReader(name, in, at, ctx).Run();
}

}  // namespace khabar::doc
