#!/usr/bin/env bash
# Availability benchmark (issue 7): builds Release, starts 5 Koha simulators and the embedded gateway as their own
# processes on loopback ports, asks a results page of 20 records (4 per system) through POST /api/v1/availability
# beside the slowest of one direct vendor call per system in the same iteration; then slows koha-southwest to 10 s.
# Usage: bench/run-availability-benchmark.sh [--requests N (200)] [--slow-requests N (30)] [--latency MS (0, every simulator)]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Gateway.Availability.Benchmarks/Gateway.Availability.Benchmarks.csproj"
dotnet build "$project" -c Release -nologo -v q
exec dotnet "$here/Gateway.Availability.Benchmarks/bin/Release/net10.0/Gateway.Availability.Benchmarks.dll" "$@"
