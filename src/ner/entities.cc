#include "ner/entities.h"

#include <algorithm>
#include <string>

#include "morph/segmenter.h"
#include "text/normalizer.h"

namespace khabar::ner {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string_view Fine(std::string_view cls) {
  const size_t dot = cls.find('.');
  return dot == std::string_view::npos ? "" : cls.substr(dot + 1);
}

// A mention found by the tagger: tokens [first, last) of the article.
struct Found {
  std::string_view type;
  size_t first, last;
};

struct Work {
  Entity entity;
  std::vector<std::string> name_stems;  // of the fullest name (PER)
  std::string key;                      // grouping key (LOC ORG MISC)
  bool canonical_from_gazetteer = false;
  size_t canonical_words = 0;
};

struct TitleBinding {
  std::string key;          // the phrase's stems
  std::string nationality;  // canonical country of its adjective, or ""
  size_t entity;
};

class Builder {
 public:
  Builder(std::string_view text, const std::vector<Token>& tokens,
          const Gazetteer& gazetteer)
      : text_(text), tokens_(tokens), gazetteer_(gazetteer), words_(tokens.size()) {}

  // The gazetteer's view of tokens [a, a + words.size()), from the
  // tagger's word cache; set before the sentence's mentions are read.
  void SetWords(size_t a, const std::vector<GazetteerWord>& words) {
    std::copy(words.begin(), words.end(), words_.begin() + a);
  }

  // Only the tokens of mentions and titles need their stem as a string:
  // it is cut out of the token when asked.
  std::string Stem(size_t i) const { return morph::StemOf(tokens_[i], text_); }
  std::string Key(size_t first, size_t last) const {
    std::vector<std::string> stems;
    for (size_t i = first; i < last; ++i) stems.push_back(Stem(i));
    return JoinStems(stems);
  }
  // The non-empty stems, joined by ' ': a gazetteer key.
  static std::string JoinStems(const std::vector<std::string>& stems) {
    std::string key;
    for (const std::string& stem : stems) {
      if (stem.empty()) continue;
      if (!key.empty()) key += ' ';
      key += stem;
    }
    return key;
  }
  // REQUIRES: SetWords covered token i.
  bool IsClass(size_t i, std::string_view prefix) const {
    const GazetteerEntry* e = gazetteer_.FindWord(words_[i]);
    return e != nullptr && StartsWith(e->cls, prefix);
  }
  Span SpanOf(size_t first, size_t last) const {
    return Span{tokens_[first].span.begin, tokens_[last - 1].span.end};
  }

  // The name as a canonical: its first word's proclitics off, the article
  // kept (لروسيا -> روسيا, للرئاسة -> الرئاسة).
  std::string CanonicalText(size_t first, size_t last) const {
    const Span span = SpanOf(first, last);
    const std::string_view word = tokens_[first].span.Of(text_);
    const morph::Segmentation seg = morph::Segmenter::Decode(word, tokens_[first].seg);
    uint32_t from = 0;
    std::string out;
    if (seg.num_proclitics > 0) {
      const int n = seg.num_proclitics;
      if (seg.proclitics[n - 1] == morph::Clitic::kAl) {
        if (seg.article_elided) {
          out = "ال";
          from = seg.stem_begin;
        } else {
          from = n >= 2 ? seg.proclitic_end[n - 2] : 0;
        }
      } else {
        from = seg.stem_begin;
      }
    }
    out.append(text_.substr(span.begin + from, span.end - span.begin - from));
    return out;
  }

