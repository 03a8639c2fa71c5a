// The query language of `khabar search` (README, "Query syntax"):
//
//   دمج الشركات            both words (in any of their forms)
//   "الملك سلمان"          a phrase: these words in this order
//   النفط OR الغاز         either
//   النفط -ايران           the first, not the second (also: NOT ايران)
//   (النفط OR الغاز) -ايران  parentheses group
//
// Words are analyzed as article text is (terms.h): the same tokenizer,
// normalization and segmenter. A chunk that tokenizes into several words
// (وزير-الخارجية, 2026م) is a phrase of them. Operators are the upper-case
// Latin words OR, AND, NOT and a '-' glued to the front of a word; a '"'
// left open closes at the end of the query.
//
// Limits are strict and checked before anything is built: a query over
// kMaxQueryBytes, with more than kMaxQueryWords words or parentheses and
// NOTs nested deeper than kMaxQueryDepth is refused with a message, as is
// a ')' with no '(' and the reverse.

#ifndef KHABAR_INDEX_QUERY_H_
#define KHABAR_INDEX_QUERY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "index/terms.h"
#include "khabar/status.h"

namespace khabar::index {

struct QueryLimits {
  size_t max_bytes = 1024;  // Default: 1024 bytes of UTF-8.
  size_t max_words = 32;    // Default: 32 words.
  size_t max_depth = 8;     // Default: 8 levels of ( ) and NOT.
};

struct QueryNode {
  enum class Kind { kWord, kPhrase, kAnd, kOr, kNot };
  Kind kind = Kind::kAnd;
  // kWord: one chunk's words (usually one; several make a phrase).
  // kPhrase: the quoted words.
  std::vector<Word> words;
  // kAnd, kOr: the operands; kNot: the one negated node.
  std::vector<QueryNode> children;
};

// Parses `text`. An empty query, or one with no searchable word, is an
// InvalidArgument too.
Result<QueryNode> ParseQuery(std::string_view text, const QueryLimits& limits = {});

// A readable form for tests and --explain:
//   (AND دمج/دمج "ملك سلمان" (NOT ايران/ايران))  word norm/stem
std::string DescribeQuery(const QueryNode& node);

// The positive words of the query (not under NOT): what snippets highlight.
std::vector<Word> PositiveWords(const QueryNode& node);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_QUERY_H_
