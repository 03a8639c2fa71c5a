// build_lexicon: compiles word lists into the lexicon image (text/lexicon.h).
//
//   build_lexicon OUT.bin LIST...
//
// Each LIST has one word per line; anything after '/', a space or a tab
// (aspell's affix flags, ANERcorp's NE tag) and lines starting with '#' are
// ignored. Words are put in search
// normalization, so the lexicon matches tokens' `norm`. The build runs it on
// `aspell -d ar-large dump master` (Debian's aspell-ar-large: 939k stems and
// words, GPL-2), plus the tokens of ANERcorp's train file when
// ../shared/data is there at configure time (proper names the segmenter
// must know as words); see tools/CMakeLists.txt.

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "text/lexicon.h"
#include "text/normalizer.h"

namespace {

bool ReadList(const char* path, std::vector<std::string>* words) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    // aspell's affix flags after '/', ANERcorp's tag after a space or tab.
    if (const size_t cut = line.find_first_of("/ \t"); cut != std::string::npos)
      line.resize(cut);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
      line.pop_back();
    if (!line.empty()) words->push_back(khabar::text::Normalize(line));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: build_lexicon OUT.bin LIST...\n");
    return 2;
  }
  std::vector<std::string> words;
  for (int i = 2; i < argc; ++i) {
    if (!ReadList(argv[i], &words)) {
      std::fprintf(stderr, "build_lexicon: cannot read %s\n", argv[i]);
      return 1;
    }
  }
  const size_t read = words.size();
  const std::string image = khabar::text::Lexicon::BuildImage(std::move(words));
  std::ofstream out(argv[1], std::ios::binary);
  out.write(image.data(), static_cast<std::streamsize>(image.size()));
  if (!out) {
    std::fprintf(stderr, "build_lexicon: cannot write %s\n", argv[1]);
    return 1;
  }
  std::fprintf(stderr, "build_lexicon: %zu lines -> %zu-byte image\n", read,
               image.size());
  return 0;
}
