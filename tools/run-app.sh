#!/usr/bin/env bash
# Quick start: installs what is missing, builds (optimised, build-rel/), and starts KFP Desktop.
#   tools/run-app.sh                     # with the built-in sandbox (no cluster needed)
#   tools/run-app.sh --host URL          # against a real Kubeflow Pipelines endpoint
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh
args=("$@")
[[ ${#args[@]} -eq 0 ]] && args=(--sandbox)
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "run-app: no display found; starting under a virtual X server (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" build-rel/bin/kfp-desktop "${args[@]}"
fi
exec build-rel/bin/kfp-desktop "${args[@]}"
