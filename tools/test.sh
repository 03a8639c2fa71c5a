#!/usr/bin/env bash
# Builds khabar and runs its test suite: unit, golden, end-to-end, benchmark
# smoke tests, and the SaudiNewsNet corpus tests when ../shared/data is there
# (they skip, saying so, when it is not). With CI=true it first runs each
# fuzz target under libFuzzer for a short while (KHABAR_FUZZ_SECONDS,
# default 30), so that CTest's summary stays the last word.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh
tools/build.sh
if [[ "${CI:-}" == "true" ]]; then
  tools/fuzz.sh "${KHABAR_FUZZ_SECONDS:-30}"
fi
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" \
  -L 'unit|golden|e2e|data|bench'
