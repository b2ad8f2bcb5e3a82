#!/usr/bin/env bash
# The main job: install what is missing, build, and turn samples/ into a graph.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Configured as scripts/test.sh configures it, so that running one after the
# other builds nothing twice.
cmake -S . -B build -DNEWSGRAPH_WERROR=ON -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
mkdir -p out
build/cli/newsgraph build samples/articles -o out/graph.graphml -o out/graph.dot -o out/graph.json \
  -o out/graph.gexf -o out/graph.html
