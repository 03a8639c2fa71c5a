#!/usr/bin/env bash
# End-to-end `khabar analyze` over all of SaudiNewsNet: wall time,
# articles/s, input MB/s and peak memory (max RSS), median of N runs, with
# and without --tokens. Output goes to /dev/null: this measures analysis and
# JSON writing, not the disk.
#
#   bench/analyze_e2e.sh [BUILD_DIR] [--rounds=N] [--data=DIR]
set -euo pipefail
build=${1:-build}
rounds=3
data=$(cd "$(dirname "$0")/.." && pwd)/../shared/data/saudinewsnet
for arg in "${@:2}"; do
  case $arg in
    --rounds=*) rounds=${arg#*=} ;;
    --data=*) data=${arg#*=} ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done
if [[ ! -d $data ]]; then
  echo "SaudiNewsNet not found at $data: nothing to measure."
  exit 0
fi
bin=$build/khabar
mb=$(for z in "$data"/*.zip; do unzip -p "$z"; done | wc -c | awk '{print $1 / 1e6}')

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

run() {  # prints "seconds max_rss_kb articles"
  local log
  log=$(mktemp)
  /usr/bin/time -f '%e %M' "$bin" analyze "$@" "$data" 2> "$log" > /dev/null || true
  local articles
  articles=$(grep -o 'analyzed [0-9]*' "$log" | awk '{print $2}')
  echo "$(tail -n 1 "$log") $articles"
  rm -f "$log"
}

printf '%-16s %8s %10s %12s %12s\n' mode seconds articles/s "JSON-in MB/s" "peak RSS MB"
for mode in "" "--tokens"; do
  secs=() ; rss=() ; n=0
  for ((i = 0; i < rounds; i++)); do
    read -r s m a < <(run $mode)
    secs+=("$s"); rss+=("$m"); n=$a
  done
  s=$(printf '%s\n' "${secs[@]}" | median)
  m=$(printf '%s\n' "${rss[@]}" | sort -g | tail -n 1)
  awk -v mode="${mode:-plain}" -v s="$s" -v n="$n" -v mb="$mb" -v m="$m" \
    'BEGIN {printf "%-16s %8.2f %10.0f %12.1f %12.1f\n", mode, s, n / s, mb / s, m / 1024}'
done
