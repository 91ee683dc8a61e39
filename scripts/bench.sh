#!/usr/bin/env bash
# Runs the benchmarks (tests/Benchmarks) against the Release build, started as production runs it, and prints
# the table; results land in artifacts/benchmarks/results.{md,json}. Options pass through (--women, --import, --keep).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
dotnet build Suite.sln -c Release -nologo -clp:ErrorsOnly
exec dotnet tests/Benchmarks/bin/Release/net10.0/Suite.Benchmarks.dll "$@"
