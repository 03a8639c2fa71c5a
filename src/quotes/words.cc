// The quote finder's lexicon: the word classes it asks about a token
// (lead-ins, prepositions, speaker nouns, titles, ranks, honorifics ...),
// as lists of words and a few tests of a word's shape or its clitics.
// The lists are in search normalization, as Token::norm has them (أ إ ->
// ا، ة -> ه، ى -> ي، ئ -> ي، ؤ -> و: "رييس" is رئيس). What each class
// holds, with examples, is in quote_finder.h; a list is short and searched
// linearly.

#include <algorithm>
#include <array>

#include "morph/segmenter.h"
#include "quotes/quote_finder.h"

namespace khabar::quotes::internal {

bool IsLeadIn(std::string_view n) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "انهن",
      "بان", "بانه", "بانها", "بانهم", "باننا"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

namespace {

// `n` without a leading و or ف when at least `min_rest` bytes are left;
// `n` itself otherwise.
std::string_view WithoutWaOrFa(std::string_view n, size_t min_rest) {
  if (n.size() >= 2 + min_rest && (n.starts_with("\xD9\x88") || n.starts_with("\xD9\x81")))
    n.remove_prefix(2);  // و ف
  return n;
}

}  // namespace

bool MakesConjunction(std::string_view n) {
  // وقبل أن، فبعد أن: the conjunction may carry و or ف.
  if (const std::string_view rest = WithoutWaOrFa(n, 3);
      rest.size() < n.size() && rest != "ان" && MakesConjunction(rest))
    return true;
  // هو أن، وهي أن: "the condition is that", a copula, not a cue's lead-in.
  static constexpr std::array<std::string_view, 26> kWords = {
      "قبل", "بعد", "منذ", "الا", "غير", "رغم", "برغم", "بحكم", "حيث", "كما",
      "مجرد", "بمجرد", "دون", "بدون", "اجل", "ضروره", "يجب", "ينبغي", "يمكن",
      "يتعين", "بد", "عسي", "علما", "اي", "هو", "هي"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool IsWhenOrIf(std::string_view n) {
  // وعندما، فإذا: the conjunction may carry و or ف.
  n = WithoutWaOrFa(n, 3);
  static constexpr std::array<std::string_view, 7> kWords = {
      "عندما", "حينما", "حين", "اذا", "كلما", "لما", "لو"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool IsKana(std::string_view n) {
  static constexpr std::array<std::string_view, 8> kWords = {
      "كان", "كانت", "وكان", "وكانت", "يكون", "تكون", "ليس", "وليس"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool NamesAfterPerson(std::string_view n) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "مطار", "جامعه", "مستشفي", "مدينه", "شارع", "طريق", "جسر", "مركز",
      "مجمع", "قاعده", "ميناء", "كليه", "مسجد", "جامع", "جايزه", "مكتبه",
      "ملعب", "استاد", "قصر", "حي", "داره", "كرسي", "مدرسه", "معهد"};
  const auto listed = [](std::string_view w) {
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
  };
  // ومطار، بجامعة، وبمستشفى: و or ف, then ب or ل, may stand before it.
  if (listed(n)) return true;
  n = WithoutWaOrFa(n, 5);
  if (listed(n)) return true;
  return n.size() > 6 && (n.starts_with("\xD8\xA8") || n.starts_with("\xD9\x84")) &&  // ب ل
         listed(n.substr(2));
}

std::string_view WithoutWaw(std::string_view n) {
  if (n.size() > 6 && n.starts_with("\xD9\x88")) n.remove_prefix(2);  // و
  return n;
}

bool IsTruePreposition(std::string_view n) {
  static constexpr std::array<std::string_view, 19> kWords = {
      "في", "خلال", "علي", "الي", "من", "عن", "مع", "بين", "حول", "لدي",
      "عند", "امام", "عبر", "اثناء", "بمقر", "بشان", "ل", "ب", "ك"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool IsSpeakerNoun(std::string_view n) {
  static constexpr std::array<std::string_view, 32> kWords = {
      "مصدر", "مصادر", "مسوول", "مسوولون", "متحدث", "ناطق", "شهود",
      "مراقبون", "خبراء", "محللون", "سكان", "ناشطون", "بيان", "تقرير",
      "مسوولين", "دبلوماسيون", "تقارير", "صحيفه", "وكاله", "وسايل",
      "احد", "عدد", "بعض", "مغرد", "مسووله", "ناخب", "ناخبه", "مواطن",
      "مواطنه", "موظف", "موظفه", "احصاءات"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool IsTitleWord(std::string_view n) {
  static constexpr std::array<std::string_view, 56> kWords = {
      "مدير", "المدير", "مديره", "المديره", "رييس", "الرييس", "رييسه", "الرييسه",
      "نايب", "النايب", "نايبه", "وزير", "الوزير", "وزيره", "سفير", "السفير",
      "امين", "الامين", "محافظ", "المحافظ", "وكيل", "الوكيل", "مساعد", "المساعد",
      "المتحدث", "متحدث", "الناطق", "ناطق", "مستشار", "المستشار", "عضو", "العضو",
      "قايد", "القايد", "عميد", "العميد", "زعيم", "الزعيم", "مفتي", "المفتي",
      "مندوب", "المندوب", "ممثل", "الممثل", "منسق", "المنسق", "الناشط", "الناشطه",
      "الخبير", "الباحث", "الدكتور", "المهندس", "الاستاذ", "الشيخ", "الامير", "شيخ"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool IsHeadOfState(std::string_view n) {
  static constexpr std::array<std::string_view, 6> kWords = {
      "الرييس", "الملك", "الامير", "العهد", "الشريفين", "السلطان"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool IsRank(std::string_view n) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "السيد", "السيده", "اللواء", "العقيد", "العميد", "الفريق", "المقدم", "النقيب",
      "الجنرال", "الدكتوره", "الاستاذه", "السفيره"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool IsQuantifier(std::string_view n) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "حوالي", "نحو", "قرابه", "عشرات", "ميات", "الاف", "اكثر", "عدد", "ذوو", "اهالي"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool IsRelative(std::string_view n) {
  static constexpr std::array<std::string_view, 8> kWords = {
      "الذي", "التي", "الذين", "والذي", "والتي", "والذين", "اللذين", "اللتين"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool HasPreposition(std::string_view surface, uint16_t code) {
  if (code == 0) return false;
  const morph::Segmentation seg = morph::Segmenter::Decode(surface, code);
  for (uint8_t k = 0; k < seg.num_proclitics; ++k) {
    const morph::Clitic c = seg.proclitics[k];
    if (c == morph::Clitic::kBi || c == morph::Clitic::kLi || c == morph::Clitic::kKa)
      return true;
  }
  return false;
}

bool HasBiOrLi(std::string_view surface, uint16_t code) {
  if (code == 0) return false;
  const morph::Segmentation seg = morph::Segmenter::Decode(surface, code);
  for (uint8_t k = 0; k < seg.num_proclitics; ++k)
    if (seg.proclitics[k] == morph::Clitic::kBi || seg.proclitics[k] == morph::Clitic::kLi)
      return true;
  return false;
}

bool IsHonorific(std::string_view n) {
  static constexpr std::array<std::string_view, 9> kWords = {
      "سموه", "معاليه", "فخامته", "سعادته", "جلالته", "سماحته", "سموها", "معاليها",
      "فضيلته"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool IsRubric(std::string_view n) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "عاجل", "فيديو", "بالفيديو", "بالصور", "صور", "خاص", "حصري", "شاهد",
      "انفوجرافيك", "انفوغرافيك", "مباشر", "تحديث", "رسميا", "تقرير"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool StartsWithArticle(std::string_view n) {
  return n.size() > 6 && n.substr(0, 4) == "\xD8\xA7\xD9\x84";  // ال
}

bool EndsWithPronoun(std::string_view surface) {
  if (surface.starts_with("\xD8\xA7\xD9\x84")) return false;  // ال: المياه، الله
  return surface.ends_with("\xD9\x87") || surface.ends_with("\xD9\x87\xD8\xA7") ||  // ه ها
         surface.ends_with("\xD9\x87\xD9\x85");                                  // هم
}

bool IsPluralNoun(std::string_view n) {
  return n.size() >= 10 && n.ends_with("\xD9\x88\xD9\x86") &&  // ون
         !n.starts_with("\xD9\x8A") && !n.starts_with("\xD8\xAA");  // ي ت
}

std::span<const std::string_view> TitlesOf(std::string_view honorific) {
  static constexpr std::string_view kHighness[] = {"الامير", "الاميره", "السمو", "سمو", "العهد"};
  static constexpr std::string_view kExcellency[] = {"معالي", "الوزير", "وزير", "وزيره"};
  static constexpr std::string_view kPresident[] = {"فخامه", "الرييس"};
  static constexpr std::string_view kMajesty[] = {"جلاله", "الملك"};
  static constexpr std::string_view kEminence[] = {"سماحه", "الشيخ", "المفتي", "فضيله",
                                                   "امام", "خطيب"};
  if (honorific.starts_with("\xD8\xB3\xD9\x85\xD9\x88")) return kHighness;       // سمو
  if (honorific.starts_with("\xD9\x85\xD8\xB9\xD8\xA7\xD9\x84")) return kExcellency;  // معال
  if (honorific.starts_with("\xD9\x81\xD8\xAE")) return kPresident;               // فخ
  if (honorific.starts_with("\xD8\xAC\xD9\x84")) return kMajesty;                 // جل
  if (honorific.starts_with("\xD8\xB3\xD9\x85\xD8\xA7") ||                   // سما
      honorific.starts_with("\xD9\x81\xD8\xB6"))                               // فض
    return kEminence;
  return {};
}

bool IsVerbPreamble(std::string_view n) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "جهته", "جهتها", "جانبه", "جانبها", "بدوره", "بدورها", "ناحيته", "ناحيتها",
      "جهه", "اخري"};
  return std::find(kWords.begin(), kWords.end(), n) != kWords.end();
}

bool IsGroupWord(std::string_view n) {
  if (StartsWithArticle(n)) n.remove_prefix(4);
  if (IsQuantifier(n) || IsPluralNoun(n)) return true;
  if (n.size() < 8) return false;
  return n.ends_with("\xD9\x8A\xD9\x86") || n.ends_with("\xD8\xA7\xD8\xA1") ||  // ين اء
         n == "مصادر" || n == "شهود" || n == "سكان" || n == "تقارير";
}

}  // namespace khabar::quotes::internal
