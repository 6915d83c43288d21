#!/usr/bin/env bash
# Which b-trees an ingest page writes to SQLite's WAL (decision 0049): runs the catalogue ingest benchmark with the
# arguments given (e.g. --systems 5 --records 120000 --shared-fraction 1.0 --pregenerated), copies the WAL every 20 s
# while it runs, keeps the database, and counts the distinct pages of each transaction by table and index
# (bench/tools/wal_pages.py; needs python3 and Debian's sqlite3 module). Copies go to a temp folder, removed after.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d /tmp/wal-pages-XXXXXX)"
trap 'kill "$copier" 2>/dev/null || true; rm -rf "$work"' EXIT
(
  i=0
  while true; do
    sleep 20
    for wal in /tmp/catalogue-bench-*/catalogue.db-wal; do
      [[ -f $wal ]] && cp "$wal" "$work/wal.$i" 2>/dev/null && i=$((i + 1))
    done
  done
) &
copier=$!
bash "$here/../run-catalogue-benchmark.sh" "$@" --keep "$work/kept.db"
kill "$copier" 2>/dev/null || true
# The first copies hold the warm-up; the WAL of the second half tells the steady state.
copies=("$work"/wal.*)
python3 "$here/wal_pages.py" "$work/kept.db" "${copies[@]:$(( ${#copies[@]} / 2 ))}"
