// Test helpers: run both extractors over a string, and check that every
// span names its text.

#ifndef KHABAR_EXTRACT_EXTRACT_TESTING_H_
#define KHABAR_EXTRACT_EXTRACT_TESTING_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "text/tokenizer.h"

namespace khabar::extract::testing {

struct Found {
  std::vector<Quantity> quantities;
  std::vector<TimeExpr> times;
  std::vector<std::string> warnings;
};

inline void ExpectSpansExact(std::string_view text, const Found& f) {
  for (const Quantity& q : f.quantities) {
    EXPECT_LE(q.span.end, text.size());
    EXPECT_EQ(q.span.Of(text), q.text);
    if (!q.counted.empty()) {
      EXPECT_EQ(q.counted_span.Of(text), q.counted);
    }
  }
  for (const TimeExpr& t : f.times) {
    EXPECT_LE(t.span.end, text.size());
    EXPECT_EQ(t.span.Of(text), t.text);
  }
}

inline Found Extract(std::string_view text, std::string_view date) {
  const std::vector<Token> tokens = text::Tokenize(text);
  const std::vector<Span> sentences;
  const ExtractInput in{text, tokens, sentences, date};
  Found f;
  ExtractQuantities(in, &f.quantities);
  ExtractTimes(in, &f.times, &f.warnings);
  ExpectSpansExact(text, f);
  return f;
}

}  // namespace khabar::extract::testing

#endif  // KHABAR_EXTRACT_EXTRACT_TESTING_H_