  size_t AddName(const Found& m) {
    std::vector<std::string> stems;
    for (size_t i = m.first; i < m.last; ++i) stems.push_back(Stem(i));
    const std::string key = JoinStems(stems);
    const GazetteerEntry* entry = gazetteer_.Find(key);
    std::string type(m.type);
    std::string subtype;
    if (entry != nullptr) {
      const std::string_view coarse = CoarseClass(entry->cls);
      if (coarse == "PER" || coarse == "LOC" || coarse == "ORG") {
        type = std::string(coarse);
        subtype = std::string(Fine(entry->cls));
        if (subtype == "GIVEN" || subtype == "PARTICLE" || subtype == "PERSON")
          subtype.clear();
      } else {
        entry = nullptr;  // a title or adjective list: no canonical here
      }
    }
    // غزة within قطاع غزة, الأمن within مجلس الأمن: the shorter name ends
    // the longer one.
    auto Suffix = [](const std::vector<std::string>& a,
                     const std::vector<std::string>& b) {
      return !a.empty() && a.size() < b.size() &&
             std::equal(a.rbegin(), a.rend(), b.rbegin());
    };
    auto subset = [](const std::vector<std::string>& a,
                     const std::vector<std::string>& b) {
      return std::all_of(a.begin(), a.end(), [&](const std::string& w) {
        return std::find(b.begin(), b.end(), w) != b.end();
      });
    };
    size_t found = work_.size();
    for (size_t k = 0; k < work_.size() && found == work_.size(); ++k) {
      const Work& w = work_[k];
      if (w.entity.type != type) continue;
      if (entry != nullptr && w.entity.canonical == entry->canonical) found = k;
      else if (type == "PER" && !w.name_stems.empty() &&
               (subset(stems, w.name_stems) || subset(w.name_stems, stems)))
        found = k;
      else if (type != "PER" && (w.key == key || Suffix(stems, w.name_stems) ||
                                 Suffix(w.name_stems, stems)))
        found = k;
    }
    if (found == work_.size()) {
      Work w;
      w.entity.type = type;
      w.entity.subtype = subtype;
      w.key = key;
      work_.push_back(std::move(w));
    }
    Work& w = work_[found];
    // The canonical is the fullest name: the gazetteer's form of it when
    // listed (بوتين -> فلاديمير بوتين), else its text, clitics off.
    const size_t words = entry != nullptr ? std::max<size_t>(entry->words, m.last - m.first)
                                          : m.last - m.first;
    if (words > w.canonical_words ||
        (words == w.canonical_words && entry != nullptr && !w.canonical_from_gazetteer)) {
      w.entity.canonical = entry != nullptr ? entry->canonical : CanonicalText(m.first, m.last);
      w.canonical_from_gazetteer = entry != nullptr;
      w.canonical_words = words;
      if (!subtype.empty()) w.entity.subtype = subtype;
    }
    if (stems.size() > w.name_stems.size()) w.name_stems = stems;
    const Span span = SpanOf(m.first, m.last);
    w.entity.mentions.push_back({span, std::string(span.Of(text_)), "name"});
    return found;
  }

  // Title phrases of tokens [a, b) (`matches`: the gazetteer's over their
  // stems): bound to the person named right after them, or resolved to
  // one bound before.
  void Titles(size_t a, size_t b, const std::vector<GazetteerMatch>& matches,
              const std::vector<Found>& names,
              const std::vector<size_t>& name_entity) {
    for (const GazetteerMatch& m : matches) {
      if (!StartsWith(m.entry->cls, "TITLE")) continue;
      const bool relative = m.entry->cls == "TITLE.RELATIVE";
      size_t first = a + m.begin, end = a + m.end;
      std::string nationality;
      // الرئيس الروسي, المتحدث باسم الرئاسة الروسية, رئيس دولة فلسطين
      for (;;) {
        if (end < b && IsClass(end, "ADJ.NATIONALITY")) {
          if (nationality.empty()) nationality = gazetteer_.FindWord(words_[end])->canonical;
          ++end;
          continue;
        }
        const auto org = std::find_if(names.begin(), names.end(), [&](const Found& f) {
          return f.first == end && f.type != "PER";
        });
        if (org != names.end()) {
          end = org->last;
          continue;
        }
        break;
      }
      // The person right after (a comma may stand between).
      size_t next = end;
      if (next < b && tokens_[next].kind == TokenKind::kPunct &&
          (tokens_[next].norm.view() == "،" || tokens_[next].norm.view() == ","))
        ++next;
      const std::string key = Key(first, end);
      size_t entity = work_.size();
      for (size_t k = 0; k < names.size(); ++k) {
        if (names[k].first == next && names[k].type == "PER") {
          entity = name_entity[k];
          if (!relative) bindings_.push_back({key, nationality, entity});
        }
      }
      if (entity == work_.size()) entity = Resolve(key, nationality, relative);
      if (entity == work_.size()) continue;
      const Span span = SpanOf(first, end);
      work_[entity].entity.mentions.push_back(
          {span, std::string(span.Of(text_)), "title"});
    }
  }

  size_t Resolve(const std::string& key, const std::string& nationality,
                 bool relative) const {
    for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
      if (!relative && it->key == key) return it->entity;
    if (!nationality.empty()) {
      for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
        if (it->nationality == nationality) return it->entity;
    }
    return work_.size();
  }

  // Whether some mention already overlaps `span`.
  bool Covered(Span span) const {
    for (const Work& w : work_)
      for (const EntityMention& m : w.entity.mentions)
        if (m.span.begin < span.end && span.begin < m.span.end) return true;
    return false;
  }
  void SetSubtype(size_t entity, std::string_view subtype) {
    if (work_[entity].entity.subtype.empty()) work_[entity].entity.subtype = subtype;
  }

