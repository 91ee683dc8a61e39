#!/usr/bin/env bash
# Runs the suite under the Aspire app host with the embedded defaults (SQLite files and a local redis-server under
# data/) and sample data. Prints the dashboard's login link and the web console's address; Ctrl+C stops every process.
# Options: --data-dir DIR, --sample-data None|Areas|All, --database sqlite|sqlserver, --dashboard-port N, --console-port N,
# --service-endpoints direct|proxied, --replicas N (1-8 instances of every department service, behind DCP's proxy).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
# Without a development certificate the dashboard shows a "no trusted development certificate" banner on every page.
# Everything local is plain HTTP, so the certificate only has to exist and be trusted by .NET (on Linux --trust cannot
# reach every browser and exits non-zero for that; it still quiets the banner).
dotnet dev-certs https --check >/dev/null 2>&1 || dotnet dev-certs https --trust >/dev/null 2>&1 || true
# Only what runs: the app host and the projects it starts (not the tests and benchmarks).
dotnet build AppHost/Suite.AppHost.csproj -c Debug -nologo -v:q -clp:ErrorsOnly
exec dotnet AppHost/bin/Debug/net10.0/Suite.AppHost.dll "$@"
