// Numbers in digits are read from the token's norm (digits already ASCII);
// number words are read left to right with the classes of
// data/number_words.tsv, keeping `total` (closed by a scale word) and
// `current` (the group being built):
//   "مليون وخمسمائة ألف": مليون -> total 1e6; وخمسمائة -> current 500;
//   ألف -> total += 500 * 1000 = 1500000.

#include "extract/numbers.h"

#include <string>

#include "extract/tables.h"

namespace khabar::extract {
namespace {

enum Sep : char { kNone = 0, kDot = '.', kComma = ',', kArComma = 'a',
                  kDecimal = 'd', kThousands = 't' };

// Splits "12٬500" into digit groups {"12", "500"} and separators {kThousands}.
bool SplitDigits(std::string_view s, std::vector<std::string>* groups,
                 std::string* seps, bool* percent) {
  groups->assign(1, "");
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c >= '0' && c <= '9') { groups->back() += c; ++i; continue; }
    std::string_view rest = s.substr(i);
    char sep = kNone;
    size_t len = 1;
    if (c == '.' || c == ',') sep = c;
    else if (rest.starts_with("\xd9\xab")) sep = kDecimal, len = 2;
    else if (rest.starts_with("\xd9\xac")) sep = kThousands, len = 2;
    else if (rest.starts_with("\xd8\x8c")) sep = kArComma, len = 2;
    else if ((c == '%' && i + 1 == s.size()) ||
             (rest == "\xd9\xaa")) { *percent = true; break; }
    else return false;
    if (groups->back().empty()) return false;
    seps->push_back(sep);
    groups->emplace_back();
    i += len;
  }
  return !groups->back().empty();
}

// Which separator index is the decimal mark (-1: none); false if the
// separators do not make one number.
bool DecimalAt(const std::vector<std::string>& groups, const std::string& seps,
               int* decimal) {
  *decimal = -1;
  const int n = static_cast<int>(seps.size());
  if (n == 0) return true;
  const size_t dec = seps.find(kDecimal);
  const bool mixed = seps.find_first_not_of(seps[0]) != std::string::npos;
  if (dec != std::string::npos) *decimal = static_cast<int>(dec);
  else if (mixed) *decimal = n - 1;
  else if (seps[0] == kThousands || n >= 2) *decimal = -1;
  else *decimal = (seps[0] == kDot || groups[1].size() != 3) ? 0 : -1;
  // Every other separator is a thousands mark: groups of three after it.
  for (int k = 0; k < n; ++k) {
    if (k == *decimal) continue;
    if (*decimal >= 0 && k > *decimal) return false;
    if (groups[k + 1].size() != 3) return false;
  }
  return true;
}

// One number word at tokens[k]; *conj is set when it came with a و.
const Entry* WordAt(const std::vector<Token>& tokens, size_t k, bool first,
                    bool* conj) {
  const PhraseTable& t = Tables::Get().numbers;
  *conj = false;
  PhraseTable::Match m = t.MatchAt(tokens, k, /*clitics=*/false);
  if (m.length == 0) {
    m = t.MatchAt(tokens, k, /*clitics=*/true);
    if (m.length == 0) return nullptr;
    *conj = Norm(tokens[k]).starts_with("\xd9\x88");  // و
    if (!first && !*conj) return nullptr;  // "بخمسين" only starts a number
  }
  return m.entry;
}

struct WordState {
  double total = 0, current = 0;
  std::string last;  // class of the previous word
  bool vague = false;
};

// Adds one word to the state; false when it cannot continue the number.
bool Combine(const Entry& e, bool conj, bool first, WordState* s) {
  const std::string& c = e.role;
  const double v = e.number;
  if (first) {
    if (c == "plural") s->vague = true;
    // A scale word closes its group at once: "مليون وخمسمائة ألف".
    if (c == "dual" || c == "scale") s->total = v; else s->current = v;
    s->last = c;
    return true;
  }
  const bool after_count = s->last == "unit" || s->last == "hundred" ||
                           s->last == "fraction" || s->last == "plural";
  if (c == "unit" || c == "fraction") {
    if (!conj && !(s->last == "unit" && v == 10 && s->current < 10)) return false;
    s->current += v;
  } else if (c == "hundred") {
    if (!conj && s->last == "unit" && v == 100 && s->current < 10) s->current *= 100;
    else if (conj) s->current += v;
    else return false;
  } else if (c == "scale" || c == "plural" || c == "dual") {
    const double scale = c == "dual" ? v / 2 : v;  // "عشرين ألفا" = 20 * 1000
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
std::optional<NumberMatch> ReadWords(const std::vector<Token>& tokens, size_t i) {
  WordState s;
  size_t k = i;
  bool alone = true;
  for (; k < tokens.size(); ++k) {
    bool conj = false;
    const Entry* e = WordAt(tokens, k, k == i, &conj);
    if (e == nullptr || !Combine(*e, conj, k == i, &s)) break;
    if (k == i) alone = e->alone;
  }
  if (k == i) return std::nullopt;
  NumberMatch m{i, k, s.total + s.current};
  m.vague = s.vague;
  m.weak = (k == i + 1) && !alone;
  return m;
}

}  // namespace

std::optional<double> ParseDigits(std::string_view norm, bool* percent) {
  std::vector<std::string> groups;
  std::string seps;
  *percent = false;
  if (!SplitDigits(norm, &groups, &seps, percent)) return std::nullopt;
  int decimal = -1;
  if (!DecimalAt(groups, seps, &decimal)) return std::nullopt;
  std::string plain;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (static_cast<int>(g) == decimal + 1 && decimal >= 0) plain += '.';
    plain += groups[g];
  }
  return std::strtod(plain.c_str(), nullptr);
}

std::optional<NumberMatch> ReadNumber(const std::vector<Token>& tokens,
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
  if (e != nullptr && !conj && !m.percent &&
      (e->role == "scale" || e->role == "plural" || e->role == "dual")) {
    m.value *= e->role == "dual" ? e->number / 2 : e->number;
    m.end = i + 2;
  }
  return m;
}

}  // namespace khabar::extract
