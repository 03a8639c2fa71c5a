#include "doc/dir_reader.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace khabar::doc {
namespace {

Status CannotOpen(const std::string& path, int error) {
  std::string message = "cannot open " + path + ": " + std::strerror(error);
  if (error == ENOENT || error == ENOTDIR) return Status::NotFound(message);
  return Status::IoError(message);
}

class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() { ::close(fd_); }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

std::string JoinPath(const std::string& dir, const std::string& name) {
  return !dir.empty() && dir.back() == '/' ? dir + name : dir + "/" + name;
}

Status ReadFile(const std::string& path, bool regular, const ReadContext& ctx) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return CannotOpen(path, errno);
  FdCloser closer(fd);
  FdSource source(fd);
  InputStream in(&source);
  // A zip on disk is opened in place: libzip seeks, nothing is held whole.
  // A pipe cannot seek, so its zip goes through ReadStream's buffering.
  if (regular && IsZipMagic(in.Peek(4))) {
    ReadZipFile(path, ctx);
  } else {
    ReadStream(path, &in, ctx);
  }
  return Status::Ok();
}

// Visible entry names of `dir`, sorted.
Status ListDirectory(const std::string& dir, std::vector<std::string>* names) {
  DIR* handle = ::opendir(dir.c_str());
  if (handle == nullptr) return CannotOpen(dir, errno);
  errno = 0;
  while (const dirent* entry = ::readdir(handle)) {
    if (entry->d_name[0] != '.') names->emplace_back(entry->d_name);
  }
  const int error = errno;
  ::closedir(handle);
  if (error != 0) return CannotOpen(dir, error);
  std::sort(names->begin(), names->end());
  return Status::Ok();
}

Status ReadDirectory(const std::string& dir, const ReadContext& ctx);

// One entry met while walking: its problems are reported, not returned.
void ReadEntry(const std::string& path, const ReadContext& ctx) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0) {
    ctx.sink->OnSkip(path, CannotOpen(path, errno).message());
    return;
  }
  if (S_ISLNK(st.st_mode)) {
    if (::stat(path.c_str(), &st) != 0) {
      ctx.sink->OnSkip(
          path, "broken symbolic link: " + std::string(std::strerror(errno)));
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      ctx.sink->OnSkip(path, "symbolic link to a directory; not followed");
      return;
    }
  }
  Status status;
  if (S_ISDIR(st.st_mode)) {
    status = ReadDirectory(path, ctx);
  } else if (S_ISREG(st.st_mode)) {
    status = ReadFile(path, /*regular=*/true, ctx);
  } else {
    status =
        Status::Unsupported("not a regular file (a device, pipe or socket)");
  }
  if (!status.ok()) ctx.sink->OnSkip(path, status.message());
}

Status ReadDirectory(const std::string& dir, const ReadContext& ctx) {
  std::vector<std::string> names;
  RETURN_IF_ERROR(ListDirectory(dir, &names));
  for (const std::string& name : names) ReadEntry(JoinPath(dir, name), ctx);
  return Status::Ok();
}

}  // namespace

Status ReadFileOrDirectory(const std::string& path, const ReadContext& ctx) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return CannotOpen(path, errno);
  if (S_ISDIR(st.st_mode)) return ReadDirectory(path, ctx);
  // Named pipes and devices are read too when asked for by name
  // (`khabar ingest <(zcat day.json.gz)`), only never met in a walk.
  return ReadFile(path, S_ISREG(st.st_mode), ctx);
}

}  // namespace khabar::doc
