// Pass 1 of the cleaner: one scan over code points, copying the raw text to
// the output and recording a Repair wherever the copy differs. White space is
// held back until the next visible character decides what it becomes (one
// space, a line break, a blank line, or nothing at the part's ends); each
// word is held back until its end so that it can be put in NFC as a whole.

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <string>

#include "base/utf8.h"
#include "doc/cleaner.h"

namespace khabar::doc {
namespace {

enum class CharKind { kVisible, kBlank, kNewline, kCarriageReturn, kInvisible };

CharKind Classify(char32_t c) {
  if (c == '\n') return CharKind::kNewline;
  if (c == '\r') return CharKind::kCarriageReturn;
  if (c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 ||
      (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
      c == 0x3000 || c == 0x0B || c == 0x0C || c == 0x2028 || c == 0x2029)
    return CharKind::kBlank;
  if (c == 0x200E || c == 0x200F || c == 0x061C || c == 0x200D ||
      c == 0xFEFF || c == 0x00AD || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2066 && c <= 0x2069) || c < 0x20 || (c >= 0x7F && c < 0xA0))
    return CharKind::kInvisible;
  return CharKind::kVisible;
}

bool MayChangeUnderNfc(char32_t c) {
  return c >= 0x300 &&
         u_getIntPropertyValue(static_cast<UChar32>(c),
                               UCHAR_NFC_QUICK_CHECK) != UNORM_YES;
}

std::string HexBytes(std::string_view bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out += "\\x";
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

// NFC of a UTF-8 word through ICU; returns the input on any ICU error.
std::string ToNfc(const std::string& word) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
  std::u16string in(word.size() + 1, u'\0');
  int32_t in_len = 0;
  u_strFromUTF8(in.data(), static_cast<int32_t>(in.size()), &in_len,
                word.data(), static_cast<int32_t>(word.size()), &status);
  std::u16string norm(in_len * 3 + 4, u'\0');
  const int32_t norm_len = unorm2_normalize(
      nfc, in.data(), in_len, norm.data(), static_cast<int32_t>(norm.size()),
      &status);
  std::string out(static_cast<size_t>(norm_len) * 3 + 4, '\0');
  int32_t out_len = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &out_len,
              norm.data(), norm_len, &status);
  if (U_FAILURE(status)) return word;
  out.resize(out_len);
  return out;
}

class CharPass {
 public:
  explicit CharPass(std::string_view raw) : raw_(raw) {}

  Cleaned Run() {
    size_t i = 0;
    while (i < raw_.size()) {
      const size_t at = i;
      const char32_t c = base::DecodeAt(raw_, &i);
      const std::string_view bytes = raw_.substr(at, i - at);
      if (c == base::kReplacement && bytes != "\xEF\xBF\xBD") {
        OnVisible(c, "\xEF\xBF\xBD");
        AddRepair("invalid_utf8", word_.size() - 3, 3, HexBytes(bytes));
        ++invalid_;
        continue;
      }
      switch (Classify(c)) {
        case CharKind::kVisible: OnVisible(c, bytes); break;
        case CharKind::kBlank: OnSpace(at, i, 0); break;
        case CharKind::kNewline: OnSpace(at, i, 1); break;
        case CharKind::kCarriageReturn:
          // CR LF counts once; a lone CR is a line break.
          OnSpace(at, i, (i < raw_.size() && raw_[i] == '\n') ? 0 : 1);
          break;
        case CharKind::kInvisible: OnInvisible(bytes); break;
      }
    }
    FlushWord();
    if (invalid_ > 0)
      out_.warnings.push_back("invalid UTF-8: " + std::to_string(invalid_) +
                              " byte sequence(s) replaced with U+FFFD");
    return std::move(out_);
  }

 private:
  void OnVisible(char32_t c, std::string_view bytes) {
    if (space_begin_ != kNone) FlushSpace(/*at_end=*/false);
    needs_nfc_ = needs_nfc_ || MayChangeUnderNfc(c);
    word_.append(bytes);
  }

  void OnSpace(size_t begin, size_t end, int newlines) {
    FlushWord();
    if (space_begin_ == kNone) space_begin_ = begin;
    space_end_ = end;
    newlines_ += newlines;
  }

  void OnInvisible(std::string_view bytes) {
    const size_t pos = out_.text.size() + word_.size();
    if (!out_.repairs.empty() && out_.repairs.back().kind == "invisible" &&
        out_.repairs.back().span.begin == pos) {
      out_.repairs.back().before.append(bytes);
      return;
    }
    out_.repairs.push_back(Repair{"invisible", Span{U32(pos), U32(pos)},
                                  std::string(bytes), ""});
  }

  // A repair at word_[offset, offset + length), placed once the word is out.
  void AddRepair(const char* kind, size_t offset, size_t length,
                 std::string before) {
    const size_t pos = out_.text.size() + offset;
    out_.repairs.push_back(Repair{kind, Span{U32(pos), U32(pos + length)},
                                  std::move(before),
                                  word_.substr(offset, length)});
  }

  void FlushWord() {
    if (word_.empty()) return;
    if (needs_nfc_) {
      std::string nfc = ToNfc(word_);
      if (nfc != word_) {
        // Repairs inside the word no longer line up: one repair covers it
        // (an invisible mark removed right before the word stays).
        const size_t begin = out_.text.size();
        while (!out_.repairs.empty() &&
               (out_.repairs.back().span.begin > begin ||
                (out_.repairs.back().span.begin == begin &&
                 out_.repairs.back().kind != "invisible")))
          out_.repairs.pop_back();
        out_.repairs.push_back(Repair{"nfc", Span{U32(begin),
                                                  U32(begin + nfc.size())},
                                      word_, nfc});
        word_ = std::move(nfc);
      }
    }
    out_.text += word_;
    word_.clear();
    needs_nfc_ = false;
  }

  // White space between two words becomes " ", "\n" or "\n\n"; at the start
  // of the part, nothing. (At the end, Run() never flushes it.)
  void FlushSpace(bool at_end) {
    const std::string_view before =
        raw_.substr(space_begin_, space_end_ - space_begin_);
    std::string after;
    if (!out_.text.empty() && !at_end)
      after = newlines_ == 0 ? " " : newlines_ == 1 ? "\n" : "\n\n";
    const size_t pos = out_.text.size();
    out_.text += after;
    if (before != after && !out_.text.empty() && pos > 0)
      out_.repairs.push_back(Repair{"spaces", Span{U32(pos),
                                                   U32(pos + after.size())},
                                    std::string(before), after});
    space_begin_ = kNone;
    newlines_ = 0;
  }

  static uint32_t U32(size_t v) { return static_cast<uint32_t>(v); }
  static constexpr size_t kNone = static_cast<size_t>(-1);

  std::string_view raw_;
  Cleaned out_;
  std::string word_;
  bool needs_nfc_ = false;
  size_t space_begin_ = kNone;
  size_t space_end_ = 0;
  int newlines_ = 0;
  int invalid_ = 0;
};

}  // namespace

Cleaned CleanCharacters(std::string_view raw) { return CharPass(raw).Run(); }

}  // namespace khabar::doc
