// Loads the embedded data/*.tsv files into phrase tables, and matches
// phrases against tokens, allowing proclitics on the first word only (Arabic
// attaches و ف ب ل ك to the first word of a phrase: "لأكثر من", "وأمس").

#include "extract/tables.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "base/embed.h"
#include "text/normalizer.h"

KHABAR_EMBEDDED(khabar_number_words)
KHABAR_EMBEDDED(khabar_units)
KHABAR_EMBEDDED(khabar_months)
KHABAR_EMBEDDED(khabar_time_words)
KHABAR_EMBEDDED(khabar_quantity_cues)

namespace khabar::extract {

Tables* BuildTables();

namespace {

constexpr std::string_view kWaw = "\xd9\x88", kFa = "\xd9\x81",
                           kBa = "\xd8\xa8", kLam = "\xd9\x84",
                           kKaf = "\xd9\x83", kAl = "\xd8\xa7\xd9\x84";
constexpr size_t kMinStemBytes = 6;  // three Arabic letters

bool IsProclitic(std::string_view s) {
  const std::string_view c = s.substr(0, 2);
  return c == kWaw || c == kFa || c == kBa || c == kLam || c == kKaf;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    const size_t j = std::min(s.find(' ', i), s.size());
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

double Number(std::string_view s) { return std::strtod(std::string(s).c_str(), nullptr); }

// Reads `file` row by row into `table`; `fill` makes the Entry of a row.
template <class Fill>
void Load(std::string_view file, PhraseTable* table, Fill fill) {
  std::vector<std::string_view> f;
  while (!file.empty()) {
    size_t eol = file.find('\n');
    if (eol == std::string_view::npos) eol = file.size();
    const std::string_view line = file.substr(0, eol);
    file.remove_prefix(std::min(eol + 1, file.size()));
    if (!SplitRow(line, &f) || f.size() < 2) continue;
    table->Add(f[0], fill(f));
  }
}

}  // namespace

Tables* BuildTables() {
  auto* t = new Tables;
  Load(khabar_number_words_view(), &t->numbers, [](const auto& f) {
    return Entry{std::string(f[2]), "", Number(f[1]), 1, 0, f[3] == "1"};
  });
  Load(khabar_units_view(), &t->units, [](const auto& f) {
    return Entry{std::string(f[2]), std::string(f[1]), 0,
                 static_cast<int>(Number(f[3])), f[4] == "-" ? '\0' : f[4][0]};
  });
  Load(khabar_months_view(), &t->months, [](const auto& f) {
    return Entry{std::string(f[2]), std::string(f[3]), Number(f[1])};
  });
  Load(khabar_time_words_view(), &t->time, [](const auto& f) {
    return Entry{std::string(f[1]), std::string(f[2]), Number(f[2])};
  });
  Load(khabar_quantity_cues_view(), &t->cues, [](const auto& f) {
    return Entry{std::string(f[1]), std::string(f[2])};
  });
  t->slots_.resize(2048);
  const std::pair<const PhraseTable*, uint8_t> all[] = {
      {&t->numbers, Tables::kNumberBit}, {&t->units, Tables::kUnitBit},
      {&t->months, Tables::kMonthBit}, {&t->time, Tables::kTimeBit}};
  for (const auto& [table, bit] : all)
    table->ForEachFirst([t, bit = bit](const std::string& w) { t->AddFirst(w, bit); });
  t->cues.ForEachFirst([t](const std::string& w) {
    bool year = false;
    t->cues.ForEachEntry(w, [&](const Entry& e) { year |= e.role == "year"; });
    t->AddFirst(w, year ? Tables::kYearCueBit : Tables::kCueBit);
  });
  // يوم heads "يوم الخميس"; في is too short to lose a clitic by rule.
  for (const char* w : {"يوم", "وفي", "ففي"})
    t->AddFirst(text::Normalize(w), Tables::kExtraBit);
  return t;
}

bool SplitRow(std::string_view line, std::vector<std::string_view>* fields) {
  fields->clear();
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.empty() || line[0] == '#') return false;
  size_t i = 0;
  while (i <= line.size()) {
    const size_t j = std::min(line.find('\t', i), line.size());
    fields->push_back(line.substr(i, j - i));
    i = j + 1;
  }
  return true;
}

size_t CliticForms(std::string_view norm, std::array<std::string_view, 3>* out,
                   std::array<std::string, 1>* scratch) {
  size_t n = 0;
  (*out)[n++] = norm;
  std::string_view rest = norm;
  for (int k = 0; k < 2 && IsProclitic(rest); ++k) {
    if (rest.substr(0, 4) == "\xd9\x84\xd9\x84") {  // لل = ل + ال
      (*scratch)[0] = std::string(kAl) + std::string(rest.substr(4));
      if ((*scratch)[0].size() >= kMinStemBytes) (*out)[n++] = (*scratch)[0];
      break;
    }
    rest.remove_prefix(2);
    if (rest.size() < kMinStemBytes) break;
    (*out)[n++] = rest;
  }
  return n;
}

void PhraseTable::Add(std::string_view phrase, Entry entry) {
  std::vector<std::string_view> words = Words(phrase);
  if (words.empty()) return;
  Phrase p;
  for (size_t k = 1; k < words.size(); ++k) p.rest.push_back(text::Normalize(words[k]));
  p.entry = std::move(entry);
  max_words_ = std::max(max_words_, words.size());
  auto& list = by_first_[text::Normalize(words[0])];
  // Longest first, so that the first match found is the longest.
  auto at = list.begin();
  while (at != list.end() && at->rest.size() >= p.rest.size()) ++at;
  list.insert(at, std::move(p));
}

const std::vector<PhraseTable::Phrase>* PhraseTable::Find(
    std::string_view first) const {
  auto it = by_first_.find(first);
  return it == by_first_.end() ? nullptr : &it->second;
}

bool PhraseTable::RestMatches(const Phrase& p, const std::vector<Token>& tokens,
                              size_t next) const {
  if (next + p.rest.size() > tokens.size()) return false;
  for (size_t k = 0; k < p.rest.size(); ++k) {
    if (Norm(tokens[next + k]) != p.rest[k]) return false;
  }
  return true;
}

PhraseTable::Match PhraseTable::MatchAt(const std::vector<Token>& tokens,
                                        size_t i, bool clitics) const {
  if (i >= tokens.size()) return {};
  std::array<std::string_view, 3> forms;
  std::array<std::string, 1> scratch;
  const size_t n = clitics ? CliticForms(Norm(tokens[i]), &forms, &scratch) : 1;
  if (!clitics) forms[0] = Norm(tokens[i]);
  for (size_t f = 0; f < n; ++f) {
    const std::vector<Phrase>* list = Find(forms[f]);
    if (list == nullptr) continue;
    for (const Phrase& p : *list) {
      if (RestMatches(p, tokens, i + 1)) return {p.rest.size() + 1, &p.entry};
    }
  }
  return {};
}

bool PhraseTable::Starts(std::string_view norm) const {
  std::array<std::string_view, 3> forms;
  std::array<std::string, 1> scratch;
  const size_t n = CliticForms(norm, &forms, &scratch);
  for (size_t f = 0; f < n; ++f) {
    if (Find(forms[f]) != nullptr) return true;
  }
  return false;
}

PhraseTable::Match PhraseTable::MatchBefore(const std::vector<Token>& tokens,
                                            size_t end) const {
  for (size_t len = std::min(max_words_, end); len > 0; --len) {
    const Match m = MatchAt(tokens, end - len);
    if (m.length == len) return m;
  }
  return {};
}

const Tables& Tables::Get() {
  static const Tables* tables = BuildTables();
  return *tables;
}

namespace {

// A word's fingerprint: its last (up to) 8 bytes and its length. The forms
// without proclitics are suffixes of the word, so all of them come from one
// 8-byte load: no pass over the bytes.
uint64_t Fingerprint(uint64_t tail, size_t length) {
  return (tail * 0x9E3779B97F4A7C15ull) ^ ((length + 1) * 0xC2B2AE3D27D4EB4Full);
}

// The last min(8, size) bytes of s, the first of them in the low byte.
uint64_t Tail(std::string_view s) {
  uint64_t v = 0;
  const size_t n = std::min<size_t>(8, s.size());
  std::memcpy(&v, s.data() + s.size() - n, n);
  return v;
}

// The tail of s's suffix of `length` bytes, from the tail of s.
uint64_t SuffixTail(uint64_t tail, size_t size, size_t length) {
  const size_t have = std::min<size_t>(8, size), keep = std::min<size_t>(8, length);
  return have == keep ? tail : tail >> (8 * (have - keep));
}

uint64_t BackwardHash(std::string_view s) { return Fingerprint(Tail(s), s.size()); }

}  // namespace

// Slots hold a 25-bit fingerprint over 7 role bits; 2048 of them are 8 KB
// and stay in L1 beside the tokens being read (a 64 KB table of full
// fingerprints cost twice the time in cache misses).
void Tables::AddFirst(std::string_view word, uint8_t bit) {
  const uint64_t h = BackwardHash(word);
  const uint32_t tag = static_cast<uint32_t>(h >> 39) << 7;
  for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
    if (slots_[i] == 0 || (slots_[i] & ~0x7Fu) == tag) {
      slots_[i] = tag | (slots_[i] & 0x7Fu) | bit;
      return;
    }
  }
}

