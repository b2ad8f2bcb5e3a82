#!/usr/bin/env bash
# Scores newsgraph on the recall audit: documents of the news corpus whose
# relations were written down by hand before their output was looked at
# (tests/data/recall_audit.md). The corpus text is not in the project: the
# documents are taken from CORPUS by id.
# Usage: scripts/recall_audit.sh [CORPUS [NEWSGRAPH]]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/news.jsonl}
newsgraph=${2:-build/cli/newsgraph}
gold=tests/data/recall_audit.gold.jsonl
[ -f "$corpus" ] || { echo "recall_audit: no corpus at $corpus" >&2; exit 2; }
[ -x "$newsgraph" ] || { echo "recall_audit: no newsgraph at $newsgraph (build it, or give its path)" >&2; exit 2; }
documents=$(mktemp --suffix=.jsonl)
trap 'rm -f "$documents"' EXIT
python3 - "$gold" "$corpus" >"$documents" <<'PY'
import json, sys
wanted = {json.loads(line)["doc"] for line in open(sys.argv[1], encoding="utf-8")}
with open(sys.argv[2], encoding="utf-8") as corpus:
    for line in corpus:
        if json.loads(line).get("id") in wanted:
            sys.stdout.write(line)
PY
"$newsgraph" eval --quiet --show-errors --gold "$gold" "$documents"
