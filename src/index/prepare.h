// From an analyzed Record to what the index stores: the article's Xapian
// document, one document per quote, the content hash that tells a changed
// article from a re-read one, and the SimHash for near-duplicates.
//
// Workers call PrepareArticle concurrently (it touches no database); the
// one Writer (writer.h) adds the result. PreparedArticle is opaque outside
// src/index so that no other code sees <xapian.h>.

#ifndef KHABAR_INDEX_PREPARE_H_
#define KHABAR_INDEX_PREPARE_H_

#include <memory>

#include "khabar/document.h"

namespace khabar::index {

struct PreparedArticle;
struct PreparedDeleter {
  void operator()(PreparedArticle* p) const;
};
using PreparedPtr = std::unique_ptr<PreparedArticle, PreparedDeleter>;

// REQUIRES: `record` was analyzed with AnalyzeOptions::tokens (its tokens
// are segmented); without tokens its text is tokenized here. The record's
// JSON (tokens left out) becomes the document data, compressed here
// (stored.h) so that the writer thread does not. Thread-safe.
PreparedPtr PrepareArticle(Record record);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_PREPARE_H_
