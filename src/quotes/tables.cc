// The cue and trigger tables of quotes.h, read from their TSV text.

#include <string>

#include "base/embed.h"
#include "quotes/quotes.h"
#include "text/normalizer.h"

KHABAR_EMBEDDED(khabar_quote_cues)
KHABAR_EMBEDDED(khabar_event_triggers)

namespace khabar::quotes {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (at <= s.size()) {
    size_t end = s.find(sep, at);
    if (end == std::string_view::npos) end = s.size();
    out.push_back(s.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

// Calls fn(line, line_number) for each line that is neither blank nor a
// comment.
template <typename Fn>
void ForEachRow(std::string_view tsv, Fn fn) {
  size_t number = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    fn(line, number);
  }
}

// The word with a leading و or ف set aside, when what is left is long
// enough to be a verb (three letters, six bytes).
std::string_view WithoutConjunction(std::string_view norm) {
  if (norm.size() >= 8 &&
      (norm.substr(0, 2) == "\xD9\x88" || norm.substr(0, 2) == "\xD9\x81"))
    return norm.substr(2);
  return {};
}

}  // namespace

Tables::Tables(std::string_view cues_tsv, std::string_view events_tsv,
               std::vector<std::string>* errors) {
  auto error = [errors](const char* file, size_t line, const std::string& why) {
    if (errors)
      errors->push_back(std::string(file) + ":" + std::to_string(line) + ": " + why);
  };
  ForEachRow(cues_tsv, [&](std::string_view line, size_t number) {
    const std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 4 || f.size() > 5 || f[0].empty()) {
      error("cues.tsv", number, "want lemma, past, present, participle[, flags]");
      return;
    }
    bool ambiguous = false, impersonal = false, noun = false;
    for (std::string_view flag : Split(f.size() == 5 ? f[4] : "", ' ')) {
      if (flag == "ambiguous") ambiguous = true;
      else if (flag == "impersonal") impersonal = true;
      else if (flag == "noun") noun = true;
      else if (!flag.empty()) {
        error("cues.tsv", number, "unknown flag '" + std::string(flag) + "'");
        return;
      }
    }
    const Form forms[] = {Form::kPast, Form::kPresent, Form::kParticiple};
    for (int k = 0; k < 3; ++k) {
      for (std::string_view word : Split(f[k + 1], ' ')) {
        if (word.empty()) continue;
        const std::string norm = text::Normalize(word);
        AddEnding(norm);
        const std::string_view end =
            std::string_view(norm).substr(norm.size() >= 4 ? norm.size() - 4 : 0);
        const bool plural = end == (k == 0 ? "وا" : k == 1 ? "ون" : "ين");
        cues_.emplace(norm, Cue{std::string(f[0]), noun ? Form::kNoun : forms[k], ambiguous,
                                impersonal, plural && !noun});
      }
    }
  });
  ForEachRow(events_tsv, [&](std::string_view line, size_t number) {
    const std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 2 || f[0].empty() || f[1].empty()) {
      error("events.tsv", number, "want phrase, type");
      return;
    }
    std::vector<std::string> words;
    for (std::string_view w : Split(f[0], ' '))
      if (!w.empty()) words.push_back(text::Normalize(w));
    if (f[1] == "agreement_object") {
      agreement_objects_.insert(agreement_objects_.end(), words.begin(), words.end());
      return;
    }
    Trigger t{std::vector<std::string>(words.begin() + 1, words.end()),
              std::string(f[1])};
    AddEnding(words[0]);
    triggers_.emplace(words[0], std::move(t));
  });
}

int Tables::EndingKey(std::string_view norm) {
  if (norm.size() < 4) return -1;
  const auto letter = [](std::string_view two) {
    const unsigned char lead = two[0], trail = two[1];
    if ((lead != 0xD8 && lead != 0xD9) || (trail & 0xC0) != 0x80) return -1;
    return ((lead & 1) << 6) | (trail & 0x3F);
  };
  const int a = letter(norm.substr(norm.size() - 4, 2));
  const int b = letter(norm.substr(norm.size() - 2, 2));
  return a < 0 || b < 0 ? -1 : (a << 7) | b;
}

void Tables::AddEnding(std::string_view norm) {
  const int key = EndingKey(norm);
  if (key >= 0) endings_.set(key);
}

const Tables& Tables::Default() {
  static const Tables* tables = new Tables(khabar_quote_cues_view(),
                                           khabar_event_triggers_view(), nullptr);
  return *tables;
}

const Tables::Cue* Tables::FindCue(std::string_view norm) const {
  if (norm.size() < 4 || !MaybeListed(norm)) return nullptr;
  auto it = cues_.find(norm);
  if (it != cues_.end()) return &it->second;
  std::string_view bare = WithoutConjunction(norm);
  if (!bare.empty()) {
    it = cues_.find(bare);
    if (it != cues_.end()) return &it->second;
  } else {
    bare = norm;
  }
  // سيقول، وسيؤكد: the future particle before an imperfect verb.
  if (bare.size() >= 8 && bare.substr(0, 2) == "\xD8\xB3" &&  // س
      (bare.substr(2, 2) == "\xD9\x8A" || bare.substr(2, 2) == "\xD8\xAA")) {  // ي ت
    it = cues_.find(bare.substr(2));
    if (it != cues_.end() && it->second.form == Form::kPresent) return &it->second;
  }
  return nullptr;
}

std::string_view Tables::FindTrigger(const std::vector<Token>& tokens, size_t i,
                                     size_t* length) const {
  const std::string_view norm = tokens[i].norm;
  if (!MaybeListed(norm)) return {};
  // The word as written, without its conjunction, then without a
  // preposition or the article too: وبالمحادثات -> محادثات.
  std::string_view forms[3] = {norm, WithoutConjunction(norm), {}};
  std::string_view rest = forms[1].empty() ? norm : forms[1];
  if (rest.size() >= 8 && (rest.substr(0, 2) == "\xD8\xA8" ||   // ب
                           rest.substr(0, 2) == "\xD9\x84"))    // ل
    rest.remove_prefix(2);
  if (rest.size() >= 10 && rest.substr(0, 4) == "\xD8\xA7\xD9\x84")  // ال
    rest.remove_prefix(4);
  if (rest.size() != norm.size() && rest.size() != forms[1].size()) forms[2] = rest;
  for (std::string_view form : forms) {
    if (form.empty()) continue;
    auto [begin, end] = triggers_.equal_range(form);
    for (auto it = begin; it != end; ++it) {
      const Trigger& t = it->second;
      bool match = i + t.rest.size() < tokens.size();
      for (size_t k = 0; match && k < t.rest.size(); ++k)
        match = std::string_view(tokens[i + 1 + k].norm) == t.rest[k];
      if (!match) continue;
      size_t n = 1 + t.rest.size();
      if (t.type == "agreement") {
        bool object = false;
        for (size_t k = i + n; k < tokens.size() && k < i + n + 3 && !object; ++k)
          for (const std::string& o : agreement_objects_)
            object = object || std::string_view(tokens[k].norm) == o;
        if (!object) continue;
      }
      *length = n;
      return t.type;
    }
  }
  return {};
}

}  // namespace khabar::quotes
