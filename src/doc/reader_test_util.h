// Helpers for the reader tests: a sink that keeps everything, and zips and
// files made on the spot.

#ifndef KHABAR_DOC_READER_TEST_UTIL_H_
#define KHABAR_DOC_READER_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "khabar/reader.h"

namespace khabar::doc::testing {

struct Skip {
  std::string where;
  std::string why;
};

class CollectSink : public ReadSink {
 public:
  void OnArticle(RawArticle&& article) override {
    articles.push_back(std::move(article));
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    skips.push_back({where, why});
  }
  std::vector<std::string> Origins() const {
    std::vector<std::string> out;
    for (const RawArticle& a : articles) out.push_back(a.origin);
    return out;
  }
  std::vector<std::string> Titles() const {
    std::vector<std::string> out;
    for (const RawArticle& a : articles) out.push_back(a.title);
    return out;
  }
  std::string SkipsText() const {
    std::string out;
    for (const Skip& s : skips) out += s.where + ": " + s.why + "\n";
    return out;
  }

  std::vector<RawArticle> articles;
  std::vector<Skip> skips;
};

inline CollectSink Read(std::string_view bytes, const std::string& name = "in",
                        ReadOptions options = {}) {
  CollectSink sink;
  ReadBuffer(name, bytes, options, &sink);
  return sink;
}

inline bool HasWarning(const RawArticle& a, std::string_view text) {
  for (const std::string& w : a.warnings) {
    if (w.find(text) != std::string::npos) return true;
  }
  return false;
}

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "khabar_doc_XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string Write(const std::string& name, std::string_view bytes) const {
    const std::filesystem::path file = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary).write(bytes.data(), bytes.size());
    return file.string();
  }

 private:
  std::string path_;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

// The bytes of a zip holding `files` (name, content), made with libzip.
inline std::string MakeZip(
    const std::vector<std::pair<std::string, std::string>>& files) {
  TempDir dir;
  const std::string path = dir.path() + "/made.zip";
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  for (const auto& [name, content] : files) {
    zip_source_t* source =
        zip_source_buffer(archive, content.data(), content.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0)
        << zip_strerror(archive);
  }
  EXPECT_EQ(zip_close(archive), 0);
  return Slurp(path);
}

// $KHABAR_SHARED_DIR/<sub> (else the shared/ dir the build compiled in,
// see khabar_test()), or "" when absent.
inline std::string SharedPath(const std::string& sub) {
  const char* shared = std::getenv("KHABAR_SHARED_DIR");
#ifdef KHABAR_SHARED_DIR_DEFAULT
  if (shared == nullptr) shared = KHABAR_SHARED_DIR_DEFAULT;
#endif
  if (shared == nullptr) return "";
  const std::string path = std::string(shared) + "/" + sub;
  return std::filesystem::exists(path) ? path : "";
}

}  // namespace khabar::doc::testing

#endif  // KHABAR_DOC_READER_TEST_UTIL_H_
