// ReadBuffer and ReadPath on each format and on bad input: every input
// gives an article or a message naming it, never a crash or silence.

#include "khabar/reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "doc/reader_internal.h"
#include "doc/reader_test_util.h"

namespace khabar::doc {
namespace {

using testing::HasWarning;
using testing::Read;
using testing::TempDir;

struct SniffCase {
  const char* name;
  std::string bytes;
  const char* format;  // of the one article, or "" for one skip
  const char* why;     // the skip's message (a prefix), or the first warning
};

void PrintTo(const SniffCase& c, std::ostream* os) { *os << c.name; }

class ReaderSniffs : public ::testing::TestWithParam<SniffCase> {};

TEST_P(ReaderSniffs, FormatOrSkip) {
  const SniffCase& c = GetParam();
  const auto sink = Read(c.bytes, "f");
  if (*c.format == '\0') {
    ASSERT_EQ(sink.articles.size(), 0u);
    ASSERT_EQ(sink.skips.size(), 1u);
    EXPECT_EQ(sink.skips[0].where, "f");
    EXPECT_EQ(sink.skips[0].why.substr(0, strlen(c.why)), c.why)
        << sink.skips[0].why;
  } else {
    ASSERT_EQ(sink.articles.size(), 1u) << sink.SkipsText();
    EXPECT_EQ(sink.articles[0].format, c.format);
    EXPECT_EQ(sink.articles[0].origin, "f");
    if (*c.why) {
      EXPECT_TRUE(HasWarning(sink.articles[0], c.why));
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, ReaderSniffs,
    ::testing::Values(
        SniffCase{"Seed", "date 2026-01-22 u\n\nT\n\nL\n\nB", "seed", ""},
        SniffCase{"SeedAfterBomAndBlanks",
                  "\xEF\xBB\xBF\n  date 2026-01-22\n\nT", "seed", "no body"},
        SniffCase{"PlainText", "عنوان\nنص", "text", "no 'date YYYY-MM-DD URL'"},
        SniffCase{"WordDateIsNotAHeader", "date night\nبلا", "text", ""},
        SniffCase{"BracketTextIsNotJson", "[عاجل] خبر\nنص", "text", ""},
        SniffCase{"JsonObject", "  {\"title\": \"t\", \"text\": \"b\"}", "json",
                  ""},
        SniffCase{"HtmlPage", "<!DOCTYPE html><title>t</title><p>b</p>", "html",
                  "HTML page: markup removed, text extracted"},
        SniffCase{"Empty", "", "", "empty file"},
        SniffCase{"OnlyBlanks", " \n\t\r\n  ", "", "empty file"},
        SniffCase{"OnlyBom", "\xEF\xBB\xBF", "", "empty file"},
        SniffCase{"Nul", std::string("abc\0def", 7), "",
                  "binary file (NUL byte at offset 3)"},
        SniffCase{"ControlBytes", "\x01\x02\x03\x04 text", "",
                  "binary file (44%"},
        SniffCase{"Utf16", "\xFF\xFEz\0", "", "UTF-16 text"},
        SniffCase{"Windows1256",
                  "\xc7\xe1\xd1\xc6\xed\xd3 \xc7\xe1\xd1\xe6\xd3\xed", "",
                  "not UTF-8 text"},
        SniffCase{"HeaderOnlySeed", "date 2026-01-22 u\n", "",
                  "a 'date' header line and no title or text"},
        SniffCase{"EmptyHtml", "<html><script>x</script></html>", "",
                  "HTML page with no text"},
        SniffCase{"SomeInvalidUtf8IsLeftToThePipeline",
                  "date 2026-01-22 u\n\nعنوان\n\nنص\xff هنا", "seed", ""}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Reader, InvalidUtf8InTextIsKeptAsIs) {
  const auto sink = Read("date 2026-01-22 u\n\nT\n\nL\n\nنص\xff\xfe هنا");
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].body, "نص\xff\xfe هنا");
}

// A line far over the limit: skipped with its size, never held whole. The
// input itself is in memory here; ReadBounded drops what it has read once
// the limit is passed (see the report in reader_test's measurement).
TEST(Reader, OversizedTextRecordIsSkippedWithItsSize) {
  ReadOptions options;
  options.max_record_bytes = size_t{1} << 20;
  const std::string line =
      "date 2026-01-22 u\n\nT\n\n" + std::string(40000000, 'x');
  const auto sink = Read(line, "big.txt", options);
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].where, "big.txt");
  EXPECT_EQ(sink.skips[0].why,
            "record is 40.0 MB, over the 1 MiB limit for one article");
}

TEST(Reader, OversizedJsonLineFromAFileIsStreamed) {
  TempDir dir;
  const std::string path = dir.Write(
      "big.jsonl", "{\"title\": \"big\", \"text\": \"" +
                       std::string(40000000, 'x') +
                       "\"}\n{\"title\": \"next\", \"text\": \"y\"}\n");
  ReadOptions options;
  options.max_record_bytes = size_t{1} << 20;
  testing::CollectSink sink;
  ASSERT_TRUE(ReadPath(path, options, &sink).ok());
  EXPECT_EQ(sink.Titles(), std::vector<std::string>{"next"});
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].where, path + ":line 1 (byte 0)");
  EXPECT_EQ(sink.skips[0].why,
            "record is 40.0 MB, over the 1 MiB limit for one article");
}

