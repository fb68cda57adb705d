#!/usr/bin/env bash
# Sets up a fresh machine and runs the main job on the embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build Spot.sln -c Release --no-restore
spot() { dotnet src/Launcher/bin/Release/net10.0/spot.dll "$@"; }
spot prices --gpus 1 --min-gpu-memory 16 --hours 24
spot cost-report --ledger examples/ledger.example.json --chart out/cost-report.png
