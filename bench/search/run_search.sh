#!/usr/bin/env bash
# Ingest and known-item search: khabar beside PostgreSQL's 'arabic' full-text
# search and Xapian with Snowball's Arabic stemmer, on the same articles and
# the same queries, in one run.
#
#   bench/search/run_search.sh BUILD_DIR [--data=DIR | --synthetic=N]
#       [--limit=N] [--rounds=N] [--count=N] [--seed=N] [--scale=N]
#       [--copies=K] [--engines=khabar,postgres,xapian] [--xapian-op=and|or]
#       [--pg-parser=plain|websearch|or] [--jobs=N] [--keep=DIR]
#       [--no-collapse]
#
# Builds nothing: build first (docs/benchmarks.md). Steps:
#   1. search_articles reads the corpus once with khabar's reader into an
#      articles file (and JSON lines for `khabar ingest`) in a temp dir;
#   2. search_queries makes the query set from it (--count titles, --seed);
#   3. with --scale=N, the corpus is replicated to N articles (new urls and
#      dates: articles.h, Replica); the queries stay those of step 2;
#   3b. with --copies=K, each Xapian engine (khabar, xapian) indexes the
#      corpus, then merges K copies of its index into one (copies.h; for
#      khabar copies 2..K are marked near-copies, near_copies.h) and
#      answers the queries from that; PostgreSQL is skipped. Faster than
#      --scale for a large K, but the copies keep their ids and dates;
#   4. a private PostgreSQL server is started in the temp dir, on a free
#      loopback port (as the `postgres` user when run as root), for the
#      postgres engine, and stopped on exit;
#   5. each of --rounds rounds (default 3) runs every engine once, in an
#      order rotated from round to round: a fresh index, then every query;
#   6. search_report prints the tables (report.h). With --scale, quality is
#      left out: copies of the target compete with it.
# --keep=DIR keeps the query set, the results files and the logs.
# --no-collapse: khabar shows near-copies as hits of their own
# (`khabar search --no-collapse`).
# Exits 0, measuring nothing, when the data is absent.
set -euo pipefail

usage() {
  sed -n '5,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

here=$(cd "$(dirname "$0")" && pwd)
[[ $# -ge 1 ]] || usage
build=$(cd "$1" && pwd)
bench="$build/bench/search"
shift
data="${KHABAR_SHARED_DIR:-$here/../../../shared}/data/saudinewsnet"
synthetic= limit= rounds=3 count=500 seed=1 scale= copies= keep=
wanted=khabar,postgres,xapian xapian_op=or pg_parser=plain jobs=2
no_collapse=
for arg in "$@"; do
  case "$arg" in
    --data=*) data="${arg#*=}" ;;
    --synthetic=*) synthetic="${arg#*=}" ;;
    --limit=*) limit="${arg#*=}" ;;
    --rounds=*) rounds="${arg#*=}" ;;
    --count=*) count="${arg#*=}" ;;
    --seed=*) seed="${arg#*=}" ;;
    --scale=*) scale="${arg#*=}" ;;
    --copies=*) copies="${arg#*=}" ;;
    --engines=*) wanted="${arg#*=}" ;;
    --xapian-op=*) xapian_op="${arg#*=}" ;;
    --pg-parser=*) pg_parser="${arg#*=}" ;;
    --jobs=*) jobs="${arg#*=}" ;;
    --keep=*) keep="${arg#*=}" ;;
    --no-collapse) no_collapse=--no-collapse ;;
    *) usage ;;
  esac
done

if [[ ! -f "$bench/search_peers.tsv" ]]; then
  echo "run_search: no $bench/search_peers.tsv: configure with cmake first" >&2
  exit 1
fi
for tool in search_articles search_queries search_report; do
  if [[ ! -x "$bench/$tool" ]]; then
    echo "run_search: build $tool first (cmake --build $build --target $tool)" >&2
    exit 1
  fi
done
if [[ -z "$synthetic" && ! -d "$data" ]]; then
  echo "run_search: SaudiNewsNet not found at $data: nothing to measure."
  exit 0
fi

