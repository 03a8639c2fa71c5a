// Quotes and events through the whole pipeline: the golden suite
// (tests/golden/quotes/cases.tsv), the tables, and events.

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "khabar/pipeline.h"
#include "quotes/quotes.h"
#include "test_util.h"
#include "text/normalizer.h"

namespace khabar {
namespace {

Record Analyze(const std::string& title, const std::string& body) {
  static const Pipeline pipeline;
  RawArticle a;
  a.origin = "test";
  a.date = "2026-01-22";
  a.title = title;
  a.body = body;
  Record r = pipeline.Analyze(a, {});
  testing::ExpectSpansValid(r);
  return r;
}

std::vector<std::string> SplitOn(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t at = 0;
  for (size_t end; (end = s.find(sep, at)) != std::string::npos; at = end + sep.size())
    out.push_back(s.substr(at, end - at));
  out.push_back(s.substr(at));
  return out;
}

std::string Unescape(std::string s) {
  for (size_t at; (at = s.find("\\n")) != std::string::npos;) s.replace(at, 2, "\n");
  return s;
}

// Speakers compare in search normalization, and a part names the whole:
// "بوتين" is "فلاديمير بوتين"; "~" separates names that are all right.
bool SpeakerMatches(const Quote& q, const std::string& want) {
  const std::string got = text::Normalize(q.speaker_text);
  if (want == "?") return got.empty();
  for (const std::string& name : SplitOn(want, "~")) {
    const std::string w = text::Normalize(name);
    if (!got.empty() && (got.find(w) != std::string::npos || w.find(got) != std::string::npos))
      return true;
  }
  return false;
}

std::string Describe(const Quote& q) {
  return q.kind + "/" + (q.speaker_text.empty() ? "?" : q.speaker_text) + "/" + q.cue +
         "/" + q.text.substr(0, 40) + " (" + q.speaker_from + ")";
}

struct Tally {
  size_t expected = 0, found = 0, right = 0, speaker_right = 0;
};

TEST(QuotesGolden, Suite) {
  const std::string file = testing::SourceDir() + "/tests/golden/quotes/cases.tsv";
  std::istringstream in(testing::ReadFile(file));
  ASSERT_TRUE(in.good()) << file;
  Tally tally;
  size_t cases = 0;
  std::string line;
  std::ostringstream misses;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = SplitOn(line, "\t");
    ASSERT_EQ(f.size(), 4u) << "malformed line: " << line;
    ++cases;
    const Record r = Analyze(f[1], Unescape(f[2]));
    std::vector<std::string> want;
    if (f[3] != "-") want = SplitOn(f[3], " | ");
    tally.expected += want.size();
    tally.found += r.quotes.size();
    std::vector<bool> used(r.quotes.size(), false);
    for (const std::string& w : want) {
      const std::vector<std::string> part = SplitOn(w, "/");
      ASSERT_EQ(part.size(), 4u) << f[0] << ": " << w;
      bool right = false, speaker = false;
      for (size_t k = 0; k < r.quotes.size() && !right; ++k) {
        const Quote& q = r.quotes[k];
        if (used[k] || !q.text.starts_with(part[3])) continue;
        used[k] = true;
        speaker = SpeakerMatches(q, part[1]);
        right = speaker && q.kind == part[0] && q.cue == part[2];
      }
      tally.right += right;
      tally.speaker_right += speaker;
      if (!right) {
        misses << f[0] << ": want " << w << "; got";
        for (const Quote& q : r.quotes) misses << " [" << Describe(q) << "]";
        misses << "; entities";
        for (const Entity& e : r.entities) misses << " [" << e.canonical << " " << e.type << "]";
        misses << "\n";
      }
    }
    for (size_t k = 0; k < r.quotes.size(); ++k)
      if (!used[k]) misses << f[0] << ": extra " << Describe(r.quotes[k]) << "\n";
  }
  EXPECT_GE(cases, 80u);
  const double recall = double(tally.right) / tally.expected;
  const double precision = double(tally.right) / std::max<size_t>(tally.found, 1);
  const double speakers = double(tally.speaker_right) / tally.expected;
  std::printf("quotes golden: %zu cases, %zu quotes expected, %zu found, %zu right: "
              "P %.3f R %.3f, speakers %.3f\n%s",
              cases, tally.expected, tally.found, tally.right, precision, recall,
              speakers, misses.str().c_str());
  // Floors under today's figures: a change that loses quotes fails here;
  // the misses above say which.
  EXPECT_GE(recall, 0.90);
  EXPECT_GE(precision, 0.90);
  EXPECT_GE(speakers, 0.90);
}

TEST(Quotes, DirectIndirectAndContinuation) {
  const Record r = Analyze("",
      "وقال بوتين: \"سنواصل العمل\". وتابع: \"لكن علينا أن ننتظر\". "
      "وأكدت وزارة الخارجية الروسية أن الاجتماع سيعقد غدا.");
  ASSERT_EQ(r.quotes.size(), 3u);
  EXPECT_EQ(r.quotes[0].kind, "direct");
  EXPECT_EQ(r.quotes[0].text, "سنواصل العمل");
  EXPECT_EQ(r.quotes[0].speaker_from, "subject");
  ASSERT_TRUE(r.quotes[0].speaker_span.has_value());
  EXPECT_EQ(r.quotes[0].speaker_span->Of(r.text), "بوتين");
  EXPECT_EQ(r.quotes[0].cue_span.Of(r.text), "وقال");
  EXPECT_EQ(r.quotes[1].speaker, r.quotes[0].speaker);
  EXPECT_EQ(r.quotes[1].speaker_from, "continuation");
  EXPECT_FALSE(r.quotes[1].speaker_span.has_value());
  EXPECT_EQ(r.quotes[2].kind, "indirect");
  EXPECT_EQ(r.quotes[2].text, "الاجتماع سيعقد غدا");
  EXPECT_NE(r.quotes[2].speaker, r.quotes[0].speaker);
}

TEST(Quotes, UnclosedMarkRunsToTheParagraphEnd) {
  const Record r = Analyze("", "وقال بوتين: \"سنواصل العمل مع الجميع\nوفي خبر آخر.");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].text, "سنواصل العمل مع الجميع");
}

