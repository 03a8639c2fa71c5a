// The analysis pipeline: RawArticle in, Record out.
//
//   Resources   loaded once (the lexicon), immutable, shared by threads.
//   Pipeline    const after construction; Analyze() is safe to call
//               concurrently on different articles.
//
// Stages, in order: UTF-8 repair -> cleaner (NFC, invisible marks, glued
// headings and sentences, doubled spaces) -> structure (title, lede,
// dateline, sections, paragraphs) -> sentences -> tokens.

#ifndef KHABAR_PIPELINE_H_
#define KHABAR_PIPELINE_H_

#include <memory>

#include "khabar/document.h"
#include "khabar/reader.h"
#include "khabar/status.h"

namespace khabar {

namespace text {
class Lexicon;
}

struct AnalyzeOptions {
  bool tokens = false;  // fill Record::tokens. Default: off.
};

class Pipeline {
 public:
  // Uses the lexicon compiled into the binary.
  Pipeline();
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Never fails: whatever the bytes, a Record comes back, with warnings for
  // what was wrong.
  Record Analyze(const RawArticle& article,
                 const AnalyzeOptions& options = {}) const;

 private:
  const text::Lexicon* lexicon_;  // not owned; the embedded default
};

}  // namespace khabar

#endif  // KHABAR_PIPELINE_H_
