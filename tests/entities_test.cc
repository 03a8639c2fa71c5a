// Entities through the whole pipeline: mentions grouped within an article,
// titles bound to people, adjectives and dates left out, spans exact.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "khabar/pipeline.h"
#include "test_util.h"

namespace khabar {
namespace {

Record Analyze(const std::string& body) {
  static const Pipeline pipeline;
  RawArticle a;
  a.origin = "test";
  a.date = "2026-01-22";
  a.body = body;
  Record r = pipeline.Analyze(a, {});
  testing::ExpectSpansValid(r);
  return r;
}

const Entity* Find(const Record& r, const std::string& canonical) {
  for (const Entity& e : r.entities)
    if (e.canonical == canonical) return &e;
  return nullptr;
}

std::vector<std::string> Texts(const Entity& e, const std::string& kind) {
  std::vector<std::string> out;
  for (const EntityMention& m : e.mentions)
    if (m.kind == kind) out.push_back(m.text);
  return out;
}

TEST(Entities, PeopleTitlesAndPlaces) {
  const Record r = Analyze(
      "التقى الرئيس الروسي فلاديمير بوتين نظيره الفلسطيني محمود عباس في موسكو. "
      "وقال بوتين إن روسيا تدعم فلسطين. وأكد الرئيس الروسي أن العلاقات "
      "الروسية الفلسطينية قوية، وشكر عباس روسيا.");
  const Entity* putin = Find(r, "فلاديمير بوتين");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->type, "PER");
  EXPECT_EQ(Texts(*putin, "name"),
            (std::vector<std::string>{"فلاديمير بوتين", "بوتين"}));
  EXPECT_EQ(Texts(*putin, "title"),
            (std::vector<std::string>{"الرئيس الروسي", "الرئيس الروسي"}));
  const Entity* abbas = Find(r, "محمود عباس");
  ASSERT_NE(abbas, nullptr);
  EXPECT_EQ(Texts(*abbas, "title"), (std::vector<std::string>{"نظيره الفلسطيني"}));
  EXPECT_EQ(Texts(*abbas, "name").size(), 2u);
  const Entity* russia = Find(r, "روسيا");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->type, "LOC");
  EXPECT_EQ(russia->mentions.size(), 2u);
  EXPECT_NE(Find(r, "موسكو"), nullptr);
  // Adjectives are not entities.
  for (const Entity& e : r.entities)
    for (const EntityMention& m : e.mentions)
      if (m.kind == "name") {
        EXPECT_NE(m.text, "الروسية");
        EXPECT_NE(m.text, "الفلسطينية");
      }
  // Ids in order of first mention.
  for (size_t i = 0; i < r.entities.size(); ++i)
    EXPECT_EQ(r.entities[i].id, "e" + std::to_string(i + 1));
}

TEST(Entities, CliticFormsAreOneEntity) {
  const Record r = Analyze(
      "وصل الوفد إلى لبنان أمس. وفي لبنان عقد لقاءات، ثم عاد من لبنان إلى "
      "السعودية. وقالت مصادر إن للبنان دورا، وإن السعودية ترحب.");
  const Entity* lebanon = Find(r, "لبنان");
  ASSERT_NE(lebanon, nullptr);
  EXPECT_EQ(lebanon->mentions.size(), 4u);
  EXPECT_NE(Find(r, "السعودية"), nullptr);
  EXPECT_EQ(std::count_if(r.entities.begin(), r.entities.end(),
                          [](const Entity& e) { return e.canonical == "لبنان"; }),
            1);
}

TEST(Entities, DatesAndAdjectivesAreNotEntities) {
  const Record r = Analyze(
      "أعلنت الحكومة المصرية يوم الخميس في رمضان أن الوفد الأمريكي سيصل في "
      "يناير.");
  for (const Entity& e : r.entities) {
    for (const EntityMention& m : e.mentions) {
      EXPECT_NE(m.text, "الخميس");
      EXPECT_NE(m.text, "يناير");
      EXPECT_NE(m.text, "الأمريكي");
      EXPECT_NE(m.text, "المصرية");
    }
  }
}

TEST(Entities, OrganizationsOfSeveralWords) {
  const Record r = Analyze(
      "دعا مجلس الأمن الدولي إلى وقف القتال، وأيدت جامعة الدول العربية "
      "القرار. وقالت الرئاسة الروسية إن مجلس الأمن سيجتمع.");
  const Entity* council = nullptr;
  for (const Entity& e : r.entities)
    if (e.type == "ORG" && e.canonical.find("مجلس الأمن") != std::string::npos)
      council = &e;
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->mentions.size(), 2u);
  EXPECT_NE(Find(r, "جامعة الدول العربية"), nullptr);
  const Entity* presidency = Find(r, "الرئاسة الروسية");
  ASSERT_NE(presidency, nullptr);
  EXPECT_EQ(presidency->type, "ORG");
}

}  // namespace
}  // namespace khabar
