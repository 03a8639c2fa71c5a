// Running a command-line engine from the harness: once to completion, or
// as a long-lived child spoken to a line at a time through pipes.

#ifndef KHABAR_BENCH_SEARCH_SUBPROCESS_H_
#define KHABAR_BENCH_SEARCH_SUBPROCESS_H_

#include <sys/types.h>

#include <string>
#include <vector>

#include "khabar/status.h"

namespace khabar::bench::search {

// Runs argv[0] (found on PATH when it has no '/') with its stdout sent to
// /dev/null and stderr inherited unless `quiet`, and waits. Returns the exit
// status (128 + signal when killed), or -1 when it could not start.
int RunCommand(const std::vector<std::string>& argv, bool quiet);

// A child with its stdin and stdout on pipes; stderr inherited.
// Not thread-safe.
class LineProcess {
 public:
  LineProcess() = default;
  ~LineProcess();  // closes stdin, waits for the child
  LineProcess(const LineProcess&) = delete;
  LineProcess& operator=(const LineProcess&) = delete;

  Status Start(const std::vector<std::string>& argv);
  // Writes `line` and "\n" to the child's stdin.
  Status WriteLine(const std::string& line);
  // Reads the next line of the child's stdout (without "\n"). Fails after
  // `timeout_seconds` with no complete line, or at end of output.
  Status ReadLine(double timeout_seconds, std::string* line);

 private:
  void Stop();

  pid_t pid_ = -1;
  int to_child_ = -1;
  int from_child_ = -1;
  std::string buffer_;  // read but not yet returned
  std::string name_;
};

}  // namespace khabar::bench::search

#endif  // KHABAR_BENCH_SEARCH_SUBPROCESS_H_
