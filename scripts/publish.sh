#!/usr/bin/env bash
# Writes the Aspire deployment manifest of the suite (artifacts/publish/aspire-manifest.json): every service as a
# project, with the keys, Redis and each service's SQL Server database as secret parameters a deployment fills in.
# Options pass on to the app host: --replicas N writes "replicas": N on every department service.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build AppHost -c Release -nologo -clp:ErrorsOnly
exec dotnet AppHost/bin/Release/net10.0/Suite.AppHost.dll --publisher manifest --output-path "$PWD/artifacts/publish/aspire-manifest.json" "$@"