TEST(Reader, RealSeedThroughReadPath) {
  const std::string path =
      testing::SharedPath("seeds/000_5aa78d3e4e24ad41.txt");
  if (path.empty())
    GTEST_SKIP() << "shared/seeds/000_5aa78d3e4e24ad41.txt absent";
  testing::CollectSink sink;
  ASSERT_TRUE(ReadPath(path, {}, &sink).ok());
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].origin, path);
  EXPECT_EQ(sink.articles[0].format, "seed");
  EXPECT_EQ(sink.articles[0].date, "2026-01-22");
  EXPECT_TRUE(sink.articles[0].warnings.empty());
}

TEST(Reader, MissingPathIsNotFound) {
  testing::CollectSink sink;
  const Status status = ReadPath("/nonexistent/x.json", {}, &sink);
  EXPECT_EQ(status.code(), Status::Code::kNotFound);
  EXPECT_EQ(status.message(),
            "cannot open /nonexistent/x.json: No such file or directory");
  EXPECT_TRUE(sink.skips.empty());
}

TEST(Reader, UnreadableFileIsIoError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads files whatever their mode";
  TempDir dir;
  const std::string path = dir.Write("secret.txt", "x");
  ::chmod(path.c_str(), 0);
  testing::CollectSink sink;
  const Status status = ReadPath(path, {}, &sink);
  EXPECT_EQ(status.code(), Status::Code::kIoError);
  EXPECT_EQ(status.message(), "cannot open " + path + ": Permission denied");
}

// Runs ReadPath("-") with standard input taken from `path`.
testing::CollectSink ReadStdinFrom(const std::string& path) {
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(path.c_str(), O_RDONLY);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  testing::CollectSink sink;
  EXPECT_TRUE(ReadPath("-", {}, &sink).ok());
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  return sink;
}

TEST(Reader, StdinIsStreamedAndNamed) {
  TempDir dir;
  const auto sink =
      ReadStdinFrom(dir.Write("in.jsonl",
                              "{\"title\": \"a\", \"text\": "
                              "\"1\"}\n{\"title\": \"b\", \"text\": \"2\"}\n"));
  EXPECT_EQ(sink.Origins(),
            (std::vector<std::string>{"<stdin>#0", "<stdin>#1"}));
}

TEST(Reader, StdinMayHoldAZip) {
  TempDir dir;
  const auto sink = ReadStdinFrom(dir.Write(
      "in.zip",
      testing::MakeZip({{"a.txt", "date 2026-01-22 u\n\nT\n\nL\n\nB"}})));
  EXPECT_EQ(sink.Origins(), std::vector<std::string>{"<stdin>:a.txt"});
}

TEST(Reader, TrickledInputReadsLikeMemory) {
  const std::vector<std::string> inputs = {
      "  date 2026-01-22 u\r\n\r\nT\r\n\r\nL\r\n\r\nB",
      "[\n  {\"title\": \"a\", \"content\": \"x\n  },\n  {\"title\": \"b\", "
      "\"text\": \"y\"}\n]",
      "{\"title\": \"a\"}\njunk\n{\"title\": \"b\", \"text\": \"1\"",
      std::string(70000, ' ') + "{\"title\": \"" + std::string(70000, 'x') +
          "\"}",
      "<!doctype html><title>t</title><p>b</p>",
      testing::MakeZip(
          {{"a.json", "[{\"title\": \"a\"}, {\"title\": \"b\"}]"}}),
  };
  ReadOptions options;
  options.max_record_bytes = 100000;
  for (const std::string& input : inputs) {
    const auto memory = Read(input, "x", options);
    testing::CollectSink trickled;
    TrickleSource source(input, 5);
    InputStream stream(&source);
    ReadStream("x", &stream, ReadContext{&options, &trickled});
    EXPECT_EQ(trickled.Origins(), memory.Origins()) << input.substr(0, 40);
    EXPECT_EQ(trickled.Titles(), memory.Titles()) << input.substr(0, 40);
    EXPECT_EQ(trickled.SkipsText(), memory.SkipsText()) << input.substr(0, 40);
  }
}

TEST(InputStream, PeekAcrossChunksAndReadBounded) {
  const std::string bytes = "abcdefghij";
  TrickleSource source(bytes, 5);
  InputStream in(&source);
  EXPECT_EQ(in.Peek(4), "abcd");
  in.Skip(2);
  EXPECT_EQ(in.Peek(6), "cdefgh");
  EXPECT_EQ(in.offset(), 2u);
  std::string rest;
  EXPECT_FALSE(ReadBounded(&in, 5, &rest));
  EXPECT_EQ(rest, "");
  EXPECT_EQ(in.offset(), 10u);
  InputStream memory(std::string_view("xyz"));
  EXPECT_TRUE(ReadBounded(&memory, 3, &rest));
  EXPECT_EQ(rest, "xyz");
}

}  // namespace
}  // namespace khabar::doc
