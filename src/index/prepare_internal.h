// The inside of PreparedArticle, for writer.cc and the tests of src/index.

#ifndef KHABAR_INDEX_PREPARE_INTERNAL_H_
#define KHABAR_INDEX_PREPARE_INTERNAL_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <vector>

#include "index/prepare.h"

namespace khabar::index {

struct PreparedArticle {
  std::string id;            // Record::id
  std::string content_hash;  // 16 hex digits (kSlotContent)
  uint64_t simhash = 0;      // 0: too short to compare
  Xapian::Document doc;      // the article, without its cluster value
  std::vector<Xapian::Document> quotes;
  // WordHashes of doc: what the writer compares a near-copy with its
  // original by, computed here rather than in the one writer thread.
  std::vector<uint64_t> word_hashes;
};

// The hashes of a document's words (schema.h: the terms without an
// upper-case prefix), sorted; 8 bytes a word.
std::vector<uint64_t> WordHashes(Xapian::TermIterator it, const Xapian::TermIterator& end);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_PREPARE_INTERNAL_H_
