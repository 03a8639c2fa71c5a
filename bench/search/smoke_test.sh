#!/usr/bin/env bash
# CTest's run_search_smoke: run_search.sh end to end on 300 synthetic
# articles (50 titles), one round, then checks the tables: an ingest and a
# latency row and a quality table with every variant for each engine that
# ran, and that the peers find most of the articles from their own titles
# (success@10 of the original queries > 0.5; a broken index, query or
# scoring gives about 0). Then the same with --copies=3.
#
#   bench/search/smoke_test.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(bash "$here/run_search.sh" "$1" --synthetic=300 --count=50 --rounds=1)
echo "$out"

fail() { echo "smoke_test: FAILED: $*" >&2; exit 1; }

ran=$(awk '/^ingest/ {on = 1; next} on && /^engine/ {next} on && NF == 0 {exit}
           on {print $1}' <<<"$out")
[[ -n "$ran" ]] || fail "no engine in the ingest table"
for e in $ran; do
  for v in original hamza taa_yaa clitic digits diacritics all; do
    awk -v e="$e" -v v="$v" '$1 == "quality:" {on = ($2 == e)}
        on && $1 == v {found = 1} END {exit !found}' <<<"$out" ||
      fail "$e: no '$v' row in its quality table"
  done
  grep -Eq "^$e +[0-9]+ +[0-9.]+ +[0-9.]+ +[0-9.]+$" <<<"$out" ||
    fail "$e: no latency row"
done
for peer in xapian postgres; do
  grep -qx "$peer" <<<"$ran" || { echo "smoke_test: $peer did not run"; continue; }
  s10=$(awk -v e="$peer" '$1 == "quality:" {on = ($2 == e)}
        on && $1 == "original" {print $4; exit}' <<<"$out")
  awk -v s="$s10" 'BEGIN {exit !(s > 0.5)}' ||
    fail "$peer: original success@10 $s10, not > 0.5"
done

# --copies=3: the Xapian engines answer from 3 merged copies of their
# index (over 1.5 times the size of one: compaction packs them tighter),
# and PostgreSQL says it is skipped.
db_mb() { awk -v e="$1" '/^ingest/ {on = 1} on && $1 == e {print $9; exit}' <<<"$2"; }
copied=$(bash "$here/run_search.sh" "$1" --synthetic=300 --count=50 --rounds=1 --copies=3)
echo "$copied"
for e in khabar xapian; do
  grep -qx "$e" <<<"$ran" || continue
  one=$(db_mb "$e" "$out") three=$(db_mb "$e" "$copied")
  awk -v a="$one" -v b="$three" 'BEGIN {exit !(b > 1.5 * a)}' ||
    fail "$e: --copies=3 index is $three MB, one copy $one MB"
  grep -Eq "^$e +[0-9]+ +[0-9.]+ +[0-9.]+ +[0-9.]+$" <<<"$copied" ||
    fail "$e: no latency row with --copies"
done
if grep -qx postgres <<<"$ran"; then
  grep -q '^postgres: skipped: --copies' <<<"$copied" ||
    fail "postgres: not skipped with --copies"
fi
echo "smoke_test: ok ($(echo $ran))"
