#include "doc/dates.h"

#include <gtest/gtest.h>

namespace khabar::doc {
namespace {

struct Case {
  const char* raw;
  const char* want;  // nullptr: rejected
};

TEST(ParseDate, Table) {
  const Case cases[] = {
      {"2026-01-22", "2026-01-22"},
      {"  2026-01-22 https://x", "2026-01-22"},
      {"2015-07-21 03:15:01", "2015-07-21"},
      {"2015-07-21T03:15:01Z", "2015-07-21"},
      {"2015/7/1", "2015-07-01"},
      {"22.01.2026", "2026-01-22"},
      {"22.01.2026, سبوتنيك", "2026-01-22"},
      {"٢٢/٠١/٢٠٢٦", "2026-01-22"},
      {"۲۰۲۶-۰۱-۲۲", "2026-01-22"},
      {"2024-02-29", "2024-02-29"},
      {"2015-02-30", nullptr},
      {"2023-02-29", nullptr},
      {"2015-13-01", nullptr},
      {"0042-01-01", nullptr},
      {"2015-07", nullptr},
      {"yesterday", nullptr},
      {"", nullptr},
      {"2015-07.21", nullptr},
      {"99999-01-01", nullptr},
  };
  for (const Case& c : cases) {
    std::string problem;
    const auto got = ParseDate(c.raw, &problem);
    if (c.want) {
      ASSERT_TRUE(got.has_value()) << c.raw << ": " << problem;
      EXPECT_EQ(*got, c.want) << c.raw;
    } else {
      EXPECT_FALSE(got.has_value()) << c.raw << " -> " << *got;
      EXPECT_NE(problem.find("date"), std::string::npos) << c.raw;
    }
  }
}

TEST(ParseDate, ImpossibleDateIsNamedInTheMessage) {
  std::string problem;
  EXPECT_FALSE(ParseDate("2015-02-30", &problem));
  EXPECT_EQ(problem, "impossible date '2015-02-30'");
}

}  // namespace
}  // namespace khabar::doc
