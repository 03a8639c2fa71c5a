#include "copies.h"

#include <xapian.h>

#include <filesystem>
#include <system_error>

namespace khabar::bench::search {

Status CompactCopies(const std::string& dir, int copies, const std::string& out) {
  return CompactCopies(dir, dir, copies, out);
}

Status CompactCopies(const std::string& dir, const std::string& copy_dir, int copies,
                     const std::string& out) {
  if (copies < 1) return Status::InvalidArgument("--copies must be 1 or more");
  std::error_code ec;
  std::filesystem::remove_all(out, ec);
  try {
    Xapian::Database all(dir);
    for (int i = 1; i < copies; ++i) all.add_database(Xapian::Database(copy_dir));
    // Documents are renumbered copy after copy; of the copies' user
    // metadata (the same), Xapian keeps the first.
    all.compact(out, Xapian::DBCOMPACT_MULTIPASS);
  } catch (const Xapian::Error& e) {
    return Status::IoError("compacting " + std::to_string(copies) + " copies of " + dir +
                           " into " + out + ": " + e.get_description());
  }
  return Status::Ok();
}

}  // namespace khabar::bench::search
