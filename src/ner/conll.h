// CoNLL files (`token TAG` per line, a blank line between sentences) and
// entity-level scoring as conlleval does it: an entity is right when its
// type and both ends are.

#ifndef KHABAR_NER_CONLL_H_
#define KHABAR_NER_CONLL_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "khabar/status.h"

namespace khabar::ner {

struct ConllSentence {
  std::vector<std::string> tokens;
  std::vector<uint8_t> tags;  // ner::Tag
  int line = 0;               // where it starts, 1-based
};

// Reads `path`. Tags are BIO over PER (or ANERcorp's PERS), LOC, ORG, MISC;
// any other tag is an error naming the line.
Result<std::vector<ConllSentence>> ReadConll(const std::string& path);

// The fixed dev carve of a training file: every tenth sentence (index % 10
// == 9), so dev spreads over the whole file.
inline bool IsDevSentence(size_t index) { return index % 10 == 9; }

struct TypeScore {
  size_t gold = 0, guessed = 0, correct = 0;
  double precision() const { return guessed ? double(correct) / guessed : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct NerScore {
  std::map<std::string, TypeScore> by_type;  // PER LOC ORG MISC
  TypeScore micro;
  size_t tokens = 0, tokens_right = 0;
  void Add(const std::vector<uint8_t>& gold, const std::vector<uint8_t>& guess);
};

}  // namespace khabar::ner

#endif  // KHABAR_NER_CONLL_H_
