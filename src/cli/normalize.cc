// khabar normalize < in > out
// The search normalization of text/normalizer.h, alone, for debugging and
// for scripts. Normalization has no context beyond one code point, so the
// input streams through in blocks as they arrive (a line typed at a
// terminal comes back at once), cut only between code points: line breaks
// stay where they are, memory stays constant whatever the input's size, and
// invalid UTF-8 comes out as U+FFFD.

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "cli/command.h"
#include "text/normalizer.h"

namespace khabar::cli {
namespace {

constexpr size_t kBlockBytes = 64 << 10;

// How many bytes at the end of `bytes` may be the start of a UTF-8
// sequence that the next block completes; they wait for it.
size_t PendingTail(std::string_view bytes) {
  for (size_t k = 1; k <= 3 && k <= bytes.size(); ++k) {
    const auto c = static_cast<unsigned char>(bytes[bytes.size() - k]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further
    if (c < 0xC0) return 0;            // ASCII, or a stray byte: complete
    const size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    return need > k ? k : 0;
  }
  return 0;
}

bool WriteAll(std::string_view bytes) {
  return std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size() &&
         std::fflush(stdout) == 0;
}

int RunNormalize() {
  std::string in;
  std::string out;
  size_t pending = 0;  // bytes kept from the last block
  for (;;) {
    in.resize(pending + kBlockBytes);
    const ssize_t n = ::read(STDIN_FILENO, in.data() + pending, kBlockBytes);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::fprintf(stderr, "khabar: reading standard input: %s\n",
                   std::strerror(errno));
      return kExitPartial;
    }
    in.resize(pending + static_cast<size_t>(n));
    const bool end = n == 0;
    pending = end ? 0 : PendingTail(in);
    out.clear();
    text::NormalizeAppend(std::string_view(in).substr(0, in.size() - pending),
                          &out);
    if (!WriteAll(out)) return kExitPartial;  // e.g. a closed pipe
    if (end) return kExitOk;
    in.erase(0, in.size() - pending);
  }
}

}  // namespace

void RegisterNormalize(CLI::App& app, Runner* run) {
  CLI::App* cmd = app.add_subcommand(
      "normalize",
      "Print standard input in khabar's search normalization: hamza and\n"
      "alef forms folded, tatweel and harakat removed, presentation forms\n"
      "decomposed, digits to ASCII, Latin lower-cased. Line breaks kept.");
  cmd->callback([run] { *run = [] { return RunNormalize(); }; });
}

}  // namespace khabar::cli
