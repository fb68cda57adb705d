#!/usr/bin/env bash
# The trainer's benchmarks (issue 4): the checkpoint stall of a 10M-parameter model, and the CNN's steps/s in
# TorchSharp against Debian's PyTorch. They print figures and assert nothing. Extra arguments go to the benchmark,
# e.g. `scripts/bench-trainer.sh --runs 7 --threads 2`; `--help`-style usage comes from running it with a bad option.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
# Debian's python3-torch installs for the system interpreter, which is the one the benchmark runs.
/usr/bin/python3 -c 'import torch' >/dev/null 2>&1 || missing+=(python3-torch)
# Without an optimised BLAS, Debian's PyTorch falls back to the reference one and the comparison would flatter TorchSharp.
dpkg -s libopenblas0-pthread >/dev/null 2>&1 || missing+=(libopenblas0-pthread)
[ -d /usr/share/datasets/fashion-mnist ] || missing+=(dataset-fashion-mnist)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "bench-trainer.sh: needs ${missing[*]}; run as root or: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  apt-get install -y "${missing[@]}" || { apt-get update && apt-get install -y "${missing[@]}"; }
fi

dotnet build bench/Spot.Bench.Trainer -c Release -nologo -v quiet
exec dotnet bench/Spot.Bench.Trainer/bin/Release/net10.0/spot-bench-trainer.dll all "$@"
