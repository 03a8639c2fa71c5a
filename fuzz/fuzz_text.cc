// Fuzzes the text core on any bytes: Normalize must be idempotent and give
// valid UTF-8; Tokenize's spans must lie inside the range, in order, not
// overlapping, non-empty, with only whitespace and format controls left
// between them, and a word's norm must be Normalize(surface). Any broken
// property aborts, so libFuzzer keeps the input. The same input is also
// tokenized over a sub-range (chosen from its first bytes) to exercise cuts
// inside a code point.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "khabar/document.h"
#include "text/char_class.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace {

using khabar::Span;
using khabar::Token;
using khabar::TokenKind;

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_text: %s\n", what);
    std::abort();
  }
}

bool OnlyInvisible(std::string_view text, uint32_t begin, uint32_t end) {
  namespace internal = khabar::text::internal;
  for (size_t i = begin; i < end;) {
    int32_t cp;
    i = internal::DecodeChar(text.data(), i, end, &cp);
    if (cp < 0) return false;
    const auto cls = internal::LookupChar(static_cast<char32_t>(cp)).cls;
    if (cls != internal::CharClass::kSpace &&
        cls != internal::CharClass::kFormat) {
      return false;
    }
  }
  return true;
}

void CheckNormalize(std::string_view text) {
  const std::string once = khabar::text::Normalize(text);
  Check(khabar::base::IsValidUtf8(once), "Normalize gave invalid UTF-8");
  Check(khabar::text::Normalize(once) == once, "Normalize is not idempotent");
}

void CheckTokenize(std::string_view text, Span range) {
  std::vector<Token> tokens;
  khabar::text::Tokenize(text, range, &tokens);
  uint32_t last = range.begin;
  for (const Token& t : tokens) {
    Check(t.span.begin >= last, "token spans out of order or overlapping");
    Check(t.span.begin < t.span.end, "empty token");
    Check(t.span.end <= range.end, "token past the end of the range");
    Check(OnlyInvisible(text, last, t.span.begin), "text lost between tokens");
    const std::string_view surface = t.span.Of(text);
    const bool verbatim =
        t.kind == TokenKind::kPunct || t.kind == TokenKind::kUrl;
    Check(t.norm == (verbatim ? std::string(surface)
                              : khabar::text::Normalize(surface)),
          "token norm is not the normalization of its surface");
    last = t.span.end;
  }
  Check(OnlyInvisible(text, last, range.end), "text lost at the end");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckNormalize(text);
  const auto n = static_cast<uint32_t>(size);
  CheckTokenize(text, Span{0, n});
  if (size >= 2) {
    const uint32_t begin = data[0] % (n + 1);
    const uint32_t end = begin + data[1] % (n - begin + 1);
    CheckTokenize(text, Span{begin, end});
  }
  return 0;
}
