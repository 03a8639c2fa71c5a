// khabar tokenize [--offsets] < in > out
// The tokenizer of text/tokenizer.h, alone: one token per line,
//   surface<TAB>norm<TAB>kind[<TAB>begin<TAB>end]
// with byte offsets counted from the start of the input. Tokens never hold
// whitespace, so the input streams through in pieces cut after a line
// break (or, in a line over 1 MiB, after a space); memory stays bounded.
// A surface with invalid UTF-8 is printed with U+FFFD in its place (the
// offsets still count the original bytes).

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "cli/command.h"
#include "khabar/document.h"
#include "text/tokenizer.h"

namespace khabar::cli {
namespace {

constexpr size_t kBlockBytes = 64 << 10;
constexpr size_t kMaxPieceBytes = 1 << 20;

// Where to cut `bytes` so that no token spans the cut: after the last line
// break; in a piece grown too long, after the last space or tab; failing
// even that, at the last code point boundary. 0: wait for more input.
size_t CutPoint(std::string_view bytes) {
  const size_t newline = bytes.rfind('\n');
  if (newline != std::string_view::npos) return newline + 1;
  if (bytes.size() < kMaxPieceBytes) return 0;
  const size_t space = bytes.find_last_of(" \t");
  if (space != std::string_view::npos) return space + 1;
  size_t cut = bytes.size();
  while (cut > 0 &&
         (static_cast<unsigned char>(bytes[cut - 1]) & 0xC0) == 0x80) {
    --cut;
  }
  return cut > 1 ? cut - 1 : bytes.size();
}

class TokenPrinter {
 public:
  explicit TokenPrinter(bool offsets) : offsets_(offsets) {}

  // Tokenizes `piece`, which starts `base` bytes into the input.
  void Print(std::string_view piece, uint64_t base) {
    tokens_.clear();
    text::Tokenize(piece, Span{0, static_cast<uint32_t>(piece.size())},
                   &tokens_);
    for (const Token& t : tokens_) {
      const std::string_view surface = t.span.Of(piece);
      if (base::IsValidUtf8(surface)) {
        out_ += surface;
      } else {
        out_ += base::RepairUtf8(surface, nullptr);
      }
      out_ += '\t';
      out_ += t.norm;
      out_ += '\t';
      out_ += TokenKindName(t.kind);
      if (offsets_) {
        out_ += '\t' + std::to_string(base + t.span.begin) + '\t' +
                std::to_string(base + t.span.end);
      }
      out_ += '\n';
    }
  }

  bool Flush() {
    const bool ok =
        std::fwrite(out_.data(), 1, out_.size(), stdout) == out_.size() &&
        std::fflush(stdout) == 0;
    out_.clear();
    return ok;
  }

 private:
  bool offsets_;
  std::vector<Token> tokens_;
  std::string out_;
};

int RunTokenize(bool offsets) {
  TokenPrinter printer(offsets);
  std::string in;
  uint64_t base = 0;  // input offset of in[0]
  for (;;) {
    const size_t have = in.size();
    in.resize(have + kBlockBytes);
    const ssize_t n = ::read(STDIN_FILENO, in.data() + have, kBlockBytes);
    if (n < 0 && errno == EINTR) {
      in.resize(have);
      continue;
    }
    if (n < 0) {
      std::fprintf(stderr, "khabar: reading standard input: %s\n",
                   std::strerror(errno));
      return kExitPartial;
    }
    in.resize(have + static_cast<size_t>(n));
    const size_t cut = n == 0 ? in.size() : CutPoint(in);
    printer.Print(std::string_view(in).substr(0, cut), base);
    if (!printer.Flush()) return kExitPartial;  // e.g. a closed pipe
    if (n == 0) return kExitOk;
    in.erase(0, cut);
    base += cut;
  }
}

}  // namespace

void RegisterTokenize(CLI::App& app, Runner* run) {
  auto offsets = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "tokenize",
      "Print the tokens of standard input, one per line:\n"
      "surface<TAB>norm<TAB>kind, kind one of arabic latin number punct url\n"
      "email hashtag mention symbol other. Whitespace is never a token.");
  cmd->add_flag("--offsets", *offsets,
                "Add the token's begin and end byte offsets in the input");
  cmd->callback(
      [run, offsets] { *run = [offsets] { return RunTokenize(*offsets); }; });
}

}  // namespace khabar::cli
