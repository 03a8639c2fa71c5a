// The spelling variants of a query (queries.h, step 4). Each takes the
// query's words as code points and changes them as a user would type them;
// none applies where its change would be a no-op.

#include <algorithm>
#include <utility>

#include "queries.h"
#include "rng.h"

namespace khabar::bench::search {
namespace {

constexpr char32_t kAlef = U'\u0627';
constexpr char32_t kAlefHamzaAbove = U'\u0623';  // أ
constexpr char32_t kAlefHamzaBelow = U'\u0625';  // إ
constexpr char32_t kAlefMadda = U'\u0622';       // آ
constexpr char32_t kTaaMarbuta = U'\u0629';      // ة
constexpr char32_t kHeh = U'\u0647';             // ه
constexpr char32_t kAlefMaqsura = U'\u0649';     // ى
constexpr char32_t kYeh = U'\u064A';             // ي
constexpr char32_t kShadda = U'\u0651';
constexpr char32_t kVowels[] = {U'\u064E', U'\u064F', U'\u0650'};  // َ ُ ِ
constexpr char32_t kArabicIndicZero = U'\u0660';
const std::u32string kAl = U"\u0627\u0644";  // ال

bool IsHamzaAlef(char32_t c) {
  return c == kAlefHamzaAbove || c == kAlefHamzaBelow || c == kAlefMadda;
}
bool IsDigit(char32_t c) {
  return (c >= U'0' && c <= U'9') ||
         (c >= kArabicIndicZero && c <= kArabicIndicZero + 9);
}
bool IsNumber(const std::u32string& w) { return !w.empty() && IsDigit(w[0]); }

std::string Utf8(const std::u32string& w) { return JoinWords({w}); }

std::string Change(const std::u32string& from, const std::u32string& to) {
  return Utf8(from) + " -> " + Utf8(to);
}

// A word and what to make of it.
struct Edit {
  size_t word;
  std::u32string replacement;
};

bool ApplyOne(const std::vector<Edit>& edits, Rng* rng,
              std::vector<std::u32string>* words, std::string* detail) {
  if (edits.empty()) return false;
  const Edit& edit = edits[rng->Below(edits.size())];
  std::u32string& w = (*words)[edit.word];
  *detail = Change(w, edit.replacement);
  w = edit.replacement;
  return true;
}

// أ/إ/آ -> ا on one word that has one; else ا -> إ at a word's start or
// after its ال (users add the hamza to hamzat al-wasl: "إجتماع").
bool Hamza(Rng* rng, std::vector<std::u32string>* words, std::string* detail) {
  std::vector<Edit> removals, additions;
  for (size_t i = 0; i < words->size(); ++i) {
    std::u32string w = (*words)[i];
    if (std::any_of(w.begin(), w.end(), IsHamzaAlef)) {
      std::replace_if(w.begin(), w.end(), IsHamzaAlef, kAlef);
      removals.push_back({i, w});
      continue;
    }
    const size_t at = w.starts_with(kAl + kAlef) ? 2 : 0;
    if (w.size() >= at + 3 && w[at] == kAlef && (at > 0 || w[1] != U'\u0644')) {
      w[at] = kAlefHamzaBelow;
      additions.push_back({i, w});
    }
  }
  return ApplyOne(removals.empty() ? additions : removals, rng, words, detail);
}

// Every ة -> ه and ى -> ي, as typed by one who never uses the two forms.
bool TaaYaa(std::vector<std::u32string>* words, std::string* detail) {
  bool changed = false;
  for (std::u32string& w : *words) {
    const std::u32string before = w;
    std::replace(w.begin(), w.end(), kTaaMarbuta, kHeh);
    std::replace(w.begin(), w.end(), kAlefMaqsura, kYeh);
    if (w == before) continue;
    if (!detail->empty()) *detail += ", ";
    *detail += Change(before, w);
    changed = true;
  }
  return changed;
}

// Ways to take a proclitic off `w`: "والعالم" -> "العالم",
// "للتطرف" -> "التطرف", "الرياض" -> "رياض".
void CliticRemovals(size_t i, const std::u32string& w,
                   std::vector<Edit>* edits) {
  const std::u32string particles = U"\u0648\u0641\u0628\u0643";  // و ف ب ك
  if (w.size() >= 6 && particles.find(w[0]) != w.npos &&
      w.substr(1).starts_with(kAl)) {
    edits->push_back({i, w.substr(1)});
  }
  if (w.size() >= 5 && w.starts_with(U"\u0644\u0644")) {  // لل
    edits->push_back({i, kAl + w.substr(2)});
  }
  if (w.size() >= 5 && w.starts_with(kAl)) edits->push_back({i, w.substr(2)});
}

// Ways to put one on: ال or و on a bare word; و, ب or ل (لل) before ال.
void CliticAdditions(size_t i, const std::u32string& w,
                     std::vector<Edit>* edits) {
  if (w.starts_with(kAl)) {
    edits->push_back({i, U"\u0648" + w});                  // و
    edits->push_back({i, U"\u0628" + w});                  // ب
    edits->push_back({i, U"\u0644\u0644" + w.substr(2)});  // لل
  } else if (!w.starts_with(U"\u0644\u0644")) {
    edits->push_back({i, kAl + w});
    edits->push_back({i, U"\u0648" + w});
  }
}

// One clitic removed (when a word carries one, half of the time) or added.
bool Clitic(Rng* rng, std::vector<std::u32string>* words, std::string* detail) {
  std::vector<Edit> removals, additions;
  for (size_t i = 0; i < words->size(); ++i) {
    if (IsNumber((*words)[i])) continue;
    CliticRemovals(i, (*words)[i], &removals);
    CliticAdditions(i, (*words)[i], &additions);
  }
  const bool remove = !removals.empty() && rng->OneIn(2);
  return ApplyOne(remove ? removals : additions, rng, words, detail);
}

// Western digits <-> Arabic-Indic digits, in every number of the query.
bool Digits(std::vector<std::u32string>* words, std::string* detail) {
  bool changed = false;
  for (std::u32string& w : *words) {
    if (!IsNumber(w)) continue;
    const std::u32string before = w;
    for (char32_t& c : w) {
      if (c >= U'0' && c <= U'9') {
        c = kArabicIndicZero + (c - U'0');
      } else if (c >= kArabicIndicZero && c <= kArabicIndicZero + 9) {
        c = U'0' + (c - kArabicIndicZero);
      }
    }
    *detail += (detail->empty() ? "" : ", ") + Change(before, w);
    changed = true;
  }
  return changed;
}

// A vowel (sometimes with shadda) after about a third of the letters that
// can carry one (not the alefs); at least one in the query.
bool Diacritics(Rng* rng, std::vector<std::u32string>* words,
                std::string* detail) {
  size_t added = 0;
  for (std::u32string& w : *words) {
    if (IsNumber(w)) continue;
    std::u32string marked;
    for (char32_t c : w) {
      marked.push_back(c);
      const bool can_carry = c != kAlef && !IsHamzaAlef(c) && c != kAlefMaqsura;
      if (!can_carry || (!rng->OneIn(3) && added > 0)) continue;
      if (rng->OneIn(5)) marked.push_back(kShadda);
      marked.push_back(kVowels[rng->Below(std::size(kVowels))]);
      ++added;
    }
    w = std::move(marked);
  }
  *detail = std::to_string(added) + " marks";
  return added > 0;
}

}  // namespace

bool MakeVariant(std::string_view variant, uint64_t seed,
                 std::vector<std::u32string>* words, std::string* detail) {
  Rng rng(seed);
  detail->clear();
  if (variant == "original") return true;
  if (variant == "hamza") return Hamza(&rng, words, detail);
  if (variant == "taa_yaa") return TaaYaa(words, detail);
  if (variant == "clitic") return Clitic(&rng, words, detail);
  if (variant == "digits") return Digits(words, detail);
  if (variant == "diacritics") {
    std::vector<std::u32string> copy = *words;
    if (!Diacritics(&rng, &copy, detail)) return false;
    *words = std::move(copy);
    return true;
  }
  return false;
}

}  // namespace khabar::bench::search
