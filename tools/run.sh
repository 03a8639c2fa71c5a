#!/usr/bin/env bash
# The main job on its embedded default: installs what is missing, builds,
# then analyzes examples/sample.txt and, when ../shared/data is beside the
# checkout, one day of SaudiNewsNet (summary only). Safe to run again.
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
day=../shared/data/saudinewsnet/2015-07-21.zip
if [[ -f $day ]]; then
  out=$(mktemp)
  build/khabar analyze "$day" > "$out"
  echo "SaudiNewsNet $(basename "$day"): $(wc -l < "$out") records," \
       "$(du -h "$out" | cut -f1) of JSONL in $out" >&2
fi
