#!/usr/bin/env bash
# Runs the whole test suite. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
results=out/test-results
rm -rf "$results"
status=0
dotnet test Spot.sln -c Release --logger "console;verbosity=normal" --logger trx --results-directory "$results" "$@" || status=$?
bash scripts/test-summary.sh "$results"
exit "$status"
