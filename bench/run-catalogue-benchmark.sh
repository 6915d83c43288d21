#!/usr/bin/env bash
# Catalogue ingest rate (issue 6): builds Release and feeds generated BibliographicRecordChanged events of several
# systems through the catalogue module as the embedded default wires it (in-memory bus, SQLite file in a temp folder,
# clustering and OAI bookkeeping included), printing events/s every 10 s, the total, the clusters and the size on disk.
# Usage: bench/run-catalogue-benchmark.sh [--systems 5] [--records N-per-system] [--seed S]
#        [--provider PostgreSql --connection "Host=…;Database=…;Username=…"]
# GATEWAY_BENCH_SQL_LOG=1 logs every SQL command (to count them per event).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Gateway.Catalogue.Benchmarks/Gateway.Catalogue.Benchmarks.csproj"
dotnet build "$project" -c Release -nologo -v q >/dev/null
dotnet "$here/Gateway.Catalogue.Benchmarks/bin/Release/net10.0/Gateway.Catalogue.Benchmarks.dll" ingest "$@"
