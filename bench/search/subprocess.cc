#include "subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "engine.h"

extern char** environ;

namespace khabar::bench::search {
namespace {

std::vector<char*> Argv(const std::vector<std::string>& argv) {
  std::vector<char*> out;
  for (const std::string& a : argv) out.push_back(const_cast<char*>(a.c_str()));
  out.push_back(nullptr);
  return out;
}

int Wait(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}

}  // namespace

int RunCommand(const std::vector<std::string>& argv, bool quiet) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null",
                                   O_WRONLY, 0);
  if (quiet) {
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null",
                                     O_WRONLY, 0);
  }
  pid_t pid = -1;
  std::vector<char*> args = Argv(argv);
  const int err = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(),
                               environ);
  posix_spawn_file_actions_destroy(&actions);
  return err != 0 ? -1 : Wait(pid);
}

LineProcess::~LineProcess() { Stop(); }

Status LineProcess::Start(const std::vector<std::string>& argv) {
  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0) {
    return Status::IoError(std::string("pipe: ") + std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  std::vector<char*> args = Argv(argv);
  const int err = posix_spawnp(&pid_, args[0], &actions, nullptr, args.data(),
                               environ);
  posix_spawn_file_actions_destroy(&actions);
  close(in[0]);
  close(out[1]);
  to_child_ = in[1];
  from_child_ = out[0];
  name_ = argv[0];
  if (err != 0) {
    pid_ = -1;
    return Status::IoError("cannot start " + name_ + ": " + std::strerror(err));
  }
  signal(SIGPIPE, SIG_IGN);  // a dead child is an error from write(), not a kill
  return Status::Ok();
}

Status LineProcess::WriteLine(const std::string& line) {
  std::string data = line + "\n";
  for (size_t done = 0; done < data.size();) {
    const ssize_t n = write(to_child_, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      return Status::IoError(name_ + " stopped reading: " +
                             std::strerror(errno));
    }
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

Status LineProcess::ReadLine(double timeout_seconds, std::string* line) {
  const double deadline = NowSeconds() + timeout_seconds;
  size_t newline;
  while ((newline = buffer_.find('\n')) == buffer_.npos) {
    const double left = deadline - NowSeconds();
    pollfd p{from_child_, POLLIN, 0};
    const int ready = left > 0 ? poll(&p, 1, static_cast<int>(left * 1000) + 1)
                               : 0;
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) {
      return Status::IoError(name_ + ": no answer line within " +
                             std::to_string(timeout_seconds) + " s");
    }
    char chunk[1 << 16];
    const ssize_t n = read(from_child_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Status::IoError(name_ + ": output ended early");
    buffer_.append(chunk, static_cast<size_t>(n));
  }
  line->assign(buffer_, 0, newline);
  buffer_.erase(0, newline + 1);
  return Status::Ok();
}

void LineProcess::Stop() {
  if (to_child_ >= 0) close(to_child_);
  if (from_child_ >= 0) close(from_child_);
  to_child_ = from_child_ = -1;
  if (pid_ > 0) Wait(pid_);
  pid_ = -1;
}

}  // namespace khabar::bench::search
