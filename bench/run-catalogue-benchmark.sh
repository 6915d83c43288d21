#!/usr/bin/env bash
# Catalogue ingest rate (issue 6): builds Release and feeds generated BibliographicRecordChanged events of several
# systems through the catalogue module as the embedded default wires it (in-memory bus, SQLite file in a temp folder,
# clustering and OAI bookkeeping included), printing events/s every 10 s, the total, the clusters and the size on disk.
# Pages of 100 records of one system by default (as the Koha adapter publishes them; --page-records N for other sizes),
# single messages with --singles.
# Usage: bench/run-catalogue-benchmark.sh [--systems 5] [--records N-per-system] [--seed S] [--singles] [--pregenerated] [--page-records 100]
#        [--shared-fraction 0.5] [--keep PATH.db] [--items N-per-record] [--large-record M-items] [--item-runs K] [--provider PostgreSql --connection "Host=…;Database=…;Username=…"]
#        bench/run-catalogue-benchmark.sh harvest --database PATH.db [--page-size 100]
#        (a full OAI-PMH ListRecords marc21 harvest over HTTP of a database an ingest run kept)
# --items N then feeds a first item load (HoldingsChanged + ItemAvailabilityChanged an item, N items a record) and
# --large-record M one record with M items, each timed on its own (item events/s, CPU an event); --item-runs K
# publishes them as runs of up to K changes (ItemsChanged, one transaction a run).
# GATEWAY_BENCH_SQL_LOG=1 logs every SQL command (to count them per event).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Gateway.Catalogue.Benchmarks/Gateway.Catalogue.Benchmarks.csproj"
dotnet build "$project" -c Release -nologo -v q >/dev/null
if [[ ${1:-} == harvest ]]; then
  dotnet "$here/Gateway.Catalogue.Benchmarks/bin/Release/net10.0/Gateway.Catalogue.Benchmarks.dll" "$@"
else
  dotnet "$here/Gateway.Catalogue.Benchmarks/bin/Release/net10.0/Gateway.Catalogue.Benchmarks.dll" ingest "$@"
fi
