// The named-entity tagger: BIO tags (PER, LOC, ORG, MISC) for the tokens of
// a sentence, from a structured averaged perceptron with first-order
// Viterbi decoding (Collins 2002's training, hashed sparse features; the
// model is the mean of a few perceptrons that saw the data in different
// orders).
//
// Features of token i (features.h): its normalized form and stem (clitics
// off, morph::Segmenter), its proclitics, stem prefixes and suffixes (one
// to three letters), shape, the stems around it (two each side) and their
// pairs, its word cluster and its neighbours' (models/clusters.bin), how
// common it is in the news, and what the gazetteers say of it and of its
// neighbours (inside a country, after a title, before a nationality
// adjective ...).
//
// How tagging stays cheap (word_scores.cc). Most features of token i
// depend on one word only: i's own (its stem, suffixes, cluster ...) or one
// neighbour's (the stem before it ...). Their weights are summed once per
// distinct word, in five rows (the word's own features, and what it gives
// the tokens one and two before and after it), and kept in a per-thread
// cache of recent words; a sentence then costs, per token, one cache probe,
// the few features of two words (stem pairs, cluster pair), the gazetteer
// context (small precomputed tables) and Viterbi over the allowed BIO
// transitions. Weights are summed as integers, so the order of the sum
// does not matter: the fast path gives exactly the sums of SentenceFeatures
// (tested).
//
// Model image (models/ner.bin, made by `khabar train ner`; integers
// little-endian):
//   "KHNER1\0\0" u32 num_features  f32 scale  f32 transitions[10][9]
//   u32 keys[num_features] (sorted)  i16 weights[num_features][9]
// weight = i16 * scale. Row 9 of transitions is the sentence start.
//
// Thread-safe: a Tagger is immutable after construction; each thread keeps
// its own word cache.

#ifndef KHABAR_NER_TAGGER_H_
#define KHABAR_NER_TAGGER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
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

// A token on the hot path: views, nothing copied. The surface, kind and
// segmentation must be what the pipeline gives (Token), norm the surface's
// search normalization.
struct WordRef {
  std::string_view surface;
  std::string_view norm;
  uint16_t seg = 0;
  TokenKind kind = TokenKind::kOther;
  // The stem when the caller has it (NerToken::stem); else the tagger cuts
  // it out of norm and seg (morph::StemOf), once per distinct word.
  std::optional<std::string_view> stem;
};

// Per tag, summed integer weights (score = sum * scale).
using TagSums = std::array<int32_t, kNumTags>;

// What one sentence's tagging needs, reused from sentence to sentence so
// that a warm tagger allocates nothing. One per thread.
class TagScratch {
 public:
  // After ScoreWords: each token's gazetteer hashes, for Gazetteer::Match.
  const std::vector<GazetteerWord>& words() const { return gaz_; }

 private:
  friend class Tagger;
  struct WordValues {
    uint16_t cluster = 0;       // word cluster + 1; 0: none
    int32_t gaz_stem_row = -1;  // GazStem(nothing, stem)'s row, or -1
    // Mix(template, value) of the features of two words, this one first
    // (word_scores.cc: Pair).
    std::array<uint64_t, 4> pair{};
  };
  std::vector<GazetteerWord> gaz_;
  std::vector<WordValues> values_;
  std::vector<TagSums> sums_;  // 2 cells of margin each side
  std::vector<uint64_t> keys_;     // word cache keys
  std::vector<uint32_t> pair_keys_;  // features of two words
  std::vector<int> pair_rows_;
  std::vector<int> coarse_index_;  // gazetteer class of each token (Fixed)
  std::vector<GazetteerMatch> matches_;
  std::vector<std::array<float, kNumTags>> emit_, best_;
};

struct TrainOptions {
  int epochs = 12;
  uint32_t seed = 20261129;  // sentence order per epoch
  int min_count = 2;         // features seen fewer times are not learned
  // Perceptrons trained (seeds seed, seed + 1 ...) whose weights are
  // averaged into the model (tagger_train.cc says why).
  int runs = 4;
};

