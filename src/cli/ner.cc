// khabar tag < tokens > tagged
//   One token per line, a blank line between sentences (the first field of
//   a line is the token, so a CoNLL file can be piped in as it is); prints
//   TOKEN<TAB>TAG (B-PER, I-LOC, O ...) per token and keeps the blank
//   lines. --layer: the entity layer's tags instead of the tagger's (the
//   tagger corrected with the gazetteers, ner/entities.h, as `analyze`
//   finds mentions).
//
// khabar train ner [--out FILE] [--epochs N] [--all] TRAIN.conll
//   Trains the tagger (ner/tagger.h) on a CoNLL file; without --all the
//   fixed dev part (every tenth sentence) is held out and scored after
//   training. models/README.md gives the command that made models/ner.bin.
//
// khabar eval ner [--part all|dev|train] [--layer] FILE.conll
//   Entity-level precision, recall and F1 per type and micro (conlleval's
//   rules) of the tagger (or, with --layer, the whole entity layer) against
//   a CoNLL file.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "morph/segmenter.h"
#include "ner/conll.h"
#include "ner/entities.h"
#include "ner/gazetteer.h"
#include "ner/tagger.h"

namespace khabar::cli {
namespace {

std::vector<ner::NerToken> ToNerTokens(const std::vector<std::string>& words) {
  std::vector<ner::NerToken> out;
  out.reserve(words.size());
  for (const std::string& w : words)
    out.push_back(ner::MakeNerToken(w, morph::Segmenter::Default()));
  return out;
}

void PrintNerScore(const ner::NerScore& s) {
  std::printf("%-5s %6s %6s %6s  %7s %7s %7s\n", "type", "gold", "found",
              "right", "P", "R", "F1");
  for (const auto& [type, t] : s.by_type) {
    std::printf("%-5s %6zu %6zu %6zu  %6.2f%% %6.2f%% %6.2f%%\n", type.c_str(),
                t.gold, t.guessed, t.correct, 100 * t.precision(),
                100 * t.recall(), 100 * t.f1());
  }
  std::printf("%-5s %6zu %6zu %6zu  %6.2f%% %6.2f%% %6.2f%%\n", "all",
              s.micro.gold, s.micro.guessed, s.micro.correct,
              100 * s.micro.precision(), 100 * s.micro.recall(),
              100 * s.micro.f1());
  std::printf("token accuracy %.2f%% of %zu tokens\n",
              s.tokens ? 100.0 * s.tokens_right / s.tokens : 0.0, s.tokens);
}

// The tags of the whole entity layer (tagger and gazetteers, as `analyze`
// finds mentions) for one pre-tokenized sentence.
std::vector<uint8_t> LayerTags(const std::vector<std::string>& words) {
  std::string text;
  std::vector<Token> tokens;
  for (const std::string& w : words) {
    if (!text.empty()) text += ' ';
    Token t;
    t.span = Span{static_cast<uint32_t>(text.size()),
                  static_cast<uint32_t>(text.size() + w.size())};
    text += w;
    const ner::NerToken n = ner::MakeNerToken(w, morph::Segmenter::Default());
    t.norm.assign(n.norm);
    t.kind = n.kind;
    t.seg = n.seg;
    tokens.push_back(std::move(t));
  }
  return ner::TagTokens(text, tokens, ner::Tagger::Default(),
                        ner::Gazetteer::Default());
}

// Scores `data` (or its dev / train part) with the entity layer, or with
// the tagger alone when `tagger` is given.
ner::NerScore Score(const ner::Tagger* tagger,
                    const std::vector<ner::ConllSentence>& data,
                    const std::string& part) {
  ner::NerScore score;
  for (size_t i = 0; i < data.size(); ++i) {
    const bool dev = ner::IsDevSentence(i);
    if ((part == "dev" && !dev) || (part == "train" && dev)) continue;
    score.Add(data[i].tags, tagger != nullptr
                                ? tagger->Tag(ToNerTokens(data[i].tokens))
                                : LayerTags(data[i].tokens));
  }
  return score;
}

int RunTag(bool layer) {
  std::vector<std::string> words;
  std::string out;
  auto flush = [&] {
    if (words.empty()) return;
    const std::vector<uint8_t> tags =
        layer ? LayerTags(words) : ner::Tagger::Default().Tag(ToNerTokens(words));
    for (size_t i = 0; i < words.size(); ++i) {
      out += words[i];
      out += '\t';
      out += ner::TagName(tags[i]);
      out += '\n';
    }
    words.clear();
  };
  std::string line;
  while (std::getline(std::cin, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' ||
                             line.back() == '\t'))
      line.pop_back();
    const size_t cut = line.find_first_of(" \t");
    if (cut != std::string::npos) line.resize(cut);
    if (line.empty()) {
      flush();
      out += '\n';
    } else {
      words.push_back(line);
    }
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  flush();
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? kExitOk : kExitPartial;
}

int RunTrainNer(const std::string& path, const std::string& out_path,
                int epochs, int min_count, bool all) {
  auto data = ner::ReadConll(path);
  if (!data.ok()) {
    std::fprintf(stderr, "khabar: %s\n", data.status().ToString().c_str());
    return kExitUsage;
  }
  std::vector<std::vector<ner::NerToken>> sentences;
  std::vector<std::vector<uint8_t>> tags;
  size_t held_out = 0;
  for (size_t i = 0; i < data->size(); ++i) {
    if (!all && ner::IsDevSentence(i)) {
      ++held_out;
      continue;
    }
    sentences.push_back(ToNerTokens((*data)[i].tokens));
    tags.push_back((*data)[i].tags);
  }
  std::fprintf(stderr, "khabar: training on %zu sentences (%zu held out as dev)\n",
               sentences.size(), held_out);
  ner::TrainOptions options;
  if (epochs > 0) options.epochs = epochs;
  if (min_count > 0) options.min_count = min_count;
  std::string log;
  const std::string image = ner::Tagger::Train(
      sentences, tags, ner::Gazetteer::Default(), options, &log);
  std::fputs(log.c_str(), stderr);
  std::ofstream out(out_path, std::ios::binary);
  out << image;
  if (!out) {
    std::fprintf(stderr, "khabar: cannot write %s\n", out_path.c_str());
    return kExitUsage;
  }
  std::fprintf(stderr, "khabar: wrote %s\n", out_path.c_str());
  if (!all) {
    auto tagger = ner::Tagger::FromImage(image, &ner::Gazetteer::Default());
    if (!tagger.ok()) return kExitPartial;
    std::printf("dev part of %s (every tenth sentence), the tagger alone:\n",
                path.c_str());
    PrintNerScore(Score(&*tagger, *data, "dev"));
  }
  return kExitOk;
}

int RunEvalNer(const std::string& path, const std::string& part, bool layer) {
  const bool tagger_only = !layer;
  auto data = ner::ReadConll(path);
  if (!data.ok()) {
    std::fprintf(stderr, "khabar: %s\n", data.status().ToString().c_str());
    return kExitUsage;
  }
  std::printf("%s (%s part): %zu sentences; %s\n", path.c_str(), part.c_str(),
              data->size(),
              tagger_only ? "the tagger alone" : "tagger and gazetteers");
  PrintNerScore(Score(tagger_only ? &ner::Tagger::Default() : nullptr, *data, part));
  return kExitOk;
}

}  // namespace

void RegisterTag(CLI::App& app, Runner* run) {
  CLI::App* cmd = app.add_subcommand(
      "tag",
      "Tag named entities in pre-tokenized text: one token per line, a blank\n"
      "line between sentences; prints TOKEN<TAB>TAG (BIO over PER LOC ORG\n"
      "MISC), keeping the blank lines.");
  auto layer = std::make_shared<bool>(false);
  cmd->add_flag("--layer", *layer,
                "Tags of the whole entity layer: the tagger corrected with the "
                "gazetteers, as analyze finds mentions");
  cmd->callback([run, layer] { *run = [layer] { return RunTag(*layer); }; });
}

void RegisterEval(CLI::App& app, Runner* run) {
  CLI::App* eval = app.add_subcommand("eval", "Measure a stage against gold data");
  eval->require_subcommand(1);
  AddEvalSegment(eval, run);
  AddEvalNer(eval, run);
}

void RegisterTrain(CLI::App& app, Runner* run) {
  CLI::App* train = app.add_subcommand("train", "Make a model from data");
  train->require_subcommand(1);
  AddTrainNer(train, run);
}

void AddEvalNer(CLI::App* eval, Runner* run) {
  auto path = std::make_shared<std::string>();
  auto part = std::make_shared<std::string>("all");
  auto layer = std::make_shared<bool>(false);
  CLI::App* cmd = eval->add_subcommand(
      "ner", "Score the entity tagger against a CoNLL file (token TAG per line)");
  cmd->add_option("FILE", *path, "CoNLL file")->required();
  cmd->add_option("--part", *part,
                  "all, or dev / train: the fixed carve of a training file "
                  "(every tenth sentence is dev)")
      ->check(CLI::IsMember({"all", "dev", "train"}));
  cmd->add_flag("--layer", *layer,
                "Score the whole entity layer (the tagger corrected with the "
                "gazetteers, as analyze finds mentions) instead of the tagger");
  cmd->callback([run, path, part, layer] {
    *run = [path, part, layer] { return RunEvalNer(*path, *part, *layer); };
  });
}

void AddTrainNer(CLI::App* train, Runner* run) {
  auto path = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>("models/ner.bin");
  auto epochs = std::make_shared<int>(0);
  auto min_count = std::make_shared<int>(0);
  auto all = std::make_shared<bool>(false);
  CLI::App* cmd = train->add_subcommand(
      "ner", "Train the entity tagger on a CoNLL file");
  cmd->add_option("FILE", *path, "CoNLL training file (ANERcorp's train)")
      ->required();
  cmd->add_option("--out", *out, "Where to write the model")
      ->capture_default_str();
  cmd->add_option("--epochs", *epochs, "Passes over the data (default 12)");
  cmd->add_option("--min-count", *min_count,
                  "Learn only features seen at least this often (default 2)");
  cmd->add_flag("--all", *all,
                "Train on every sentence (default: hold out the dev part "
                "and score it)");
  cmd->callback([run, path, out, epochs, min_count, all] {
    *run = [path, out, epochs, min_count, all] {
      return RunTrainNer(*path, *out, *epochs, *min_count, *all);
    };
  });
}

}  // namespace khabar::cli
