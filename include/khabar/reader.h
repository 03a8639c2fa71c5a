// Reading articles from files, directories, zips and stdin.
//
// Formats are sniffed from the content, not the file name:
//   - the seed text format: a first line `date YYYY-MM-DD URL` (leading blanks
//     allowed), a blank line, the title, a blank line, the lede, a blank
//     line, the body;
//   - JSON: an array of article objects, one object, JSONL, or concatenated
//     objects, with the usual field names (title, content/text/body,
//     date/date_extracted/published, url, source, author);
//   - plain text: first line the title, the rest the body (with a warning);
//   - an HTML page: <title> and the text with markup removed (with a warning);
//   - zip files and directories of any of these (walked in name order).
//
// Reading never throws and never drops an article silently: each article
// reaches ReadSink::OnArticle, and each thing that could not become an article
// (an empty or binary file, a malformed JSON object, an object with no text,
// a record over the size limit) reaches ReadSink::OnSkip with where and why.
// Memory stays bounded by ReadOptions::max_record_bytes whatever the input
// size: JSON and lines are streamed, never read whole.

#ifndef KHABAR_READER_H_
#define KHABAR_READER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "khabar/status.h"

namespace khabar {

// One article as read, before cleaning. Strings are raw bytes from the input
// (perhaps invalid UTF-8: the pipeline repairs that and warns).
struct RawArticle {
  std::string origin;  // "dir/a.txt", "day.zip:day.json#17" (#k: k-th record)
  std::string format;  // "seed", "json", "text", "html"
  std::string url;
  std::string date;    // as written in the input
  std::string title;
  std::string lede;
  std::string body;
  std::string author;
  std::string source;
  std::vector<std::string> warnings;  // what the reader noticed
};

struct ReadOptions {
  // A record (one JSON object, one text file) larger than this is skipped
  // with a message naming it. Default: 16 MiB.
  size_t max_record_bytes = size_t{16} << 20;
};

class ReadSink {
 public:
  virtual ~ReadSink() = default;
  virtual void OnArticle(RawArticle&& article) = 0;
  // `where` names the file (and entry, line or byte); `why` says what is wrong.
  virtual void OnSkip(const std::string& where, const std::string& why) = 0;
};

// Reads `path` ("-" for standard input): a file, a zip or a directory.
// Returns a non-OK Status only when the path itself cannot be read (missing,
// unreadable); problems inside it go to sink->OnSkip and reading goes on.
Status ReadPath(const std::string& path, const ReadOptions& options,
                ReadSink* sink);

// Reads articles from bytes already in memory; `name` is used in messages.
// Sniffs the format like ReadPath (zip bytes included).
void ReadBuffer(const std::string& name, std::string_view bytes,
                const ReadOptions& options, ReadSink* sink);

}  // namespace khabar

#endif  // KHABAR_READER_H_
