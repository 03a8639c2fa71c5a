// What the Google Benchmark programs beside their code (extract_bench,
// quotes_bench) share: the data they read (--data=PATH, else a default),
// and a reporter that keeps each benchmark's CPU time for the ratio they
// print at the end.

#ifndef KHABAR_BENCH_RATIO_REPORTER_H_
#define KHABAR_BENCH_RATIO_REPORTER_H_

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::bench {

// The first day of SaudiNewsNet under $KHABAR_SHARED_DIR (else the shared
// dir configured in CMake), else examples/sample.txt. REQUIRES: the target
// defines KHABAR_SHARED_DIR_DEFAULT and KHABAR_SOURCE_DIR_DEFAULT.
inline std::string FirstDay() {
  const char* env = std::getenv("KHABAR_SHARED_DIR");
  const std::string dir =
      std::string(env ? env : KHABAR_SHARED_DIR_DEFAULT) + "/data/saudinewsnet";
  std::vector<std::string> zips;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".zip") zips.push_back(e.path().string());
  std::sort(zips.begin(), zips.end());
  return zips.empty() ? std::string(KHABAR_SOURCE_DIR_DEFAULT) + "/examples/sample.txt"
                      : zips[0];
}

// Takes --data=PATH out of argv (Google Benchmark refuses flags it does not
// know) and returns PATH, or FirstDay() when there is none.
inline std::string TakeDataFlag(int* argc, char** argv) {
  std::string data;
  int kept = 1;
  for (int i = 1; i < *argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--data=")) data = std::string(arg.substr(7));
    else argv[kept++] = argv[i];
  }
  *argc = kept;
  return data.empty() ? FirstDay() : data;
}

// The console report, and the CPU time of every repetition by benchmark,
// for the ratio printed at the end.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.error_occurred) continue;
      const std::string& name = run.run_name.function_name;
      if (run.run_type == Run::RT_Iteration) cpu_ms_[name].push_back(Milliseconds(run));
      if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median")
        median_ms_[name] = Milliseconds(run);
    }
  }

  // The median time of `name`'s repetitions in ms; 0 when it did not run.
  double Median(const std::string& name) const {
    if (const auto m = median_ms_.find(name); m != median_ms_.end()) return m->second;
    const auto it = cpu_ms_.find(name);
    if (it == cpu_ms_.end()) return 0;
    std::vector<double> v = it->second;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

 private:
  static double Milliseconds(const Run& run) {
    const double per_iteration = run.GetAdjustedCPUTime();
    return per_iteration * benchmark::GetTimeUnitMultiplier(benchmark::kMillisecond) /
           benchmark::GetTimeUnitMultiplier(run.time_unit);
  }
  std::map<std::string, std::vector<double>> cpu_ms_;  // each repetition
  std::map<std::string, double> median_ms_;  // reported by the library
};

}  // namespace khabar::bench

#endif  // KHABAR_BENCH_RATIO_REPORTER_H_
