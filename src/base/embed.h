// Bytes linked into the binary by cmake's khabar_embed(): data files (the
// lexicon, stopwords) that must be there with no file to find at run time.

#ifndef KHABAR_BASE_EMBED_H_
#define KHABAR_BASE_EMBED_H_

#include <string_view>

// Declares std::string_view NAME_view() for an embedded blob NAME.
#define KHABAR_EMBEDDED(name)                                      \
  extern "C" const char name[];                                    \
  extern "C" const unsigned long name##_size;                      \
  inline std::string_view name##_view() {                          \
    return std::string_view(name, name##_size);                    \
  }

#endif  // KHABAR_BASE_EMBED_H_