tmp=$(mktemp -d)
chmod 711 "$tmp"  # the postgres user reaches its own dir inside
source "$here/postgres.sh"
cleanup() {
  stop_postgres
  if [[ -n "$keep" ]]; then
    mkdir -p "$keep"
    cp "$tmp"/queries.tsv "$tmp"/*.log "$keep"/ 2>/dev/null || true
    cp -r "$tmp/results" "$keep"/ 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# Fills engines/binaries (what runs) and skipped (what does not, and why).
find_engines() {
  engines=() binaries=() skipped=()
  while IFS=$'\t' read -r engine binary status; do
    [[ ",$wanted," == *",$engine,"* ]] || continue
    if [[ "$status" != built ]]; then
      skipped+=("$engine: $status")
    elif [[ ! -x "$bench/$binary" ]]; then
      skipped+=("$engine: skipped: $binary not built (cmake --build $build --target $binary)")
    elif [[ $engine == postgres ]] && ! find_postgres; then
      skipped+=("postgres: skipped: $pg_why")
    else
      engines+=("$engine") binaries+=("$binary")
    fi
  done <"$bench/search_peers.tsv"
}

# Step 1-3. Sets corpus and jsonl: the files the engines index.
prepare_corpus() {
  local source=("$data") extra=()
  [[ -z "$synthetic" ]] || source=("--synthetic=$synthetic")
  [[ -z "$limit" ]] || extra+=("--limit=$limit")
  "$bench/search_articles" "${source[@]}" "${extra[@]}" \
    --out="$tmp/articles.tsv"
  "$bench/search_queries" "$tmp/articles.tsv" "$tmp/queries.tsv" \
    --seed="$seed" --count="$count" 2>&1 | tee "$tmp/queries.log" >&2
  corpus="$tmp/articles.tsv" jsonl="$tmp/articles.jsonl"
  [[ -z "$scale" ]] || { extra+=("--scale=$scale"); corpus="$tmp/scaled.tsv"; }
  local want_jsonl=()
  [[ " ${engines[*]} " != *" khabar "* ]] || want_jsonl=("--jsonl=$jsonl")
  if [[ -n "$scale" || ${#want_jsonl[@]} -gt 0 ]]; then
    "$bench/search_articles" "${source[@]}" "${extra[@]}" --out="$corpus" \
      "${want_jsonl[@]}"
  fi
}

# Sets flags: the engine's own flags.
engine_flags() {
  case "$1" in
    khabar) flags=("--khabar=$build/khabar" "--jsonl=$jsonl"
                   "--db=$tmp/db-khabar" "--jobs=$jobs" $no_collapse) ;;
    postgres) flags=("--conninfo=$conninfo" "--parser=$pg_parser") ;;
    xapian) flags=("--db=$tmp/db-xapian" "--op=$xapian_op") ;;
  esac
}

# Step 5. Appends each run's results file to files[ENGINE]; an engine that
# says it is skipped (exit 77) leaves the run.
run_rounds() {
  declare -gA files=()
  declare -A out_of=()
  local n=${#engines[@]} r k i e code
  mkdir -p "$tmp/results"
  for ((r = 1; r <= rounds; r++)); do
    for ((k = 0; k < n; k++)); do
      i=$(((r - 1 + k) % n)) e=${engines[$i]}
      [[ -z "${out_of[$e]:-}" ]] || continue
      echo "round $r/$rounds: $e" >&2
      local out="$tmp/results/$e.$r.tsv" flags=()
      engine_flags "$e"
      code=0
      "$bench/${binaries[$i]}" --articles="$corpus" --queries="$tmp/queries.tsv" \
        --out="$out" ${copies:+--copies=$copies} "${flags[@]}" >"$tmp/$e.out" \
        2>"$tmp/$e.$r.log" || code=$?
      cat "$tmp/$e.$r.log" >&2
      rm -rf "$tmp/db-$e" "$tmp/db-$e.copies" "$tmp/db-$e.near"
      if ((code == 77)); then
        skipped+=("$(cat "$tmp/$e.out")") out_of[$e]=1
      elif ((code != 0)); then
        echo "run_search: $e failed (exit $code)" >&2
        exit 1
      else
        files[$e]+="${files[$e]:+,}$out"
      fi
    done
  done
}

find_engines
if ((${#engines[@]} == 0)); then
  printf '%s\n' "${skipped[@]}"
  echo "run_search: no engine available: nothing to measure." >&2
  exit 1
fi
prepare_corpus
[[ " ${engines[*]} " != *" postgres "* ]] || start_postgres "$tmp/pg"
run_rounds

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
echo "corpus: ${synthetic:+synthetic }$(wc -l <"$corpus") articles${scale:+ (replicated from $(wc -l <"$tmp/articles.tsv"))}${copies:+; queries over $copies merged copies of each index}; $(tail -n 1 "$tmp/queries.log" | sed 's/^search_queries: //; s/ -> [^:]*:/:/'); $rounds rounds"
report=()
for e in "${engines[@]}"; do
  [[ -z "${files[$e]:-}" ]] || report+=("$e=${files[$e]}")
done
if ((${#report[@]} > 0)); then
  "$bench/search_report" --queries="$tmp/queries.tsv" ${scale:+--latency-only} \
    ${copies:+--latency-only} \
    "${report[@]}"
fi
for line in "${skipped[@]}"; do echo "$line"; done
