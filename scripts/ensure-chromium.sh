#!/usr/bin/env bash
# First step of `npm test`: the browser tests drive Debian's Chromium at /usr/bin/chromium through
# playwright-core (no browser is downloaded). If it is missing: installed from Debian when this runs
# as root with apt-get (a fresh container or CI machine); otherwise stop at once with the command to run.
set -euo pipefail
CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then exit 0; fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "npm test: $CHROMIUM is missing; installing Debian's chromium package (apt-get install chromium)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  "$CHROMIUM" --version
  exit 0
fi

echo "npm test needs Chromium at $CHROMIUM for the browser tests. Install it, then run npm test again:" >&2
echo "" >&2
echo "    sudo apt-get install -y chromium" >&2
echo "" >&2
exit 1
