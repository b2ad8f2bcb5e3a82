#!/usr/bin/env bash
# The whole test suite: install what is missing, build with warnings as
# errors and run every test through CTest; then again under AddressSanitizer
# and UndefinedBehaviorSanitizer; then a short run of each fuzzer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)
# The optimisation users run (and scripts/run-samples.sh builds).
cmake -S . -B build -DNEWSGRAPH_WERROR=ON -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
cmake -S . -B build-asan -DNEWSGRAPH_WERROR=ON -DNEWSGRAPH_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-asan -j"$jobs"
ctest --test-dir build-asan --output-on-failure -j"$jobs"
scripts/fuzz.sh 15
