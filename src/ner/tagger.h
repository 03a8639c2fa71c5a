// The named-entity tagger: BIO tags (PER, LOC, ORG, MISC) for the tokens of
// a sentence, from a structured averaged perceptron with first-order
// Viterbi decoding (Collins 2002's training, hashed sparse features).
//
// Features of token i: its normalized form and stem (clitics off,
// morph::Segmenter), its proclitics, stem prefixes and suffixes, shape,
// the stems around it (two each side) and their pairs, its word cluster and
// its neighbours' (models/clusters.bin), how common it is in the news, and
// what the gazetteers say of it and of its neighbours (inside a country,
// after a title, before a nationality adjective ...).
//
// Model image (models/ner.bin, made by `khabar train ner`; integers
// little-endian):
//   "KHNER1\0\0" u32 num_features  f32 scale  f32 transitions[10][9]
//   u32 keys[num_features] (sorted)  i16 weights[num_features][9]
// weight = i16 * scale. Row 9 of transitions is the sentence start.
//
// Thread-safe: a Tagger is immutable after construction.

#ifndef KHABAR_NER_TAGGER_H_
#define KHABAR_NER_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/document.h"
#include "khabar/status.h"
#include "morph/segmenter.h"
#include "ner/gazetteer.h"

namespace khabar::ner {

enum Tag : uint8_t {
  kO, kBPer, kIPer, kBLoc, kILoc, kBOrg, kIOrg, kBMisc, kIMisc, kNumTags
};

// "O", "B-PER", ... ; TagFromName also reads ANERcorp's PERS, and gives -1
// for anything else.
std::string_view TagName(int tag);
int TagFromName(std::string_view name);
// PER, LOC, ORG, MISC for a B or I tag; "" for O.
std::string_view TagType(int tag);

// The entities a tag sequence marks, conlleval's way: a B-X and the I-X
// after it; an I-X that continues nothing starts an entity too.
struct TagSpan {
  std::string_view type;  // PER LOC ORG MISC
  size_t begin, end;      // tokens [begin, end)
};
std::vector<TagSpan> TagSpans(const std::vector<uint8_t>& tags);

// What the tagger reads of a token.
struct NerToken {
  std::string surface;
  std::string norm;  // search normalization
  std::string stem;  // clitics off, normalized (norm when not Arabic)
  uint16_t seg = 0;  // morph::Segmentation::code
  TokenKind kind = TokenKind::kOther;
};

// A token as the pipeline would see it: normalized, kind guessed from its
// characters, Arabic words segmented.
NerToken MakeNerToken(std::string_view surface,
                      const morph::Segmenter& segmenter);

struct TrainOptions {
  int epochs = 12;
  uint32_t seed = 20261129;  // sentence order per epoch
  int min_count = 2;         // features seen fewer times are not learned
};

class Tagger {
 public:
  // The model compiled into this binary, over Gazetteer::Default().
  static const Tagger& Default();

  static Result<Tagger> FromImage(std::string_view image,
                                  const Gazetteer* gazetteer);

  // Trains on sentences with gold tags; returns the model image. `log`
  // gets one line per epoch.
  static std::string Train(const std::vector<std::vector<NerToken>>& sentences,
                           const std::vector<std::vector<uint8_t>>& tags,
                           const Gazetteer& gazetteer,
                           const TrainOptions& options, std::string* log);

  // The best tag sequence for one sentence (valid BIO: I-X only after B-X
  // or I-X).
  std::vector<uint8_t> Tag(const std::vector<NerToken>& sentence) const;

  size_t num_features() const { return keys_.size(); }
  static double load_micros();

 private:
  float Weight(size_t row, int tag) const { return weights_[row * kNumTags + tag] * scale_; }
  const Gazetteer* gazetteer_ = nullptr;
  float scale_ = 1;
  float transitions_[kNumTags + 1][kNumTags] = {};
  std::vector<uint32_t> keys_;
  std::vector<int16_t> weights_;
  // Open addressing over keys_, the key kept in the slot so that a miss
  // reads one slot: row + 1 (0: empty).
  struct Slot {
    uint32_t key = 0;
    uint32_t row = 0;
  };
  std::vector<Slot> table_;
  int Row(uint32_t key) const;
};

// Word clusters (models/clusters.bin, tools/train_clusters): a stem's
// cluster number + 1 as its "count"; nullptr when the binary has none.
const morph::WordCounts* Clusters();

// The features of every token of a sentence, hashed: (*out)[i] for token i.
void SentenceFeatures(const std::vector<NerToken>& sentence,
                      const Gazetteer& gazetteer,
                      std::vector<std::vector<uint32_t>>* out);

}  // namespace khabar::ner

#endif  // KHABAR_NER_TAGGER_H_
