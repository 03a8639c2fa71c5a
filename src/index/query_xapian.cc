#include "index/query_xapian.h"

#include <algorithm>
#include <string>
#include <vector>

#include "index/schema.h"
#include "index/terms.h"

namespace khabar::index {
namespace {

using Q = Xapian::Query;

std::string Cat(std::string_view a, std::string_view b) {
  return std::string(a).append(b);
}

Q WordQuery(const Word& w) {
  return Q(Q::OP_OR, Q(w.norm), Q(Cat(kStemPrefix, w.stem)));
}

Q PhraseQuery(const std::vector<Word>& words) {
  if (words.size() == 1) return WordQuery(words[0]);
  std::vector<Q> stems;
  for (const Word& w : words) stems.emplace_back(Cat(kStemPrefix, w.stem));
  return Q(Q::OP_PHRASE, stems.begin(), stems.end(), stems.size());
}

bool IsStopLeaf(const QueryNode& n) {
  return n.kind == QueryNode::Kind::kWord && n.words.size() == 1 && n.words[0].stop;
}

Q Build(const QueryNode& n);

// Positives AND_NOT (any of the negatives); MatchAll when all are NOT.
Q Conjunction(const std::vector<Q>& positives, const std::vector<Q>& negatives,
              Q::op op) {
  Q pos = positives.empty() ? Q::MatchAll
                            : Q(op, positives.begin(), positives.end());
  if (negatives.empty()) return pos;
  return Q(Q::OP_AND_NOT, pos, Q(Q::OP_OR, negatives.begin(), negatives.end()));
}

void SplitAnd(const QueryNode& n, std::vector<Q>* positives,
              std::vector<Q>* negatives) {
  const bool has_content = std::any_of(
      n.children.begin(), n.children.end(), [](const QueryNode& c) {
        return c.kind != QueryNode::Kind::kNot && !IsStopLeaf(c);
      });
  for (const QueryNode& c : n.children) {
    if (c.kind == QueryNode::Kind::kNot) {
      negatives->push_back(Build(c.children.at(0)));
    } else if (!(has_content && IsStopLeaf(c))) {
      positives->push_back(Build(c));
    }
  }
}

Q Build(const QueryNode& n) {
  switch (n.kind) {
    case QueryNode::Kind::kWord:
    case QueryNode::Kind::kPhrase:
      return PhraseQuery(n.words);
    case QueryNode::Kind::kNot:
      return Q(Q::OP_AND_NOT, Q::MatchAll, Build(n.children.at(0)));
    case QueryNode::Kind::kOr: {
      std::vector<Q> parts;
      for (const QueryNode& c : n.children) parts.push_back(Build(c));
      return Q(Q::OP_OR, parts.begin(), parts.end());
    }
    case QueryNode::Kind::kAnd: {
      std::vector<Q> positives, negatives;
      SplitAnd(n, &positives, &negatives);
      return Conjunction(positives, negatives, Q::OP_AND);
    }
  }
  return Q();
}

// One name: the whole name's term, or all of its words' terms.
Q NameQuery(std::string_view prefix, const std::string& name) {
  const std::vector<std::string> words = NameWords(name);
  const std::string key = NameKey(name);
  const std::string word_prefix = Cat(prefix, kWordSuffix);
  if (words.size() == 1) return Q(Cat(word_prefix, words[0]));
  std::vector<Q> parts;
  for (const std::string& w : words) parts.emplace_back(Cat(word_prefix, w));
  return Q(Q::OP_OR, Q(Cat(prefix, key)), Q(Q::OP_AND, parts.begin(), parts.end()));
}

void AddNames(std::string_view prefix, const std::vector<std::string>& names,
              std::vector<Q>* filters) {
  std::vector<Q> alternatives;
  for (const std::string& name : names)
    if (!NameWords(name).empty()) alternatives.push_back(NameQuery(prefix, name));
  // A filter whose every value is empty matches nothing, not everything.
  if (!names.empty() && alternatives.empty()) alternatives.push_back(Q::MatchNothing);
  if (!alternatives.empty())
    filters->push_back(Q(Q::OP_OR, alternatives.begin(), alternatives.end()));
}

std::string DateValue(const std::string& date) {
  std::string v;
  for (char c : date)
    if (c != '-') v += c;
  return v;
}

}  // namespace

BuiltQuery BuildQuery(const QueryNode& node) {
  BuiltQuery out{Build(node), std::nullopt};
  if (node.kind != QueryNode::Kind::kAnd) return out;
  std::vector<Q> positives, negatives;
  SplitAnd(node, &positives, &negatives);
  if (positives.size() >= 2) out.relaxed = Conjunction(positives, negatives, Q::OP_OR);
  return out;
}

Q FilterQuery(const Filters& f) {
  std::vector<Q> filters;
  if (!f.from.empty() || !f.to.empty()) {
    const std::string from = f.from.empty() ? "00000000" : DateValue(f.from);
    const std::string to = f.to.empty() ? "99999999" : DateValue(f.to);
    filters.emplace_back(Q::OP_VALUE_RANGE, kSlotDate, from, to);
  }
  AddNames(kSourcePrefix, f.sources, &filters);
  AddNames(EntityPrefix("PER"), f.persons, &filters);
  AddNames(EntityPrefix("ORG"), f.orgs, &filters);
  AddNames(EntityPrefix("LOC"), f.places, &filters);
  AddNames(kSpeakerPrefix, f.speakers, &filters);
  if (filters.empty()) return Q::MatchAll;
  return Q(Q::OP_AND, filters.begin(), filters.end());
}

}  // namespace khabar::index