  std::vector<Entity> Finish() {
    std::vector<Entity> out;
    for (Work& w : work_) {
      std::sort(w.entity.mentions.begin(), w.entity.mentions.end(),
                [](const EntityMention& x, const EntityMention& y) {
                  return x.span.begin < y.span.begin;
                });
      w.entity.mentions.erase(
          std::unique(w.entity.mentions.begin(), w.entity.mentions.end(),
                      [](const EntityMention& x, const EntityMention& y) {
                        return x.span.begin == y.span.begin && x.span.end == y.span.end;
                      }),
          w.entity.mentions.end());
      if (w.entity.mentions.empty() || w.entity.canonical.empty()) continue;
      out.push_back(std::move(w.entity));
    }
    std::sort(out.begin(), out.end(), [](const Entity& x, const Entity& y) {
      return x.mentions[0].span.begin < y.mentions[0].span.begin;
    });
    for (size_t i = 0; i < out.size(); ++i) out[i].id = "e" + std::to_string(i + 1);
    return out;
  }

 private:
  std::string_view text_;
  const std::vector<Token>& tokens_;
  const Gazetteer& gazetteer_;
  std::vector<GazetteerWord> words_;  // of every token, as tagged
  std::vector<Work> work_;
  std::vector<TitleBinding> bindings_;
};

// Working memory for one article's sentences, reused from one to the next.
struct SentenceScratch {
  std::vector<WordRef> refs;
  TagScratch tagging;
  std::vector<uint8_t> tags;
  // The gazetteer's matches over the sentence's stems (the tagger's
  // features, titles), the tagger's own when its gazetteer is another, and
  // those that may end on a word's whole form (corrections).
  std::vector<GazetteerMatch> matches, tagger_matches, whole_matches;
};

// Tags tokens [a, b) and matches the gazetteer over them, once for all
// who need it.
void TagSentence(std::string_view text, const std::vector<Token>& tokens,
                 size_t a, size_t b, const Tagger& tagger,
                 const Gazetteer& gazetteer, SentenceScratch* s) {
  const size_t n = b - a;
  s->refs.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[a + i];
    s->refs[i] = WordRef{t.span.Of(text), t.norm.view(), t.seg, t.kind, std::nullopt};
  }
  tagger.ScoreWords(s->refs.data(), n, &s->tagging);
  const std::vector<GazetteerWord>& words = s->tagging.words();
  gazetteer.Match(words.data(), n, /*use_whole=*/false, &s->matches);
  const std::vector<GazetteerMatch>* for_tagger = &s->matches;
  if (&gazetteer != &tagger.gazetteer()) {
    tagger.gazetteer().Match(words.data(), n, false, &s->tagger_matches);
    for_tagger = &s->tagger_matches;
  }
  tagger.BestTags(*for_tagger, &s->tagging, &s->tags);
  // Matching on whole forms changes nothing unless some word has one.
  if (std::any_of(words.begin(), words.end(),
                  [](const GazetteerWord& w) { return w.whole != w.stem; })) {
    gazetteer.Match(words.data(), n, /*use_whole=*/true, &s->whole_matches);
  } else {
    s->whole_matches = s->matches;
  }
}

