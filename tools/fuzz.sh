#!/usr/bin/env bash
# Builds the fuzz targets with clang's libFuzzer (ASan + UBSan) in
# build-fuzz/ and runs each for SECONDS (default 60), starting from the
# golden inputs. A crash leaves its input in build-fuzz/ and fails the run;
# turn it into a golden case.
#
#   tools/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
targets=(fuzz_reader fuzz_text fuzz_segment fuzz_analyze)
if [[ ! -f build-fuzz/build.ninja ]]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKHABAR_LIBFUZZER=ON \
    -DKHABAR_BUILD_BENCH=OFF > build-fuzz.log 2>&1 || { cat build-fuzz.log; exit 1; }
fi
cmake --build build-fuzz -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}"
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus-$t
  mkdir -p "$corpus"
  cp -n tests/golden/analyze/* tests/golden/segment.tsv examples/* "$corpus"/ 2>/dev/null || true
  if [[ $t == fuzz_analyze ]]; then  # one article a file: title TAB body
    grep -v '^#' tests/golden/quotes/cases.tsv | cut -f2-3 | split -l 1 - "$corpus/quotes-"
  fi
  echo "fuzz: $t for ${seconds}s" >&2
  (cd build-fuzz && "./fuzz/$t" -max_total_time="$seconds" -max_len=65536 \
     -print_final_stats=1 "corpus-$t" 2>&1 | tail -n 12)
done
