// Loads the embedded data/*.tsv files into phrase tables, and matches
// phrases against tokens, allowing proclitics on the first word only (Arabic
// attaches و ف ب ل ك to the first word of a phrase: "لأكثر من", "وأمس").
//
// Every lookup is by a word's fingerprint (WordHash: its last 8 bytes, read
// in one or two loads, and its length). Tables::Roles() answers first, from
// a small table that holds every first word with its proclitics too, so
// that the ~90% of words that begin no phrase cost one probe and no pass
// over their bytes; only the others are looked up, form by form.

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

namespace {

constexpr std::string_view kAl = "\xd8\xa7\xd9\x84";     // ال
constexpr std::string_view kLamLam = "\xd9\x84\xd9\x84";  // لل
constexpr size_t kMinStemBytes = 6;  // three Arabic letters

bool IsProclitic(std::string_view s) { return s.size() >= 2 && IsProcliticAt(s.data()); }

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
    Entry e = fill(f);
    e.role = ParseRole(e.role_name);
    table->Add(f[0], std::move(e));
  }
  table->Seal();
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
  t->slots_.resize(size_t{1} << Tables::kSlotBits);
  const std::pair<const PhraseTable*, uint8_t> all[] = {
      {&t->numbers, Tables::kNumberBit}, {&t->units, Tables::kUnitBit},
      {&t->months, Tables::kMonthBit}, {&t->time, Tables::kTimeBit}};
  for (const auto& [table, bit] : all)
    table->ForEachFirst([t, bit = bit](const std::string& w) { t->AddFirst(w, bit); });
  t->units.ForEachFirst([t](const std::string& w) {
    bool dual = false;
    t->units.ForEachEntry(w, [&](const Entry& e) { dual |= e.count == 2; });
    if (dual) t->AddFirst(w, Tables::kDualBit);
  });
  t->cues.ForEachFirst([t](const std::string& w) {
    bool year = false;
    t->cues.ForEachEntry(w, [&](const Entry& e) { year |= e.role == Role::kYear; });
    t->AddFirst(w, year ? Tables::kYearCueBit : Tables::kCueBit);
  });
  // يوم heads "يوم الخميس"; في is too short to lose a clitic by rule.
  for (const char* w : {"يوم", "وفي", "ففي"})
    t->AddFirst(text::Normalize(w), Tables::kExtraBit);
  t->numbers.SetFilter(t, Tables::kNumberBit);
  t->units.SetFilter(t, Tables::kUnitBit);
  t->months.SetFilter(t, Tables::kMonthBit);
  t->time.SetFilter(t, Tables::kTimeBit);
  t->cues.SetFilter(t, Tables::kCueBit | Tables::kYearCueBit);
  return t;
}

