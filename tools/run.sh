#!/usr/bin/env bash
# The main job on its embedded default: installs what is missing, builds,
# analyzes examples/sample.txt, then ingests it into the index
# (./khabar-data) and searches it. When ../shared/data is beside the
# checkout it also ingests one day of SaudiNewsNet (2,972 articles, about
# 20-30 s on 2 cores; KHABAR_RUN_ALL=1 ingests all 31,030, a few minutes)
# and searches that. Safe to run again: re-ingesting adds nothing twice.
#
#   tools/run.sh [FILE...]    analyze these instead of the defaults
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh
tools/build.sh >&2

if (($# > 0)); then
  exec build/khabar analyze --pretty "$@"
fi
build/khabar analyze --pretty examples/sample.txt
db=khabar-data
build/khabar ingest --db "$db" examples/sample.txt
build/khabar search --db "$db" تحلية المياه

corpus=../shared/data/saudinewsnet
if [[ -d $corpus ]]; then
  if [[ "${KHABAR_RUN_ALL:-}" == "1" ]]; then
    inputs=("$corpus")
  else
    inputs=("$corpus/2015-07-21.zip")
  fi
  build/khabar ingest --db "$db" "${inputs[@]}"
  build/khabar search --db "$db" --limit 3 دمج التعليم
  build/khabar search --db "$db" --limit 3 '"الملك سلمان"' --from 2015-07-21
  build/khabar stats --db "$db"
fi
