// JSON through ReadBuffer: the layouts, the field names, and each way an
// object can be broken.

#include <gtest/gtest.h>

#include "doc/reader_test_util.h"

namespace khabar::doc {
namespace {

using testing::HasWarning;
using testing::Read;
using Strings = std::vector<std::string>;

TEST(JsonReader, ArrayOfObjects) {
  const auto sink = Read(
      "[\n    {\n        \"source\": \"example\",\n        \"url\": "
      "\"http://a/1\",\n"
      "        \"date_extracted\": \"2015-07-21 09:00:00\",\n"
      "        \"title\": \"عنوان 1\",\n        \"author\": \"القاهرة: سامي\",\n"
      "        \"content\": \"فقرة.\\n\\n فقرة.\"\n    },\n"
      "    {\"title\": \"عنوان 2\", \"content\": \"نص\"}\n]\n",
      "day.json");
  EXPECT_EQ(sink.SkipsText(), "");
  ASSERT_EQ(sink.articles.size(), 2u);
  const RawArticle& a = sink.articles[0];
  EXPECT_EQ(a.origin, "day.json#0");
  EXPECT_EQ(a.format, "json");
  EXPECT_EQ(a.source, "example");
  EXPECT_EQ(a.url, "http://a/1");
  EXPECT_EQ(a.date, "2015-07-21 09:00:00");
  EXPECT_EQ(a.title, "عنوان 1");
  EXPECT_EQ(a.author, "القاهرة: سامي");
  EXPECT_EQ(a.body, "فقرة.\n\n فقرة.");
  EXPECT_TRUE(a.warnings.empty());
  EXPECT_EQ(sink.articles[1].origin, "day.json#1");
}

TEST(JsonReader, SingleObjectNeedsNoIndex) {
  EXPECT_EQ(Read("{\"title\": \"t\", \"text\": \"b\"}", "one.json").Origins(),
            Strings{"one.json"});
  EXPECT_EQ(Read("[{\"title\": \"t\", \"text\": \"b\"}]", "one.json").Origins(),
            Strings{"one.json"});
}

TEST(JsonReader, JsonlWithBrokenLineInTheMiddle) {
  const auto sink = Read(
      "{\"title\": \"a\", \"content\": \"1\"}\n"
      "{\"title\": \"b\", \"content\": \"unterminated}\n"
      "{\"title\": \"c\", \"content\": \"3\"}\n"
      "{\"title\": \"d\" \"content\": \"4\"}\n"
      "{\"title\": \"e\", \"content\": \"5\"\n"
      "{\"title\": \"f\", \"content\": \"6\"}\n",
      "f.jsonl");
  EXPECT_EQ(sink.Titles(), (Strings{"a", "c", "f"}));
  EXPECT_EQ(sink.Origins(), (Strings{"f.jsonl#0", "f.jsonl#2", "f.jsonl#5"}));
  ASSERT_EQ(sink.skips.size(), 3u) << sink.SkipsText();
  EXPECT_EQ(sink.skips[0].where, "f.jsonl:line 2 (byte 31)");
  EXPECT_NE(sink.skips[0].why.find("malformed JSON"), std::string::npos);
  EXPECT_NE(sink.skips[0].why.find("resumed at line 3"), std::string::npos)
      << sink.skips[0].why;
  EXPECT_EQ(sink.skips[1].where.substr(0, 15), "f.jsonl:line 4 ");
  EXPECT_EQ(sink.skips[2].where.substr(0, 15), "f.jsonl:line 5 ");
}

TEST(JsonReader, PrettyArrayWithBrokenObjectResyncsAtSameIndent) {
  const auto sink = Read(
      "[\n  {\n    \"title\": \"a\",\n    \"content\": \"x\n  },\n"
      "  {\n    \"title\": \"b\",\n    \"content\": \"y\"\n  }\n]");
  EXPECT_EQ(sink.Titles(), Strings{"b"});
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].where, "in:line 2 (byte 4)");
}

TEST(JsonReader, ConcatenatedPrettyObjects) {
  const auto sink = Read(
      "{\n  \"title\": \"a\",\n  \"meta\": {\n    \"k\": [1, {\"x\": \"}\"}]\n "
      " },\n"
      "  \"body\": \"1\"\n}\n{\n  \"title\": \"b\",\n  \"body\": "
      "\"2\"\n}{\"title\":"
      " \"c\", \"body\": \"3\"}");
  EXPECT_EQ(sink.SkipsText(), "");
  EXPECT_EQ(sink.Titles(), (Strings{"a", "b", "c"}));
}

