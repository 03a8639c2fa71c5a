// A recursive-descent parser over a small lexer.
//
//   query   := or
//   or      := and ("OR" and)*
//   and     := unary (["AND"] unary)*
//   unary   := ("-" | "NOT") unary | primary
//   primary := "(" or ")" | '"' text '"' | chunk
//
// Chunks are runs of anything but spaces, parentheses and '"'. Chunks with
// no searchable word (a lone "،") vanish.

#include "index/query.h"

#include <algorithm>

namespace khabar::index {
namespace {

struct Lexeme {
  enum class Kind { kChunk, kPhrase, kOpen, kClose, kOr, kAnd, kNot, kEnd };
  Kind kind;
  std::string_view text;
  size_t at;  // byte offset in the query, for messages
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::vector<Lexeme> Lex(std::string_view q) {
  using K = Lexeme::Kind;
  std::vector<Lexeme> out;
  size_t i = 0;
  while (i < q.size()) {
    const char c = q[i];
    if (IsSpace(c)) { ++i; continue; }
    if (c == '(' || c == ')') {
      out.push_back({c == '(' ? K::kOpen : K::kClose, q.substr(i, 1), i});
      ++i;
      continue;
    }
    if (c == '"') {
      const size_t end = std::min(q.find('"', i + 1), q.size());
      out.push_back({K::kPhrase, q.substr(i + 1, end - i - 1), i});
      i = end + 1;
      continue;
    }
    if (c == '-' && i + 1 < q.size() && !IsSpace(q[i + 1]) && q[i + 1] != ')') {
      out.push_back({K::kNot, q.substr(i, 1), i});
      ++i;
      continue;
    }
    size_t end = i;
    while (end < q.size() && !IsSpace(q[end]) && q[end] != '(' && q[end] != ')' &&
           q[end] != '"')
      ++end;
    const std::string_view chunk = q.substr(i, end - i);
    K kind = K::kChunk;
    if (chunk == "OR") kind = K::kOr;
    if (chunk == "AND") kind = K::kAnd;
    if (chunk == "NOT") kind = K::kNot;
    out.push_back({kind, chunk, i});
    i = end;
  }
  out.push_back({K::kEnd, {}, q.size()});
  return out;
}

class Parser {
 public:
  Parser(std::vector<Lexeme> lexemes, const QueryLimits& limits)
      : lex_(std::move(lexemes)), limits_(limits) {}

  Result<QueryNode> Parse() {
    QueryNode root;
    RETURN_IF_ERROR(ParseOr(0, &root));
    if (Peek().kind == Lexeme::Kind::kClose)
      return Status::InvalidArgument("')' at byte " + std::to_string(Peek().at) +
                                     " has no '(' before it");
    if (Empty(root))
      return Status::InvalidArgument("the query has no words to search for");
    return root;
  }

 private:
  using K = Lexeme::Kind;
  const Lexeme& Peek() const { return lex_[pos_]; }
  const Lexeme& Take() { return lex_[pos_ < lex_.size() - 1 ? pos_++ : pos_]; }

  static bool Empty(const QueryNode& n) {
    if (n.kind == QueryNode::Kind::kWord || n.kind == QueryNode::Kind::kPhrase)
      return n.words.empty();
    return std::all_of(n.children.begin(), n.children.end(), Empty);
  }

  Status CheckDepth(size_t depth) const {
    if (depth > limits_.max_depth)
      return Status::InvalidArgument("the query nests ( ) and NOT deeper than " +
                                     std::to_string(limits_.max_depth) + " levels");
    return Status::Ok();
  }

  Status ParseOr(size_t depth, QueryNode* out) {
    QueryNode first;
    RETURN_IF_ERROR(ParseAnd(depth, &first));
    if (Peek().kind != K::kOr) {
      *out = std::move(first);
      return Status::Ok();
    }
    out->kind = QueryNode::Kind::kOr;
    out->children.push_back(std::move(first));
    while (Peek().kind == K::kOr) {
      const size_t at = Take().at;
      QueryNode next;
      RETURN_IF_ERROR(ParseAnd(depth, &next));
      if (Empty(out->children.back()) || Empty(next))
        return Status::InvalidArgument("OR at byte " + std::to_string(at) +
                                       " needs words on both sides");
      out->children.push_back(std::move(next));
    }
    return Status::Ok();
  }

