#!/usr/bin/env bash
# Configures (once) and builds khabar into build/. Extra arguments go to
# CMake's configure step, e.g. tools/build.sh -DKHABAR_SANITIZE=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
if [[ ! -f build/build.ninja || $# -gt 0 ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" > build.log 2>&1 ||
    { cat build.log; exit 1; }
fi
cmake --build build -j "$jobs"
