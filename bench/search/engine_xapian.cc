// Peer: Xapian with Snowball's Arabic stemmer, set up as Xapian's own
// documentation sets up a search: a TermGenerator with Stem("arabic") and
// STEM_SOME indexes title and body (one field, as PostgreSQL's peer does),
// the url as document data; a QueryParser with the same stemmer and
// strategy parses the query; Enquire ranks with BM25 (Xapian's default).
//
//   search_engine_xapian --articles=F --queries=F --out=F --db=DIR
//                        [--op=and|or]
//
// --op is the QueryParser's default operator. Default: or, which finds
// more known items than and on SaudiNewsNet (success@10 0.95 against 0.78
// over all variants: docs/benchmarks.md), so it is the fairer peer.

#include <xapian.h>

#include <iostream>
#include <memory>

#include "articles.h"
#include "copies.h"
#include "engine.h"

namespace khabar::bench::search {
namespace {

Status FromXapian(const Xapian::Error& e) {
  return Status::IoError("xapian: " + e.get_description());
}

class XapianEngine : public SearchEngine {
 public:
  XapianEngine(std::string db_dir, bool op_and)
      : db_dir_(std::move(db_dir)), op_and_(op_and) {}

  std::string_view name() const override { return "xapian"; }
  std::string setup() const override {
    return std::string("TermGenerator + Stem(\"arabic\"), STEM_SOME, title "
                       "and body; QueryParser ") +
           (op_and_ ? "OP_AND" : "OP_OR") + ", BM25, top 10";
  }

  // Reading the file is part of indexing here (streamed, so that a
  // 1M-article corpus fits in memory): load_seconds stays 0.
  Status Ingest(const std::string& articles_path,
                IngestTimes* times) override {
    const double start = NowSeconds();
    try {
      RETURN_IF_ERROR(Index(articles_path));
      OpenForSearch();
    } catch (const Xapian::Error& e) {
      return FromXapian(e);
    }
    times->index_seconds = times->total_seconds = NowSeconds() - start;
    times->db_bytes = DirectoryBytes(db_dir_);
    return Status::Ok();
  }

  // Searches the merged copies, DIR.copies, from now on.
  Status Replicate(int copies, IngestTimes* times) override {
    db_.reset();
    const std::string merged = db_dir_ + ".copies";
    RETURN_IF_ERROR(CompactCopies(db_dir_, copies, merged));
    db_dir_ = merged;
    times->db_bytes = DirectoryBytes(db_dir_);
    try {
      OpenForSearch();
    } catch (const Xapian::Error& e) {
      return FromXapian(e);
    }
    return Status::Ok();
  }

  Status Search(const std::string& query, Hits* hits) override {
    try {
      Xapian::Enquire enquire(*db_);
      enquire.set_query(parser_.parse_query(query));
      const Xapian::MSet mset = enquire.get_mset(0, kTopK);
      hits->total = mset.get_matches_estimated();
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        hits->urls.push_back(it.get_document().get_data());
      }
    } catch (const Xapian::QueryParserError&) {
      hits->total = 0;  // as a search box would: no results, not a failure
    } catch (const Xapian::Error& e) {
      return FromXapian(e);
    }
    return Status::Ok();
  }

 private:
  // Title and body as one text, a term position apart, committed at the end.
  Status Index(const std::string& articles_path) {
    Xapian::WritableDatabase db(db_dir_, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("arabic"));
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    RETURN_IF_ERROR(ForEachArticle(articles_path, [&](Article&& a) {
      Xapian::Document doc;
      generator.set_document(doc);
      generator.index_text(a.title);
      generator.increase_termpos();
      generator.index_text(a.body);
      doc.set_data(a.url);
      db.add_document(doc);
    }));
    db.commit();
    return Status::Ok();
  }

  void OpenForSearch() {
    db_ = std::make_unique<Xapian::Database>(db_dir_);
    parser_.set_database(*db_);
    parser_.set_stemmer(Xapian::Stem("arabic"));
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(op_and_ ? Xapian::Query::OP_AND
                                   : Xapian::Query::OP_OR);
  }

  std::string db_dir_;
  bool op_and_;
  std::unique_ptr<Xapian::Database> db_;
  Xapian::QueryParser parser_;
};

}  // namespace
}  // namespace khabar::bench::search

int main(int argc, char** argv) {
  using namespace khabar::bench::search;
  Flags flags;
  if (!ParseFlags(argc, argv, &flags) || flags["db"].empty() ||
      (flags["op"] != "" && flags["op"] != "and" && flags["op"] != "or")) {
    std::cerr << "usage: search_engine_xapian --articles=F --queries=F "
                 "--out=F --db=DIR [--op=and|or]\n";
    return 2;
  }
  XapianEngine engine(flags["db"], flags["op"] == "and");
  return EngineMain(flags, &engine);
}
