#!/usr/bin/env bash
# Clustering quality (issue 6): builds Release, generates the labelled corpus (5 systems over one edition pool, with
# cataloguing noise and false-merge traps, the truth known for every record), clusters it one record at a time as the
# catalogue does, and prints precision and recall on the labelled pairs and over all pairs, by category, with examples
# of every error. Usage: bench/run-clustering-eval.sh [--records N-per-system] [--seed S] [--positives P] [--negatives Q]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/Gateway.Clustering.Evaluation/Gateway.Clustering.Evaluation.csproj"
dotnet build "$project" -c Release -nologo -v q >/dev/null
dotnet "$here/Gateway.Clustering.Evaluation/bin/Release/net10.0/Gateway.Clustering.Evaluation.dll" "$@"
