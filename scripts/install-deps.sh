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
  iso-codes                        # country names and codes
  catch2                           # unit tests
  python3 python3-networkx python3-igraph  # export checks with real clients
  python3-numpy python3-scipy      # networkx's PageRank, for the cross-checks
  graphviz                         # renders the DOT export in tests
  libxml2-utils                    # xmllint validates GraphML in tests
  clang libclang-rt-14-dev         # libFuzzer for the fuzz targets
)
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
