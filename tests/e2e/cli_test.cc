// End-to-end: the `khabar` binary as a user runs it.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "../test_util.h"
#include "base/utf8.h"

namespace khabar {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

using testing::CliRun;

// Runs `khabar ARGS` through the shell, stdin from `input`.
CliRun Khabar(const std::string& args, const std::string& input = "") {
  const fs::path tmp = fs::temp_directory_path() / ("khabar_cli_" + std::to_string(getpid()));
  fs::create_directories(tmp);
  CliRun r = testing::RunKhabar(args, input, tmp);
  fs::remove_all(tmp);
  return r;
}

std::vector<json> Lines(const std::string& out) {
  std::vector<json> records;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) records.push_back(json::parse(line));
  return records;
}

std::string Slice(const std::string& text, const json& span) {
  return text.substr(span[0].get<size_t>(), span[1].get<size_t>() - span[0].get<size_t>());
}

TEST(Cli, AnalyzeSample) {
  const CliRun r = Khabar("analyze --tokens examples/sample.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto records = Lines(r.out);
  ASSERT_EQ(records.size(), 1u);
  const json& rec = records[0];
  EXPECT_EQ(rec["date"], "2026-03-04");
  EXPECT_EQ(rec["dateline"]["source"], "وكالة الأنباء التجريبية");
  std::vector<std::string> headings;
  for (const json& s : rec["sections"])
    if (!s["heading"].is_null()) headings.push_back(s["heading"]);
  EXPECT_EQ(headings, (std::vector<std::string>{"تفاصيل المشروع", "ردود الفعل"}));
  const std::string text = rec["text"];
  for (const json& t : rec["tokens"]) EXPECT_FALSE(Slice(text, t["span"]).empty());
  for (const json& rep : rec["repairs"]) EXPECT_EQ(Slice(text, rep["span"]), rep["after"]);
  EXPECT_EQ(rec["offsets"], "byte");
}

TEST(Cli, CodePointOffsets) {
  const CliRun bytes = Khabar("analyze examples/sample.txt");
  const CliRun cps = Khabar("analyze --offsets codepoint examples/sample.txt");
  ASSERT_EQ(cps.exit_code, 0) << cps.err;
  const json b = Lines(bytes.out).at(0), c = Lines(cps.out).at(0);
  EXPECT_EQ(c["offsets"], "codepoint");
  // Decode the text to code points and compare each sentence's surface.
  const std::string text = c["text"];
  std::vector<size_t> starts;  // byte offset of each code point
  for (size_t i = 0; i < text.size();) {
    starts.push_back(i);
    base::DecodeAt(text, &i);
  }
  starts.push_back(text.size());
  ASSERT_EQ(b["sentences"].size(), c["sentences"].size());
  for (size_t k = 0; k < c["sentences"].size(); ++k) {
    const size_t cb = starts[c["sentences"][k][0].get<size_t>()];
    const size_t ce = starts[c["sentences"][k][1].get<size_t>()];
    EXPECT_EQ(text.substr(cb, ce - cb), Slice(text, b["sentences"][k]));
  }
}

TEST(Cli, StdinAndPretty) {
  const CliRun r = Khabar("analyze --pretty -", "date 2026-01-01 https://x.org/a\n\nعنوان\n\nمقدمة.\n\nنص.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\n  \"title\": \"عنوان\""), std::string::npos);
  EXPECT_EQ(json::parse(r.out)["origin"], "<stdin>");
}

