#!/usr/bin/env bash
# Search under load (issue 6): builds Release, builds a catalogue of N source records in 5 systems (generated, with
# overlap; clustered by the clustering code, rows bulk-inserted through the EF model: see SearchDatabaseBuilder),
# serves it with the catalogue module on Kestrel and runs C concurrent clients over HTTP for T seconds after a
# warm-up, printing p50/p95/p99/max by kind of search and overall, requests/s and the database size on disk.
# Usage: bench/run-search-benchmark.sh [--records 200000 (in all)] [--systems 5] [--clients 50] [--seconds 60]
#        [--warm-up 10] [--seed 8] [--provider PostgreSql --connection "Host=…;Database=…;Username=…"]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Gateway.Catalogue.Benchmarks/Gateway.Catalogue.Benchmarks.csproj"
dotnet build "$project" -c Release -nologo -v q >/dev/null
dotnet "$here/Gateway.Catalogue.Benchmarks/bin/Release/net10.0/Gateway.Catalogue.Benchmarks.dll" search "$@"
