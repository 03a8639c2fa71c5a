#include "morph/segmenter.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "base/hash.h"
#include "base/utf8.h"
#include "text/chars.h"
#include "text/normalizer.h"

namespace khabar::morph {
namespace {

constexpr char32_t kWaw = U'و', kFa = U'ف', kBa = U'ب', kKaf = U'ك',
                   kLam = U'ل', kSin = U'س', kAlef = U'ا', kTa = U'ت',
                   kTaMarbuta = U'ة', kAlefMaqsura = U'ى', kYa = U'ي',
                   kNun = U'ن', kAlefHamza = U'أ';

constexpr int kMaxLetters = 40;

// The pronouns, longest first where one ends another (هما before ها).
struct Enclitic {
  char32_t letters[3];
  int len;
  double weight;
};
constexpr Enclitic kEnclitics[] = {
    {{U'ه', U'م', U'ا'}, 3, 2.0},  {{U'ك', U'م', U'ا'}, 3, -1.0},
    {{U'ه', U'م'}, 2, 1.5},        {{U'ه', U'ن'}, 2, 1.0},
    {{U'ك', U'م'}, 2, 0.5},        {{U'ك', U'ن'}, 2, -2.0},
    {{U'ن', U'ا'}, 2, 0.5},        {{U'ن', U'ي'}, 2, 0.0},
    {{U'ه', U'ا'}, 2, 1.5},        {{U'ه'}, 1, 1.5},
    {{U'ك'}, 1, -2.0},             {{U'ي'}, 1, -3.0},
};
constexpr int kNumEnclitics = sizeof(kEnclitics) / sizeof(kEnclitics[0]);

// Scoring weights (see the header). The two no-support costs sit between
// multiples of 0.5, where no sum of clitic weights falls, so that a
// reading never ties with the unsplit word by construction. Set once, globally, on the first 30%
// of the WikiNews gold (`khabar eval segment` reports both parts); never
// per word.
constexpr double kSmooth = 0.1;          // added to every count
constexpr double kArticleWeight = 0.5;   // stem seen with ال
constexpr double kNoSupport = 4.75;      // a split leaving an unseen stem
constexpr double kNoSupportKnown = 1.75;  // ... that the lexicon knows
constexpr double kNameBonus = 2.0;       // a known proper name
constexpr double kFrozenBonus = 20.0;
constexpr double kArticleRule = 15.0;  // below kFrozenBonus: اليها is الي+ها
constexpr double kRestoredTa = 2.0;      // ت read as ة before a pronoun
constexpr double kArticledHost = 1.0;    // ال+word seen: no pronoun on it
constexpr double kInflectedYa = 1.0;
// A reading must beat the best so far by this much: a tie (two readings
// scored alike, up to rounding) goes to the earlier one, the unsplit word
// first, whatever order the floating-point sums round in.
constexpr double kTie = 1e-9;     // Xين/Xون/Xية seen: Xي is not X+ي
constexpr double kConjWeight[3] = {0, 3.0, 0.5};            // -, و, ف
constexpr double kPrepWeight[5] = {0, 1.5, -1.0, 1.5, 0.5};  // -, ب ك ل س

// Code layout: bits 0-1 conjunction (و ف), 2-4 preposition (ب ك ل س),
// 5 article, 6-9 enclitic (1 + index in kEnclitics), 10-11 restored last
// letter (ة ى). Bit 15 marks a memo cell as decided.
constexpr uint16_t kDecided = 0x8000;
constexpr char32_t kConjLetter[3] = {0, kWaw, kFa};
constexpr char32_t kPrepLetter[5] = {0, kBa, kKaf, kLam, kSin};
constexpr Clitic kConjClitic[3] = {Clitic::kWa, Clitic::kWa, Clitic::kFa};
constexpr Clitic kPrepClitic[5] = {Clitic::kBi, Clitic::kBi, Clitic::kKa,
                                   Clitic::kLi, Clitic::kSa};

uint16_t MakeCode(int conj, int prep, bool article, int enc, int restore) {
  return static_cast<uint16_t>(conj | (prep << 2) | (article ? 1 << 5 : 0) |
                               (enc << 6) | (restore << 10));
}

// A code's fields, and how many letters its clitics take in the word.
struct CodeParts {
  int conj, prep, art, enc, restore;
  int front;   // letters of the proclitics (لل: ل + the article's ل)
  int back;    // letters of the pronoun
  bool valid;  // every field in range
};

CodeParts Parts(uint16_t code) {
  CodeParts p;
  p.conj = code & 3;
  p.prep = (code >> 2) & 7;
  p.art = (code >> 5) & 1;
  p.enc = (code >> 6) & 15;
  p.restore = (code >> 10) & 3;
  p.valid = p.conj != 3 && p.prep <= 4 && p.enc <= kNumEnclitics &&
            p.restore != 3 && (code & 0x7000) == 0;
  p.front = !p.valid ? 0
                     : (p.conj != 0) + (p.prep != 0) +
                           (p.art ? (kPrepLetter[p.prep] == kLam ? 1 : 2) : 0);
  p.back = p.valid && p.enc ? kEnclitics[p.enc - 1].len : 0;
  return p;
}

}  // namespace

// A word as letters: each letter with the marks that follow it.
struct Segmenter::Word {
  int n = 0;
  char32_t cp[kMaxLetters];
  uint16_t begin[kMaxLetters + 1];  // surface byte where letter i starts
  uint16_t sk[kMaxLetters + 1];     // skeleton byte where letter i starts
  char skel[kMaxLetters * 4];       // the letters without marks
  uint16_t skel_len = 0;