struct FieldCase {
  const char* json;
  const char* field;  // which RawArticle field to look at
  const char* want;
};

void PrintTo(const FieldCase& c, std::ostream* os) {
  *os << ::testing::PrintToString(std::string(c.json));
}

class JsonFieldNames : public ::testing::TestWithParam<FieldCase> {};

std::string FieldOf(const RawArticle& a, std::string_view field) {
  if (field == "title") return a.title;
  if (field == "body") return a.body;
  if (field == "lede") return a.lede;
  if (field == "date") return a.date;
  if (field == "url") return a.url;
  if (field == "source") return a.source;
  return a.author;
}

TEST_P(JsonFieldNames, Map) {
  const auto sink = Read(GetParam().json);
  ASSERT_EQ(sink.articles.size(), 1u) << sink.SkipsText();
  EXPECT_EQ(FieldOf(sink.articles[0], GetParam().field), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Table, JsonFieldNames,
    ::testing::Values(
        FieldCase{R"({"title": "t", "content": "c", "text": "x"})", "body",
                  "c"},
        FieldCase{R"({"title": "t", "content": "", "text": "x"})", "body", "x"},
        FieldCase{R"({"title": "t", "body": "b"})", "body", "b"},
        FieldCase{R"({"title": "t", "article": "a"})", "body", "a"},
        FieldCase{R"({"title": "t", "text": ["p1", "p2"]})", "body",
                  "p1\n\np2"},
        FieldCase{R"({"Title": "T", "TEXT": "x"})", "title", "T"},
        FieldCase{R"({"title": "t", "date": "d1", "published": "d2"})", "date",
                  "d1"},
        FieldCase{R"({"title": "t", "published_at": "p"})", "date", "p"},
        FieldCase{R"({"title": "t", "publishedAt": "p"})", "date", "p"},
        FieldCase{R"({"title": "t", "pubDate": "p"})", "date", "p"},
        FieldCase{R"({"title": "t", "link": "l"})", "url", "l"},
        FieldCase{R"({"title": "t", "site": "s"})", "source", "s"},
        FieldCase{R"({"title": "t", "source": {"id": null, "name": "BBC"}})",
                  "source", "BBC"},
        FieldCase{R"({"title": "t", "byline": "b"})", "author", "b"},
        FieldCase{R"({"title": "t", "description": "d"})", "lede", "d"},
        FieldCase{R"({"title": "t", "summary": "s"})", "lede", "s"},
        FieldCase{R"({"title": 2026, "text": 3.5})", "title", "2026"},
        FieldCase{R"({"title": 2026, "text": 3.5})", "body", "3.5"},
        FieldCase{R"({"title": true, "text": "x", "date": 20260122})", "date",
                  "20260122"},
        FieldCase{R"({"title": null, "text": "x", "url": "u"})", "title", ""}));

TEST(JsonReader, NoTitleNoTextFieldIsSkippedBlankFieldsWarn) {
  const auto sink = Read(
      "[{\"url\": \"u\"}, {\"title\": \"t\"},\n"
      " {\"title\": \"\", \"content\": \"\u00a0 \\n\"}, {\"title\": null, "
      "\"text\": null}]",
      "x.json");
  EXPECT_EQ(sink.Origins(), (Strings{"x.json#1", "x.json#2"}));
  for (const RawArticle& a : sink.articles) {
    EXPECT_EQ(a.body, "");
    EXPECT_TRUE(HasWarning(a, "empty body"));
  }
  ASSERT_EQ(sink.skips.size(), 2u);
  EXPECT_EQ(sink.skips[0].where, "x.json:line 1 (byte 1)");
  EXPECT_EQ(sink.skips[0].why,
            "no title or text field (looked for title, content, text, body, "
            "article)");
  EXPECT_EQ(sink.skips[1].where.substr(0, 13), "x.json:line 2");
}

TEST(JsonReader, InvalidUtf8InStringsIsReplacedAndWarned) {
  const auto sink =
      Read("{\"title\": \"عن\xff\xfeوان\", \"content\": \"نص\xc3\"}");
  ASSERT_EQ(sink.articles.size(), 1u) << sink.SkipsText();
  const RawArticle& a = sink.articles[0];
  EXPECT_EQ(a.title, "عن\uFFFD\uFFFDوان");
  EXPECT_EQ(a.body, "نص\uFFFD");
  EXPECT_TRUE(HasWarning(
      a, "invalid UTF-8 in input (3 sequences) replaced with U+FFFD"));
}

TEST(JsonReader, HtmlInContentIsStripped) {
  const auto sink = Read(
      R"({"title": "عنوان", "content": "<p>الأولى.</p><p>الثانية &amp; <b>هنا</b>.</p>"})");
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].body, "الأولى.\n\nالثانية & هنا.");
  EXPECT_TRUE(
      HasWarning(sink.articles[0], "content held HTML markup; tags removed"));
}

