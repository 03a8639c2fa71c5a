#include "morph/segmenter.h"

#include <algorithm>
#include <cmath>

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

// Scoring weights (see the header). Set once, globally, on the first 30%
// of the WikiNews gold (`khabar eval segment` reports both parts); never
// per word.
constexpr double kSmooth = 0.1;          // added to every count
constexpr double kArticleWeight = 0.5;   // stem seen with ال
constexpr double kNoSupport = 5.0;       // a split leaving an unseen stem
constexpr double kNoSupportKnown = 2.0;  // ... that the lexicon knows
constexpr double kNameBonus = 2.0;       // a known proper name
constexpr double kFrozenBonus = 20.0;
constexpr double kArticleRule = 15.0;  // below kFrozenBonus: اليها is الي+ها
constexpr double kRestoredTa = 2.0;      // ت read as ة before a pronoun
constexpr double kArticledHost = 1.0;    // ال+word seen: no pronoun on it
constexpr double kInflectedYa = 1.0;     // Xين/Xون/Xية seen: Xي is not X+ي
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

uint16_t Code(int conj, int prep, bool article, int enc, int restore) {
  return static_cast<uint16_t>(conj | (prep << 2) | (article ? 1 << 5 : 0) |
                               (enc << 6) | (restore << 10));
}

}  // namespace

// A word as letters: each letter with the marks that follow it.
struct Segmenter::Word {
  int n = 0;
  char32_t cp[kMaxLetters];
  uint16_t begin[kMaxLetters + 1];  // surface byte where letter i starts
  uint16_t sk[kMaxLetters + 1];     // skeleton byte where letter i starts
  std::string skeleton;             // the letters without marks

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
        sk[n] = static_cast<uint16_t>(skeleton.size());
        skeleton.append(s.data() + at, i - at);
        ++n;
      } else if (!text::IsArabicWordChar(c)) {
        return false;
      }
    }
    begin[n] = static_cast<uint16_t>(s.size());
    sk[n] = static_cast<uint16_t>(skeleton.size());
    return n > 0;
  }
  std::string_view Letters(int from, int to) const {
    return std::string_view(skeleton).substr(sk[from], sk[to] - sk[from]);
  }
};

std::string Skeleton(std::string_view word) {
  Segmenter::Word w;
  return w.Parse(word) ? w.skeleton : std::string();
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
                     std::string_view frozen, std::string_view names)
    : counts_(counts), lexicon_(lexicon) {
  ForEachListed(frozen, [this](std::string_view line) {
    Word w;
    if (!w.Parse(line)) return;
    for (int v = 0; v < 4; ++v)
      frozen_.insert(Variant(w.skeleton, v & 1, v & 2));
  });
  // Names as tagged, written with their clitics at times (وإسرائيل): a
  // name that is a clitic plus another name is not one.
  std::unordered_set<std::string> tagged;
  ForEachListed(names, [&tagged](std::string_view line) {
    Word w;
    if (w.Parse(line)) tagged.insert(w.skeleton);
  });
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
      names_.insert(name.substr(4));
    } else {
      names_.insert(name);
    }
  }
}

double Segmenter::Support(std::string_view key) const {
  std::string with_article = "ال";
  with_article += key;
  return std::log(counts_->Count(key) + kSmooth) +
         kArticleWeight * std::log1p(counts_->Count(with_article));
}

// Whether letters cp[from, n) end in `e` with at least one letter before it.
static bool EndsWith(const char32_t* cp, int n, int from, const Enclitic& e) {
  if (n - from <= e.len) return false;
  for (int m = 0; m < e.len; ++m)
    if (cp[n - e.len + m] != e.letters[m]) return false;
  return true;
}

