// The lexicon compiled into the binary: gen/lexicon.bin, built from
// aspell-ar-large by tools/build_lexicon and linked by khabar_embed() into
// the khabar_lexicon_data library. Kept apart from lexicon.cc so that the
// build tool, which links khabar_text, does not need the image it makes.

#include <cstdio>
#include <cstdlib>

#include "base/embed.h"
#include "text/lexicon.h"

KHABAR_EMBEDDED(khabar_lexicon)

namespace khabar::text {

const Lexicon& Lexicon::Default() {
  static const Lexicon* lexicon = [] {
    Result<Lexicon> lex = FromImage(khabar_lexicon_view());
    if (!lex.ok()) {
      // The image is made by the build; a bad one is a build bug.
      std::fprintf(stderr, "khabar: embedded %s\n",
                   lex.status().ToString().c_str());
      std::abort();
    }
    return new Lexicon(std::move(lex).value());
  }();
  return *lexicon;
}

}  // namespace khabar::text
