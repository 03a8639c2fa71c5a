// gen_char_table: writes the per-code-point table of src/text/char_class.h.
//
//   gen_char_table data/normalization.tsv gen/char_table.cc
//
// Each code point's entry is made in four steps; a later step wins:
//  1. class from ICU: general category, script and block (DeriveClass);
//  2. derived mappings: every decimal digit (Nd) -> its ASCII digit
//     (u_charDigitValue), Latin-script letters -> u_tolower, format controls
//     (Cf) -> removed;
//  3. the rows of data/normalization.tsv, khabar's own choices;
//  4. Arabic presentation forms U+FB50..FDFF, U+FE70..FEFF without a row:
//     NFKC, then steps 2-3 applied to each resulting code point, so that
//     "ﻷ" -> ل أ -> "لا". A form whose NFKC is a space and marks (isolated
//     harakat, U+FE70...) counts as those marks; a form whose NFKC holds a
//     space between words (U+FDFA, U+FDFB: whole phrases) is kept as is.
// Then it checks the invariants the normalizer and tokenizer rely on and
// fails (exit 1, so the build fails) when one is broken:
//  - idempotence: every code point of every replacement maps to itself;
//  - a format control is always removed (the tokenizer skips them);
//  - replacements fit kMaxReplacementBytes, the pool fits a uint16 offset.

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "text/char_class.h"

