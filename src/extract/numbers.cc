// Numbers in digits are read from the token's norm (digits already ASCII);
// number words are read left to right with the classes of
// data/number_words.tsv, keeping `total` (closed by a scale word) and
// `current` (the group being built):
//   "مليون وخمسمائة ألف": مليون -> total 1e6; وخمسمائة -> current 500;
//   ألف -> total += 500 * 1000 = 1500000.

#include "extract/numbers.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "extract/tables.h"

namespace khabar::extract {
namespace {

enum Sep : char { kNone = 0, kDot = '.', kComma = ',', kArComma = 'a',
                  kDecimal = 'd', kThousands = 't' };

// "12٬500" as digit groups {"12", "500"} and separators {kThousands}, as
// views into the norm: no allocation.
struct Digits {
  static constexpr size_t kMaxGroups = 64;
  std::string_view group[kMaxGroups];
  char sep[kMaxGroups];  // sep[k] comes after group[k]
  size_t groups = 0;
};

bool SplitDigits(std::string_view s, Digits* d, bool* percent) {
  size_t begin = 0;
  d->groups = 0;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c >= '0' && c <= '9') { ++i; continue; }
    std::string_view rest = s.substr(i);
    char sep = kNone;
    size_t len = 1;
    if (c == '.' || c == ',') sep = c;
    else if (rest.starts_with("\xd9\xab")) sep = kDecimal, len = 2;
    else if (rest.starts_with("\xd9\xac")) sep = kThousands, len = 2;
    else if (rest.starts_with("\xd8\x8c")) sep = kArComma, len = 2;
    else if ((c == '%' && i + 1 == s.size()) ||
             (rest == "\xd9\xaa")) { *percent = true; s = s.substr(0, i); break; }
    else return false;
    if (i == begin || d->groups + 1 == Digits::kMaxGroups) return false;
    d->sep[d->groups] = sep;
    d->group[d->groups++] = s.substr(begin, i - begin);
    i += len;
    begin = i;
  }
  if (begin == s.size()) return false;
  d->sep[d->groups] = kNone;
  d->group[d->groups++] = s.substr(begin);
  return true;
}

// Which separator index is the decimal mark (-1: none); false if the
// separators do not make one number.
bool DecimalAt(const Digits& d, int* decimal) {
  *decimal = -1;
  const int n = static_cast<int>(d.groups) - 1;  // separators
  if (n == 0) return true;
  const std::string_view seps(d.sep, n);
  const size_t dec = seps.find(kDecimal);
  const bool mixed = seps.find_first_not_of(seps[0]) != std::string::npos;
  if (dec != std::string::npos) *decimal = static_cast<int>(dec);
  else if (mixed) *decimal = n - 1;
  else if (seps[0] == kThousands || n >= 2) *decimal = -1;
  else *decimal = (seps[0] == kDot || d.group[1].size() != 3) ? 0 : -1;
  // Every other separator is a thousands mark: groups of three after it.
  for (int k = 0; k < n; ++k) {
    if (k == *decimal) continue;
    if (*decimal >= 0 && k > *decimal) return false;
    if (d.group[k + 1].size() != 3) return false;
  }
  return true;
}

// One number word at tokens[k]; *conj is set when it came with a و.
const Entry* WordAt(const Tokens& tokens, size_t k, bool first,
                    bool* conj) {
  const PhraseTable& t = Tables::Get().numbers;
  *conj = false;
  if (!(tokens.roles(k) & Tables::kNumberBit)) return nullptr;
  PhraseTable::Match m = t.MatchAt(tokens, k, /*clitics=*/false);
  if (m.length == 0) {
    // ك does not go on a number: "كمية" (quantity) is not ك + مية (100),
    // "كميات" not ك + ميات. No number word begins with ك either.
    const std::string_view norm = Norm(tokens[k]);
    constexpr std::string_view kKaf = "\xd9\x83";
    if (norm.starts_with(kKaf) || (norm.size() >= 4 && norm.substr(2, 2) == kKaf))
      return nullptr;
    m = t.MatchAt(tokens, k, /*clitics=*/true);
    if (m.length == 0) return nullptr;
    *conj = norm.starts_with("\xd9\x88");  // و
    if (!first && !*conj) return nullptr;  // "بخمسين" only starts a number
  }
  return m.entry;
}

bool IsScale(Role r) {
  return r == Role::kScale || r == Role::kPlural || r == Role::kDual;
}

struct WordState {
  double total = 0, current = 0;
  Role last = Role::kOther;  // class of the previous word
  bool vague = false;
  bool scaled = false;
};

// "مليونا", "ألفا" after a count: the accusative singular, not the dual
// construct it is at the start of a number ("مليونا دولار" = 2 million).
bool IsAccusativeScale(const Entry& e, std::string_view norm) {
  return e.role == Role::kDual && norm.ends_with("\xd8\xa7");  // ا
}

