#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default
# 20) from its seeds: the sample articles, the lexicon files, and fuzz/corpus
# for the formats the project has no other example of. A crash fails the run
# and leaves the crashing input in the work folder.  scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
max_len=8192
# A seed over max_len is cut when loaded and no longer parses: the fuzzer
# would never see what it holds.
long=$(find fuzz/corpus -type f -size +${max_len}c)
if [ -n "$long" ]; then
  echo "fuzz: seeds over $max_len bytes: $long" >&2
  exit 1
fi
work=$(mktemp -d)
CXX=clang++ cmake -S . -B build-fuzz -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
if ! cmake --build build-fuzz -j"$(nproc)" > "$work/build.log" 2>&1; then
  grep -E "error" -A5 "$work/build.log" | head -40 >&2
  echo "fuzz: the clang build failed" >&2
  exit 1
fi
status=0
for target in text jsonl graph_json tsv lexicon; do
  mkdir -p "$work/$target"
  case $target in
    text) cp samples/articles/*.txt "$work/$target/" ;;
    tsv) cp lexicon/*.tsv "$work/$target/" ;;
    *) cp -r fuzz/corpus/$target/. "$work/$target/" ;;
  esac
  if ! (cd "$work" && "$OLDPWD/build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=$max_len \
        -print_final_stats=1 "$target" 2> "$target.log"); then
    echo "fuzz_$target: crash, see $work/$target.log" >&2
    status=1
  fi
  runs=$(grep -o 'number_of_executed_units: [0-9]*' "$work/$target.log" | grep -o '[0-9]*$' || echo 0)
  echo "fuzz_$target: $runs runs in ${seconds}s"
done
[ "$status" -eq 0 ] && rm -rf "$work"
exit "$status"
