// All of SaudiNewsNet through the pipeline: every article read, every record
// valid UTF-8 and valid JSON, every span exact. Skips when ../shared/data is
// absent.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <map>

#include "base/utf8.h"
#include "khabar/pipeline.h"
#include "khabar/reader.h"
#include "khabar/record_json.h"
#include "morph/segmenter.h"
#include "test_util.h"

namespace khabar {
namespace {

class CheckSink : public ReadSink {
 public:
  explicit CheckSink(const Pipeline& p) : pipeline_(p) { options_.tokens = true; }

  void OnArticle(RawArticle&& a) override {
    const Record r = pipeline_.Analyze(a, options_);
    ++records;
    testing::ExpectSpansValid(r);
    EXPECT_TRUE(base::IsValidUtf8(r.text)) << r.origin;
    const std::string line = RecordToJson(r);
    EXPECT_TRUE(nlohmann::json::accept(line)) << r.origin;
    ids[r.id]++;
    for (const Repair& rep : r.repairs) ++repairs[rep.kind];
    for (const Section& s : r.sections) headings += !s.heading.empty();
    sentences += r.sentences.size();
    tokens += r.tokens.size();
    // The segmentation of every Arabic word decodes to pieces inside it.
    for (const Token& t : r.tokens) {
      if (t.kind != TokenKind::kArabic) continue;
      const std::string_view word = t.span.Of(r.text);
      const morph::Segmentation seg = morph::Segmenter::Decode(word, t.seg);
      EXPECT_EQ(seg.code, t.seg) << word << " in " << r.origin;
      EXPECT_LE(seg.stem_begin, seg.stem_end) << word << " in " << r.origin;
      EXPECT_EQ(seg.word_end, word.size()) << word << " in " << r.origin;
      EXPECT_FALSE(morph::StemOf(t, r.text).empty()) << word << " in " << r.origin;
      ++arabic;
      split += seg.split();
    }
    bytes += r.text.size();
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    ADD_FAILURE() << "skipped " << where << ": " << why;
  }

  size_t records = 0, headings = 0, sentences = 0, tokens = 0, bytes = 0;
  size_t arabic = 0, split = 0;
  std::map<std::string, size_t> ids, repairs;

 private:
  const Pipeline& pipeline_;
  AnalyzeOptions options_;
};

TEST(SaudiNewsNet, EveryArticleBecomesAValidRecord) {
  const std::string shared = testing::SharedDir();
  const std::string dir = shared + "/data/saudinewsnet";
  if (shared.empty() || !std::filesystem::is_directory(dir))
    GTEST_SKIP() << "../shared/data/saudinewsnet is absent";
  const Pipeline pipeline;
  CheckSink sink(pipeline);
  ASSERT_TRUE(ReadPath(dir, {}, &sink).ok());
  EXPECT_EQ(sink.records, 31030u);
  std::cout << "records " << sink.records << ", distinct ids "
            << sink.ids.size() << ", text " << sink.bytes / 1e6 << " MB, "
            << sink.sentences << " sentences, " << sink.tokens
            << " tokens (" << sink.arabic << " Arabic words, " << sink.split
            << " with clitics split off), " << sink.headings
            << " section headings\nrepairs:";
  for (const auto& [kind, n] : sink.repairs) std::cout << ' ' << kind << '=' << n;
  std::cout << '\n';
  // Ids are hashes of URLs: SaudiNewsNet repeats a few articles, no more.
  EXPECT_GT(sink.ids.size(), sink.records * 9 / 10);
}

}  // namespace
}  // namespace khabar
