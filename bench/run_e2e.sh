#!/usr/bin/env bash
# End-to-end throughput of khabar normalize+tokenize, of
# normalize+tokenize+segment, and of that plus sentences and named entities,
# beside its peers (Lucene++ ArabicAnalyzer, Snowball arabic stemmer) in the
# same run.
#
#   bench/run_e2e.sh BUILD_DIR [--data=DIR] [--rounds=N] [--synthetic=BYTES]
#                    [--raw=FILE]
#
# Builds nothing: build first (docs/benchmarks.md). The corpus is read once
# with khabar's reader (bench_corpus) into a records file in a temp dir; then
# each of N rounds (default 5) runs every built engine once over it, each in
# its own process, in an order rotated from round to round. The table shows
# medians over the rounds (--raw keeps every run's line, see e2e.h), then
# each khabar stage's ratio to each peer, then each khabar stage's time over
# the text core's (khabar), then the segmenter's and the entity layer's load
# time and memory (medians of what e2e_bench_khabar --segment and --entities
# printed on stderr). MB are 10^6 bytes of UTF-8 input (title + body).
# Exits 0, measuring nothing, when the data is absent.
set -euo pipefail

usage() {
  echo "usage: $0 BUILD_DIR [--data=DIR] [--rounds=N] [--synthetic=BYTES]" \
    "[--raw=FILE]" >&2
  exit 2
}

here=$(cd "$(dirname "$0")" && pwd)
[[ $# -ge 1 ]] || usage
bench="$1/bench"
shift
data="${KHABAR_SHARED_DIR:-$here/../../shared}/data/saudinewsnet"
rounds=5
synthetic=
raw=
for arg in "$@"; do
  case "$arg" in
    --data=*) data="${arg#*=}" ;;
    --rounds=*) rounds="${arg#*=}" ;;
    --synthetic=*) synthetic="${arg#*=}" ;;
    --raw=*) raw="${arg#*=}" ;;
    *) usage ;;
  esac
done

if [[ ! -f "$bench/peers.tsv" ]]; then
  echo "run_e2e: no $bench/peers.tsv: configure with cmake first" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Sets corpus_arg: the flag that hands the corpus to every engine binary.
prepare_corpus() {
  if [[ -n "$synthetic" ]]; then
    corpus_arg="--synthetic=$synthetic"
    return
  fi
  if [[ ! -d "$data" ]]; then
    echo "run_e2e: SaudiNewsNet not found at $data: nothing to measure."
    exit 0
  fi
  if [[ ! -x "$bench/bench_corpus" ]]; then
    echo "run_e2e: build bench_corpus first" >&2
    exit 1
  fi
  "$bench/bench_corpus" "$data" "$tmp/corpus.rec"
  corpus_arg="--records=$tmp/corpus.rec"
}

# Fills engines/binaries/flags with what was built (flags: the engine's
# own arguments, space-separated), skipped with why the others are not.
find_engines() {
  engines=()
  binaries=()
  flags=()
  skipped=()
  while IFS=$'\t' read -r engine binary status args; do
    if [[ "$status" != built ]]; then
      skipped+=("$engine: $status")
    elif [[ ! -x "$bench/$binary" ]]; then
      skipped+=("$engine: skipped: $binary not built (cmake --build BUILD_DIR --target $binary)")
    else
      engines+=("$engine")
      binaries+=("$binary")
      flags+=("$args")
    fi
  done <"$bench/peers.tsv"
  if [[ ${#engines[@]} -eq 0 ]]; then
    echo "run_e2e: no engine built: nothing to measure." >&2
    exit 1
  fi
}

# Appends one TSV line per engine and round to $tmp/results.tsv, and the
# engines' stderr to $tmp/stderr.txt (each run's stderr is also shown when
# it ends).
run_rounds() {
  local n=${#engines[@]} r k i
  local -a args
  : >"$tmp/stderr.txt"
  for ((r = 0; r < rounds; r++)); do
    for ((k = 0; k < n; k++)); do
      i=$(((r + k) % n))
      echo "round $((r + 1))/$rounds: ${engines[$i]}" >&2
      read -ra args <<<"${flags[$i]}"
      "$bench/${binaries[$i]}" ${args[@]+"${args[@]}"} "$corpus_arg" \
        >>"$tmp/results.tsv" 2>"$tmp/stderr.last" ||
        { cat "$tmp/stderr.last" >&2; exit 1; }
      cat "$tmp/stderr.last" >&2
      cat "$tmp/stderr.last" >>"$tmp/stderr.txt"
    done
  done
}

prepare_corpus
find_engines
run_rounds
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(date -u +%F)"
[[ -z "$raw" ]] || cp "$tmp/results.tsv" "$raw"
awk -f "$here/e2e_table.awk" -v rounds="$rounds" -v notes="$tmp/stderr.txt" \
  "$tmp/results.tsv"
for line in "${skipped[@]}"; do echo "$line"; done
