// Ingest's threads. The reader hands articles with a sequence number to a
// bounded queue; workers analyze and prepare them and park the results by
// sequence number; the calling thread writes them in sequence order. The
// reader waits while `window` articles are in flight, which bounds both
// the queue and the parked results.

#include "index/ingest.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <time.h>

#include "index/prepare_internal.h"
#include "index/schema.h"
#include "index/writer.h"
#include "khabar/pipeline.h"

namespace khabar::index {
namespace {

using Clock = std::chrono::steady_clock;

// CPU seconds the calling thread has used so far.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

// "malformed JSON at line 3: ..." -> "malformed JSON at line": reasons
// grouped without their particulars.
std::string ReasonKey(const std::string& why) {
  size_t end = why.find_first_of(":(0123456789");
  std::string key = why.substr(0, end);
  while (!key.empty() && (key.back() == ' ' || key.back() == ',')) key.pop_back();
  return key.empty() ? why : key;
}

class Flow {
 public:
  explicit Flow(size_t window) : window_(window) {}

  // Reader: blocks while the window is full. False once aborted.
  bool Push(RawArticle&& a) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return aborted_ || pushed_ - written_ < window_; });
    if (aborted_) return false;
    queue_.push_back({pushed_++, std::move(a)});
    work_.notify_one();
    return true;
  }
  void CloseInput() {
    std::lock_guard lock(mu_);
    closed_ = true;
    work_.notify_all();
    parked_cv_.notify_all();
  }
  // Worker: the next article to analyze, or false when there is none left.
  bool Pop(uint64_t* seq, RawArticle* a) {
    std::unique_lock lock(mu_);
    work_.wait(lock, [&] { return aborted_ || closed_ || !queue_.empty(); });
    if (aborted_ || queue_.empty()) return false;
    *seq = queue_.front().first;
    *a = std::move(queue_.front().second);
    queue_.pop_front();
    return true;
  }
  void Park(uint64_t seq, PreparedPtr p) {
    std::lock_guard lock(mu_);
    parked_[seq] = std::move(p);
    parked_cv_.notify_all();
  }
  // Writer: the article with sequence number `written_`, waiting at most
  // `wait`; null on timeout. *finished is set when all were written.
  PreparedPtr Next(std::chrono::milliseconds wait, bool* finished) {
    std::unique_lock lock(mu_);
    parked_cv_.wait_for(lock, wait, [&] {
      return aborted_ || parked_.count(written_) || (closed_ && written_ == pushed_);
    });
    *finished = aborted_ || (closed_ && written_ == pushed_);
    auto it = parked_.find(written_);
    if (it == parked_.end()) return nullptr;
    PreparedPtr p = std::move(it->second);
    parked_.erase(it);
    ++written_;
    room_.notify_one();
    return p;
  }
  void Abort() {
    std::lock_guard lock(mu_);
    aborted_ = true;
    room_.notify_all();
    work_.notify_all();
    parked_cv_.notify_all();
  }

 private:
  const size_t window_;
  std::mutex mu_;
  std::condition_variable room_, work_, parked_cv_;
  std::deque<std::pair<uint64_t, RawArticle>> queue_;
  std::map<uint64_t, PreparedPtr> parked_;
  uint64_t pushed_ = 0, written_ = 0;
  bool closed_ = false, aborted_ = false;
};

class FlowSink : public ReadSink {
 public:
  FlowSink(Flow* flow, const IngestOptions& options) : flow_(flow), options_(options) {}
  void OnArticle(RawArticle&& a) override {
    if (flow_->Push(std::move(a))) ++read_;
  }
  void OnSkip(const std::string& where, const std::string& why) override {
    std::lock_guard lock(mu_);
    ++skipped_;
    ++reasons_[ReasonKey(why)];
    if (options_.on_skip) options_.on_skip(where, why);
  }
  void BadPath(const Status& s, const std::string& path) {
    std::lock_guard lock(mu_);
    ++bad_paths_;
    if (options_.on_skip) options_.on_skip(path, s.message());
  }
  void Fill(IngestSummary* s) {
    std::lock_guard lock(mu_);
    s->read = read_;
    s->skipped = skipped_;
    s->bad_paths = bad_paths_;
    s->skip_reasons = reasons_;
  }

 private:
  Flow* flow_;
  const IngestOptions& options_;
  std::mutex mu_;
  uint64_t read_ = 0, skipped_ = 0, bad_paths_ = 0;
  std::map<std::string, uint64_t> reasons_;
};

class CountSink : public ReadSink {
 public:
  void OnArticle(RawArticle&&) override { ++n; }
  void OnSkip(const std::string&, const std::string&) override {}
  uint64_t n = 0;
};

