// The acceptance test on the seed article: the document part of
// ../shared/gold/000_5aa78d3e4e24ad41.expected.json.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "khabar/pipeline.h"
#include "khabar/reader.h"
#include "test_util.h"
#include "text/normalizer.h"

namespace khabar {
namespace {

using nlohmann::json;

class Collect : public ReadSink {
 public:
  void OnArticle(RawArticle&& a) override { articles.push_back(std::move(a)); }
  void OnSkip(const std::string& where, const std::string& why) override {
    ADD_FAILURE() << "skipped " << where << ": " << why;
  }
  std::vector<RawArticle> articles;
};

class SeedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string shared = testing::SharedDir();
    if (shared.empty()) GTEST_SKIP() << "../shared is absent: no seed to test";
    const std::string name = "000_5aa78d3e4e24ad41";
    full_gold_ = json::parse(
        testing::ReadFile(shared + "/gold/" + name + ".expected.json"));
    gold_ = full_gold_["document"];
    Collect sink;
    ASSERT_TRUE(ReadPath(shared + "/seeds/" + name + ".txt", {}, &sink).ok());
    ASSERT_EQ(sink.articles.size(), 1u);
    AnalyzeOptions options;
    options.tokens = true;
    record_ = pipeline_.Analyze(sink.articles[0], options);
  }

  Pipeline pipeline_;
  json full_gold_;
  json gold_;
  Record record_;
};

TEST_F(SeedTest, Header) {
  EXPECT_EQ(record_.date, gold_["date"]);
  EXPECT_EQ(record_.url, gold_["url"]);
  EXPECT_EQ(record_.title, gold_["title"]);
  EXPECT_TRUE(record_.lede.starts_with(gold_["lede_starts_with"].get<std::string>()));
  EXPECT_EQ(record_.id.size(), 16u);
  EXPECT_TRUE(record_.warnings.empty()) << record_.warnings[0];
}

TEST_F(SeedTest, Dateline) {
  ASSERT_TRUE(record_.dateline.has_value());
  EXPECT_EQ(record_.dateline->date, gold_["dateline"]["date"]);
  EXPECT_EQ(record_.dateline->source, gold_["dateline"]["source"]);
  EXPECT_EQ(record_.dateline->span.Of(record_.text), "22.01.2026, سبوتنيك عربي");
}

TEST_F(SeedTest, SectionHeadings) {
  std::vector<std::string> headings;
  for (const Section& s : record_.sections)
    if (!s.heading.empty()) headings.emplace_back(s.heading.Of(record_.text));
  EXPECT_EQ(headings, gold_["section_headings"].get<std::vector<std::string>>());
  // Each section's text starts with the sentence the heading was glued to.
  for (const Section& s : record_.sections) {
    if (!s.heading.empty()) {
      EXPECT_TRUE(s.span.Of(record_.text).starts_with("وقال"));
    }
  }
}

TEST_F(SeedTest, GluedHeadingRepairs) {
  for (const json& want : gold_["repairs"]) {
    const std::string raw = want["raw"];
    std::string fixed = want["fixed"];
    fixed.replace(fixed.find(" | "), 3, "\n");
    const bool found = std::any_of(
        record_.repairs.begin(), record_.repairs.end(), [&](const Repair& r) {
          return r.kind == "glued_heading" && r.before == raw && r.after == fixed;
        });
    EXPECT_TRUE(found) << "no repair of " << raw;
  }
}

TEST_F(SeedTest, BodySentences) {
  int in_body = 0;
  for (const Span& s : record_.sentences)
    in_body += s.begin >= record_.body_span.begin;
  EXPECT_GE(in_body, gold_["sentences_in_body_at_least"].get<int>());
  // No sentence runs a heading into its text.
  for (const Span& s : record_.sentences)
    EXPECT_EQ(s.Of(record_.text).find("بوتينوقال"), std::string::npos);
}

TEST_F(SeedTest, SpansAndTokens) {
  testing::ExpectSpansValid(record_);
  ASSERT_GT(record_.tokens.size(), 300u);
  for (const Token& t : record_.tokens)
    EXPECT_EQ(t.norm, text::Normalize(t.span.Of(record_.text)))
        << t.span.Of(record_.text);
  // The glued word is gone from the tokens.
  for (const Token& t : record_.tokens)
    EXPECT_NE(t.span.Of(record_.text), "بوتينوقال");
}

}  // namespace
}  // namespace khabar

