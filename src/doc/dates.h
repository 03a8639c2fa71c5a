// Article dates as inputs write them, checked and put in one form.

#ifndef KHABAR_DOC_DATES_H_
#define KHABAR_DOC_DATES_H_

#include <optional>
#include <string>
#include <string_view>

namespace khabar::doc {

// Reads the calendar date at the start of `raw` and returns it as YYYY-MM-DD.
// Accepts YYYY-MM-DD, YYYY/MM/DD, YYYY-MM-DD hh:mm:ss, ISO 8601 with T and a
// zone, DD.MM.YYYY and DD/MM/YYYY, in any digit set (٢٠٢٦-٠١-٢٢). A date
// that is impossible (2015-02-30, month 13, year 0042) or unreadable gives
// nullopt and sets *problem to a message quoting it.
//   "2015-07-21 03:15:01" -> "2015-07-21"     "22.01.2026" -> "2026-01-22"
std::optional<std::string> ParseDate(std::string_view raw,
                                     std::string* problem);

}  // namespace khabar::doc

#endif  // KHABAR_DOC_DATES_H_
