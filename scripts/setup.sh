#!/usr/bin/env bash
# Every set-up step a fresh Debian 12 machine with the .NET 10 SDK needs. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet restore Spot.sln
