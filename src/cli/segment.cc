// khabar segment [--json] [--explain] < words > segmentations
//   One word per input line; one output line per input line:
//     WORD<TAB>SEG          SEG = the pieces joined by '+': و+ب+ال+كتاب
//   --json: one JSON object per line with the stem (search normalization),
//   the light stem, Snowball's Arabic stem and each piece's byte span.
//   A line that is not one Arabic word comes back whole as its own SEG.
//   --explain: after each word, the readings weighed, best first.
//
// khabar eval segment [--dev-fraction F] [--errors N] FILE
//   Scores the segmenter against a Farasa-format gold file
//   (morph/segment_eval.h) and prints word accuracy and boundary
//   precision/recall, for the first F of the file (the dev part the
//   weights were set on), the rest (held out), and all of it.

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "cli/command.h"
#include "morph/segment_eval.h"
#include "morph/segmenter.h"

namespace khabar::cli {
namespace {

using morph::Segmenter;

nlohmann::ordered_json SegmentJson(std::string_view word) {
  const Segmenter& seg = Segmenter::Default();
  const morph::Segmentation s = seg.Segment(word);
  const std::string stem = Segmenter::Stem(word, s);
  nlohmann::ordered_json j;
  j["word"] = std::string(word);
  j["seg"] = Segmenter::Joined(word, s);
  j["stem"] = stem;
  j["light"] = morph::LightStem(stem);
  j["snowball"] = morph::SnowballStem(word);
  auto pieces = nlohmann::ordered_json::array();
  size_t from = 0;
  for (int i = 0; i < s.num_proclitics; ++i) {
    pieces.push_back({{"kind", "proclitic"},
                      {"text", morph::CliticText(s.proclitics[i])},
                      {"begin", from},
                      {"end", s.proclitic_end[i]}});
    from = s.proclitic_end[i];
  }
  pieces.push_back({{"kind", "stem"},
                    {"text", std::string(word.substr(s.stem_begin,
                                                     s.stem_end - s.stem_begin))},
                    {"begin", s.stem_begin},
                    {"end", s.stem_end}});
  if (s.has_enclitic()) {
    pieces.push_back({{"kind", "enclitic"},
                      {"text", std::string(word.substr(s.stem_end,
                                                       s.word_end - s.stem_end))},
                      {"begin", s.stem_end},
                      {"end", s.word_end}});
  }
  j["pieces"] = std::move(pieces);
  return j;
}

int RunSegment(bool json, bool explain) {
  std::ios::sync_with_stdio(false);
  std::string line, out;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!base::IsValidUtf8(line)) line = base::RepairUtf8(line, nullptr);
    if (json) {
      out = SegmentJson(line).dump() + '\n';
    } else {
      const morph::Segmentation s = Segmenter::Default().Segment(line);
      out = line + '\t' + Segmenter::Joined(line, s) + '\n';
    }
    if (explain) {
      for (const auto& [seg, score] : Segmenter::Default().Explain(line))
        out += "  " + seg + '\t' + std::to_string(score) + '\n';
    }
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size())
      return kExitPartial;
  }
  return std::fflush(stdout) == 0 ? kExitOk : kExitPartial;
}

void PrintScore(const char* part, const morph::SegmentScore& s) {
  std::printf("%-5s %6zu  %7.2f%%  %6.2f%% %6.2f%%  %6.2f%% %6.2f%%  %6.2f%% %6.2f%%\n",
              part, s.words, 100 * s.accuracy(), 100 * s.all.precision(),
              100 * s.all.recall(), 100 * s.proclitic.precision(),
              100 * s.proclitic.recall(), 100 * s.enclitic.precision(),
              100 * s.enclitic.recall());
}

int RunEvalSegment(const std::string& path, double dev_fraction,
                   size_t num_errors) {
  auto gold = morph::ReadFarasaGold(path);
  if (!gold.ok()) {
    std::fprintf(stderr, "khabar: %s\n", gold.status().ToString().c_str());
    return kExitUsage;
  }
  const Segmenter& segmenter = Segmenter::Default();
  const size_t n = gold->size();
  const size_t dev_end = static_cast<size_t>(dev_fraction * n);
  std::printf("%s: %zu Arabic words; dev = first %.0f%%, test = the rest\n",
              path.c_str(), n, 100 * dev_fraction);
  std::printf("%-5s %6s  %8s  %-14s  %-14s  %-14s\n", "part", "words",
              "accuracy", "split P / R", "proclitic P/R", "enclitic P/R");
  PrintScore("dev", morph::ScoreSegmenter(segmenter, *gold, 0, dev_end));
  PrintScore("test", morph::ScoreSegmenter(segmenter, *gold, dev_end, n));
  const morph::SegmentScore all = morph::ScoreSegmenter(segmenter, *gold, 0, n);
  PrintScore("all", all);
  std::printf("\nfor comparison, Snowball's Arabic stemmer read as a segmenter "
              "(what it strips before and after its stem):\n");
  PrintScore("all", morph::ScoreStemmer(&morph::SnowballStem, *gold, 0, n));
  if (num_errors > 0) {
    std::printf("\nmost frequent errors (all): count  gold  ours\n");
    for (size_t i = 0; i < all.errors.size() && i < num_errors; ++i)
      std::printf("%5zu  %s  %s\n", all.errors[i].count,
                  all.errors[i].gold.c_str(), all.errors[i].ours.c_str());
  }
  return kExitOk;
}

}  // namespace

void RegisterSegment(CLI::App& app, Runner* run) {
  auto json = std::make_shared<bool>(false);
  auto explain = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "segment",
      "Split clitics off the words of standard input, one word per line:\n"
      "prints WORD<TAB>SEG with SEG's pieces joined by '+' (و+ب+ال+كتاب).");
  cmd->add_flag("--json", *json,
                "One JSON object per word: seg, stem, light stem, Snowball "
                "stem, pieces with byte spans");
  cmd->add_flag("--explain", *explain,
                "After each word, every reading weighed with its score, best "
                "first (indented lines)");
  cmd->callback([run, json, explain] {
    *run = [json, explain] { return RunSegment(*json, *explain); };
  });
}

void AddEvalSegment(CLI::App* eval, Runner* run) {
  auto path = std::make_shared<std::string>();
  auto dev = std::make_shared<double>(0.3);
  auto errors = std::make_shared<size_t>(0);
  CLI::App* seg = eval->add_subcommand(
      "segment",
      "Score clitic segmentation against a Farasa-format gold file\n"
      "(e.g. ../shared/data/farasa-wikinews/WikiNews.pos.ref)");
  seg->add_option("FILE", *path, "Gold file: TOKENS<TAB>TAGS per line")
      ->required();
  seg->add_option("--dev-fraction", *dev,
                  "Share of the file, from its start, reported as dev")
      ->check(CLI::Range(0.0, 1.0));
  seg->add_option("--errors", *errors, "Also list the N most frequent errors");
  seg->callback([run, path, dev, errors] {
    *run = [path, dev, errors] { return RunEvalSegment(*path, *dev, *errors); };
  });
}

}  // namespace khabar::cli
