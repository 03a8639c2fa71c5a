#include "e2e.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>

#include "corpus.h"

namespace khabar::bench {
namespace {

struct Flags {
  std::string records;
  size_t synthetic = 0;
  size_t warmup = 200;
};

constexpr char kUsage[] =
    "usage: %s (--records=FILE | --synthetic=BYTES) [--warmup=ARTICLES]\n";

bool ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const size_t eq = arg.find('=');
    const std::string_view key = arg.substr(0, eq);
    const std::string value(eq == arg.npos ? "" : arg.substr(eq + 1));
    if (key == "--records") {
      flags->records = value;
    } else if (key == "--synthetic") {
      flags->synthetic = std::strtoull(value.c_str(), nullptr, 10);
    } else if (key == "--warmup") {
      flags->warmup = std::strtoull(value.c_str(), nullptr, 10);
    } else {
      return false;
    }
  }
  return flags->records.empty() != (flags->synthetic == 0);
}

long MaxRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

// User + system CPU time of this process: less disturbed than wall time by
// other processes on a shared machine (though not by cache contention).
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

void RunPass(const Corpus& corpus, size_t limit, Engine* engine,
             TermSink* sink) {
  const size_t n = std::min(limit, corpus.articles.size());
  for (size_t i = 0; i < n; ++i) engine->Analyze(corpus.articles[i], sink);
}

Status LoadCorpus(const Flags& flags, Corpus* corpus) {
  if (flags.synthetic == 0) return ReadRecords(flags.records, corpus);
  *corpus = SyntheticCorpus(flags.synthetic);
  return Status::Ok();
}

}  // namespace

int E2eMain(int argc, char** argv, Engine* engine) {
  Flags flags;
  if (!ParseFlags(argc, argv, &flags)) {
    std::fprintf(stderr, kUsage, argv[0]);
    return 2;
  }
  Corpus corpus;
  if (Status s = LoadCorpus(flags, &corpus); !s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  const long load_rss_kb = MaxRssKb();
  TermSink warmup;
  RunPass(corpus, flags.warmup, engine, &warmup);

  TermSink sink;
  const double cpu_start = CpuSeconds();
  const auto start = std::chrono::steady_clock::now();
  RunPass(corpus, corpus.articles.size(), engine, &sink);
  const std::chrono::duration<double> seconds =
      std::chrono::steady_clock::now() - start;
  const double cpu_seconds = CpuSeconds() - cpu_start;

  std::cout << engine->name() << '\t' << corpus.label << '\t'
            << corpus.articles.size() << '\t' << corpus.bytes() << '\t'
            << seconds.count() << '\t' << cpu_seconds << '\t' << sink.terms()
            << '\t' << sink.checksum() << '\t' << load_rss_kb << '\t'
            << MaxRssKb() << std::endl;
  return 0;
}

}  // namespace khabar::bench