// Adds the thread's CPU seconds to *cpu when it is done.
void Work(Flow* flow, const Pipeline* pipeline, std::atomic<double>* cpu) {
  AnalyzeOptions analyze;
  analyze.tokens = true;
  uint64_t seq;
  RawArticle raw;
  while (flow->Pop(&seq, &raw))
    flow->Park(seq, PrepareArticle(pipeline->Analyze(raw, analyze)));
  const double used = ThreadCpuSeconds();
  for (double now = cpu->load(); !cpu->compare_exchange_weak(now, now + used);) {
  }
}

void Count(Writer::Outcome outcome, const PreparedArticle& a,
           const Writer::Added& added, IngestSummary* s) {
  switch (outcome) {
    case Writer::Outcome::kAdded: ++s->added; break;
    case Writer::Outcome::kReplaced: ++s->replaced; break;
    case Writer::Outcome::kUnchanged: ++s->unchanged; return;
  }
  if (!added.original.empty()) ++s->duplicates;
  s->quotes += a.quotes.size();
}

// Writes parked articles in order until all are written; commits every
// options.commit_every writes.
Status WriteAll(Flow* flow, Writer* writer, const IngestOptions& options,
                const std::atomic<uint64_t>& total, IngestSummary* s) {
  const auto start = Clock::now();
  auto last_report = start;
  uint64_t uncommitted = 0, done = 0;
  for (bool finished = false; !finished;) {
    PreparedPtr p = flow->Next(std::chrono::milliseconds(100), &finished);
    if (p) {
      ASSIGN_OR_RETURN(const Writer::Added added, writer->Add(*p));
      Count(added.outcome, *p, added, s);
      ++done;
      if (added.outcome != Writer::Outcome::kUnchanged &&
          ++uncommitted >= options.commit_every) {
        RETURN_IF_ERROR(writer->Commit());
        uncommitted = 0;
      }
      finished = false;  // there may be more
    }
    const auto now = Clock::now();
    if (options.on_progress && now - last_report > std::chrono::milliseconds(250)) {
      last_report = now;
      options.on_progress({done, total.load(),
                           std::chrono::duration<double>(now - start).count()});
    }
  }
  return writer->Commit();
}

}  // namespace

Result<IngestSummary> Ingest(const std::vector<std::string>& paths,
                             const IngestOptions& options) {
  const auto start = Clock::now();
  ASSIGN_OR_RETURN(std::unique_ptr<Writer> writer, Writer::Open(options.db_dir));
  const Pipeline pipeline;
  const int jobs = options.jobs > 0
                       ? options.jobs
                       : std::max(1u, std::thread::hardware_concurrency());
  Flow flow(4 * static_cast<size_t>(jobs) + 16);
  FlowSink sink(&flow, options);

  std::atomic<uint64_t> total{0};
  std::thread counter;
  const bool can_count = std::none_of(paths.begin(), paths.end(),
                                      [](const std::string& p) { return p == "-"; });
  if (options.count_total && can_count) {
    counter = std::thread([&] {
      CountSink count;
      for (const std::string& p : paths) (void)ReadPath(p, options.read, &count);
      total = count.n;
    });
  }
  std::thread reader([&] {
    for (const std::string& p : paths) {
      const Status s = ReadPath(p, options.read, &sink);
      if (!s.ok()) sink.BadPath(s, p);
    }
    flow.CloseInput();
  });
  std::atomic<double> analyze_cpu{0};
  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) workers.emplace_back(Work, &flow, &pipeline, &analyze_cpu);

  IngestSummary summary;
  const double write_cpu_start = ThreadCpuSeconds();
  Status status = WriteAll(&flow, writer.get(), options, total, &summary);
  summary.write_cpu_seconds = ThreadCpuSeconds() - write_cpu_start;
  if (!status.ok()) flow.Abort();
  reader.join();
  for (std::thread& t : workers) t.join();
  if (counter.joinable()) counter.join();
  if (!status.ok()) return status;

  sink.Fill(&summary);
  summary.analyze_cpu_seconds = analyze_cpu.load();
  summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  ASSIGN_OR_RETURN(summary.articles_in_index, writer->ArticleCount());
  RETURN_IF_ERROR(writer->SetMetadata(kLastIngestKey, SummaryJson(summary)));
  RETURN_IF_ERROR(writer->Commit());
  return summary;
}

std::string SummaryJson(const IngestSummary& s) {
  nlohmann::ordered_json j = {
      {"read", s.read}, {"added", s.added}, {"replaced", s.replaced},
      {"unchanged", s.unchanged}, {"duplicates", s.duplicates},
      {"quotes", s.quotes}, {"skipped", s.skipped}, {"bad_paths", s.bad_paths},
      {"skip_reasons", s.skip_reasons}, {"articles_in_index", s.articles_in_index},
      {"seconds", s.seconds}, {"analyze_cpu_seconds", s.analyze_cpu_seconds},
      {"write_cpu_seconds", s.write_cpu_seconds}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace khabar::index