  // Returns false for anything but Arabic letters and marks, or too long.
  bool Parse(std::string_view s) {
    if (s.size() > 0xFFFF) return false;
    size_t i = 0;
    while (i < s.size()) {
      const size_t at = i;
      const char32_t c = base::DecodeAt(s, &i);
      if (text::IsArabicLetter(c)) {
        if (n == kMaxLetters) return false;
        cp[n] = c;
        begin[n] = static_cast<uint16_t>(n == 0 ? 0 : at);
        sk[n] = skel_len;
        std::memcpy(skel + skel_len, s.data() + at, i - at);  // <= 4 bytes
        skel_len = static_cast<uint16_t>(skel_len + (i - at));
        ++n;
      } else if (!text::IsArabicWordChar(c)) {
        return false;
      }
    }
    begin[n] = static_cast<uint16_t>(s.size());
    sk[n] = skel_len;
    return n > 0;
  }
  std::string_view Skeleton() const { return std::string_view(skel, skel_len); }
  std::string_view Letters(int from, int to) const {
    return std::string_view(skel + sk[from], sk[to] - sk[from]);
  }
};

std::string Skeleton(std::string_view word) {
  Segmenter::Word w;
  return w.Parse(word) ? std::string(w.Skeleton()) : std::string();
}

std::string_view CliticText(Clitic c) {
  switch (c) {
    case Clitic::kWa: return "و";
    case Clitic::kFa: return "ف";
    case Clitic::kBi: return "ب";
    case Clitic::kKa: return "ك";
    case Clitic::kLi: return "ل";
    case Clitic::kSa: return "س";
    case Clitic::kAl: return "ال";
  }
  return "";
}

namespace {

// Calls fn(line) for each line of `list` that is not blank or a '#'
// comment; the line is cut at the first space or tab.
template <typename Fn>
void ForEachListed(std::string_view list, Fn fn) {
  while (!list.empty()) {
    const size_t nl = list.find('\n');
    std::string_view line = list.substr(0, nl);
    list = nl == std::string_view::npos ? std::string_view()
                                        : list.substr(nl + 1);
    line = line.substr(0, line.find_first_of(" \t\r"));
    if (!line.empty() && line[0] != '#') fn(line);
  }
}

// The word as often typed: hamza dropped from alef (bare_alef), ى typed
// as ي (ya): إلى, الى, إلي, الي.
std::string Variant(std::string_view skeleton, bool bare_alef, bool ya) {
  std::string out;
  size_t i = 0;
  while (i < skeleton.size()) {
    const size_t at = i;
    const char32_t c = base::DecodeAt(skeleton, &i);
    if (bare_alef && (c == U'أ' || c == U'إ' || c == U'آ')) {
      base::AppendUtf8(kAlef, &out);
    } else if (ya && c == kAlefMaqsura) {
      base::AppendUtf8(kYa, &out);
    } else {
      out.append(skeleton.substr(at, i - at));
    }
  }
  return out;
}

}  // namespace

Segmenter::Segmenter(const WordCounts* counts, const text::Lexicon* lexicon,
                     std::string_view frozen, std::string_view names,
                     std::string_view gazetteer)
    : counts_(counts), lexicon_(lexicon) {
  ForEachListed(frozen, [this](std::string_view line) {
    Word w;
    if (!w.Parse(line)) return;
    for (int v = 0; v < 4; ++v)
      frozen_.insert(base::Hash64(Variant(w.Skeleton(), v & 1, v & 2)));
  });
  // Names as tagged, written with their clitics at times (وإسرائيل): a
  // name that is a clitic plus another name is not one.
  std::unordered_set<std::string> tagged;
  ForEachListed(names, [&tagged](std::string_view line) {
    Word w;
    if (w.Parse(line)) tagged.insert(std::string(w.Skeleton()));
  });
  // The gazetteers' one-word names (SURFACE<TAB>CLASS<TAB>CANONICAL).
  while (!gazetteer.empty()) {
    const size_t nl = gazetteer.find('\n');
    std::string_view line = gazetteer.substr(0, nl);
    gazetteer = nl == std::string_view::npos ? std::string_view()
                                             : gazetteer.substr(nl + 1);
    const size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
    const std::string_view surface = line.substr(0, tab);
    const std::string_view cls = line.substr(tab + 1, 4);
    if (surface.find(' ') != std::string_view::npos ||
        (cls != "PER." && cls != "LOC." && cls.substr(0, 3) != "ORG") ||
        line.substr(tab + 1).starts_with("ORG.HEAD"))
      continue;
    Word w;
    if (w.Parse(surface)) tagged.insert(std::string(w.Skeleton()));
  }
  static constexpr std::string_view kLeads[] = {
      "ال", "و", "ف", "ب", "ل", "ك", "وال", "فال", "بال", "كال", "لل", "ولل"};
  for (const std::string& name : tagged) {
    bool clitic = false;
    for (std::string_view lead : kLeads) {
      clitic = clitic || (name.size() > lead.size() &&
                          name.compare(0, lead.size(), lead) == 0 &&
                          tagged.count(name.substr(lead.size())));
    }
    if (clitic) continue;
    // الكرملين: the article splits off a name like any noun; the name is
    // كرملين.
    if (name.compare(0, 4, "ال") == 0 && name.size() > 6) {
      names_.insert(base::Hash64(std::string_view(name).substr(4)));
    } else {
      names_.insert(base::Hash64(name));
    }
  }
}

uint32_t Segmenter::CountJoined(std::string_view a, std::string_view b) const {
  char buf[kMaxLetters * 4 + 16];
  if (a.size() + b.size() > sizeof(buf)) return 0;
  std::memcpy(buf, a.data(), a.size());
  std::memcpy(buf + a.size(), b.data(), b.size());
  return counts_->Count(std::string_view(buf, a.size() + b.size()));
}

double Segmenter::Support(std::string_view key) const {
  return std::log(counts_->Count(key) + kSmooth) +
         kArticleWeight * std::log1p(CountJoined("ال", key));
}

// Whether letters cp[from, n) end in `e` with at least one letter before it.
static bool EndsWith(const char32_t* cp, int n, int from, const Enclitic& e) {
  if (n - from <= e.len) return false;
  for (int m = 0; m < e.len; ++m)
    if (cp[n - e.len + m] != e.letters[m]) return false;
  return true;
}

uint16_t Segmenter::Decide(const Word& w, Trace* trace) const {
  const std::string_view s = w.Skeleton();
  if (w.n < 2 || Frozen(s)) {  // a closed-class word: whole
    if (trace != nullptr) trace->emplace_back(0, kFrozenBonus);
    return 0;
  }
  double best = Support(s) + (Name(s) ? kNameBonus : 0);  // unsplit
  uint16_t best_code = 0;
  if (trace != nullptr) trace->emplace_back(0, best);
  char key_buf[kMaxLetters * 4 + 4];

  for (int conj = 0; conj < 3; ++conj) {
    if (conj && w.cp[0] != kConjLetter[conj]) continue;
    const int i = conj ? 1 : 0;
    // و+كان, و+لكن: no cut inside a closed-class word.
    const bool frozen_rest = conj && Frozen(w.Letters(1, w.n));
    for (int prep = 0; prep < 5; ++prep) {
      if (prep && (i >= w.n || w.cp[i] != kPrepLetter[prep])) continue;
      const int j = i + (prep ? 1 : 0);  // after conjunction and preposition
      const bool sin = kPrepLetter[prep] == kSin;
      if (sin) {
        if (j >= w.n) continue;
        const char32_t c = w.cp[j];
        if (c != kYa && c != kTa && c != kNun && c != kAlefHamza) continue;
      }
      for (int art = 0; art < 2; ++art) {
        int k = j;  // where the stem starts
        double article_weight = 0;
        if (art) {
          if (sin) continue;
          if (kPrepLetter[prep] == kLam) {
            if (j >= w.n || w.cp[j] != kLam) continue;
            k = j + 1;  // لل: the article's alef is not written
          } else {
            if (j + 1 >= w.n || w.cp[j] != kAlef || w.cp[j + 1] != kLam)
              continue;
            k = j + 2;
          }
          // The article: taken whenever the rest is a known stem or the
          // whole word is unknown, unless the word shows it is no article
          // (it takes a pronoun, or an article of its own).
          const std::string_view from_article = w.Letters(j, w.n);
          if (!Frozen(from_article) && !Name(from_article) &&
              !Name(s)) {
            const uint32_t rest = counts_->Count(w.Letters(k, w.n));
            const uint32_t anti = CountJoined(s, "ه") + CountJoined(s, "ها") +
                                  CountJoined("ال", s);
            if (rest > 0 || anti == 0) article_weight = kArticleRule;
          }
        }
        const bool has_prefix = conj || prep || art;
        const double prefix_weight =
            kConjWeight[conj] + kPrepWeight[prep] + article_weight;
        // How often the word less its proclitics takes the article: a
        // word that does is a noun as written, with no pronoun on it.
        const double articled_host =
            kArticledHost *
            std::log1p(CountJoined("ال", w.Letters(j, w.n)));

        if (frozen_rest && (prep || art)) continue;
        for (int enc = -1; enc < kNumEnclitics; ++enc) {  // -1: no pronoun
          if (enc < 0 && !has_prefix) continue;  // the unsplit word
          if (frozen_rest && enc >= 0) break;
          if (enc >= 0 && (art || !EndsWith(w.cp, w.n, k, kEnclitics[enc])))
            continue;
          const int stem_end = enc < 0 ? w.n : w.n - kEnclitics[enc].len;
          const int stem_len = stem_end - k;
          if (sin && (stem_len < 3 || enc >= 0)) continue;
          for (int restore = 0; restore < 3; ++restore) {
            const char32_t last = w.cp[stem_end - 1];
            if (restore && (enc < 0 || last != (restore == 1 ? kTa : kAlef)))
              continue;
            // The stem as a count key, its last letter restored.
            const std::string_view letters = w.Letters(k, stem_end);
            size_t key_len = letters.size();
            std::memcpy(key_buf, letters.data(), key_len);
            if (restore) {
              key_len = w.sk[stem_end - 1] - w.sk[k];
              std::memcpy(key_buf + key_len, restore == 1 ? "ة" : "ى", 2);
              key_len += 2;
            }
            const std::string_view key(key_buf, key_len);
            const bool frozen = Frozen(key);
            // A one-letter stem only as لـ or بـ with a pronoun: له، بها.
            if (stem_len < 2) {
              if (has_prefix || enc < 0 || kEnclitics[enc].letters[0] == kYa ||
                  (w.cp[k] != kBa && w.cp[k] != kLam))
                continue;
            } else if (stem_len < 3 && !frozen &&
                       ((has_prefix && enc >= 0) ||
                        (conj != 0 && prep != 0))) {
              continue;  // و+ب+ها, ف+ل+يم: too little left
            }
            const uint32_t count = counts_->Count(key);
            double score = stem_len < 2 ? 100
                                        : std::log(count + kSmooth) +
                                              kArticleWeight *
                                                  std::log1p(CountJoined("ال", key));
            if (frozen) score += kFrozenBonus;
            if (Name(key)) score += kNameBonus;
            if (count == 0) score -= kNoSupport;
            score += prefix_weight;
            if (enc >= 0) {
              score += kEnclitics[enc].weight - articled_host;
              if (restore == 1) score += kRestoredTa;
              // Xي where Xين, Xون or Xية is attested: a plural in
              // construct (لاعبي) or a nisba adjective (عامي), not X + my.
              if (kEnclitics[enc].len == 1 && kEnclitics[enc].letters[0] == kYa)
                score -= kInflectedYa * std::log1p(CountJoined(key, "ين") +
                                                   CountJoined(key, "ون") +
                                                   CountJoined(key, "ية"));
            }
            // A stem the corpus never shows but the lexicon knows costs
            // less; the lexicon is slow, so asked only when that matters.
            if (count == 0 && (trace != nullptr ||
                               score + kNoSupport - kNoSupportKnown > best + kTie) &&
                lexicon_->Contains(text::Normalize(key)))
              score += kNoSupport - kNoSupportKnown;
            const uint16_t code = MakeCode(conj, prep, art, enc + 1, restore);
            if (trace != nullptr) trace->emplace_back(code, score);
            if (score > best + kTie) {
              best = score;
              best_code = code;
            }
          }
        }
      }
    }
  }
  return best_code;
}

Segmentation Segmenter::Segment(std::string_view word) const {
  Segmentation seg;
  seg.stem_end = seg.word_end = static_cast<uint32_t>(word.size());
  Word w;
  if (!w.Parse(word) || w.n < 2) return seg;
  uint16_t code;
  std::atomic<uint16_t>* memo = counts_->Memo(w.Skeleton());
  const uint16_t seen =
      memo == nullptr ? 0 : memo->load(std::memory_order_relaxed);
  if (seen != 0) {
    code = seen & ~kDecided;
  } else {
    code = Decide(w);
    if (memo != nullptr)
      memo->store(code | kDecided, std::memory_order_relaxed);
  }
  return FromCode(w, code);
}

Segmentation Segmenter::FromCode(const Word& w, uint16_t code) {
  Segmentation seg;
  seg.stem_end = seg.word_end = w.begin[w.n];
  const CodeParts parts = Parts(code);
  const int conj = parts.conj, prep = parts.prep, art = parts.art;
  const int enc = parts.enc, restore = parts.restore;
  // A code that does not fit this word (Decode() takes any) reads as the
  // whole word.
  if (code == 0 || !parts.valid || parts.front + parts.back >= w.n ||
      (conj && w.cp[0] != kConjLetter[conj]) ||
      (prep && w.cp[conj ? 1 : 0] != kPrepLetter[prep]))
    return seg;
  seg.code = code;
  int at = 0;  // letters consumed
  auto push = [&](Clitic c, int letters) {
    at += letters;
    seg.proclitics[seg.num_proclitics] = c;
    seg.proclitic_end[seg.num_proclitics++] = w.begin[at];
  };
  if (conj) push(kConjClitic[conj], 1);
  if (prep) push(kPrepClitic[prep], 1);
  if (art) {
    seg.article_elided = kPrepLetter[prep] == kLam;
    push(Clitic::kAl, seg.article_elided ? 1 : 2);
  }
  seg.stem_begin = w.begin[at];
  const int stem_end = enc ? w.n - kEnclitics[enc - 1].len : w.n;
  seg.stem_end = w.begin[stem_end];
  if (restore) seg.restored = restore == 1 ? kTaMarbuta : kAlefMaqsura;
  return seg;
}

// The stem as it reads: its last letter restored (استضافت -> استضافة), the
// marks after that letter kept.
static std::string StemAsRead(std::string_view word, const Segmentation& seg) {
  const std::string_view stem =
      word.substr(seg.stem_begin, seg.stem_end - seg.stem_begin);
  if (seg.restored == 0) return std::string(stem);
  size_t last = 0, i = 0;
  while (i < stem.size()) {
    const size_t at = i;
    if (text::IsArabicLetter(base::DecodeAt(stem, &i))) last = at;
  }
  size_t after = last;
  base::DecodeAt(stem, &after);
  std::string out(stem.substr(0, last));
  base::AppendUtf8(seg.restored, &out);
  out.append(stem.substr(after));
  return out;
}

Segmentation Segmenter::Decode(std::string_view word, uint16_t code) {
  Word w;
  if (code == 0 || !w.Parse(word) || w.n < 2) {
    Segmentation seg;
    seg.stem_end = seg.word_end = static_cast<uint32_t>(word.size());
    return seg;
  }
  return FromCode(w, code);
}

namespace {

// A thread's cache of recent decisions, keyed by the word's bytes through
// their 64-bit hash (a wrong hit needs two words with one XXH3 hash:
// never, in practice). 65,536 entries of 16 bytes (1 MB) stay in cache,
// where the count table (megabytes, random access) does not.
struct CacheEntry {
  uint64_t hash = 0;
  uint32_t len = 0;  // 0: empty
  uint16_t code = 0;
};
constexpr size_t kCacheEntries = 65536;

}  // namespace

uint16_t Segmenter::Code(std::string_view word) const {
  thread_local std::unique_ptr<CacheEntry[]> cache;
  thread_local const Segmenter* owner = nullptr;
  if (owner != this || !cache) {  // a cache serves one segmenter
    cache = std::make_unique<CacheEntry[]>(kCacheEntries);
    owner = this;
  }
  const uint64_t h = base::Hash64(word);
  CacheEntry& e = cache[h & (kCacheEntries - 1)];
  if (e.hash == h && e.len == word.size() && e.len != 0) return e.code;
  const uint16_t code = Segment(word).code;
  e = CacheEntry{h, static_cast<uint32_t>(word.size()), code};
  return code;
}

void SegmentTokens(const Segmenter& segmenter, std::string_view text,
                   std::vector<Token>* tokens) {
  for (Token& t : *tokens) {
    if (t.kind == TokenKind::kArabic) t.seg = segmenter.Code(t.span.Of(text));
  }
}

std::string StemOf(const Token& t, std::string_view text) {
  std::string stem;
  StemInto(t, text, &stem);
  return stem;
}

void StemInto(const Token& t, std::string_view text, std::string* stem) {
  std::string_view norm = t.norm.view();
  const CodeParts parts = Parts(t.seg);
  if (t.kind != TokenKind::kArabic || t.seg == 0 || !parts.valid) {
    stem->assign(norm);
    return;
  }
  const int front = parts.front, back = parts.back, restore = parts.restore;
  // The clitics' letters are plain letters, one code point each in the
  // norm as in the word: cut them off the norm. Anything unexpected takes
  // the long way, through the surface.
  size_t b = 0, e = norm.size();
  for (int k = 0; k < front && b < e; ++k) base::DecodeAt(norm, &b);
  for (int k = 0; k < back && e > b; ++k) {
    --e;
    while (e > b && (static_cast<unsigned char>(norm[e]) & 0xC0) == 0x80) --e;
  }
  if (e <= b) {
    const std::string_view word = t.span.Of(text);
    *stem = Segmenter::Stem(word, Segmenter::Decode(word, t.seg));
    return;
  }
  stem->assign(norm.substr(b, e - b));
  if (restore != 0) {
    size_t last = stem->size() - 1;
    while (last > 0 && (static_cast<unsigned char>((*stem)[last]) & 0xC0) == 0x80)
      --last;
    stem->resize(last);
    *stem += restore == 1 ? "ه" : "ي";  // ة and ى in search normalization
  }
}

std::vector<std::pair<std::string, double>> Segmenter::Explain(
    std::string_view word) const {
  std::vector<std::pair<std::string, double>> out;
  Word w;
  if (!w.Parse(word) || w.n < 2) return out;
  Trace trace;
  Decide(w, &trace);
  std::stable_sort(trace.begin(), trace.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [code, score] : trace)
    out.emplace_back(Joined(word, FromCode(w, code)), score);
  return out;
}

std::string Segmenter::Joined(std::string_view word,
                              const Segmentation& seg) {
  std::string out;
  size_t from = 0;
  for (int i = 0; i < seg.num_proclitics; ++i) {
    if (i == seg.num_proclitics - 1 && seg.article_elided) {
      out += "ال";
    } else {
      out.append(word.substr(from, seg.proclitic_end[i] - from));
    }
    out += '+';
    from = seg.proclitic_end[i];
  }
  out += StemAsRead(word, seg);
  if (seg.has_enclitic()) {
    out += '+';
    out.append(word.substr(seg.stem_end, seg.word_end - seg.stem_end));
  }
  return out;
}

std::string Segmenter::Stem(std::string_view word, const Segmentation& seg) {
  return text::Normalize(StemAsRead(word, seg));
}

}  // namespace khabar::morph