namespace {

using khabar::text::internal::CharClass;
using khabar::text::internal::CharInfo;
namespace internal = khabar::text::internal;

constexpr char32_t kMaxCp = 0x10FFFF;

const char* const kClassNames[internal::kCharClassCount] = {
    "arabic", "arabic_mark", "tatweel", "latin",  "letter", "mark",
    "digit",  "space",       "punct",   "symbol", "format", "other"};

struct Entry {
  CharClass cls = CharClass::kOther;
  bool keep = true;
  std::u32string repl;  // when !keep; empty = removed
};

[[noreturn]] void Die(const std::string& why) {
  std::cerr << "gen_char_table: " << why << "\n";
  std::exit(1);
}

std::string Hex(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

bool InArabicBlocks(char32_t cp) {
  return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
         (cp >= 0x0870 && cp <= 0x08FF) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
         (cp >= 0xFE70 && cp <= 0xFEFF);
}

CharClass LetterClass(char32_t cp) {
  UErrorCode err = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(cp, &err);
  if (script == USCRIPT_ARABIC) return CharClass::kArabicLetter;
  if (script == USCRIPT_LATIN) return CharClass::kLatinLetter;
  return CharClass::kOtherLetter;
}

CharClass DeriveClass(char32_t cp) {
  const uint32_t gc = U_GET_GC_MASK(cp);
  if (gc & (U_GC_L_MASK | U_GC_NL_MASK)) return LetterClass(cp);
  if (gc & U_GC_M_MASK) {
    return InArabicBlocks(cp) ? CharClass::kArabicMark : CharClass::kMark;
  }
  if (gc & U_GC_ND_MASK) return CharClass::kDigit;
  if (gc & U_GC_Z_MASK) return CharClass::kSpace;
  if (gc & U_GC_CC_MASK) {  // \t \n \v \f \r, U+001C..001F, NEL: spaces
    const bool space = u_isUWhiteSpace(cp) || (cp >= 0x1C && cp <= 0x1F);
    return space ? CharClass::kSpace : CharClass::kOther;
  }
  if (gc & U_GC_CF_MASK) return CharClass::kFormat;
  if (gc & U_GC_P_MASK) return CharClass::kPunct;
  if (gc & (U_GC_S_MASK | U_GC_NO_MASK)) {
    return u_hasBinaryProperty(cp, UCHAR_EMOJI_PRESENTATION)
               ? CharClass::kOther
               : CharClass::kSymbol;
  }
  return CharClass::kOther;  // unassigned, private use, surrogates
}

// Step 1 and 2 for one code point.
Entry Derive(char32_t cp) {
  Entry e;
  e.cls = DeriveClass(cp);
  if (u_charType(cp) == U_DECIMAL_DIGIT_NUMBER) {
    e.repl = std::u32string(1, U'0' + u_charDigitValue(cp));
  } else if (e.cls == CharClass::kLatinLetter && u_tolower(cp) != UChar32(cp)) {
    e.repl = std::u32string(1, static_cast<char32_t>(u_tolower(cp)));
  } else if (e.cls == CharClass::kFormat) {
    e.repl.clear();
  } else {
    return e;
  }
  e.keep = e.repl.size() == 1 && e.repl[0] == cp;  // ASCII digits
  return e;
}

// One TAB-separated row of normalization.tsv, applied to table.
void ApplyRow(const std::vector<std::string>& cols, int line,
              std::vector<Entry>* table, std::vector<bool>* has_row) {
  const std::string where = "normalization.tsv:" + std::to_string(line) + ": ";
  if (cols.size() < 3) Die(where + "want 3 or 4 TAB-separated columns");
  char32_t lo, hi;
  Entry row;
  row.keep = cols[1] == "=";
  try {
    const size_t dots = cols[0].find("..");
    lo = std::stoul(cols[0].substr(0, dots), nullptr, 16);
    hi = dots == std::string::npos
             ? lo
             : std::stoul(cols[0].substr(dots + 2), nullptr, 16);
    std::istringstream in(row.keep ? "" : cols[1]);
    for (std::string hex; in >> hex;) {
      row.repl.push_back(std::stoul(hex, nullptr, 16));
    }
  } catch (const std::exception&) {
    Die(where + "bad hex code point in '" + cols[0] + "' or '" + cols[1] + "'");
  }
  if (hi < lo || hi > kMaxCp) Die(where + "bad range '" + cols[0] + "'");
  for (char32_t c : row.repl) {
    if (c > kMaxCp || (c >= 0xD800 && c <= 0xDFFF)) {
      Die(where + "bad replacement " + Hex(c));
    }
  }
  int cls = -1;
  for (int c = 0; c < internal::kCharClassCount; ++c) {
    if (cols[2] == kClassNames[c]) cls = c;
  }
  if (cls < 0 && cols[2] != "-") Die(where + "unknown class '" + cols[2] + "'");
  for (char32_t cp = lo; cp <= hi; ++cp) {
    Entry e = row;
    e.cls = cls < 0 ? DeriveClass(cp) : static_cast<CharClass>(cls);
    if ((e.cls == CharClass::kArabicMark || e.cls == CharClass::kMark) &&
        DeriveClass(cp) != e.cls) {
      Die(where + Hex(cp) + " is not a combining mark in Unicode");
    }
    (*table)[cp] = e;
    (*has_row)[cp] = true;
  }
}

void ReadRows(const char* path, std::vector<Entry>* table,
              std::vector<bool>* has_row) {
  std::ifstream in(path);
  if (!in) Die(std::string("cannot read ") + path);
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    if (text.empty() || text[0] == '#') continue;
    std::vector<std::string> cols;
    size_t start = 0;
    for (size_t tab; (tab = text.find('\t', start)) != std::string::npos;
         start = tab + 1) {
      cols.push_back(text.substr(start, tab - start));
    }
    cols.push_back(text.substr(start));
    ApplyRow(cols, line, table, has_row);
  }
}

std::u32string Nfkc(char32_t cp) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err)) Die("no NFKC data in ICU");
  const icu::UnicodeString out =
      nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), err);
  std::u32string result;
  for (int32_t i = 0; i < out.length(); i = out.moveIndex32(i, 1)) {
    result.push_back(out.char32At(i));
  }
  return result;
}