// The mentions of the sentence made of tokens [a, b), tagged into *s: the
// tagger's, then corrected with what the gazetteers know, less what is not
// an entity.
std::vector<Found> SentenceMentions(const Builder& builder,
                                    const std::vector<Token>& tokens, size_t a,
                                    size_t b, const std::vector<TimeExpr>& times,
                                    const SentenceScratch& s) {
  std::vector<Found> names;
  for (const TagSpan& t : TagSpans(s.tags)) names.push_back({t.type, a + t.begin, a + t.end});
  // What the gazetteers know and the tagger missed or cut short: a
  // listed name of several words widens the mention inside it (غزة ->
  // قطاع غزة); a listed country, city, person or news source that the
  // tagger left out is a mention; an institution head and a
  // nationality adjective are an organization (الرئاسة الروسية).
  for (const GazetteerMatch& m : s.whole_matches) {
    const std::string_view cls = m.entry->cls;
    const std::string_view coarse = CoarseClass(cls);
    if (coarse != "PER" && coarse != "LOC" && coarse != "ORG") continue;
    const size_t first = a + m.begin, last = a + m.end;
    if (cls == "ORG.HEAD") {
      if (last < b && builder.IsClass(last, "ADJ.NATIONALITY") &&
          std::none_of(names.begin(), names.end(), [&](const Found& f) {
            return f.first < last + 1 && first < f.last;
          }))
        names.push_back({"ORG", first, last + 1});
      continue;
    }
    auto overlaps = [&](const Found& f) { return f.first < last && first < f.last; };
    auto inside = std::find_if(names.begin(), names.end(), overlaps);
    if (inside != names.end()) {
      if (m.end - m.begin >= 2 && inside->first >= first && inside->last <= last &&
          std::count_if(names.begin(), names.end(), overlaps) == 1) {
        inside->first = first;
        inside->last = last;
      }
      continue;
    }
    // One listed word alone must also agree on the article: المالي
    // (financial) is not مالي (Mali), العراق is العراق.
    const bool article = ((tokens[first].seg >> 5) & 1) != 0;
    const bool sure = m.end - m.begin >= 2 ||
                      ((cls == "LOC.COUNTRY" || cls == "LOC.CITY" ||
                        cls == "PER.PERSON") &&
                       article == m.entry->article);
    if (sure && cls != "PER.GIVEN" && cls != "PER.PARTICLE")
      names.push_back({coarse, first, last});
  }
  std::sort(names.begin(), names.end(),
            [](const Found& x, const Found& y) { return x.first < y.first; });
  // Not entities: nationality adjectives and titles alone, dates.
  std::erase_if(names, [&](const Found& f) {
    bool all_adjectives = true;
    for (size_t i = f.first; i < f.last; ++i) {
      all_adjectives = all_adjectives &&
                       (builder.IsClass(i, "ADJ") || builder.IsClass(i, "TITLE"));
    }
    if (all_adjectives) return true;
    const Span span = builder.SpanOf(f.first, f.last);
    return std::any_of(times.begin(), times.end(), [&](const TimeExpr& t) {
      return t.span.begin < span.end && span.begin < t.span.end;
    });
  });
  return names;
}

}  // namespace

std::vector<Entity> FindEntities(std::string_view text,
                                 const std::vector<Token>& tokens,
                                 const std::vector<Span>& sentences,
                                 const std::vector<TimeExpr>& times,
                                 const std::vector<Span>& sources,
                                 const Tagger& tagger,
                                 const Gazetteer& gazetteer) {
  // Token ranges of the sentences; the whole text when there are none.
  std::vector<std::pair<size_t, size_t>> ranges;
  size_t ti = 0;
  for (const Span& s : sentences) {
    while (ti < tokens.size() && tokens[ti].span.begin < s.begin) ++ti;
    size_t tj = ti;
    while (tj < tokens.size() && tokens[tj].span.end <= s.end) ++tj;
    if (tj > ti) ranges.emplace_back(ti, tj);
    ti = tj;
  }
  if (sentences.empty() && !tokens.empty()) ranges.emplace_back(0, tokens.size());

  Builder builder(text, tokens, gazetteer);
  // Kept from article to article: a warm thread tags without allocating.
  thread_local SentenceScratch scratch;
  std::vector<size_t> name_entity;
  for (const auto& [a, b] : ranges) {
    TagSentence(text, tokens, a, b, tagger, gazetteer, &scratch);
    builder.SetWords(a, scratch.tagging.words());
    const std::vector<Found> names =
        SentenceMentions(builder, tokens, a, b, times, scratch);
    name_entity.clear();
    for (const Found& f : names) name_entity.push_back(builder.AddName(f));
    builder.Titles(a, b, scratch.matches, names, name_entity);
  }
  // The news sources the article's structure names (the dateline's).
  for (const Span& source : sources) {
    size_t first = 0;
    while (first < tokens.size() && tokens[first].span.begin < source.begin) ++first;
    size_t last = first;
    while (last < tokens.size() && tokens[last].span.end <= source.end) ++last;
    if (last == first || builder.Covered(source)) continue;
    builder.SetSubtype(builder.AddName({"ORG", first, last}), "NEWS");
  }
  return builder.Finish();
}

std::vector<uint8_t> TagTokens(std::string_view text,
                               const std::vector<Token>& tokens,
                               const Tagger& tagger, const Gazetteer& gazetteer) {
  std::vector<uint8_t> tags(tokens.size(), kO);
  if (tokens.empty()) return tags;
  Builder builder(text, tokens, gazetteer);
  SentenceScratch scratch;
  TagSentence(text, tokens, 0, tokens.size(), tagger, gazetteer, &scratch);
  builder.SetWords(0, scratch.tagging.words());
  for (const Found& f : SentenceMentions(builder, tokens, 0, tokens.size(), {}, scratch)) {
    const int base = TagFromName(std::string("B-") + std::string(f.type));
    if (base < 0) continue;
    for (size_t i = f.first; i < f.last; ++i)
      tags[i] = static_cast<uint8_t>(i == f.first ? base : base + 1);
  }
  return tags;
}

}  // namespace khabar::ner
