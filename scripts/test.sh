#!/usr/bin/env bash
# Runs every test: unit, functional (real gRPC, SQLite files, redis-server) and end to end (the AppHost).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh || exit 1
dotnet build Suite.sln -c Debug -nologo -clp:ErrorsOnly || exit 1
# The code style (.editorconfig: layout, using order, file-scoped namespaces) holds everywhere; `dotnet format Suite.sln` fixes it.
dotnet format Suite.sln --no-restore --verify-no-changes || { echo "code style: run 'dotnet format Suite.sln'"; exit 1; }

log=$(mktemp)
dotnet test Suite.sln -c Debug --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
       }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
