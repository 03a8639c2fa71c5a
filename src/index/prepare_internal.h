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
};

}  // namespace khabar::index

#endif  // KHABAR_INDEX_PREPARE_INTERNAL_H_
