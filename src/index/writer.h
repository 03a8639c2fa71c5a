// The one writer of an index directory: adds prepared articles, replacing
// an article whose id is already there when its content changed, skipping
// it when it did not; links near-copies to their original; commits.
//
// Lookups (is this id here? which articles share a SimHash band?) read a
// reader opened at the last commit plus a small map of what this batch
// added: reading the WritableDatabase itself would make Xapian flush its
// pending changes at every lookup, which made ingest 3x slower.
//
// Xapian commits are atomic: after a crash the database opens at the last
// commit, and re-running the same ingest adds what was lost (the ids are
// stable, so what was committed is found unchanged). Not thread-safe: one
// thread drives a Writer. Another process trying to open the same
// directory for writing gets a "locked" Status.

#ifndef KHABAR_INDEX_WRITER_H_
#define KHABAR_INDEX_WRITER_H_

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "index/prepare.h"
#include "khabar/status.h"

namespace khabar::index {

class Writer {
 public:
  enum class Outcome { kAdded, kReplaced, kUnchanged };
  struct Added {
    Outcome outcome = Outcome::kAdded;
    std::string original;  // id of the article this one copies; "" if none
  };

  // Opens the index in `dir`, creating the directory and database when
  // missing. Refuses a database made with another schema (schema.h).
  static Result<std::unique_ptr<Writer>> Open(const std::string& dir);

  // Adds, replaces or leaves `article` (see Outcome). Uncommitted until
  // Commit().
  Result<Added> Add(PreparedArticle& article);
  Status Commit();
  Status SetMetadata(std::string_view key, std::string_view value);
  // Articles (not quotes) in the database, after committing what is
  // pending.
  Result<uint64_t> ArticleCount();

 private:
  // An article of the uncommitted batch, as lookups need it.
  struct Pending {
    std::string id;
    uint64_t simhash = 0;
    std::string cluster;
  };

  Writer(Xapian::WritableDatabase db, std::string dir);
  // The content hash stored for `id`; "" when the id is new.
  std::string StoredHash(const std::string& id);
  // The id of the original `article` copies (searched among the articles
  // sharing a SimHash band with it, itself left out), or "".
  std::string FindOriginal(const PreparedArticle& article);
  // Whether some article (committed or in the batch) is a copy of `id`.
  bool HasCopies(const std::string& id);
  // Whether `copy` holds a word (schema.h: a term without prefix) that the
  // article `original` lacks; true when the original is not found.
  bool HasOwnWords(const PreparedArticle& copy, const std::string& original);
  void Remember(const PreparedArticle& article, const std::string& cluster);

  Xapian::WritableDatabase db_;
  Xapian::Database committed_;  // reopened at each commit
  std::string dir_;
  // The batch since the last commit: id -> content hash, band -> articles.
  std::unordered_map<std::string, std::string> pending_hashes_;
  std::unordered_map<std::string, std::vector<Pending>> pending_bands_;
  // The batch's originals' words (hashed, sorted: writer.cc), by id.
  std::unordered_map<std::string, std::vector<uint64_t>> pending_words_;
};

}  // namespace khabar::index

#endif  // KHABAR_INDEX_WRITER_H_
