#!/usr/bin/env bash
# Installs the Debian 12 packages newsgraph needs to build and test, only
# those missing (idempotent). Run as root, or with sudo available.
set -euo pipefail
packages=(
  build-essential cmake            # compiler and build
  libboost-graph-dev               # the graph
  rapidjson-dev                    # JSON in and out
  libcli11-dev                     # command-line parsing
  libfmt-dev                       # number and text formatting
  libicu-dev                       # UTF-8, character classes, NFKC for eval
  libmimalloc-dev                  # the command's allocator
  iso-codes                        # country names and codes
  catch2                           # unit tests
  libbenchmark-dev                 # per-stage benchmarks (bench/, built on request)
  python3 python3-networkx python3-igraph  # export checks with real clients
  python3-numpy python3-scipy      # networkx's PageRank, for the cross-checks
  python3-distributed              # Dask: the scale-out recipe, scripts/dask_build.py
  graphviz libgraphviz-dev pkg-config  # layouts and SVG in-process; renders DOT in tests
  libxml2-dev                      # reading GraphML graphs back
  zlib1g-dev                       # reading .jsonl.gz and .txt.gz input
  libxml2-utils                    # xmllint validates GraphML in tests
  clang libclang-rt-14-dev         # libFuzzer for the fuzz targets
  chromium                         # the browser test of the HTML view
)
# Node.js and npm fetch the HTML view's libraries; a machine may already
# have a newer Node.js of its own (with npm), which is then kept.
command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# The HTML view's libraries (sigma.js, graphology) and its browser test's
# driver (playwright-core), at the versions of web/package-lock.json.
web="$(dirname "$0")/../web"
if [ ! -d "$web/node_modules" ] || [ "$web/package-lock.json" -nt "$web/node_modules" ]; then
  # The system's certificate store, where a machine behind a TLS-inspecting
  # proxy keeps the proxy's CA; Node.js alone trusts only its built-in list.
  cafile=()
  [ -f /etc/ssl/certs/ca-certificates.crt ] && cafile=(--cafile /etc/ssl/certs/ca-certificates.crt)
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error "${cafile[@]}")
fi
