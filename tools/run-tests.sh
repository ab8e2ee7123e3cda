#!/usr/bin/env bash
# Installs what is missing, builds (build-rel/, see tools/build.sh), and runs the whole test suite
# inside a private D-Bus session with an unlocked keyring (tools/with-test-session.sh). Extra
# arguments go to ctest (e.g. -R kfpctl).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh
exec tools/with-test-session.sh ctest --test-dir build-rel --output-on-failure -j"$(nproc)" "$@"
