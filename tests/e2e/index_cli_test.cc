// End-to-end: `khabar ingest`, `search` and the index views as a user (or
// the benchmark scripts) run them, and the crash test: kill -9 an ingest,
// run it again, nothing lost, nothing doubled.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "../test_util.h"

extern char** environ;

namespace khabar {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

using testing::CliRun;

class IndexCli : public ::testing::Test {
 protected:
  void SetUp() override {
    tmp_ = fs::temp_directory_path() /
           ("khabar_index_cli_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(tmp_);
    fs::create_directories(tmp_);
    db_ = (tmp_ / "db").string();
  }
  void TearDown() override { fs::remove_all(tmp_); }

  std::string Bin() const { return testing::BinaryDir() + "/khabar"; }

  CliRun Khabar(const std::string& args, const std::string& input = "") {
    return testing::RunKhabar(args, input, tmp_);
  }

  json Stats() {
    const CliRun r = Khabar("stats --json --db '" + db_ + "'");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out, nullptr, false);
  }

  fs::path tmp_;
  std::string db_;
};

// `n` distinct articles as JSONL, each holding a word no other has
// (mark<i>), with enough varied text to not look like near-copies.
std::string Articles(int n) {
  static const char* kWords[] = {
      "الحكومة", "أعلنت", "مشروع", "المياه", "الطاقة", "الشركات", "المدينة", "الوزير",
      "الاقتصاد", "النفط", "الغاز", "السوق", "التعليم", "الصحة", "المستشفى", "الطريق",
      "الجامعة", "الطلاب", "الأسعار", "المواطنين", "الأمن", "الحدود", "الزراعة", "المطر"};
  std::mt19937 rng(7);
  std::string out;
  for (int i = 0; i < n; ++i) {
    std::string body = "mark" + std::to_string(i);
    for (int k = 0; k < 60; ++k) body += std::string(" ") + kWords[rng() % 24];
    json a = {{"url", "http://crash.test/" + std::to_string(i)},
              {"date", "2015-07-" + std::to_string(10 + i % 20)},
              {"source", "crash"},
              {"title", std::string("خبر رقم ") + std::to_string(i)},
              {"content", body + "."}};
    out += a.dump() + "\n";
  }
  return out;
}

TEST_F(IndexCli, IngestSampleThenSearch) {
  const CliRun ingest = Khabar("ingest --db '" + db_ + "' examples/sample.txt");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_NE(ingest.err.find("added 1"), std::string::npos) << ingest.err;

  // Clitic form (بالمشروع in the text), hamza and digit variants.
  const CliRun r = Khabar("search --json --db '" + db_ + "' مشروع");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["total"], 1);
  const json& hit = j["hits"][0];
  for (const char* key : {"id", "url", "title", "date", "source", "score", "snippet"})
    EXPECT_TRUE(hit.contains(key)) << key;
  EXPECT_EQ(hit["date"], "2026-03-04");
  const std::string snippet = hit["snippet"];
  for (const json& h : hit["highlights"]) {
    const std::string word = snippet.substr(h[0].get<size_t>(), h[1].get<size_t>() - h[0].get<size_t>());
    EXPECT_NE(word.find("مشروع"), std::string::npos) << word;
  }
  EXPECT_EQ(json::parse(Khabar("search --json --db '" + db_ + "' 12.5%").out)["total"], 1);
  EXPECT_EQ(json::parse(Khabar("search --json --db '" + db_ + "' اعلن").out)["total"], 1);
  EXPECT_EQ(json::parse(Khabar("search --json --db '" + db_ + "' 300").out)["total"], 1);

  const CliRun text = Khabar("search --db '" + db_ + "' تحلية");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  // The word as written, its clitic included, is what is marked.
  EXPECT_NE(text.out.find("[لتحلية]"), std::string::npos) << text.out;

  // Again: nothing added.
  const CliRun again = Khabar("ingest --json --db '" + db_ + "' examples/sample.txt");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  const json summary = json::parse(again.out);
  EXPECT_EQ(summary["unchanged"], 1);
  EXPECT_EQ(summary["added"], 0);
  EXPECT_EQ(Stats()["articles"], 1);
}

TEST_F(IndexCli, BatchPrintsOneObjectPerLine) {
  ASSERT_EQ(Khabar("ingest -q --db '" + db_ + "' -", Articles(20)).exit_code, 0);
  const CliRun r = Khabar("search --batch - --db '" + db_ + "'",
                          "mark3\n(broken\nmark7 OR mark8\n\nالحكومة\n");
  EXPECT_EQ(r.exit_code, 1);  // two lines were bad
  std::istringstream lines(r.out);
  std::vector<json> out;
  for (std::string line; std::getline(lines, line);) out.push_back(json::parse(line));
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(out[0]["total"], 1);
  EXPECT_EQ(out[0]["hits"][0]["url"], "http://crash.test/3");
  EXPECT_EQ(out[1]["error"]["code"], "invalid_argument");
  EXPECT_EQ(out[2]["total"], 2);
  EXPECT_TRUE(out[3].contains("error"));
  EXPECT_EQ(out[4]["query"], "الحكومة");

  // A filter takes one value: the words after it are the query.
  const CliRun filtered = Khabar("search --json --db '" + db_ + "' --source crash mark3");
  ASSERT_EQ(filtered.exit_code, 0) << filtered.err;
  EXPECT_EQ(json::parse(filtered.out)["total"], 1);
  EXPECT_EQ(json::parse(filtered.out)["query"], "mark3");
  const CliRun other = Khabar("search --json --db '" + db_ + "' --source elsewhere mark3");
  EXPECT_EQ(json::parse(other.out)["total"], 0);
}

