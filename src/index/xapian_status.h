// Xapian's exceptions stop here: every call into Xapian in src/index runs
// inside Guarded(), which turns a Xapian::Error into a Status naming the
// database and what was being done.

#ifndef KHABAR_INDEX_XAPIAN_STATUS_H_
#define KHABAR_INDEX_XAPIAN_STATUS_H_

#include <xapian.h>

#include <new>
#include <string>
#include <string_view>

#include "khabar/status.h"

namespace khabar::index {

inline Status FromXapian(std::string_view what, const Xapian::Error& e) {
  std::string msg = std::string(what) + ": " + e.get_msg();
  if (!e.get_context().empty()) msg += " (" + e.get_context() + ")";
  const std::string type = e.get_type();
  if (type == "DatabaseLockError")
    return Status::IoError(std::string(what) +
                           ": the index is locked by another writer (is an "
                           "ingest running?)");
  if (type == "DatabaseCorruptError" || type == "DatabaseVersionError")
    return Status::Corrupt(msg);
  if (type == "DatabaseOpeningError" || type == "DatabaseNotFoundError")
    return Status::NotFound(msg);
  if (type == "InvalidArgumentError" || type == "QueryParserError")
    return Status::InvalidArgument(msg);
  return Status::IoError(msg);
}

// Runs f() (returning Status) and converts what Xapian or the allocator
// throws, but for DatabaseModifiedError, which only a reader can act on.
template <typename F>
Status Guarded(std::string_view what, F&& f) {
  try {
    return f();
  } catch (const Xapian::DatabaseModifiedError&) {
    throw;  // a reader may reopen and retry (Searcher::Db::Read)
  } catch (const Xapian::Error& e) {
    return FromXapian(what, e);
  } catch (const std::bad_alloc&) {
    return Status::IoError(std::string(what) + ": out of memory");
  }
}

}  // namespace khabar::index

#endif  // KHABAR_INDEX_XAPIAN_STATUS_H_
