// How khabar lays out an article (and its quotes) in the Xapian database:
// the term prefixes and value slots every part of src/index agrees on.
//
// Terms (Xapian's convention: an upper-case prefix, then the content; all
// content is in search normalization, text/normalizer.h, so Latin is lower
// case and never collides with a prefix):
//   واكد             a word as written, normalized (no positions)
//   Zاكد             its stem from the segmenter (وبالكتاب -> Zكتاب), with
//                    positions: phrases match on stems
//   Q<id>            the record id: one document per article (unique term;
//                    quotes have none, nothing looks one up)
//   XTa / XTq        kind of document: article, quote
//   XTo              the article is an original (no near-copy of an
//                    earlier one)
//   XTw              a near-copy holding a word its original lacks (a
//                    new title, an edit): a search without filters matches
//                    XTo and XTw articles only, so that the copies that
//                    would only repeat their original cost nothing
//   XA<id>           on a quote: the id of its article
//   XS<name>         source, whole; XSW<word> each word of it
//   XP XO XL XM      entity by type (PER ORG LOC MISC), canonical name whole;
//   XPW XOW ...      each word of it (--person بوتين finds فلاديمير بوتين)
//   XQ<name> XQW     a speaker (quote's speaker_text), whole and per word
//   XV<type>         an event type (meeting, call, ...)
//   XH<b><hex>       SimHash band b (0..3) of the text: near-duplicate lookup
//   XTdup            the article is a near-copy of an earlier one
//   XC<id>           on a copy: the id of its original, so an original's
//                    number of copies is the term frequency of XC<its id>
// Values:
//   kSlotDate        YYYYMMDD, sortable; "" when the date is unknown
//   kSlotSource      the source as written (articles only)
//   kSlotContent     16 hex digits: hash of the record JSON (origin left out)
//   kSlotCluster     id of the original this is a copy of; its own id when
//                    it is an original (the collapse key)
//   kSlotSimHash     16 hex digits
//   kSlotId          the record id (what Q<id> says, readable from a docid)
// Data: the article's record JSON (tokens left out), or a quote's JSON,
// as one zstd frame (stored.h).

#ifndef KHABAR_INDEX_SCHEMA_H_
#define KHABAR_INDEX_SCHEMA_H_

#include <string_view>

namespace khabar::index {

// Bumped whenever the layout above changes: a database made by another
// version is refused with a message, not misread.
inline constexpr std::string_view kSchemaVersion = "khabar-index-3";
inline constexpr std::string_view kSchemaKey = "khabar:schema";
inline constexpr std::string_view kLastIngestKey = "khabar:last_ingest";

inline constexpr std::string_view kStemPrefix = "Z";
inline constexpr std::string_view kIdPrefix = "Q";
inline constexpr std::string_view kArticleTerm = "XTa";
inline constexpr std::string_view kQuoteTerm = "XTq";
inline constexpr std::string_view kOriginalTerm = "XTo";
inline constexpr std::string_view kOwnWordsTerm = "XTw";
inline constexpr std::string_view kDuplicateTerm = "XTdup";
inline constexpr std::string_view kCopyOfPrefix = "XC";
inline constexpr std::string_view kParentPrefix = "XA";
inline constexpr std::string_view kSourcePrefix = "XS";
inline constexpr std::string_view kSpeakerPrefix = "XQ";
inline constexpr std::string_view kEventPrefix = "XV";
inline constexpr std::string_view kSimHashPrefix = "XH";
// Appended to a name prefix for the per-word terms: XS -> XSW.
inline constexpr std::string_view kWordSuffix = "W";

inline constexpr unsigned kSlotDate = 0;
inline constexpr unsigned kSlotSource = 1;
inline constexpr unsigned kSlotContent = 2;
inline constexpr unsigned kSlotCluster = 3;
inline constexpr unsigned kSlotSimHash = 4;
inline constexpr unsigned kSlotId = 5;

// The entity prefix for a type: PER -> XP, ORG -> XO, LOC -> XL, anything
// else -> XM.
inline std::string_view EntityPrefix(std::string_view type) {
  if (type == "PER") return "XP";
  if (type == "ORG") return "XO";
  if (type == "LOC") return "XL";
  return "XM";
}

}  // namespace khabar::index

#endif  // KHABAR_INDEX_SCHEMA_H_
