// Helpers shared by the corpus, golden and end-to-end tests.

#ifndef KHABAR_TESTS_TEST_UTIL_H_
#define KHABAR_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "khabar/document.h"

namespace khabar::testing {

// $NAME from the environment, else the default the build compiled in.
inline std::string DirSetting(const char* name, const char* fallback) {
  const char* dir = std::getenv(name);
  return dir ? dir : fallback;
}

// ../shared beside the checkout, or "" when it is not there.
inline std::string SharedDir() {
  const std::string dir =
      DirSetting("KHABAR_SHARED_DIR", KHABAR_SHARED_DIR_DEFAULT);
  return std::filesystem::is_directory(dir) ? dir : "";
}

inline std::string SourceDir() {
  return DirSetting("KHABAR_SOURCE_DIR", KHABAR_SOURCE_DIR_DEFAULT);
}

inline std::string BinaryDir() {
  return DirSetting("KHABAR_BINARY_DIR", KHABAR_BINARY_DIR_DEFAULT);
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

// What `khabar` printed and returned.
struct CliRun {
  int exit_code;
  std::string out, err;
};

// Runs `khabar ARGS` through the shell from the source dir, stdin from
// `input`; its in, out and err files go in `scratch` (an existing dir).
inline CliRun RunKhabar(const std::string& args, const std::string& input,
                        const std::filesystem::path& scratch) {
  { std::ofstream(scratch / "in", std::ios::binary) << input; }
  const std::string cmd = "cd '" + SourceDir() + "' && '" + BinaryDir() + "/khabar' " + args +
                          " < '" + (scratch / "in").string() + "' > '" +
                          (scratch / "out").string() + "' 2> '" + (scratch / "err").string() +
                          "'";
  const int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1,
          ReadFile((scratch / "out").string()), ReadFile((scratch / "err").string())};
}

// Offsets never lie: every span of the record lies inside its text, on
// code point boundaries, and names the surface it claims.
inline void ExpectSpansValid(const Record& r) {
  const auto inside = [&](const Span& s, const char* what) {
    EXPECT_LE(s.begin, s.end) << what << " in " << r.origin;
    EXPECT_LE(s.end, r.text.size()) << what << " in " << r.origin;
    for (uint32_t b : {s.begin, s.end}) {
      if (b < r.text.size()) {
        EXPECT_NE(static_cast<unsigned char>(r.text[b]) & 0xC0, 0x80)
            << what << " splits a character in " << r.origin;
      }
    }
  };
  inside(r.title_span, "title");
  EXPECT_EQ(r.title_span.Of(r.text), r.title);
  inside(r.lede_span, "lede");
  EXPECT_EQ(r.lede_span.Of(r.text), r.lede);
  inside(r.body_span, "body");
  if (r.dateline) inside(r.dateline->span, "dateline");
  for (const Span& s : r.paragraphs) inside(s, "paragraph");
  for (const Span& s : r.sentences) inside(s, "sentence");
  for (const Section& s : r.sections) {
    inside(s.heading, "heading");
    inside(s.span, "section");
  }
  for (const Repair& rep : r.repairs) {
    inside(rep.span, "repair");
    EXPECT_EQ(rep.span.Of(r.text), rep.after) << rep.kind << " in " << r.origin;
  }
  for (const Quantity& q : r.quantities) {
    inside(q.span, "quantity");
    EXPECT_EQ(q.span.Of(r.text), q.text) << r.origin;
    inside(q.counted_span, "counted");
    EXPECT_EQ(q.counted_span.Of(r.text), q.counted) << r.origin;
  }
  for (const TimeExpr& t : r.times) {
    inside(t.span, "time");
    EXPECT_EQ(t.span.Of(r.text), t.text) << r.origin;
  }
  for (const Entity& e : r.entities) {
    EXPECT_FALSE(e.mentions.empty()) << e.canonical << " in " << r.origin;
    for (const EntityMention& m : e.mentions) {
      inside(m.span, "mention");
      EXPECT_EQ(m.span.Of(r.text), m.text) << e.canonical << " in " << r.origin;
    }
  }
  auto is_entity = [&](const std::string& id) {
    for (const Entity& e : r.entities)
      if (e.id == id) return true;
    return false;
  };
  for (const Quote& q : r.quotes) {
    inside(q.span, "quote");
    EXPECT_FALSE(q.span.empty()) << "empty quote in " << r.origin;
    EXPECT_EQ(q.span.Of(r.text), q.text) << r.origin;
    inside(q.cue_span, "cue");
    EXPECT_FALSE(q.cue_span.empty()) << "quote without a cue in " << r.origin;
    if (q.speaker_span) inside(*q.speaker_span, "speaker");
    if (!q.speaker.empty()) {
      EXPECT_TRUE(is_entity(q.speaker)) << q.speaker;
    }
  }
  for (const Event& e : r.events) {
    inside(e.span, "event");
    EXPECT_EQ(e.span.Of(r.text), e.text) << r.origin;
    for (const std::string& p : e.participants) EXPECT_TRUE(is_entity(p)) << p;
    if (!e.place.empty()) {
      EXPECT_TRUE(is_entity(e.place)) << e.place;
    }
  }
  uint32_t last = 0;
  for (const Token& t : r.tokens) {
    inside(t.span, "token");
    EXPECT_GE(t.span.begin, last) << "tokens out of order in " << r.origin;
    EXPECT_FALSE(t.span.empty()) << "empty token in " << r.origin;
    last = t.span.end;
  }
}

}  // namespace khabar::testing

#endif  // KHABAR_TESTS_TEST_UTIL_H_
