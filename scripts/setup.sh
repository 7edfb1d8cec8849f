#!/usr/bin/env bash
# Installs everything Gloss needs on a fresh Debian 12 machine with Node 20:
# Debian's Chromium (for the demo and the end-to-end tests) and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${GLOSS_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium (needed by the demo and the end-to-end tests)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Gloss needs Debian's Chromium at $CHROMIUM for the demo and the end-to-end tests." >&2
    echo "Install it as root:  apt-get update && apt-get install -y chromium" >&2
    echo "(or point GLOSS_CHROMIUM at another Chromium build), then run this again." >&2
    exit 1
  fi
fi

echo "Installing npm packages..."
npm ci --no-audit --no-fund