// Adds one word to the state; false when it cannot continue the number.
bool Combine(const Entry& e, bool conj, bool first, WordState* s) {
  const Role c = e.role;
  const double v = e.number;
  if (first) {
    if (c == Role::kPlural) s->vague = true;
    // A scale word closes its group at once: "مليون وخمسمائة ألف".
    if (c == Role::kDual || c == Role::kScale) s->total = v; else s->current = v;
    s->last = c;
    return true;
  }
  const bool after_count = s->last == Role::kUnit || s->last == Role::kHundred ||
                           s->last == Role::kFraction || s->last == Role::kPlural;
  if (c == Role::kUnit || c == Role::kFraction) {
    if (!conj && !(s->last == Role::kUnit && v == 10 && s->current < 10)) return false;
    s->current += v;
  } else if (c == Role::kHundred) {
    if (!conj && s->last == Role::kUnit && v == 100 && s->current < 10) s->current *= 100;
    else if (conj) s->current += v;
    else return false;
  } else if (IsScale(c)) {
    const double scale = c == Role::kDual ? v / 2 : v;  // "عشرين ألفا" = 20 * 1000
    if (conj || !after_count || s->current == 0) return false;
    s->total += s->current * scale;
    s->current = 0;
  } else {
    return false;
  }
  s->last = c;
  return true;
}

// Number words from tokens[i] on.
std::optional<NumberMatch> ReadWords(const Tokens& tokens, size_t i) {
  WordState s;
  size_t k = i;
  bool alone = true, accusative = false;
  for (; k < tokens.size(); ++k) {
    bool conj = false;
    const Entry* e = WordAt(tokens, k, k == i, &conj);
    if (e == nullptr || !Combine(*e, conj, k == i, &s)) break;
    if (k == i) alone = e->alone;
    s.scaled |= IsScale(e->role);
    accusative = k > i && IsAccusativeScale(*e, Norm(tokens[k]));
  }
  if (k == i) return std::nullopt;
  NumberMatch m{i, k, s.total + s.current};
  m.vague = s.vague;
  m.weak = (k == i + 1) && !alone;
  m.scaled = s.scaled;
  m.accusative = accusative;
  return m;
}

}  // namespace

std::optional<double> ParseDigits(std::string_view norm, bool* percent) {
  *percent = false;
  // Most numbers are plain integers ("2015", "32"): exact in a double up to
  // 15 digits, so no strtod.
  if (!norm.empty() && norm.size() <= 15) {
    int64_t v = 0;
    size_t k = 0;
    while (k < norm.size() && norm[k] >= '0' && norm[k] <= '9') v = v * 10 + (norm[k++] - '0');
    if (k == norm.size()) return static_cast<double>(v);
  }
  Digits d;
  if (!SplitDigits(norm, &d, percent)) return std::nullopt;
  int decimal = -1;
  if (!DecimalAt(d, &decimal)) return std::nullopt;
  // The digits with "." at the decimal mark, for strtod: on the stack but
  // for a number longer than anyone writes.
  char buf[64];
  std::string heap;
  char* plain = buf;
  if (norm.size() + 2 > sizeof buf) {
    heap.resize(norm.size() + 2);
    plain = heap.data();
  }
  size_t n = 0;
  for (size_t g = 0; g < d.groups; ++g) {
    if (static_cast<int>(g) == decimal + 1 && decimal >= 0) plain[n++] = '.';
    std::memcpy(plain + n, d.group[g].data(), d.group[g].size());
    n += d.group[g].size();
  }
  plain[n] = '\0';
  return std::strtod(plain, nullptr);
}

std::optional<NumberMatch> ReadNumber(const Tokens& tokens,
                                      size_t i) {
  if (i >= tokens.size()) return std::nullopt;
  if (tokens[i].kind != TokenKind::kNumber) return ReadWords(tokens, i);
  NumberMatch m{i, i + 1};
  m.digits = true;
  const std::optional<double> v = ParseDigits(Norm(tokens[i]), &m.percent);
  if (!v) return std::nullopt;
  m.value = *v;
  // A scale word after digits: "٣ ملايين", "1.5 مليار", "٢٠ ألفا".
  bool conj = false;
  const Entry* e = WordAt(tokens, i + 1, false, &conj);
  if (e != nullptr && !conj && !m.percent && IsScale(e->role)) {
    m.value *= e->role == Role::kDual ? e->number / 2 : e->number;
    m.end = i + 2;
    m.scaled = true;
    m.accusative = IsAccusativeScale(*e, Norm(tokens[i + 1]));
  }
  return m;
}

}  // namespace khabar::extract
