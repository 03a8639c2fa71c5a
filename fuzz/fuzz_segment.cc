// Fuzzes the clitic segmenter on any bytes: every Arabic token of the input
// (and the whole input, as one "word") must segment into pieces that tile
// the word, in order, on code point boundaries, with a non-empty stem; the
// code must decode back to the same pieces; Joined and Stem must give valid
// UTF-8, and a token's StemOf (from its norm) must be the Stem of its
// surface. Any broken property aborts, so libFuzzer keeps the input.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "khabar/document.h"
#include "morph/segmenter.h"
#include "text/tokenizer.h"

namespace {

using khabar::morph::Segmentation;
using khabar::morph::Segmenter;

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_segment: %s\n", what);
    std::abort();
  }
}

bool OnBoundary(std::string_view w, uint32_t at) {
  return at == w.size() ||
         (at < w.size() && (static_cast<unsigned char>(w[at]) & 0xC0) != 0x80);
}

void CheckWord(std::string_view word) {
  const Segmenter& s = Segmenter::Default();
  const Segmentation seg = s.Segment(word);
  Check(seg.word_end == word.size(), "word_end is not the word's size");
  uint32_t at = 0;
  for (int i = 0; i < seg.num_proclitics; ++i) {
    Check(seg.proclitic_end[i] > at, "empty or backwards proclitic");
    Check(OnBoundary(word, seg.proclitic_end[i]), "proclitic splits a char");
    at = seg.proclitic_end[i];
  }
  Check(seg.stem_begin == at, "gap before the stem");
  Check(seg.stem_end >= seg.stem_begin && seg.stem_end <= seg.word_end,
        "stem out of the word");
  Check(OnBoundary(word, seg.stem_end), "enclitic splits a char");
  if (seg.split()) Check(seg.stem_end > seg.stem_begin, "empty stem");
  const Segmentation again = Segmenter::Decode(word, seg.code);
  Check(again.stem_begin == seg.stem_begin && again.stem_end == seg.stem_end &&
            again.num_proclitics == seg.num_proclitics,
        "Decode(code) differs from Segment");
  if (khabar::base::IsValidUtf8(word)) {
    Check(khabar::base::IsValidUtf8(Segmenter::Joined(word, seg)),
          "Joined gave invalid UTF-8");
    Check(khabar::base::IsValidUtf8(Segmenter::Stem(word, seg)),
          "Stem gave invalid UTF-8");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckWord(text);
  std::vector<khabar::Token> tokens;
  khabar::text::Tokenize(text, khabar::Span{0, static_cast<uint32_t>(size)},
                         &tokens);
  khabar::morph::SegmentTokens(Segmenter::Default(), text, &tokens);
  for (const khabar::Token& t : tokens) {
    if (t.kind != khabar::TokenKind::kArabic) continue;
    CheckWord(t.span.Of(text));
    const std::string_view word = t.span.Of(text);
    Check(khabar::morph::StemOf(t, text) ==
              Segmenter::Stem(word, Segmenter::Decode(word, t.seg)),
          "StemOf differs from Stem");
  }
  return 0;
}
