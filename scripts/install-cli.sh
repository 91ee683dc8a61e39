#!/usr/bin/env bash
# Packs the `suite` command from this repository and installs it as a global .NET tool (updates it if present).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet pack tools/Suite.Cli -c Release -o artifacts/cli -nologo -clp:ErrorsOnly
dotnet tool update --global --add-source artifacts/cli Suite.Cli
echo "Installed: suite (in ~/.dotnet/tools; add it to PATH if 'suite' is not found)"
