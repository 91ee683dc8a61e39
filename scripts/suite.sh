#!/usr/bin/env bash
# Runs the `suite` command from the repository without installing it: scripts/suite.sh women list --area 231025
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dll="$root/tools/Suite.Cli/bin/Debug/net10.0/suite.dll"
[ -f "$dll" ] || dotnet build "$root/tools/Suite.Cli" -c Debug -nologo -clp:ErrorsOnly >&2
exec dotnet "$dll" "$@"
