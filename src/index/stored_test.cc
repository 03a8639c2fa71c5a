#include "index/stored.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace khabar::index {
namespace {

// A record-like JSON: Arabic text repeated in fields, as a record repeats
// its text's words in entities and quotes.
std::string RecordLike(int n) {
  std::string json = "{\"id\":\"" + std::to_string(n) + "\",\"text\":\"";
  for (int i = 0; i < n; ++i) json += "قال الوزير في بيان " + std::to_string(i) + " ";
  return json + "\"}";
}

TEST(Stored, RoundTripsAndShrinks) {
  for (int n : {0, 1, 10, 2000}) {
    const std::string json = RecordLike(n);
    const std::string stored = EncodeStored(json);
    Result<std::string> back = DecodeStored(stored);
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(*back, json);
    if (n == 2000) {
      EXPECT_LT(stored.size() * 4, json.size());
    }
  }
  Result<std::string> empty = DecodeStored(EncodeStored(""));
  ASSERT_TRUE(empty.ok()) << empty.status().message();
  EXPECT_EQ(*empty, "");
}

TEST(Stored, PlainJsonAndDamageAreCorruptNotCrashes) {
  const std::string json = RecordLike(300);
  for (const std::string& bad : {json, std::string(), std::string("\x28\xb5\x2f")}) {
    Result<std::string> r = DecodeStored(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kCorrupt);
    EXPECT_NE(r.status().message().find("stored document data"), std::string::npos);
  }
  std::string stored = EncodeStored(json);
  stored.resize(stored.size() / 2);  // a frame cut short
  EXPECT_FALSE(DecodeStored(stored).ok());
  stored = EncodeStored(json);
  for (size_t i = stored.size() / 2; i < stored.size(); i += 7) stored[i] ^= 0x5a;
  Result<std::string> flipped = DecodeStored(stored);
  // zstd checks the frame's structure, not a checksum: damage either fails
  // or decodes to the recorded size, never past it.
  if (flipped.ok()) {
    EXPECT_EQ(flipped->size(), json.size());
  }
}

TEST(Stored, ThreadsEncodeAndDecodeAtOnce) {
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([t, &failures] {
      for (int i = 0; i < 200; ++i) {
        const std::string json = RecordLike(t * 50 + i % 50);
        Result<std::string> back = DecodeStored(EncodeStored(json));
        failures[t] += !back.ok() || *back != json;
      }
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(failures, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace khabar::index