class Tagger {
 public:
  // The model compiled into this binary, over Gazetteer::Default().
  static const Tagger& Default();

  // REQUIRES: `gazetteer` outlives the tagger and holds all its entries
  // (no AddTsv after: the tagger keeps what it says of words and classes).
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

  // The same in two steps, for a caller that shares the gazetteer's
  // matches (the entity layer): ScoreWords reads each word's sums from the
  // word cache into *scratch; then, with gazetteer().Match over
  // scratch->words() (use_whole false) in `matches`, BestTags adds the
  // features that depend on neighbours and decodes into *tags.
  void ScoreWords(const WordRef* words, size_t n, TagScratch* scratch) const;
  void BestTags(const std::vector<GazetteerMatch>& matches,
                TagScratch* scratch, std::vector<uint8_t>* tags) const;

  // The same tags the plain way: SentenceFeatures, each feature's weights
  // looked up and summed, Viterbi. Slow; for tests and for trying new
  // features before the fast path knows them (tools/ner_cv).
  std::vector<uint8_t> TagPlain(const std::vector<NerToken>& sentence) const;

  // Each token's summed weights, before Viterbi (the fast path's; tests
  // compare them with FeatureSums over SentenceFeatures).
  std::vector<TagSums> Sums(const std::vector<NerToken>& sentence) const;
  // The weights of one hashed feature; zeros when the model lacks it.
  TagSums FeatureSums(uint32_t key) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }
  size_t num_features() const { return keys_.size(); }
  static double load_micros();

 private:
  // Sums of the feature rows that do not depend on the sentence: at its
  // edges, and the gazetteer context by class (word_scores.cc).
  struct Fixed;
  struct Word;
  // Sets the id and the Fixed sums; the last step of loading.
  void Prepare();
  void PrepareEdges(Fixed* fixed) const;
  void PrepareGazetteerContext(Fixed* fixed) const;
  Word* Cache() const;  // this thread's word cache for this tagger
  void FillWord(const WordRef& w, Word* out) const;
  // ScoreWords over `sentence`, then the gazetteer's matches into
  // scratch->matches_: what Tag and Sums both start with.
  void ScoreSentence(const std::vector<NerToken>& sentence, TagScratch* scratch) const;
  void AddContext(TagScratch* s, size_t n) const;
  void AddGazetteer(const std::vector<GazetteerMatch>& matches, TagScratch* s,
                    size_t n) const;
  void AddRow(int row, int32_t* sums) const {
    if (row < 0) return;
    const int16_t* w = &weights_[size_t(row) * kNumTags];
    for (int t = 0; t < kNumTags; ++t) sums[t] += w[t];
  }
  void AddFeature(uint32_t key, int32_t* sums) const { AddRow(Row(key), sums); }
  bool MaybeIn(uint32_t key) const {
    const uint32_t bit = (key * 0x9E3779B1u) >> (32 - kFilterBits);
    return (filter_[bit >> 6] >> (bit & 63) & 1) != 0;
  }
  int Row(uint32_t key) const { return MaybeIn(key) ? Probe(key) : -1; }
  // Row() of keys[0, n) into rows[0, n), all probes issued before any is
  // read so that their cache misses overlap.
  void Rows(const uint32_t* keys, size_t n, int* rows) const;
  int Probe(uint32_t key) const;

  // One bit per hash of the model's keys (2^20 bits, 128 KiB, in cache):
  // most features a text has are not in the model, and a clear bit says
  // so without probing the table.
  static constexpr int kFilterBits = 20;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(size_t{1} << (kFilterBits - 6));

  const Gazetteer* gazetteer_ = nullptr;
  uint64_t id_ = 0;  // names this tagger's entries in the word cache
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
  std::shared_ptr<const Fixed> fixed_;
};

// Word clusters (models/clusters.bin, tools/train_clusters): a stem's
// cluster number + 1 as its "count"; nullptr when the binary has none.
const morph::WordCounts* Clusters();

}  // namespace khabar::ner

#endif  // KHABAR_NER_TAGGER_H_
