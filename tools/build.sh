#!/usr/bin/env bash
# Installs what is missing, then configures and builds KFP Desktop into build-rel/ (the
# relwithdebinfo preset: optimised, with debug info, tests and benchmarks; executables in
# build-rel/bin). tools/run-app.sh and tools/run-tests.sh share this one tree. Extra arguments go
# to the build (e.g. a target name). For a Debug tree use `cmake --preset dev` (build/).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
if [[ ! -f build-rel/CMakeCache.txt ]]; then
  cmake --preset relwithdebinfo >/dev/null
fi
cmake --build build-rel -j"$(nproc)" "$@"
