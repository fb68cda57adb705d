#!/usr/bin/env bash
# Runs the whole test suite. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet test Spot.sln -c Release --logger "console;verbosity=normal" "$@"