TEST(JsonReader, JunkBetweenObjectsIsOneSkipPerRun) {
  const auto sink = Read(
      "{\"title\": \"a\", \"text\": \"1\"}\nnot json\nat all\n"
      "{\"title\": \"b\", \"text\": \"2\"} 42, \"x\" {\"title\": \"c\", "
      "\"text\": \"3\"}");
  EXPECT_EQ(sink.Titles(), (Strings{"a", "b", "c"}));
  ASSERT_EQ(sink.skips.size(), 2u);
  EXPECT_EQ(sink.skips[0].where, "in:line 2 (byte 28)");
  EXPECT_EQ(sink.skips[0].why,
            "unexpected text between JSON objects: 'not json at all'");
  EXPECT_EQ(sink.skips[1].why,
            "unexpected text between JSON objects: '42, \"x\"'");
}

TEST(JsonReader, UnterminatedObjectAtEndNamesWhereItBegan) {
  const auto sink =
      Read("[{\"title\": \"a\", \"text\": \"1\"},\n {\"title\": \"b\",");
  EXPECT_EQ(sink.Titles(), Strings{"a"});
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].where, "in:line 2 (byte 31)");
  EXPECT_NE(sink.skips[0].why.find("ends inside this object"),
            std::string::npos);
}

TEST(JsonReader, ErrorLineIsCountedInsideThePrettyObject) {
  const auto sink = Read("{\n  \"title\": \"a\",\n  \"text\": tru\n}");
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_NE(sink.skips[0].why.find("(at line 3)"), std::string::npos)
      << sink.skips[0].why;
}

TEST(JsonReader, OversizedObjectIsSkippedAndReadingGoesOn) {
  ReadOptions options;
  options.max_record_bytes = 1000;
  const std::string big =
      "{\"title\": \"big\", \"text\": \"" + std::string(5000, 'x') + "\"}";
  const auto sink = Read(
      "[" + big + ",\n{\"title\": \"small\", \"text\": \"y\"}]", "in", options);
  EXPECT_EQ(sink.Titles(), Strings{"small"});
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].where, "in:line 1 (byte 1)");
  EXPECT_EQ(sink.skips[0].why,
            "record is 5.0 kB, over the 1000 bytes limit for one article");
}

TEST(JsonReader, DeepNestingIsRefusedNotRecursed) {
  const std::string deep =
      "{\"title\": \"t\", \"x\": " + std::string(100000, '[') +
      std::string(100000, ']') + "}";
  const auto sink = Read(deep);
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_NE(sink.skips[0].why.find("nested more than 512"), std::string::npos);
}

// Found by fuzzing: nlohmann throws out_of_range, not parse_error, for a
// number a double cannot hold.
TEST(JsonReader, NumberOverflowIsASkipNotACrash) {
  const auto sink = Read(
      "{\"title\": 44444444444.44e4444, \"text\": \"x\"}\n"
      "{\"title\": \"b\", \"text\": \"y\"}");
  EXPECT_EQ(sink.Titles(), Strings{"b"});
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].why,
            "malformed JSON: number overflow parsing '44444444444.44e4444'");
}

TEST(JsonReader, EmptyArraySaysSo) {
  const auto sink = Read("[ ]");
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].why, "JSON with no objects in it");
}

TEST(JsonReader, MessagesAreValidUtf8AndShort) {
  const auto sink =
      Read("{\"title\": \"" + std::string(100000, 'x') + "\" bad}");
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_LT(sink.skips[0].why.size(), 400u);
}

}  // namespace
}  // namespace khabar::doc