  Status ParseAnd(size_t depth, QueryNode* out) {
    out->kind = QueryNode::Kind::kAnd;
    for (;;) {
      const K k = Peek().kind;
      if (k == K::kEnd || k == K::kClose || k == K::kOr) break;
      if (k == K::kAnd) {
        Take();
        continue;
      }
      QueryNode child;
      RETURN_IF_ERROR(ParseUnary(depth, &child));
      if (!Empty(child)) out->children.push_back(std::move(child));
    }
    if (out->children.size() == 1) {
      QueryNode only = std::move(out->children[0]);
      *out = std::move(only);
    }
    return Status::Ok();
  }

  Status ParseUnary(size_t depth, QueryNode* out) {
    if (Peek().kind != K::kNot) return ParsePrimary(depth, out);
    Take();
    RETURN_IF_ERROR(CheckDepth(depth + 1));
    QueryNode negated;
    RETURN_IF_ERROR(ParseUnary(depth + 1, &negated));
    out->kind = QueryNode::Kind::kNot;
    if (!Empty(negated)) out->children.push_back(std::move(negated));
    return Status::Ok();
  }

  Status ParsePrimary(size_t depth, QueryNode* out) {
    const Lexeme lex = Take();
    if (lex.kind == K::kOpen) {
      RETURN_IF_ERROR(CheckDepth(depth + 1));
      RETURN_IF_ERROR(ParseOr(depth + 1, out));
      if (Peek().kind != K::kClose)
        return Status::InvalidArgument("'(' at byte " + std::to_string(lex.at) +
                                       " is never closed");
      Take();
      return Status::Ok();
    }
    out->kind = lex.kind == K::kPhrase ? QueryNode::Kind::kPhrase : QueryNode::Kind::kWord;
    out->words = AnalyzeWords(lex.text);
    words_ += out->words.size();
    if (words_ > limits_.max_words)
      return Status::InvalidArgument("the query has more than " +
                                     std::to_string(limits_.max_words) + " words");
    return Status::Ok();
  }

  std::vector<Lexeme> lex_;
  const QueryLimits& limits_;
  size_t pos_ = 0;
  size_t words_ = 0;
};

void Describe(const QueryNode& n, std::string* out) {
  using K = QueryNode::Kind;
  if (n.kind == K::kWord || n.kind == K::kPhrase) {
    const bool quoted = n.kind == K::kPhrase || n.words.size() > 1;
    if (quoted) *out += '"';
    for (size_t i = 0; i < n.words.size(); ++i) {
      if (i) *out += ' ';
      *out += n.words[i].norm;
      if (!quoted) *out += "/" + n.words[i].stem;
    }
    if (quoted) *out += '"';
    return;
  }
  *out += n.kind == K::kAnd ? "(AND" : n.kind == K::kOr ? "(OR" : "(NOT";
  for (const QueryNode& c : n.children) {
    *out += ' ';
    Describe(c, out);
  }
  *out += ')';
}

void CollectPositive(const QueryNode& n, std::vector<Word>* out) {
  if (n.kind == QueryNode::Kind::kNot) return;
  out->insert(out->end(), n.words.begin(), n.words.end());
  for (const QueryNode& c : n.children) CollectPositive(c, out);
}

}  // namespace

Result<QueryNode> ParseQuery(std::string_view text, const QueryLimits& limits) {
  if (text.size() > limits.max_bytes)
    return Status::InvalidArgument("the query is " + std::to_string(text.size()) +
                                   " bytes long; the limit is " +
                                   std::to_string(limits.max_bytes));
  return Parser(Lex(text), limits).Parse();
}

std::string DescribeQuery(const QueryNode& node) {
  std::string out;
  Describe(node, &out);
  return out;
}

std::vector<Word> PositiveWords(const QueryNode& node) {
  std::vector<Word> out;
  CollectPositive(node, &out);
  return out;
}

}  // namespace khabar::index
