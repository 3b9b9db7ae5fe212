#!/usr/bin/env bash
# Makes a 30-page scanned case file for timing intake (issue 18: "a 30-page scanned case file is read in under
# 60 s"): the pages of a scanned sample repeated until there are 30, in OUT_DIR/scan30-scan.pdf (no truth JSON:
# `bench intake` then reports time only). Needs poppler-utils (pdfseparate, pdfunite).
# Usage: scripts/scan30.sh [SCAN.pdf] [OUT_DIR]; then ./smartcity bench intake --dir OUT_DIR
set -euo pipefail
src="${1:-../shared/specs/documents/example-1-scan.pdf}"
out="${2:-/tmp/smartcity-scan30}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pdfseparate "$src" "$work/p-%03d.pdf"
pages=("$work"/p-*.pdf)
list=()
i=0
while [ "${#list[@]}" -lt 30 ]; do
  list+=("${pages[$((i % ${#pages[@]}))]}")
  i=$((i + 1))
done
pdfunite "${list[@]}" "$out/scan30-scan.pdf"
echo "$out/scan30-scan.pdf: 30 pages from $src"
