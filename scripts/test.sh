#!/usr/bin/env bash
# Runs the whole test suite. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
results=out/test-results
rm -rf "$results"
status=0
# Build everything first: the end-to-end tests run the built trainer as LocalCloud's instances, and a test project
# does not reference it (the launcher never loads TorchSharp).
dotnet build Spot.sln -c Release --no-restore
# A test stuck for 10 minutes is killed and named in the results (its Sequence file), instead of eating the CI hour.
dotnet test Spot.sln -c Release --no-build --logger "console;verbosity=normal" --logger trx --results-directory "$results" \
  --blame-hang-timeout 10m --blame-hang-dump-type none "$@" || status=$?
bash scripts/test-summary.sh "$results"
exit "$status"