uint16_t Segmenter::Decide(const Word& w, Trace* trace) const {
  const std::string& s = w.skeleton;
  if (w.n < 2 || frozen_.count(s)) {  // a closed-class word: whole
    if (trace != nullptr) trace->emplace_back(0, kFrozenBonus);
    return 0;
  }
  double best = Support(s) + (names_.count(s) ? kNameBonus : 0);  // unsplit
  uint16_t best_code = 0;
  if (trace != nullptr) trace->emplace_back(0, best);
  std::string key;

  for (int conj = 0; conj < 3; ++conj) {
    if (conj && w.cp[0] != kConjLetter[conj]) continue;
    const int i = conj ? 1 : 0;
    // و+كان, و+لكن: no cut inside a closed-class word.
    const bool frozen_rest = conj && frozen_.count(std::string(w.Letters(1, w.n)));
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
          const std::string from_article(w.Letters(j, w.n));
          if (!frozen_.count(from_article) && !names_.count(from_article) &&
              !names_.count(s)) {
            const uint32_t rest = counts_->Count(w.Letters(k, w.n));
            const uint32_t anti = counts_->Count(s + "ه") +
                                  counts_->Count(s + "ها") +
                                  counts_->Count("ال" + s);
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
            std::log1p(counts_->Count("ال" + std::string(w.Letters(j, w.n))));

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
            key.assign(w.Letters(k, stem_end));
            if (restore) {
              key.resize(w.sk[stem_end - 1] - w.sk[k]);
              base::AppendUtf8(restore == 1 ? kTaMarbuta : kAlefMaqsura, &key);
            }
            const bool frozen = frozen_.count(key) > 0;
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
            double score = stem_len < 2 ? 100 : Support(key);
            if (frozen) score += kFrozenBonus;
            if (names_.count(key)) score += kNameBonus;
            if (counts_->Count(key) == 0) {
              score -= lexicon_->Contains(text::Normalize(key))
                           ? kNoSupportKnown
                           : kNoSupport;
            }
            score += prefix_weight;
            if (enc >= 0) {
              score += kEnclitics[enc].weight - articled_host;
              if (restore == 1) score += kRestoredTa;
              // Xي where Xين, Xون or Xية is attested: a plural in
              // construct (لاعبي) or a nisba adjective (عامي), not X + my.
              if (kEnclitics[enc].len == 1 && kEnclitics[enc].letters[0] == kYa)
                score -= kInflectedYa * std::log1p(counts_->Count(key + "ين") +
                                                   counts_->Count(key + "ون") +
                                                   counts_->Count(key + "ية"));
            }
            const uint16_t code = Code(conj, prep, art, enc + 1, restore);
            if (trace != nullptr) trace->emplace_back(code, score);
            if (score > best) {
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
  std::atomic<uint16_t>* memo = counts_->Memo(w.skeleton);
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
  const int conj = code & 3, prep = (code >> 2) & 7, art = (code >> 5) & 1;
  const int enc = (code >> 6) & 15, restore = (code >> 10) & 3;
  // A code that does not fit this word (Decode() takes any) reads as the
  // whole word.
  const int prefix_letters =
      (conj != 0) + (prep != 0) + (art ? (kPrepLetter[prep] == kLam ? 1 : 2) : 0);
  const int suffix_letters = enc ? kEnclitics[enc - 1].len : 0;
  if (code == 0 || conj == 3 || prep > 4 || enc > kNumEnclitics ||
      restore == 3 || (code & 0x7000) != 0 ||
      prefix_letters + suffix_letters >= w.n ||
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

void SegmentTokens(const Segmenter& segmenter, std::string_view text,
                   std::vector<Token>* tokens) {
  for (Token& t : *tokens) {
    if (t.kind != TokenKind::kArabic) continue;
    const std::string_view word = t.span.Of(text);
    const Segmentation seg = segmenter.Segment(word);
    t.seg = seg.code;
    if (seg.split()) {
      t.stem.assign(Segmenter::Stem(word, seg));
    } else {
      t.stem.assign(t.norm.view());
    }
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
