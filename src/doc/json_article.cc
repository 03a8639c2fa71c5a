#include "doc/json_article.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "doc/html.h"

namespace khabar::doc {
namespace {

using Json = nlohmann::json;

// Messages quote the parser; its "last read" can hold a whole long token.
constexpr size_t kMaxMessage = 300;

// Keys as NormalizeKey leaves them, most wanted first.
constexpr std::array<std::string_view, 1> kTitleKeys = {"title"};
constexpr std::array<std::string_view, 4> kBodyKeys = {"content", "text",
                                                       "body", "article"};
constexpr std::array<std::string_view, 3> kLedeKeys = {"lede", "description",
                                                       "summary"};
constexpr std::array<std::string_view, 5> kDateKeys = {
    "date", "dateextracted", "published", "publishedat", "pubdate"};
constexpr std::array<std::string_view, 2> kUrlKeys = {"url", "link"};
constexpr std::array<std::string_view, 2> kSourceKeys = {"source", "site"};
constexpr std::array<std::string_view, 2> kAuthorKeys = {"author", "byline"};

using Fields = std::vector<std::pair<std::string, const Json*>>;

// "published_At" -> "publishedat".
std::string NormalizeKey(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '_' || c == '-') continue;
    out.push_back((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
  }
  return out;
}

// The value as text; `join` separates array elements.
std::string ValueText(const Json& value, std::string_view join) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  if (value.is_array()) {
    std::string out;
    for (const Json& element : value) {
      std::string text = ValueText(element, join);
      if (text.empty()) continue;
      if (!out.empty()) out.append(join);
      out.append(text);
    }
    return out;
  }
  if (value.is_object()) {
    auto name = value.find("name");
    if (name != value.end() && name->is_string())
      return name->get<std::string>();
  }
  return value.dump();
}

// Only blanks and no-break spaces: SaudiNewsNet has 221 contents that are
// " " or "\u00a0\u00a0\u00a0\u00a0 \n \n": no text, so no body.
bool IsBlank(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xC2\xA0") == 0) {
      ++i;
    } else if (std::string_view(" \t\r\n\f\v").find(text[i]) ==
               std::string_view::npos) {
      return false;
    }
  }
  return true;
}

// True when one of `keys` is there with a value, even a blank one.
template <size_t N>
bool HasField(const Fields& fields,
              const std::array<std::string_view, N>& keys) {
  for (const auto& [name, value] : fields) {
    if (!value->is_null() &&
        std::find(keys.begin(), keys.end(), name) != keys.end()) {
      return true;
    }
  }
  return false;
}

template <size_t N>
std::string FirstText(const Fields& fields,
                      const std::array<std::string_view, N>& keys,
                      std::string_view join = ", ") {
  for (std::string_view key : keys) {
    for (const auto& [name, value] : fields) {
      if (name != key) continue;
      std::string text = ValueText(*value, join);
      if (!IsBlank(text)) return text;
    }
  }
  return "";
}

// "[json.exception.parse_error.101] parse error at line 1, column 9: x" ->
// "x"; "[json.exception.out_of_range.406] number overflow parsing '1e999'"
// -> "number overflow parsing '1e999'". Cut to kMaxMessage bytes, made
// valid UTF-8.
std::string ParserMessage(const char* what) {
  std::string_view message(what);
  if (message.starts_with("[json.exception.")) {
    message.remove_prefix(std::min(message.find("] ") + 2, message.size()));
  }
  if (message.starts_with("parse error")) {
    const size_t colon = message.find(": ");
    if (colon != message.npos) message.remove_prefix(colon + 2);
  }
  if (message.size() > kMaxMessage) {
    size_t cut = kMaxMessage;
    while (cut > 0 && (message[cut] & 0xC0) == 0x80) --cut;
    return base::RepairUtf8(message.substr(0, cut), nullptr) + "...";
  }
  return base::RepairUtf8(message, nullptr);
}

// Parses one object. The parser throws parse_error with a position, and
// out_of_range for a number too big for a double ("1e999"): that object is
// lost too, with the parser's message.
bool Parse(std::string_view bytes, Json* object, JsonOutcome* outcome) {
  try {
    *object = Json::parse(bytes.data(), bytes.data() + bytes.size());
    return true;
  } catch (const Json::parse_error& e) {
    outcome->why = "malformed JSON: " + ParserMessage(e.what());
    const size_t at =
        std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, bytes.size());
    outcome->error_line_delta =
        std::count(bytes.begin(), bytes.begin() + at, '\n');
  } catch (const Json::exception& e) {
    outcome->why = "malformed JSON: " + ParserMessage(e.what());
  }
  return false;
}

// Strips markup from a text field; true when there was some.
bool StripMarkup(std::string* text) {
  if (!HasHtmlMarkup(*text)) return false;
  *text = StripHtml(*text, HtmlMode::kFragment).text;
  return true;
}

// Fills the article's fields; false when the object has neither a title
// nor a text field (a blank one counts: the record is there, empty).
bool MapFields(const Json& object, RawArticle* article) {
  Fields fields;
  for (auto it = object.begin(); it != object.end(); ++it) {
    fields.emplace_back(NormalizeKey(it.key()), &it.value());
  }
  article->title = FirstText(fields, kTitleKeys, " ");
  article->body = FirstText(fields, kBodyKeys, "\n\n");
  article->lede = FirstText(fields, kLedeKeys, "\n\n");
  article->date = FirstText(fields, kDateKeys);
  article->url = FirstText(fields, kUrlKeys);
  article->source = FirstText(fields, kSourceKeys);
  article->author = FirstText(fields, kAuthorKeys);
  return HasField(fields, kTitleKeys) || HasField(fields, kBodyKeys);
}

}  // namespace

JsonOutcome JsonObjectToArticle(std::string_view bytes) {
  JsonOutcome outcome;
  RawArticle& article = outcome.article;
  article.format = "json";
  Json object;
  if (!Parse(bytes, &object, &outcome)) {
    std::vector<size_t> bad;
    const std::string repaired = base::RepairUtf8(bytes, &bad);
    if (bad.empty() || !Parse(repaired, &object, &outcome)) return outcome;
    article.warnings.push_back("invalid UTF-8 in input (" +
                               std::to_string(bad.size()) +
                               " sequences) replaced with U+FFFD");
  }
  if (!object.is_object()) {
    outcome.why = "not a JSON object";
    return outcome;
  }
  bool has_text_field = false;
  try {
    has_text_field = MapFields(object, &article);
  } catch (const Json::exception& e) {
    outcome.why = "unreadable JSON value: " + ParserMessage(e.what());
    return outcome;
  }
  if (!has_text_field) {
    outcome.why =
        "no title or text field (looked for title, content, text, body, "
        "article)";
    return outcome;
  }
  const bool title_markup = StripMarkup(&article.title);
  const bool lede_markup = StripMarkup(&article.lede);
  if (StripMarkup(&article.body) || title_markup || lede_markup) {
    article.warnings.push_back("content held HTML markup; tags removed");
  }
  if (article.body.empty()) article.warnings.push_back("empty body");
  outcome.is_article = true;
  outcome.why.clear();
  return outcome;
}

}  // namespace khabar::doc
