#include "index/writer.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "index/prepare_internal.h"
#include "index/schema.h"
#include "index/simhash.h"
#include "index/xapian_status.h"

namespace khabar::index {
namespace {

// Postings read per band when looking for an original: a band shared by
// very many articles (boilerplate) is not worth reading whole.
inline constexpr int kMaxCandidatesPerBand = 256;

std::string Cat(std::string_view a, std::string_view b) {
  return std::string(a).append(b);
}

Status CheckSchema(Xapian::WritableDatabase* db, const std::string& dir) {
  const std::string schema = db->get_metadata(std::string(kSchemaKey));
  if (schema.empty() && db->get_doccount() == 0) {
    db->set_metadata(std::string(kSchemaKey), std::string(kSchemaVersion));
    db->commit();
    return Status::Ok();
  }
  if (schema != kSchemaVersion)
    return Status::Corrupt(dir + " is not a khabar index of this version (schema '" +
                           schema + "', expected '" + std::string(kSchemaVersion) +
                           "'): ingest into a new directory");
  return Status::Ok();
}

uint64_t ParseHex(const std::string& hex) {
  return hex.empty() ? 0 : std::stoull(hex, nullptr, 16);
}

}  // namespace

Writer::Writer(Xapian::WritableDatabase db, std::string dir)
    : db_(std::move(db)), committed_(dir), dir_(std::move(dir)) {}

Result<std::unique_ptr<Writer>> Writer::Open(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create index directory " + dir + ": " + ec.message());
  std::unique_ptr<Writer> writer;
  const Status s = Guarded("opening index " + dir + " for writing", [&] {
    Xapian::WritableDatabase db(dir, Xapian::DB_CREATE_OR_OPEN);
    RETURN_IF_ERROR(CheckSchema(&db, dir));
    writer.reset(new Writer(std::move(db), dir));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return writer;
}

std::string Writer::StoredHash(const std::string& id) {
  if (auto it = pending_hashes_.find(id); it != pending_hashes_.end()) return it->second;
  const std::string term = Cat(kIdPrefix, id);
  auto post = committed_.postlist_begin(term);
  if (post == committed_.postlist_end(term)) return "";
  return committed_.get_document(*post, Xapian::DOC_ASSUME_VALID).get_value(kSlotContent);
}

std::string Writer::FindOriginal(const PreparedArticle& a) {
  if (a.simhash == 0) return "";
  int best = kMaxDistance + 1;
  std::string original;
  // A candidate's cluster is its own original when it is a copy: all
  // copies point at one root.
  auto consider = [&](const std::string& id, uint64_t simhash, const std::string& cluster) {
    if (id == a.id || cluster == a.id) return;  // itself, or a copy of it
    const int d = HammingDistance(a.simhash, simhash);
    if (d >= best) return;
    best = d;
    original = cluster;
  };
  std::vector<Xapian::docid> candidates;
  for (const std::string& band : SimHashBands(a.simhash)) {
    if (auto it = pending_bands_.find(band); it != pending_bands_.end())
      for (const Pending& p : it->second) consider(p.id, p.simhash, p.cluster);
    const std::string term = Cat(kSimHashPrefix, band);
    int read = 0;
    for (auto it = committed_.postlist_begin(term);
         it != committed_.postlist_end(term) && read < kMaxCandidatesPerBand; ++it, ++read)
      candidates.push_back(*it);
  }
  // Most articles sharing a 16-bit band are not near: read their hashes
  // from the value stream in docid order, which is cheap, and open the
  // document only of those that are close enough.
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  auto hashes = committed_.valuestream_begin(kSlotSimHash);
  const auto end = committed_.valuestream_end(kSlotSimHash);
  for (Xapian::docid did : candidates) {
    if (hashes == end) break;
    hashes.skip_to(did);
    if (hashes == end) break;
    if (hashes.get_docid() != did) continue;
    const uint64_t simhash = ParseHex(*hashes);
    if (HammingDistance(a.simhash, simhash) >= best) continue;
    const Xapian::Document doc = committed_.get_document(did, Xapian::DOC_ASSUME_VALID);
    consider(doc.get_value(kSlotId), simhash, doc.get_value(kSlotCluster));
  }
  return original;
}

bool Writer::HasCopies(const std::string& id) {
  if (committed_.get_termfreq(Cat(kCopyOfPrefix, id)) > 0) return true;
  // Replacing is rare: scanning the batch then costs little.
  for (const auto& [band, articles] : pending_bands_)
    for (const Pending& p : articles)
      if (p.cluster == id && p.id != id) return true;
  return false;
}

bool Writer::HasOwnWords(const PreparedArticle& copy, const std::string& original) {
  std::vector<uint64_t> committed;
  const std::vector<uint64_t>* theirs = &committed;
  if (auto it = pending_words_.find(original); it != pending_words_.end()) {
    theirs = &it->second;
  } else {
    const std::string term = Cat(kIdPrefix, original);
    auto post = committed_.postlist_begin(term);
    if (post == committed_.postlist_end(term)) return true;
    committed = WordHashes(committed_.termlist_begin(*post), committed_.termlist_end(*post));
  }
  // A document's terms are distinct: their hashes are sets.
  const std::vector<uint64_t>& mine = copy.word_hashes;
  return !std::includes(theirs->begin(), theirs->end(), mine.begin(), mine.end());
}

void Writer::Remember(const PreparedArticle& a, const std::string& cluster) {
  pending_hashes_[a.id] = a.content_hash;
  if (cluster == a.id) pending_words_[a.id] = a.word_hashes;
  if (a.simhash == 0) return;
  for (const std::string& band : SimHashBands(a.simhash))
    pending_bands_[band].push_back({a.id, a.simhash, cluster});
}

Result<Writer::Added> Writer::Add(PreparedArticle& a) {
  Added added;
  const Status s = Guarded("adding article " + a.id + " to " + dir_, [&] {
    const std::string stored = StoredHash(a.id);
    if (!stored.empty()) {
      if (stored == a.content_hash) {
        added.outcome = Outcome::kUnchanged;
        return Status::Ok();
      }
      added.outcome = Outcome::kReplaced;
    }
    // An original that has copies stays one when it changes: they name
    // it (XC<id>) and its cluster, and would have no original left.
    if (added.outcome != Outcome::kReplaced || !HasCopies(a.id))
      added.original = FindOriginal(a);
    const std::string cluster = added.original.empty() ? a.id : added.original;
    a.doc.add_value(kSlotCluster, cluster);
    if (added.original.empty()) {
      a.doc.add_boolean_term(std::string(kOriginalTerm));
    } else {
      a.doc.add_boolean_term(std::string(kDuplicateTerm));
      a.doc.add_boolean_term(Cat(kCopyOfPrefix, added.original));
      if (HasOwnWords(a, added.original)) a.doc.add_boolean_term(std::string(kOwnWordsTerm));
    }
    if (added.outcome == Outcome::kReplaced) {
      db_.replace_document(Cat(kIdPrefix, a.id), a.doc);
      db_.delete_document(Cat(kParentPrefix, a.id));  // its old quotes
    } else {
      db_.add_document(a.doc);
    }
    for (const Xapian::Document& q : a.quotes) db_.add_document(q);
    Remember(a, cluster);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return added;
}

Status Writer::Commit() {
  return Guarded("committing " + dir_, [&] {
    db_.commit();
    committed_.reopen();
    pending_hashes_.clear();
    pending_bands_.clear();
    pending_words_.clear();
    return Status::Ok();
  });
}

Status Writer::SetMetadata(std::string_view key, std::string_view value) {
  return Guarded("writing metadata to " + dir_, [&] {
    db_.set_metadata(std::string(key), std::string(value));
    return Status::Ok();
  });
}

Result<uint64_t> Writer::ArticleCount() {
  uint64_t n = 0;
  const Status s = Guarded("counting articles in " + dir_, [&] {
    db_.commit();
    committed_.reopen();
    pending_hashes_.clear();
    pending_bands_.clear();
    pending_words_.clear();
    n = committed_.get_termfreq(std::string(kArticleTerm));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return n;
}

}  // namespace khabar::index
