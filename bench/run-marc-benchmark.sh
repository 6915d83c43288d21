#!/usr/bin/env bash
# MARC toolkit benchmark (issue 4): builds Release, writes a deterministic file of binary MARC records in a temp
# directory, then measures in one run Gateway.Marc binary -> model, binary -> MARCXML and yaz-marcdump -o marcxml.
# Usage: bench/run-marc-benchmark.sh [--records N] [--marc8-percent P] [--repeats R]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Gateway.Marc.Benchmarks/Gateway.Marc.Benchmarks.csproj"
records=120000 marc8=0 repeats=3
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records="$2"; shift 2 ;;
    --marc8-percent) marc8="$2"; shift 2 ;;
    --repeats) repeats="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v yaz-marcdump >/dev/null || echo "yaz-marcdump not found (Debian package yaz); only this library is measured." >&2
dotnet build "$project" -c Release -nologo -v q
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
bin="$here/Gateway.Marc.Benchmarks/bin/Release/net10.0/Gateway.Marc.Benchmarks.dll"
dotnet "$bin" make-file "$dir/records.mrc" --records "$records" --marc8-percent "$marc8"
yaz_flag=""
command -v yaz-marcdump >/dev/null || yaz_flag="--no-yaz"
dotnet "$bin" run "$dir/records.mrc" --repeats "$repeats" $yaz_flag
