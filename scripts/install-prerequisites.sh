#!/usr/bin/env bash
# Installs what a fresh machine with only the .NET SDK lacks: redis-server (Debian) and the repo's .NET tools.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v redis-server >/dev/null 2>&1; then
  echo "Installing redis-server…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
fi
# The Debian package may start a system Redis on 6379; the suite runs its own on free ports, so it is not needed.
dotnet tool restore >/dev/null
