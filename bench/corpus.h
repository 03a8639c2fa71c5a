// The benchmark corpus: one UTF-8 string per article (title, blank line,
// body), held in memory so that every engine reads the same bytes and no
// engine pays for I/O inside the timed loop.
//
// Corpora travel between benchmark binaries as a records file: the line
// "KHBRREC1 <label>\n", then per article a 4-byte little-endian length and the
// bytes. The peers (Lucene++, Snowball) read that file and so need no khabar
// reader code: bench_corpus writes it once from the zips (load.h).
//
// When SaudiNewsNet is absent, SyntheticCorpus() makes Arabic-looking news
// text in code, and Corpus::label says so in every report.

#ifndef KHABAR_BENCH_CORPUS_H_
#define KHABAR_BENCH_CORPUS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "khabar/status.h"

namespace khabar::bench {

struct Corpus {
  std::vector<std::string> articles;
  std::string label;  // "saudinewsnet" or "synthetic"; shown in every report

  size_t bytes() const;
};

// Writes `corpus` (label and articles) as a records file at `path`
// (overwritten).
Status WriteRecords(const Corpus& corpus, const std::string& path);

// Reads a records file written by WriteRecords, label included.
// Reads one record at a time: peak memory stays the size of the corpus.
Status ReadRecords(const std::string& path, Corpus* corpus);

// Deterministic synthetic Arabic news text of about `bytes` bytes, in
// articles of 2-6 KB: words with and without diacritics and tatweel, clitics,
// Arabic-Indic and ASCII digits, Arabic and ASCII punctuation, a little
// Latin. Not linguistically real: only a stand-in when the data is absent.
Corpus SyntheticCorpus(size_t bytes);

}  // namespace khabar::bench

#endif  // KHABAR_BENCH_CORPUS_H_