Role ParseRole(std::string_view name) {
  static constexpr std::pair<std::string_view, Role> kNames[] = {
      {"unit", Role::kUnit}, {"hundred", Role::kHundred},
      {"scale", Role::kScale}, {"plural", Role::kPlural},
      {"dual", Role::kDual}, {"fraction", Role::kFraction},
      {"currency", Role::kCurrency}, {"measure", Role::kMeasure},
      {"distance", Role::kDistance}, {"time", Role::kTime},
      {"percent", Role::kPercent}, {"count", Role::kCount},
      {"multiplier", Role::kMultiplier}, {"gregorian", Role::kGregorian},
      {"hijri", Role::kHijri}, {"day", Role::kDay},
      {"weekday", Role::kWeekday}, {"direction", Role::kDirection},
      {"this", Role::kThis}, {"part", Role::kPart}, {"ago", Role::kAgo},
      {"ahead", Role::kAhead}, {"earlier", Role::kEarlier},
      {"set", Role::kSet}, {"within", Role::kWithin},
      {"qualifier", Role::kQualifier}, {"after", Role::kAfter},
      {"reference", Role::kReference}, {"year", Role::kYear}};
  for (const auto& [n, role] : kNames)
    if (n == name) return role;
  return Role::kOther;
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

CliticForms::CliticForms(std::string_view norm) {
  form_[size_++] = norm;
  std::string_view rest = norm;
  for (int k = 0; k < 2 && IsProclitic(rest); ++k) {
    if (rest.starts_with(kLamLam)) {  // لل = ل + ال
      if (rest.size() < kMinStemBytes || rest.size() > sizeof buf_) break;
      std::memcpy(buf_, rest.data(), rest.size());
      std::memcpy(buf_, kAl.data(), 2);  // ل -> ا: "للعام" -> "العام"
      form_[size_++] = std::string_view(buf_, rest.size());
      break;
    }
    rest.remove_prefix(2);
    if (rest.size() < kMinStemBytes) break;
    form_[size_++] = rest;
  }
}

void PhraseTable::Add(std::string_view phrase, Entry entry) {
  std::vector<std::string_view> words = Words(phrase);
  if (words.empty()) return;
  Phrase p;
  for (size_t k = 1; k < words.size(); ++k) p.rest.push_back(text::Normalize(words[k]));
  p.entry = std::move(entry);
  max_words_ = std::max(max_words_, words.size());
  std::vector<Phrase>& list = FindOrAdd(text::Normalize(words[0]))->phrases;
  // Longest first, so that the first match found is the longest.
  auto at = list.begin();
  while (at != list.end() && at->rest.size() >= p.rest.size()) ++at;
  list.insert(at, std::move(p));
}

PhraseTable::Bucket* PhraseTable::FindOrAdd(std::string_view first) {
  for (Bucket& b : buckets_)
    if (b.first == first) return &b;
  Bucket& b = buckets_.emplace_back();
  b.first = std::string(first);
  b.hash = WordHash(first);
  return &b;
}

// A power of two at least 4 times the words: probes stay short.
void PhraseTable::Seal() {
  size_t n = 16;
  while (n < 4 * buckets_.size()) n *= 2;
  slots_.assign(n, 0);
  for (size_t k = 0; k < buckets_.size(); ++k) {
    size_t i = buckets_[k].hash >> 40;
    while (slots_[i & (n - 1)] != 0) ++i;
    slots_[i & (n - 1)] = static_cast<uint32_t>(k + 1);
  }
}

const PhraseTable::Bucket* PhraseTable::Find(std::string_view first) const {
  if (slots_.empty()) return nullptr;
  const uint64_t h = WordHash(first);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h >> 40;; ++i) {
    const uint32_t slot = slots_[i & mask];
    if (slot == 0) return nullptr;
    const Bucket& b = buckets_[slot - 1];
    if (b.hash == h && b.first == first) return &b;
  }
}

bool PhraseTable::RestMatches(const Phrase& p, const Tokens& tokens,
                              size_t next) const {
  if (next + p.rest.size() > tokens.size()) return false;
  for (size_t k = 0; k < p.rest.size(); ++k) {
    if (Norm(tokens[next + k]) != p.rest[k]) return false;
  }
  return true;
}

PhraseTable::Match PhraseTable::Lookup(const Tokens& tokens, size_t i,
                                       bool clitics) const {
  const std::string_view norm = Norm(tokens[i]);
  const auto first = [&](const Bucket* b) -> Match {
    for (const Phrase& p : b->phrases) {
      if (RestMatches(p, tokens, i + 1)) return {p.rest.size() + 1, &p.entry};
    }
    return {};
  };
  if (!clitics || !IsProclitic(norm)) {
    const Bucket* b = Find(norm);
    return b ? first(b) : Match{};
  }
  const CliticForms forms(norm);
  for (size_t f = 0; f < forms.size(); ++f) {
    const Bucket* b = Find(forms[f]);
    if (b == nullptr) continue;
    const Match m = first(b);
    if (m.length) return m;
  }
  return {};
}

