#!/usr/bin/env bash
# Installs the Debian 12 packages KFP Desktop needs to build, run and test, when missing.
# Idempotent and non-interactive: does nothing (and needs no root) when all are present.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  # checking the packaged programs are optimised and stripped (readelf, nm; g++ brings it too)
  binutils
  # Qt 6.4 (libqt6opengl6-dev is only a Recommends of qt6-base-dev but Qt's CMake packages need it;
  # qt6-websockets-dev is needed by Qt6HttpServer's CMake package but not declared by Debian)
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  # libraries
  qtkeychain-qt6-dev libyaml-cpp-dev libarchive-dev libssl-dev
  # running and testing: Korean font, virtual display, D-Bus session and a Secret Service
  fonts-noto-cjk xvfb xauth dbus-daemon gnome-keyring libsecret-1-0 libsecret-tools
  # packaging: icons rendered from the SVG, gzip for man pages, dpkg-shlibdeps (dpkg-dev, file)
  # for the .deb's dependencies, the freedesktop validators and groff for the packaging tests
  librsvg2-bin gzip dpkg-dev file desktop-file-utils appstream groff-base
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
