#!/usr/bin/env bash
# Runs the suite with the embedded defaults (SQLite files and a local redis-server under data/) and sample data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
dotnet build Suite.sln -c Debug -nologo -clp:ErrorsOnly
exec dotnet run --project AppHost --no-build -c Debug -- "$@"