// Step 4: presentation forms -> NFKC -> folded by the table of steps 1-3.
void AddPresentationForms(std::vector<Entry>* table,
                          const std::vector<bool>& has_row) {
  for (char32_t cp = 0xFB50; cp <= 0xFEFF; ++cp) {
    // U+FE00..FE6F: variation selectors, vertical, combining and small
    // forms, which are not Arabic.
    if (cp >= 0xFE00 && cp < 0xFE70) continue;
    if (has_row[cp] || u_charType(cp) == U_UNASSIGNED) continue;
    std::u32string seq = Nfkc(cp);
    if (seq.size() == 1 && seq[0] == cp) continue;
    if (seq.size() > 1 && seq[0] == U' ') seq.erase(0, 1);  // isolated harakat
    if (seq.find(U' ') != std::u32string::npos) continue;   // whole phrases
    Entry e;
    e.cls = (*table)[cp].cls;
    if (e.cls == CharClass::kArabicLetter) e.cls = (*table)[seq[0]].cls;
    e.keep = false;
    for (char32_t c : seq) {
      const Entry& part = (*table)[c];
      e.repl += part.keep ? std::u32string(1, c) : part.repl;
    }
    (*table)[cp] = e;
  }
}

std::string Utf8(const std::u32string& s) {
  std::string out;
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()),
                                    static_cast<int32_t>(s.size()));
  u.toUTF8String(out);
  return out;
}

void Check(const std::vector<Entry>& table) {
  for (char32_t cp = 0; cp <= kMaxCp; ++cp) {
    const Entry& e = table[cp];
    if (e.cls == CharClass::kFormat && (e.keep || !e.repl.empty())) {
      Die(Hex(cp) + " is a format control that is not removed");
    }
    if (e.keep) continue;
    for (char32_t c : e.repl) {
      if (!table[c].keep) {
        Die("not idempotent: " + Hex(cp) + " maps to " + Hex(c) +
            ", which maps again");
      }
    }
  }
}

// The table as the generated arrays hold it.
struct Packed {
  std::vector<uint16_t> index;  // block number per 1 << kCharBlockShift
  std::vector<CharInfo> blocks;
  std::vector<internal::TwoByteChar> two_byte;  // kTwoByteChars
  std::string pool;                // replacement bytes, each stored once
};

CharInfo Info(const Entry& e, Packed* p, std::map<std::string, int>* at) {
  CharInfo info{e.cls, internal::kKeep, 0};
  if (e.keep) return info;
  const std::string bytes = Utf8(e.repl);
  if (bytes.size() > internal::kMaxReplacementBytes) {
    Die("replacement too long: " + bytes);
  }
  info.len = static_cast<uint8_t>(bytes.size());
  if (bytes.empty()) return info;
  const auto [it, added] = at->emplace(bytes, static_cast<int>(p->pool.size()));
  if (added) p->pool += bytes;
  if (p->pool.size() > 0xFFFF) Die("replacement pool over 64 KiB");
  info.offset = static_cast<uint16_t>(it->second);
  return info;
}

internal::TwoByteChar TwoByte(const std::vector<Entry>& table, char32_t cp);

Packed Pack(const std::vector<Entry>& table) {
  Packed p;
  std::map<std::string, int> pool_at;
  std::map<std::vector<uint32_t>, uint16_t> block_at;  // contents -> number
  const uint32_t size = 1u << internal::kCharBlockShift;
  for (char32_t base = 0; base <= kMaxCp; base += size) {
    std::vector<CharInfo> block;
    std::vector<uint32_t> key;
    for (uint32_t i = 0; i < size; ++i) {
      const CharInfo info = Info(table[base + i], &p, &pool_at);
      block.push_back(info);
      key.push_back(static_cast<uint32_t>(info.cls) | info.len << 8 |
                    static_cast<uint32_t>(info.offset) << 16);
    }
    const auto number = static_cast<uint16_t>(block_at.size());
    const auto [it, added] = block_at.emplace(key, number);
    if (added) p.blocks.insert(p.blocks.end(), block.begin(), block.end());
    p.index.push_back(it->second);
  }
  p.two_byte.resize(internal::kTwoByteIndexSize,
                    {CharClass::kOther, internal::kNormElsewhere, {0, 0}});
  for (char32_t cp = 0; cp < 0x800; ++cp) {
    p.two_byte[internal::TwoByteIndex(0xC0 | cp >> 6, 0x80 | (cp & 0x3F))] =
        TwoByte(table, cp);
  }
  return p;
}

