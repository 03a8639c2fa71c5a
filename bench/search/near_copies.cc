#include "near_copies.h"

#include <xapian.h>

#include <filesystem>
#include <system_error>
#include <vector>

#include "index/schema.h"

namespace khabar::bench::search {
namespace {

namespace schema = khabar::index;

// An original becomes a copy of itself: the cluster value is already its
// own id.
void MakeCopy(Xapian::Document* doc) {
  doc->remove_term(std::string(schema::kOriginalTerm));
  doc->add_boolean_term(std::string(schema::kDuplicateTerm));
  doc->add_boolean_term(std::string(schema::kCopyOfPrefix) +
                        doc->get_value(schema::kSlotId));
}

}  // namespace

// A compacted copy, then the originals rewritten in place: adding every
// document to a new database instead reads and writes all their
// positions, and took 3 times as long on SaudiNewsNet (13 minutes).
Status WriteNearCopies(const std::string& dir, const std::string& out) {
  std::error_code ec;
  std::filesystem::remove_all(out, ec);
  try {
    Xapian::Database(dir).compact(out);
    Xapian::WritableDatabase to(out, Xapian::DB_OPEN);
    const std::string original(schema::kOriginalTerm);
    std::vector<Xapian::docid> originals;
    for (auto it = to.postlist_begin(original); it != to.postlist_end(original); ++it)
      originals.push_back(*it);
    for (Xapian::docid did : originals) {
      Xapian::Document doc = to.get_document(did);
      MakeCopy(&doc);
      to.replace_document(did, doc);
    }
    to.commit();
  } catch (const Xapian::Error& e) {
    return Status::IoError("writing near-copies of " + dir + " to " + out + ": " +
                           e.get_description());
  }
  return Status::Ok();
}

}  // namespace khabar::bench::search
