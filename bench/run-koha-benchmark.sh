#!/usr/bin/env bash
# Koha adapter full-load benchmark (issue 5): builds Release, starts the Koha simulator (its built dll) with N records
# on a Kestrel port on 127.0.0.1, then in one run times (a) a plain HttpClient requesting exactly the adapter's pages
# and (b) the real KohaHarvester publishing onto a MassTransit in-memory bus, best of R after a warm-up.
# Usage: bench/run-koha-benchmark.sh [--records N] [--page-size P] [--repeats R] [--stages]
#        bench/run-koha-benchmark.sh paging [--records N] [--page-size P]   (the simulator's paging strategies alone)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Gateway.Adapters.Koha.Benchmarks/Gateway.Adapters.Koha.Benchmarks.csproj"
dotnet build "$project" -c Release -nologo -v q
exec dotnet "$here/Gateway.Adapters.Koha.Benchmarks/bin/Release/net10.0/Gateway.Adapters.Koha.Benchmarks.dll" "$@"