TEST(Quotes, NothingFromEmptyOrMarkOnlyText) {
  EXPECT_TRUE(Analyze("", "").quotes.empty());
  EXPECT_TRUE(Analyze("", "\" \" « » “").quotes.empty());
  EXPECT_TRUE(Analyze("", "وقال").quotes.empty());
  EXPECT_TRUE(Analyze("", "وقال: \"").quotes.empty());
}

TEST(QuoteTables, ReadsFormsAndNamesBadLines) {
  std::vector<std::string> errors;
  const quotes::Tables t(
      "# comment\nقال\tقال قالت\tيقول\tقائلا\nبين\tبين\t\t\tambiguous\nbroken line\n"
      "كتب\tكتب\tيكتب\tكاتبا\tstrange\n",
      "محادثات\tmeeting\nاتصال هاتفي\tcall\nوقع\tagreement\nاتفاقية\tagreement_object\n"
      "bad\n",
      &errors);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], "cues.tsv:4: want lemma, past, present, participle[, flags]");
  EXPECT_EQ(errors[1], "cues.tsv:5: unknown flag 'strange'");
  EXPECT_EQ(errors[2], "events.tsv:5: want phrase, type");
  // FindCue takes a token's norm: قائلا reads قايلا.
  ASSERT_NE(t.FindCue("وقالت"), nullptr);
  EXPECT_EQ(t.FindCue("وقالت")->lemma, "قال");
  ASSERT_NE(t.FindCue(text::Normalize("قائلا")), nullptr);
  EXPECT_EQ(t.FindCue(text::Normalize("قائلا"))->form, quotes::Tables::Form::kParticiple);
  EXPECT_EQ(t.FindCue("قائلا"), nullptr);
  ASSERT_NE(t.FindCue("بين"), nullptr);
  EXPECT_TRUE(t.FindCue("بين")->ambiguous);
  EXPECT_EQ(t.FindCue("مقال"), nullptr);
  EXPECT_EQ(t.FindCue("وقا"), nullptr);  // و + a stub is no verb
}