TEST_F(IndexCli, ErrorsAreMessagesWithExitCodes) {
  CliRun r = Khabar("search --db '" + (tmp_ / "none").string() + "' النفط");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no index at"), std::string::npos) << r.err;
  ASSERT_EQ(Khabar("ingest -q --db '" + db_ + "' examples/sample.txt").exit_code, 0);
  r = Khabar("search --db '" + db_ + "' '(((النفط'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("never closed"), std::string::npos) << r.err;
  r = Khabar("search --db '" + db_ + "' " + std::string(2000, 'a'));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("limit is 1024"), std::string::npos) << r.err;
  r = Khabar("search --db '" + db_ + "' --from yesterday النفط");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--from must be a date"), std::string::npos) << r.err;
  r = Khabar("ingest --db '" + db_ + "' /nonexistent/file.json");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/file.json"), std::string::npos) << r.err;
}

TEST_F(IndexCli, ViewsRun) {
  ASSERT_EQ(Khabar("ingest -q --db '" + db_ + "' -", Articles(30)).exit_code, 0);
  CliRun r = Khabar("timeline --json --by day --db '" + db_ + "' الحكومة");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json timeline = json::parse(r.out);
  uint64_t sum = 0;
  for (const json& c : timeline["counts"]) sum += c["count"].get<uint64_t>();
  EXPECT_EQ(sum, timeline["matched"].get<uint64_t>());
  EXPECT_GT(sum, 0u);
  r = Khabar("timeline --by month --db '" + db_ + "'");
  EXPECT_EQ(r.out, "2015-07\t30\n");
  r = Khabar("entities --json --db '" + db_ + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["matched"], 30);
  r = Khabar("quotes --json --db '" + db_ + "' --speaker بوتين");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["total"], 0);
  const json s = Stats();
  EXPECT_EQ(s["articles"], 30);
  EXPECT_EQ(s["first_date"], "2015-07-10");
  EXPECT_EQ(s["last_ingest"]["added"], 30);
}

// Kills an ingest with SIGKILL once it has committed some articles, runs
// it again, and checks the index: it opens, holds each article once, and
// each article's own word finds exactly it.
TEST_F(IndexCli, KillNineThenRerunLosesAndDoublesNothing) {
  constexpr int kArticles = 600;
  const std::string input = (tmp_ / "articles.jsonl").string();
  { std::ofstream(input) << Articles(kArticles); }
  const std::string bin = Bin();
  std::vector<std::string> args = {bin, "ingest", "-q", "--db", db_, "--commit-every", "25",
                                   input};
  int killed = 0;
  for (int round = 0; round < 2; ++round) {
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid;
    ASSERT_EQ(posix_spawn(&pid, bin.c_str(), nullptr, nullptr, argv.data(), environ), 0);
    // Wait for a commit beyond the last round's, then kill at once.
    const uint64_t before = round == 0 ? 0 : Stats().value("articles", uint64_t{0});
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    int status = 0;
    bool exited = false;
    while (std::chrono::steady_clock::now() < deadline) {
      if (waitpid(pid, &status, WNOHANG) == pid) { exited = true; break; }
      if (fs::exists(db_ + "/iamglass")) {
        const CliRun s = Khabar("stats --json --db '" + db_ + "'");
        const json j = json::parse(s.out, nullptr, false);
        if (!j.is_discarded() && j.value("articles", uint64_t{0}) > before) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (!exited) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      EXPECT_TRUE(WIFSIGNALED(status));
      ++killed;
    }
    const json s = Stats();  // the index opens after the kill
    EXPECT_LE(s.value("articles", 0), kArticles);
  }
  EXPECT_GT(killed, 0) << "every ingest ended before it could be killed";
  const uint64_t committed = Stats().value("articles", uint64_t{0});
  EXPECT_LT(committed, kArticles);
  const CliRun rerun = Khabar("ingest --json -q --db '" + db_ + "' '" + input + "'");
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  const json summary = json::parse(rerun.out);
  EXPECT_EQ(summary["unchanged"].get<uint64_t>(), committed);
  EXPECT_EQ(summary["added"].get<uint64_t>(), kArticles - committed);
  EXPECT_EQ(summary["articles_in_index"], kArticles);
  EXPECT_EQ(Stats()["articles"], kArticles);
  std::string queries;
  for (int i = 0; i < kArticles; ++i) queries += "mark" + std::to_string(i) + "\n";
  const CliRun r = Khabar("search --batch - --db '" + db_ + "'", queries);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  int i = 0;
  for (std::string line; std::getline(lines, line); ++i) {
    const json j = json::parse(line);
    ASSERT_EQ(j["total"], 1) << j["query"];
    EXPECT_EQ(j["hits"][0]["url"], "http://crash.test/" + std::to_string(i));
  }
  EXPECT_EQ(i, kArticles);
}

}  // namespace
}  // namespace khabar
