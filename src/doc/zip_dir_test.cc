// Containers: zips (made here with libzip) and directory trees.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "doc/reader_test_util.h"

namespace khabar::doc {
namespace {

using testing::CollectSink;
using testing::MakeZip;
using testing::Read;
using testing::TempDir;
using Strings = std::vector<std::string>;

constexpr char kSeed[] = "date 2026-01-22 https://x/1\n\nعنوان\n\nمقدمة\n\nنص";
constexpr char kArray[] =
    "[{\"title\": \"a\", \"content\": \"1\"}, {\"title\": \"b\", \"content\": "
    "\"2\"}]";

TEST(ZipReader, JsonArrayAndSeedInNameOrder) {
  const std::string zip = MakeZip({{"z_seed.txt", kSeed},
                                   {"day.json", kArray},
                                   {"sub/", ""},
                                   {"__MACOSX/._day.json", "junk"},
                                   {".hidden", "x"},
                                   {"sub/.DS_Store", "x"}});
  const auto sink = Read(zip, "day.zip");
  EXPECT_EQ(sink.SkipsText(), "");
  EXPECT_EQ(sink.Origins(), (Strings{"day.zip:day.json#0", "day.zip:day.json#1",
                                     "day.zip:z_seed.txt"}));
  EXPECT_EQ(sink.articles[2].format, "seed");
  EXPECT_EQ(sink.articles[2].url, "https://x/1");
}

TEST(ZipReader, ZipFileOnDiskIsOpenedInPlace) {
  TempDir dir;
  const std::string path =
      dir.Write("day.zip", MakeZip({{"day.json", kArray}}));
  CollectSink sink;
  ASSERT_TRUE(ReadPath(path, {}, &sink).ok());
  EXPECT_EQ(sink.Origins(),
            (Strings{path + ":day.json#0", path + ":day.json#1"}));
}

TEST(ZipReader, NestedZipIsReadFromMemory) {
  const std::string inner = MakeZip({{"in.txt", kSeed}});
  const auto sink =
      Read(MakeZip({{"inner.zip", inner}, {"top.txt", kSeed}}), "outer.zip");
  EXPECT_EQ(sink.SkipsText(), "");
  EXPECT_EQ(sink.Origins(),
            (Strings{"outer.zip:inner.zip:in.txt", "outer.zip:top.txt"}));
}

TEST(ZipReader, NestedZipOverTheLimitIsSkipped) {
  const std::string inner = MakeZip({{"in.txt", kSeed}});
  ReadOptions options;
  options.max_record_bytes = inner.size() - 1;
  const auto sink = Read(MakeZip({{"inner.zip", inner}}), "outer.zip", options);
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].where, "outer.zip:inner.zip");
  EXPECT_NE(sink.skips[0].why.find("limit for a zip read from a stream"),
            std::string::npos);
}

TEST(ZipReader, ZipsNestedTooDeepStop) {
  std::string zip = MakeZip({{"a.txt", kSeed}});
  for (int i = 0; i < 6; ++i) zip = MakeZip({{"z.zip", zip}});
  const auto sink = Read(zip, "deep.zip");
  EXPECT_TRUE(sink.articles.empty());
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_NE(sink.skips[0].why.find("nested more than 4 deep"),
            std::string::npos);
}

TEST(ZipReader, CorruptZipSaysWhy) {
  std::string zip = MakeZip({{"day.json", kArray}});
  const auto truncated = Read(zip.substr(0, zip.size() / 2), "bad.zip");
  ASSERT_EQ(truncated.skips.size(), 1u);
  EXPECT_EQ(truncated.skips[0].where, "bad.zip");
  EXPECT_EQ(truncated.skips[0].why, "corrupt zip archive: Not a zip archive");

  TempDir dir;
  const std::string path = dir.Write("bad.zip", zip.substr(0, zip.size() - 10));
  CollectSink sink;
  ASSERT_TRUE(ReadPath(path, {}, &sink).ok());
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].where, path);
  EXPECT_EQ(sink.skips[0].why.substr(0, 20), "corrupt zip archive:");
}

TEST(ZipReader, DamagedEntryDataIsAReadError) {
  std::string text = "title\n";
  for (uint32_t x = 1; text.size() < 4000; x = x * 1103515245 + 12345) {
    text.push_back('a' + (x >> 16) % 26);
  }
  std::string zip = MakeZip({{"a.txt", text}});
  // The entry's data starts after the 30-byte local header and its name.
  zip[30 + 5 + 100] ^= 0x55;
  const auto sink = Read(zip, "z.zip");
  EXPECT_TRUE(sink.articles.empty()) << "half an article is no article";
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].where, "z.zip:a.txt");
  EXPECT_EQ(sink.skips[0].why.substr(0, 16), "read error after")
      << sink.skips[0].why;
}

TEST(ZipReader, EmptyZipSaysSo) {
  // libzip writes no file for an archive with no entries: the end record.
  const auto sink =
      Read(std::string("PK\5\6", 4) + std::string(18, '\0'), "e.zip");
  ASSERT_EQ(sink.skips.size(), 1u);
  EXPECT_EQ(sink.skips[0].why, "empty zip archive");
}

TEST(DirectoryReader, WalksSortedSkipsHiddenAndNamesFiles) {
  TempDir dir;
  dir.Write("b/2.txt", kSeed);
  dir.Write("b/10.txt", kSeed);
  dir.Write("a.json", kArray);
  dir.Write(".hidden.txt", kSeed);
  dir.Write(".git/config.txt", kSeed);
  dir.Write("c/empty.txt", "");
  std::filesystem::create_directory_symlink(dir.path() + "/b",
                                            dir.path() + "/loop");
  CollectSink sink;
  ASSERT_TRUE(ReadPath(dir.path(), {}, &sink).ok());
  const std::string d = dir.path();
  EXPECT_EQ(sink.Origins(), (Strings{d + "/a.json#0", d + "/a.json#1",
                                     d + "/b/10.txt", d + "/b/2.txt"}));
  ASSERT_EQ(sink.skips.size(), 2u) << sink.SkipsText();
  EXPECT_EQ(sink.skips[0].where, d + "/c/empty.txt");
  EXPECT_EQ(sink.skips[0].why, "empty file");
  EXPECT_EQ(sink.skips[1].where, d + "/loop");
  EXPECT_EQ(sink.skips[1].why, "symbolic link to a directory; not followed");
}

TEST(DirectoryReader, UnreadableEntriesAreSkippedNotFatal) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads files whatever their mode";
  TempDir dir;
  const std::string file = dir.Write("locked.txt", kSeed);
  const std::string sub = dir.Write("locked/x.txt", kSeed);
  ::chmod(file.c_str(), 0);
  ::chmod((dir.path() + "/locked").c_str(), 0);
  CollectSink sink;
  EXPECT_TRUE(ReadPath(dir.path(), {}, &sink).ok());
  ::chmod((dir.path() + "/locked").c_str(), 0755);
  EXPECT_EQ(sink.skips.size(), 2u) << sink.SkipsText();
  for (const auto& skip : sink.skips) {
    EXPECT_NE(skip.why.find("Permission denied"), std::string::npos);
  }
}

}  // namespace
}  // namespace khabar::doc
