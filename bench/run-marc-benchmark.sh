#!/usr/bin/env bash
# MARC toolkit benchmark (issue 4): builds Release, writes a deterministic file of binary MARC records in a temp
# directory, then measures in one run Gateway.Marc binary -> view, binary -> model, binary -> MARCXML and
# yaz-marcdump -o marcxml; then the command-line tool (convert --to marcxml, stats, lint) against yaz-marcdump.
# Usage: bench/run-marc-benchmark.sh [--records N] [--marc8-percent P] [--repeats R] [--no-cli]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Gateway.Marc.Benchmarks/Gateway.Marc.Benchmarks.csproj"
records=120000 marc8=0 repeats=3 cli=1
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records="$2"; shift 2 ;;
    --marc8-percent) marc8="$2"; shift 2 ;;
    --repeats) repeats="$2"; shift 2 ;;
    --no-cli) cli=0; shift ;;
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

[ "$cli" = 1 ] || exit 0

# The tool as staff run it: a separate process per command, output to /dev/null, best wall time of R runs after a
# warm-up (bash's time: wall, user and system CPU of the process).
cli_project="$here/../src/Gateway.Marc.Cli/Gateway.Marc.Cli.csproj"
dotnet build "$cli_project" -c Release -nologo -v q -o "$dir/cli" >/dev/null
best() {
  local label="$1"; shift
  "$@" >/dev/null 2>&1 || true
  local best_line="" best_wall=""
  for _ in $(seq "$repeats"); do
    local line
    line="$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>/dev/null || true; } 2>&1 | tail -1 )"
    local wall="${line%% *}"
    if [ -z "$best_wall" ] || awk "BEGIN{exit !($wall < $best_wall)}"; then best_wall="$wall" best_line="$line"; fi
  done
  read -r wall user sys <<<"$best_line"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v n="$records" \
    'BEGIN{printf "%-46s %7.3f s wall %10.0f records/s  CPU %6.3f s %10.0f records/CPU s\n", l, w, n/w, u+s, n/(u+s)}'
}
echo
echo "Command-line tool, $records records, best of $repeats after a warm-up:"
best "gateway-marc convert --to marcxml" dotnet "$dir/cli/gateway-marc.dll" convert --to marcxml "$dir/records.mrc"
best "gateway-marc stats" dotnet "$dir/cli/gateway-marc.dll" stats "$dir/records.mrc"
best "gateway-marc lint" dotnet "$dir/cli/gateway-marc.dll" lint "$dir/records.mrc"
if command -v yaz-marcdump >/dev/null; then
  best "yaz-marcdump -o marcxml" yaz-marcdump -o marcxml "$dir/records.mrc"
fi
