#!/usr/bin/env bash
# Adds up the TRX result files of one run into a single closing line: "N passed, N failed, N skipped".
set -euo pipefail
shopt -s nullglob
passed=0 failed=0 skipped=0
for trx in "$1"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  total=$(get total); executed=$(get executed)
  skipped=$((skipped + total - executed))
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
