#!/usr/bin/env bash
# Installs what khabar needs to build, test and benchmark, from Debian's
# packages only. Idempotent: when every package is present it installs nothing
# and does not touch the network.
#
#   tools/bootstrap.sh          build + test dependencies
#   tools/bootstrap.sh --bench  also the peers the benchmarks compare against
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libicu-dev nlohmann-json3-dev libzip-dev libcli11-dev libfmt-dev libstemmer-dev
  libxxhash-dev
  libxapian-dev                 # the embedded index (src/index)
  libzstd-dev                   # its stored records (src/index/stored.cc)
  aspell aspell-ar-large        # the word list compiled into the lexicon
  libgtest-dev libgmock-dev
  clang libclang-rt-14-dev      # libFuzzer and sanitizers
  zip unzip                     # tests build small zips with the zip tool
)
# The search benchmark's peers (bench/search): a PostgreSQL server and its
# client library, and Xapian.
bench_packages=(libbenchmark-dev liblucene++-dev libboost-dev
                postgresql libpq-dev libxapian-dev)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=("${bench_packages[@]}")
fi
# Benchmarks are built whenever their libraries are present; CI installs them.
if [[ "${CI:-}" == "true" ]]; then
  packages+=("${bench_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "bootstrap: installing ${missing[*]}" >&2
if [[ $(id -u) -ne 0 ]]; then
  sudo=sudo
else
  sudo=
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