TEST(QuoteTables, NounRowsAreVerbalNouns) {
  std::vector<std::string> errors;
  const quotes::Tables t("قال\tقال\tيقول\tقائلا\nقال\t\t\tبقوله بالقول\tnoun\n", "", &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_NE(t.FindCue("بقوله"), nullptr);
  EXPECT_EQ(t.FindCue("بقوله")->form, quotes::Tables::Form::kNoun);
  EXPECT_EQ(t.FindCue("بقوله")->lemma, "قال");
  EXPECT_FALSE(t.FindCue("بقوله")->plural);
  ASSERT_NE(t.FindCue("قال"), nullptr);
  EXPECT_EQ(t.FindCue("قال")->form, quotes::Tables::Form::kPast);
}

// بقوله quotes only what follows it in marks or after a colon: "في قوله
// تعالى" and "على حد قوله" name no words of their own.
TEST(Quotes, VerbalNounCueOnlyBeforeMarksOrColon) {
  const Record r =
      Analyze("", "وختم الشاعر محمد الثبيتي أمسيته بقوله: \"الليل طويل والحلم أطول\".");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].cue, "قال");
  EXPECT_EQ(r.quotes[0].kind, "direct");
  EXPECT_TRUE(Analyze("", "وهذا على حد قوله أن المشروع سيكتمل قريبا.").quotes.empty());
}

TEST(QuoteTables, EmbeddedTablesLoadClean) {
  const quotes::Tables& t = quotes::Tables::Default();
  EXPECT_GT(t.num_cues(), 150u);
  EXPECT_GT(t.num_triggers(), 30u);
  ASSERT_NE(t.FindCue("فاكد"), nullptr);
  EXPECT_EQ(t.FindCue("فاكد")->lemma, "أكد");
}

const Entity* ById(const Record& r, const std::string& id) {
  for (const Entity& e : r.entities)
    if (e.id == id) return &e;
  return nullptr;
}

TEST(Events, MeetingWithPlaceDateAndTopics) {
  const Record r = Analyze("",
      "يعقد الرئيس الروسي فلاديمير بوتين، اليوم الخميس، محادثات مع الرئيس "
      "التركي رجب طيب أردوغان في الكرملين، تتناول العلاقات الثنائية والوضع في "
      "سوريا.");
  ASSERT_EQ(r.events.size(), 1u);
  const Event& e = r.events[0];
  EXPECT_EQ(e.type, "meeting");
  ASSERT_EQ(e.participants.size(), 2u);
  EXPECT_EQ(ById(r, e.participants[0])->canonical, "فلاديمير بوتين");
  EXPECT_EQ(ById(r, e.participants[1])->canonical, "رجب طيب أردوغان");
  ASSERT_NE(ById(r, e.place), nullptr);
  EXPECT_EQ(ById(r, e.place)->canonical, "الكرملين");
  EXPECT_EQ(e.date, "2026-01-22");
  EXPECT_NE(std::find(e.topics.begin(), e.topics.end(), "العلاقات الثنائية"),
            e.topics.end());
  EXPECT_NE(std::find(e.topics.begin(), e.topics.end(), "سوريا"), e.topics.end());
}

TEST(Events, OneMeetingToldTwiceIsOneEvent) {
  const Record r = Analyze("",
      "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في "
      "موسكو أمس. وقال لافروف خلال لقائه ظريف إن المحادثات كانت بناءة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].participants.size(), 2u);
  EXPECT_EQ(r.events[0].date, "2026-01-21");
}

TEST(Events, CallsVisitsAndAgreements) {
  const Record call = Analyze("",
      "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الملك عبد الله الثاني.");
  ASSERT_EQ(call.events.size(), 1u);
  EXPECT_EQ(call.events[0].type, "call");
  const Record visit = Analyze("", "وزار أردوغان العاصمة القطرية الدوحة أمس.");
  ASSERT_EQ(visit.events.size(), 1u);
  EXPECT_EQ(visit.events[0].type, "visit");
  EXPECT_FALSE(visit.events[0].place.empty());
  const Record fell = Analyze("", "وقع حادث سير على طريق الرياض.");
  EXPECT_TRUE(fell.events.empty());
}

TEST(Events, NotInsideAQuotation) {
  const Record r = Analyze("",
      "وقال بوتين: \"سنعقد محادثات مع أردوغان في موسكو قريبا\".");
  EXPECT_TRUE(r.events.empty());
}

}  // namespace
}  // namespace khabar
