#!/usr/bin/env bash
# Installs what is missing, then configures and builds KFP Desktop into build/ (executables in
# build/bin). Extra arguments go to the build (e.g. a target name).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
if [[ ! -f build/CMakeCache.txt ]]; then
  cmake --preset dev >/dev/null
fi
cmake --build build -j"$(nproc)" "$@"
