// Paths on disk: files (zips opened in place) and directory trees.

#ifndef KHABAR_DOC_DIR_READER_H_
#define KHABAR_DOC_DIR_READER_H_

#include <string>

#include "doc/reader_internal.h"
#include "khabar/status.h"

namespace khabar::doc {

// Reads a file, or a directory recursively: entries sorted by name (bytes),
// names starting with '.' skipped, symbolic links to directories not
// followed (so no loops), anything else that is not a regular file skipped
// with a message. Problems below `path` go to OnSkip; the returned Status
// is NotFound or IoError ("cannot open PATH: strerror") only when `path`
// itself cannot be read.
Status ReadFileOrDirectory(const std::string& path, const ReadContext& ctx);

}  // namespace khabar::doc

#endif  // KHABAR_DOC_DIR_READER_H_
