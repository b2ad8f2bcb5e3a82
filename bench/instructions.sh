#!/usr/bin/env bash
# Instructions a byte, stage by stage: callgrind over `newsgraph extract
# --threads 1` on the first BYTES (default 3 MB, whole lines) of CORPUS
# (default ../shared/corpus/news.jsonl). Unlike timings on a shared machine,
# instruction counts do not drift, so they show what a change to one stage
# buys. Needs valgrind.
#   bench/instructions.sh [CORPUS] [BYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/news.jsonl}
bytes=${2:-3000000}
[ -f "$corpus" ] || { echo "instructions: no corpus at $corpus" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "instructions: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DNEWSGRAPH_TESTS=OFF -DNEWSGRAPH_BENCH=ON >/dev/null
cmake --build build-bench -j"$(nproc)" --target newsgraph >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -c "$bytes" "$corpus" | head -n -1 > "$work/input.jsonl"  # the cut line left out
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind" \
  build-bench/cli/newsgraph extract --quiet --threads 1 "$work/input.jsonl" > /dev/null 2> "$work/log"
callgrind_annotate --inclusive=yes "$work/callgrind" > "$work/report"
size=$(stat -c %s "$work/input.jsonl")
echo "$size bytes of $corpus, commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
# A stage is the inclusive count of its function (the first report line
# that names it); one inlined into its caller shows as missing.
awk -v size="$size" -F'\t' '
  NR == FNR { label[++n] = $1; key[n] = $2; next }
  {
    for (i = 1; i <= n; i++)
      if (!(i in count) && index($0, key[i])) { split($0, c, " "); gsub(",", "", c[1]); count[i] = c[1] }
  }
  END {
    for (i = 1; i <= n; i++)
      if (i in count) printf "  %-34s %13.0f instructions %7.1f a byte\n", label[i], count[i], count[i] / size
      else printf "  %-34s (not found: inlined?)\n", label[i]
  }' - "$work/report" <<'STAGES'
all	PROGRAM TOTALS
reading and JSON	newsgraph::decode_document(
cue scan	newsgraph::CueScanner::may_hold_relation(
clean-up, tokenizer, word classes	newsgraph::Pipeline::tokenize(
sentences	newsgraph::Pipeline::split(
mentions	newsgraph::Pipeline::find_mentions(
resolution	newsgraph::Pipeline::resolve(
relations	newsgraph::Pipeline::find_relations(
STAGES