// The kTwoByteChars entry of cp: its norm inline when that is empty or one
// two-byte code point (kept or replaced), else kNormElsewhere.
internal::TwoByteChar TwoByte(const std::vector<Entry>& table, char32_t cp) {
  internal::TwoByteChar c{CharClass::kOther, internal::kNormElsewhere, {0, 0}};
  if (cp < 0x80) return c;  // overlong sequences
  const Entry& e = table[cp];
  c.cls = e.cls;
  const std::string norm = Utf8(e.keep ? std::u32string(1, cp) : e.repl);
  if (norm.size() != 0 && norm.size() != 2) return c;
  c.norm_len = static_cast<uint8_t>(norm.size());
  if (!norm.empty()) c.norm[0] = norm[0], c.norm[1] = norm[1];
  return c;
}

void WriteInfos(const std::vector<CharInfo>& infos, std::ofstream& out) {
  for (size_t i = 0; i < infos.size(); ++i) {
    const CharInfo& b = infos[i];
    out << (i % 8 ? " " : "\n    ") << "{C(" << int(b.cls) << "), "
        << int(b.len) << ", " << b.offset << "},";
  }
  out << "\n};\n\n";
}

void Write(const Packed& p, const char* path) {
  std::ofstream out(path);
  if (!out) Die(std::string("cannot write ") + path);
  out << "// GENERATED BY tools/gen_char_table.cc from data/normalization.tsv"
         " and ICU " U_ICU_VERSION
         "; DO NOT EDIT.\n\n"
         "#include \"text/char_class.h\"\n\n"
         "namespace khabar::text::internal {\nnamespace {\n"
         "constexpr CharClass C(int c) { return static_cast<CharClass>(c); }\n"
         "constexpr char B(int b) { return static_cast<char>(b); }\n"
         "}  // namespace\n\n"
         "const uint16_t kCharIndex[kCharIndexSize] = {";
  for (size_t i = 0; i < p.index.size(); ++i) {
    out << (i % 16 ? " " : "\n    ") << p.index[i] << ",";
  }
  out << "\n};\n\nconst CharInfo kCharBlocks[] = {";
  WriteInfos(p.blocks, out);
  out << "const TwoByteChar kTwoByteChars[kTwoByteIndexSize] = {";
  for (size_t i = 0; i < p.two_byte.size(); ++i) {
    const internal::TwoByteChar& c = p.two_byte[i];
    out << (i % 4 ? " " : "\n    ") << "{C(" << int(c.cls) << "), "
        << int(c.norm_len) << ", {B(" << int(uint8_t(c.norm[0])) << "), B("
        << int(uint8_t(c.norm[1])) << ")}},";
  }
  out << "\n};\n\n";
  out << "// Octal escapes: a hex escape would swallow a following digit.\n"
         "const char kCharPool[] =";
  char buf[8];
  for (size_t i = 0; i < p.pool.size(); ++i) {
    std::snprintf(buf, sizeof buf, "\\%03o", static_cast<uint8_t>(p.pool[i]));
    out << (i % 24 ? "" : "\n    \"") << buf << (i % 24 == 23 ? "\"" : "");
  }
  // 16 bytes of padding: readers copy kMaxReplacementBytes at a time.
  out << (p.pool.size() % 24 ? "\"" : "")
      << "\n    \"\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\";\n\n"
      << "}  // namespace khabar::text::internal\n";
  if (!out.flush()) Die(std::string("cannot write ") + path);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) Die("usage: gen_char_table normalization.tsv out.cc");
  std::vector<Entry> table(kMaxCp + 1);
  std::vector<bool> has_row(kMaxCp + 1);
  for (char32_t cp = 0; cp <= kMaxCp; ++cp) table[cp] = Derive(cp);
  ReadRows(argv[1], &table, &has_row);
  AddPresentationForms(&table, has_row);
  Check(table);
  const Packed p = Pack(table);
  Write(p, argv[2]);
  std::cout << "gen_char_table: "
            << p.blocks.size() / (1u << internal::kCharBlockShift)
            << " distinct blocks, " << p.blocks.size() * sizeof(CharInfo) / 1024
            << " KiB of entries, " << p.pool.size()
            << " bytes of replacements\n";
  return 0;
}