TEST(Cli, MissingFileIsAUsageError) {
  const CliRun r = Khabar("analyze no/such/file.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no/such/file.txt"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, BrokenJsonLineIsNamedAndTheRestRead) {
  const std::string jsonl =
      "{\"title\": \"أ\", \"content\": \"نص أول.\"}\n"
      "{\"title\": \"ب\", \"content\": \"نص مكسور.\"\n"
      "{\"title\": \"ج\", \"content\": \"نص ثالث.\"}\n";
  const CliRun r = Khabar("analyze -", jsonl);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(Lines(r.out).size(), 2u);
  EXPECT_NE(r.err.find("<stdin>"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped 1"), std::string::npos) << r.err;
}

TEST(Cli, EmptyInputIsNamed) {
  const CliRun r = Khabar("analyze -", "");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("empty"), std::string::npos) << r.err;
}

TEST(Cli, NormalizeAndTokenize) {
  const CliRun n = Khabar("normalize", "وَأَكَّدَ ٢٠٢٦\nمدرسة\n");
  ASSERT_EQ(n.exit_code, 0) << n.err;
  EXPECT_EQ(n.out, "واكد 2026\nمدرسه\n");
  const CliRun t = Khabar("tokenize", "قال: ٨٠٠ طن");
  ASSERT_EQ(t.exit_code, 0) << t.err;
  EXPECT_EQ(t.out, "قال\tقال\tarabic\n:\t:\tpunct\n٨٠٠\t800\tnumber\nطن\tطن\tarabic\n");
}

TEST(Cli, Segment) {
  const CliRun r = Khabar("segment", "وبالكتاب\nلروسيا\r\n\nabc\nاستضافتنا\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "وبالكتاب\tو+ب+ال+كتاب\nلروسيا\tل+روسيا\n\t\nabc\tabc\n"
            "استضافتنا\tاستضافة+نا\n");
}

TEST(Cli, SegmentJsonSpansNameTheirPieces) {
  const std::string word = "وللمؤتمر";
  const CliRun r = Khabar("segment --json", word + "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const json& j = lines[0];
  EXPECT_EQ(j["seg"], "و+ل+ال+مؤتمر");
  EXPECT_EQ(j["stem"], "موتمر");
  EXPECT_TRUE(j.contains("light"));
  EXPECT_TRUE(j.contains("snowball"));
  std::string tiled;
  for (const json& p : j["pieces"]) {
    const size_t b = p["begin"], e = p["end"];
    tiled += word.substr(b, e - b);
  }
  EXPECT_EQ(tiled, word);
  EXPECT_EQ(j["pieces"].back()["kind"], "stem");
}

TEST(Cli, EvalSegment) {
  const fs::path gold = fs::temp_directory_path() /
                        ("khabar_gold_" + std::to_string(getpid()) + ".tsv");
  {
    std::ofstream out(gold);
    out << "refTok\trefPOS\n"
           "و+ب+ال+كتاب\tCONJ+PREP+DET+NOUN\n"
           "ولد\tNOUN\n"
           "ترشيح+ات+ها\tNOUN+NSUFF+PRON\n"
           ".\tPUNC\n";
  }
  const CliRun r = Khabar("eval segment --errors 5 '" + gold.string() + "'");
  fs::remove(gold);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("3 Arabic words"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("all        3   100.00%"), std::string::npos) << r.out;
  const CliRun missing = Khabar("eval segment no/such/gold.tsv");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no/such/gold.tsv"), std::string::npos);
}

TEST(Cli, AnalyzeTokensCarrySegAndStem) {
  const CliRun r = Khabar("analyze --tokens -", "وقال الوزير لروسيا إن 800 طن وصلت.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto records = Lines(r.out);
  ASSERT_EQ(records.size(), 1u);
  std::map<std::string, std::string> seg, stem;
  for (const json& t : records[0]["tokens"]) {
    if (t["kind"] != "arabic") {
      EXPECT_FALSE(t.contains("seg"));
      continue;
    }
    const std::string surface = Slice(records[0]["text"], t["span"]);
    seg[surface] = t["seg"];
    stem[surface] = t["stem"];
    EXPECT_TRUE(t.contains("light"));
  }
  EXPECT_EQ(seg["وقال"], "و+قال");
  EXPECT_EQ(seg["الوزير"], "ال+وزير");
  EXPECT_EQ(stem["لروسيا"], "روسيا");
  EXPECT_EQ(seg["وصلت"], "وصلت");
}

TEST(Cli, TagKeepsSentencesAndReadsConll) {
  const CliRun r = Khabar("tag", "قال\nفلاديمير B-PER\nبوتين I-PER\n\nلروسيا\r\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "قال\tO\nفلاديمير\tB-PER\nبوتين\tI-PER\n\nلروسيا\tB-LOC\n");
}

TEST(Cli, EvalNer) {
  const fs::path gold = fs::temp_directory_path() /
                        ("khabar_ner_" + std::to_string(getpid()) + ".conll");
  std::ofstream(gold) << "قال O\nفلاديمير B-PER\nبوتين I-PER\n\nفي O\nلروسيا B-LOC\n";
  const CliRun r = Khabar("eval ner '" + gold.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("all        2      2      2  100.00% 100.00% 100.00%"),
            std::string::npos) << r.out;
  std::ofstream(gold) << "قال O\nبوتين B-PRESIDENT\n";
  const CliRun bad = Khabar("eval ner '" + gold.string() + "'");
  fs::remove(gold);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find(":2: unknown tag"), std::string::npos) << bad.err;
}

TEST(Cli, AnalyzeFindsEntities) {
  const CliRun r = Khabar("analyze -", "قال الرئيس الروسي فلاديمير بوتين إن روسيا ولبنان صديقان.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto records = Lines(r.out);
  ASSERT_EQ(records.size(), 1u);
  std::map<std::string, std::string> types;
  for (const json& e : records[0]["entities"]) {
    types[e["canonical"]] = e["type"];
    for (const json& m : e["mentions"])
      EXPECT_EQ(Slice(records[0]["text"], m["span"]), m["text"]);
  }
  EXPECT_EQ(types["فلاديمير بوتين"], "PER");
  EXPECT_EQ(types["روسيا"], "LOC");
  EXPECT_EQ(types["لبنان"], "LOC");
}

TEST(Cli, HelpNamesTheCommands) {
  const CliRun r = Khabar("--help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* cmd : {"analyze", "normalize", "tokenize", "segment", "tag",
                          "eval", "train"})
    EXPECT_NE(r.out.find(cmd), std::string::npos) << cmd;
}

}  // namespace
}  // namespace khabar
