#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service for the keychain tests) and the offscreen Qt platform. Everything it starts dies with it.
#   usage: tools/with-test-session.sh ctest --test-dir build --output-on-failure -j2
set -uo pipefail
if [[ -z "${_WTS_INNER:-}" ]]; then
  tmp="$(mktemp -d /tmp/kfp-testsession.XXXXXX)"
  # Exported before dbus-run-session so a D-Bus-activated keyring would use the same dirs.
  export XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
         XDG_CACHE_HOME="$tmp/cache" HOME="${HOME:-$tmp}"
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
  install -d -m 700 "$XDG_RUNTIME_DIR"
  _WTS_INNER=1 dbus-run-session -- "$0" "$@"
  rc=$?
  rm -rf "$tmp"
  exit $rc
fi
# The password must be a line: `echo ''` unlocks with an empty password, a bare EOF creates nothing.
eval "$(echo '' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# The daemon claims org.freedesktop.secrets asynchronously after --unlock returns: wait for it,
# or the first keychain call D-Bus-activates a second, locked daemon.
for _ in $(seq 1 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
    | grep -q 'boolean true' && break
  sleep 0.05
done
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
"$@"
