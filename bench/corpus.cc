#include "corpus.h"

#include <cstdint>
#include <fstream>
#include <numeric>

namespace khabar::bench {
namespace {

constexpr char kMagic[] = "KHBRREC1";  // then " <label>\n"

// Words a Saudi news wire uses, some with harakat or tatweel as in the wild.
constexpr const char* kWords[] = {
    "قال",     "وزير",    "الخارجية",  "السعودي",    "إن",      "المملكة",
    "العربية", "الرياض",  "جدة",       "مكة",        "المكرمة", "الحكومة",
    "مجلس",    "الوزراء", "وَأَكَّدَ",      "أمير",       "منطقة",   "اليوم",
    "الاثنين", "خلال",    "اجتماع",    "بالتعاون",   "مع",      "الهيئة",
    "العامة",  "للإحصاء", "مستشفى",    "مدرسة",      "الأمن",   "والاستقرار",
    "في",      "على",     "من",        "إلى",        "التي",    "الذي",
    "مـــصر",  "اليمن",   "الإرهاب",   "الاقتصاد",   "النفط",   "أسعار",
    "سوق",     "الأسهم",  "المواطنين", "وللمواطنات", "فإن",     "بأن",
    "لهذا",    "المشروع",
};
constexpr const char* kNumbers[] = {"٢٠١٥",   "2015", "٣٫٥٪", "3.5%",
                                    "١٢٬٥٠٠", "40",   "١٤٣٦"};
constexpr const char* kPunct[] = {"،", ".", "؛", ":", "؟", "«", "»"};
constexpr const char* kLatin[] = {"ISIS", "OPEC", "Aramco", "G20"};

// xorshift64: deterministic across platforms, unlike std::rand.
uint64_t Next(uint64_t* state) {
  *state ^= *state << 13;
  *state ^= *state >> 7;
  *state ^= *state << 17;
  return *state;
}

template <size_t N>
const char* Pick(const char* const (&list)[N], uint64_t* state) {
  return list[Next(state) % N];
}

// One word-ish item: mostly Arabic words, sometimes a number, a Latin word,
// or a punctuation mark glued to the previous word.
void AppendItem(uint64_t* state, std::string* out) {
  uint64_t roll = Next(state) % 100;
  if (roll < 8) {
    out->append(Pick(kPunct, state));
  } else {
    out->push_back(' ');
    out->append(roll < 13   ? Pick(kNumbers, state)
                : roll < 15 ? Pick(kLatin, state)
                            : Pick(kWords, state));
  }
  if (Next(state) % 40 == 0) out->append("\n\n");
}

std::string SyntheticArticle(size_t target, uint64_t* state) {
  std::string text;
  for (int i = 0; i < 8; ++i) AppendItem(state, &text);
  text.append("\n\n");
  while (text.size() < target) AppendItem(state, &text);
  return text;
}

}  // namespace

size_t Corpus::bytes() const {
  return std::accumulate(
      articles.begin(), articles.end(), size_t{0},
      [](size_t sum, const std::string& a) { return sum + a.size(); });
}

Status WriteRecords(const Corpus& corpus, const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << kMagic << ' ' << corpus.label << '\n';
  for (const std::string& a : corpus.articles) {
    const auto n = static_cast<uint32_t>(a.size());
    const unsigned char len[4] = {static_cast<unsigned char>(n),
                                  static_cast<unsigned char>(n >> 8),
                                  static_cast<unsigned char>(n >> 16),
                                  static_cast<unsigned char>(n >> 24)};
    out.write(reinterpret_cast<const char*>(len), 4);
    out.write(a.data(), static_cast<std::streamsize>(a.size()));
  }
  out.close();
  if (!out) return Status::IoError("cannot write " + path);
  return Status::Ok();
}

Status ReadRecords(const std::string& path, Corpus* corpus) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::string header;
  const std::string prefix = std::string(kMagic) + ' ';
  if (!std::getline(in, header) || !header.starts_with(prefix)) {
    return Status::Corrupt(path + ": not a khabar records file");
  }
  corpus->label = header.substr(prefix.size());
  unsigned char len[4];
  while (in.read(reinterpret_cast<char*>(len), 4)) {
    const uint32_t n =
        len[0] | len[1] << 8 | len[2] << 16 | uint32_t{len[3]} << 24;
    std::string& a = corpus->articles.emplace_back(n, '\0');
    if (!in.read(a.data(), n)) return Status::Corrupt(path + ": truncated");
  }
  return Status::Ok();
}

Corpus SyntheticCorpus(size_t bytes) {
  Corpus corpus;
  corpus.label = "synthetic";
  uint64_t state = 0x9E3779B97F4A7C15ull;
  size_t total = 0;
  while (total < bytes) {
    const size_t target = 2000 + Next(&state) % 4000;
    total +=
        corpus.articles.emplace_back(SyntheticArticle(target, &state)).size();
  }
  return corpus;
}

}  // namespace khabar::bench
