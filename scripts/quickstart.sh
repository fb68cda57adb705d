#!/usr/bin/env bash
# Sets up a fresh machine and runs the main job on the embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build Spot.sln -c Release --no-restore
spot() { dotnet src/Launcher/bin/Release/net10.0/spot.dll "$@"; }
# The main job: a Fashion-MNIST CNN on the embedded LocalCloud, whose replayed market takes the first spot instance
# back; Spot resumes it elsewhere from its last checkpoint and ends with the bill against on-demand.
rm -rf out/quickstart
spot run examples/quickstart.yaml --config examples/local/quickstart-market.json --store out/quickstart/jobs.db \
  --ledger-out out/quickstart/ledger.json --chart out/quickstart/spend.png
