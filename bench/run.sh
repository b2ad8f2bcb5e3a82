#!/usr/bin/env bash
# Whole-process benchmark, then per stage: on CORPUS (default ../shared/corpus/news.jsonl)
# and on it repeated 4 times, alternately runs the reference loop,
# `newsgraph extract` on 1 and 2 threads, two one-thread extracts side by
# side and `newsgraph build`, ROUNDS times (default 3), and prints the best
# time of each with its ratio to the reference loop, the CPU time of that run
# (user + system; on a shared virtual machine the host's use of the cores
# shows as more CPU time for the same work) and the peak RSS. The
# side-by-side pair shares nothing but the machine: its speed-up over one
# process is what the machine gives two cores, the ceiling for two threads.
#   bench/run.sh [CORPUS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/news.jsonl}
rounds=${2:-3}
[ -f "$corpus" ] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DNEWSGRAPH_TESTS=OFF -DNEWSGRAPH_BENCH=ON >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
ng=build-bench/cli/newsgraph
ref=build-bench/bench/reference_loop
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$corpus" "$work/x1.jsonl"
for _ in 1 2 3 4; do cat "$corpus"; done > "$work/x4.jsonl"

measure() {  # command... -> "seconds rss_kb cpu_seconds"
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > /dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$work/time"
}
for input in x1 x4; do
  file="$work/$input.jsonl"
  bytes=$(stat -c %s "$file")
  declare -A best=() rss=() cpu=()
  for _ in $(seq "$rounds"); do
    for job in reference extract1 extract2 pair build; do
      case $job in
        reference) r=$(measure "$ref" "$file") ;;
        extract1) r=$(measure "$ng" extract --threads 1 "$file") ;;
        extract2) r=$(measure "$ng" extract --threads 2 "$file") ;;
        pair) r=$(measure bash -c "'$ng' extract --threads 1 '$file' & '$ng' extract --threads 1 '$file'; wait") ;;
        build) r=$(measure "$ng" build --threads 2 "$file" -o "$work/g.json") ;;
      esac
      read -r t m c <<< "$r"
      if [ -z "${best[$job]:-}" ] || awk "BEGIN{exit !($t < ${best[$job]})}"; then best[$job]=$t; cpu[$job]=$c; fi
      rss[$job]=$m
    done
  done
  printf '%s: %d bytes\n' "$input" "$bytes"
  for job in reference extract1 extract2 pair build; do
    [ "$job" = pair ] && continue
    awk -v j="$job" -v t="${best[$job]}" -v r="${best[reference]}" -v b="$bytes" -v m="${rss[$job]}" -v c="${cpu[$job]}" \
      'BEGIN{printf "  %-10s %7.2f s %8.1f MB/s  %5.3f x reference  CPU %6.2f s  peak RSS %d MB\n", j, t, b/t/1e6, r/t, c, m/1024}'
  done
  awk -v one="${best[extract1]}" -v two="${best[extract2]}" -v pair="${best[pair]}" -v paircpu="${cpu[pair]}" \
    'BEGIN{printf "  two threads %.2fx one thread; two one-thread processes side by side %.2fx one (%.2f s for both, CPU %.2f s)\n", one/two, 2*one/pair, pair, paircpu}'
  unset best rss cpu
done
# Each stage on its own (Google Benchmark), on the first 4 MB of the corpus.
echo "stages (first 4 MB of $corpus):"
NEWSGRAPH_BENCH_INPUT="$corpus" build-bench/bench/stages --benchmark_min_time=0.5 2>/dev/null | sed -n '/^Tokenize/,$p'