bool PhraseTable::Starts(std::string_view norm) const {
  if (!IsProclitic(norm)) return Find(norm) != nullptr;
  if (filter_ && !(filter_->Roles(norm) & filter_bits_)) return false;
  const CliticForms forms(norm);
  for (size_t f = 0; f < forms.size(); ++f) {
    if (Find(forms[f]) != nullptr) return true;
  }
  return false;
}

PhraseTable::Match PhraseTable::MatchBefore(const Tokens& tokens,
                                            size_t end) const {
  for (size_t len = std::min(max_words_, end); len > 0; --len) {
    const Match m = MatchAt(tokens, end - len);
    if (m.length == len) return m;
  }
  return {};
}

namespace {

// The last min(8, size) bytes of s, the first of them in the low byte, in
// one or two loads (the two may overlap).
uint64_t Tail(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  if (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p + n - 8, 8);
    return v;
  }
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    return a | (uint64_t{b} << (8 * (n - 4)));
  }
  if (n >= 2) {
    uint16_t a, b;
    std::memcpy(&a, p, 2);
    std::memcpy(&b, p + n - 2, 2);
    return a | (uint64_t{b} << (8 * (n - 2)));
  }
  return n ? static_cast<unsigned char>(p[0]) : 0;
}

}  // namespace

uint64_t WordHash(std::string_view s) { return TailHash(Tail(s), s.size()); }

// The filter behind Roles(): every first word of a phrase, and every word
// that reaches it by one proclitic (و ف ب ل ك + word; لل + X for ال + X),
// as 8 bits of its fingerprint over 8 role bits in 8192 slots of 16 bits
// (16 KB, in L1 beside the tokens being read). A word with two proclitics
// reaches its table word through its suffix after the first one, so a word
// costs one probe, two when it begins with two proclitic letters. The slot
// comes from the fingerprint's top bits (its low bits see only the first
// bytes of the tail).
void Tables::AddWord(std::string_view word, uint8_t bit) {
  const uint64_t h = WordHash(word);
  const uint16_t tag = Tag(h);
  const size_t mask = slots_.size() - 1;
  for (size_t i = Slot(h);; i = (i + 1) & mask) {
    if (slots_[i] == 0 || (slots_[i] >> 8) == tag) {
      slots_[i] = static_cast<uint16_t>(tag << 8 | (slots_[i] & 0xFF) | bit);
      return;
    }
  }
}

void Tables::AddFirst(std::string_view word, uint8_t bit) {
  static constexpr std::string_view kProclitics[] = {
      "\xd9\x88", "\xd9\x81", "\xd8\xa8", "\xd9\x84", "\xd9\x83"};  // و ف ب ل ك
  AddWord(word, bit);
  for (std::string_view p : kProclitics) AddWord(std::string(p).append(word), bit);
  if (word.starts_with(kAl)) AddWord(std::string(kLamLam).append(word.substr(4)), bit);
}

// As Roles(const Token&): a word with two proclitics and a stem of three
// letters or more ("وبخمسين"; "وللعام", ل + ال) has at least 8 bytes.
uint8_t Tables::Roles(std::string_view norm) const {
  uint8_t bits = Probe(WordHash(norm));
  if (norm.size() >= 8 && IsProcliticAt(norm.data()) && IsProcliticAt(norm.data() + 2))
    bits |= Probe(WordHash(norm.substr(2)));
  return bits;
}

// One probe per token, whatever its kind: a table may hold a word that is
// no Arabic token ("%" in units.tsv), and the matchers read the roles of
// any token.
void Tokens::Scan() {
  const Tables& tables = Tables::Get();
  const size_t n = tokens_.size();
  std::vector<uint32_t>& starts = memo_->starts;
  memo_->roles.resize(n);
  starts.resize(n);
  size_t found = 0;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens_[i];
    const uint8_t bits = tables.Roles(t);
    memo_->roles[i] = bits;
    // Written always, kept when it counts: no branch to mispredict.
    starts[found] = static_cast<uint32_t>(i);
    found += (bits != 0) | (t.kind == TokenKind::kNumber);
  }
  starts.resize(found);
}

}  // namespace khabar::extract