uint8_t Tables::Roles(std::string_view norm) const {
  const auto probe = [this](uint64_t h) -> uint8_t {
    const uint32_t tag = static_cast<uint32_t>(h >> 39) << 7;
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == 0) return 0;
      if ((slots_[i] & ~0x7Fu) == tag) return slots_[i] & 0x7Fu;
    }
  };
  // The clitic-free forms begin at byte 2 or 4 (CliticForms).
  size_t cut[2] = {0, 0}, cuts = 0;
  for (size_t at = 0; cuts < 2 && IsProclitic(norm.substr(at)) &&
                      norm.size() - at - 2 >= kMinStemBytes; at += 2) {
    if (norm.substr(at, 4) == "\xd9\x84\xd9\x84") break;  // لل: slow path
    cut[cuts++] = at + 2;
  }
  const uint64_t tail = Tail(norm);
  uint8_t bits = probe(Fingerprint(tail, norm.size()));
  for (size_t k = 0; k < cuts; ++k) {
    const size_t length = norm.size() - cut[k];
    bits |= probe(Fingerprint(SuffixTail(tail, norm.size(), length), length));
  }
  constexpr std::string_view kLamLam = "\xd9\x84\xd9\x84";
  if (norm.starts_with(kLamLam) ||
      (norm.size() > 6 && IsProclitic(norm) && norm.substr(2, 4) == kLamLam)) {  // "للعام" -> "العام"
    std::array<std::string_view, 3> forms;
    std::array<std::string, 1> scratch;
    const size_t n = CliticForms(norm, &forms, &scratch);
    for (size_t f = 1; f < n; ++f) bits |= probe(BackwardHash(forms[f]));
  }
  return bits;
}

}  // namespace khabar::extract