namespace khabar {
namespace {

// The record carries the extractors' results (their own tests check the
// values against the gold; here: they reach the record, spans exact).
TEST_F(SeedTest, QuantitiesAndTimesReachTheRecord) {
  EXPECT_GE(record_.quantities.size(), 5u);
  EXPECT_GE(record_.times.size(), 6u);
  const bool has_800 = std::any_of(
      record_.quantities.begin(), record_.quantities.end(),
      [](const Quantity& q) { return q.value == 800 && q.unit == "طن"; });
  EXPECT_TRUE(has_800);
  const bool has_yesterday = std::any_of(
      record_.times.begin(), record_.times.end(),
      [](const TimeExpr& t) { return t.value == "2026-01-21"; });
  EXPECT_TRUE(has_yesterday);
}

// The gold's 11 entities, each with its type (or an acceptable one) and
// the mentions it must include; none of its not_entities as a mention.
// A gold mention is matched by a mention's text, by that text less a
// leading conjunction or preposition (ونظيره الفلسطيني for نظيره
// الفلسطيني), or by a title mention followed by a name mention (الرئيس +
// فلاديمير بوتين).
TEST_F(SeedTest, Entities) {
  testing::ExpectSpansValid(record_);
  std::vector<std::string> found;
  for (const Entity& e : record_.entities) found.push_back(e.canonical);
  for (const json& g : full_gold_["entities"]) {
    const std::string canonical = g["canonical"];
    const auto it = std::find_if(record_.entities.begin(), record_.entities.end(),
                                 [&](const Entity& e) { return e.canonical == canonical; });
    if (it == record_.entities.end()) {
      ADD_FAILURE() << "missing entity " << canonical;
      continue;
    }
    std::vector<std::string> types = {g["type"]};
    if (g.contains("acceptable_types"))
      for (const json& t : g["acceptable_types"]) types.push_back(t);
    EXPECT_NE(std::find(types.begin(), types.end(), it->type), types.end())
        << canonical << " typed " << it->type;
    std::vector<std::string> texts;
    for (size_t i = 0; i < it->mentions.size(); ++i) {
      const EntityMention& m = it->mentions[i];
      texts.push_back(m.text);
      if (m.text.rfind("و", 0) == 0 || m.text.rfind("ل", 0) == 0 ||
          m.text.rfind("ب", 0) == 0)
        texts.push_back(m.text.substr(2));
      if (i + 1 < it->mentions.size() && m.kind == "title")
        texts.push_back(m.text + " " + it->mentions[i + 1].text);
    }
    if (g.contains("mentions_include")) {
      for (const json& want : g["mentions_include"]) {
        EXPECT_NE(std::find(texts.begin(), texts.end(), want.get<std::string>()),
                  texts.end())
            << canonical << ": no mention " << want.get<std::string>();
      }
    }
  }
  for (const json& no : full_gold_["not_entities"]) {
    for (const Entity& e : record_.entities)
      for (const EntityMention& m : e.mentions)
        EXPECT_NE(m.text, no.get<std::string>()) << "in entity " << e.canonical;
  }
}

}  // namespace
}  // namespace khabar

namespace khabar {
namespace {

const Entity* EntityById(const Record& r, const std::string& id) {
  for (const Entity& e : r.entities)
    if (e.id == id) return &e;
  return nullptr;
}

// The gold's 11 quotes: each found by the start of its text, with its
// kind, cue and speaker (the speaker's entity has the gold's canonical
// name).
TEST_F(SeedTest, Quotes) {
  const json& gold = full_gold_["quotes"];
  ASSERT_EQ(gold.size(), 11u);
  for (const json& want : gold) {
    const std::string start = want["text_starts_with"];
    const auto q = std::find_if(record_.quotes.begin(), record_.quotes.end(),
                                [&](const Quote& q) { return q.text.starts_with(start); });
    ASSERT_NE(q, record_.quotes.end()) << "no quote starting " << start;
    EXPECT_EQ(q->kind, want["kind"]) << start;
    EXPECT_EQ(q->cue, want["cue"]) << start;
    const Entity* speaker = EntityById(record_, q->speaker);
    ASSERT_NE(speaker, nullptr) << "no speaker entity for " << start;
    EXPECT_EQ(speaker->canonical, want["speaker"]) << start;
    EXPECT_EQ(q->speaker_text, speaker->canonical);
  }
  // The headline "بوتين: ..." is Putin's too; nothing else is a quote.
  EXPECT_LE(record_.quotes.size(), gold.size() + 1);
}

TEST_F(SeedTest, MeetingEvent) {
  const json& want = full_gold_["events"][0];
  const auto e = std::find_if(record_.events.begin(), record_.events.end(),
                              [&](const Event& e) { return e.type == want["type"]; });
  ASSERT_NE(e, record_.events.end());
  std::vector<std::string> participants;
  for (const std::string& id : e->participants)
    participants.push_back(EntityById(record_, id)->canonical);
  EXPECT_EQ(participants, want["participants"].get<std::vector<std::string>>());
  ASSERT_NE(EntityById(record_, e->place), nullptr);
  EXPECT_EQ(EntityById(record_, e->place)->canonical, want["place"]);
  EXPECT_EQ(e->date, want["date"]);
  for (const std::string topic : want["topics_include"])
    EXPECT_NE(std::find(e->topics.begin(), e->topics.end(), topic), e->topics.end())
        << topic;
  EXPECT_EQ(record_.events.size(), 1u);
}

}  // namespace
}  // namespace khabar
