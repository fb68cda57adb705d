#!/usr/bin/env bash
# Every set-up step a fresh Debian 12 machine with the .NET 10 SDK needs. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs the Debian packages given that are missing (root on these machines; sudo otherwise).
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local as_root=()
  [ "$(id -u)" -ne 0 ] && as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

command -v npm >/dev/null 2>&1 || apt_install nodejs npm

dotnet restore Spot.sln

# s3rver from npm: the independent S3 server the LocalCloud S3 parity tests also run against, pinned by its lock
# file. Reinstalled only when the lock file changes, so running this again needs no network.
s3rver_dir=tests/LocalCloud.Tests/S3/s3rver
if ! cmp -s "$s3rver_dir/package-lock.json" "$s3rver_dir/node_modules/.spot-installed-lock.json"; then
  (cd "$s3rver_dir" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$s3rver_dir/package-lock.json" "$s3rver_dir/node_modules/.spot-installed-lock.json"
fi

# Fashion-MNIST for the trainer and its tests, from Debian's package: IDX files (gzip) in
# /usr/share/datasets/fashion-mnist. Skipped when installed, so running this again needs no network.
apt_install dataset-fashion-mnist
