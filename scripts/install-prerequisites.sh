#!/usr/bin/env bash
# Installs what a fresh machine with only the .NET SDK lacks: redis-server, and for the web console's browser tests
# chromium with the CJK fonts (without them Chinese renders as empty boxes) (Debian), and the repo's .NET tools.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# grep reads the whole list (with -q it would stop early and pipefail would count the broken pipe as "missing").
fc-list 2>/dev/null | grep "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# The Debian package may start a system Redis on 6379; the suite runs its own on free ports, so it is not needed.
dotnet tool restore >/dev/null
