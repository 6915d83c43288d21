# shellcheck shell=bash
# Private PostgreSQL server for tests and demos: loopback only, a random free port, a throw-away data folder owned
# by the postgres user (the server refuses to run as root), trust authentication for one superuser. Nothing touches
# the system's clusters.
#
# Source this file (after scripts/lib/rabbitmq.sh, whose _rmq_as_root/_rmq_pkg_installed/_rmq_pick_port it uses), then:
#   postgres_ensure_installed         apt-get install postgresql when missing
#   postgres_launch                   initdb + start in the background
#   postgres_await [seconds]          wait until it accepts connections
#   postgres_export_test_env          export GATEWAY_TEST_POSTGRES (an Npgsql connection string)
#   postgres_create_database NAME     create a database when it does not exist yet
#   postgres_stop                     stop the server, remove the temp folder
# Optional input: GW_POSTGRES_DIR, a folder kept between runs (the data survives a stop; initdb only the first time).
# State (set by postgres_launch): PG_DIR PG_PORT PG_BIN.

PG_USER=${PG_USER:-gateway}

_pg_log() { printf '[postgres] %s\n' "$*" >&2; }

_pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n $bin && -x $bin/pg_ctl ]] || return 1
  echo "$bin"
}

postgres_ensure_installed() {
  _pg_bin >/dev/null && return 0
  _pg_log "installing postgresql (apt-get)"
  _rmq_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  _rmq_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  _pg_bin >/dev/null || { _pg_log "pg_ctl not found under /usr/lib/postgresql after install"; return 1; }
}

# Runs a PostgreSQL binary as the postgres user (as is, when we are not root: then we own the folder).
_pg_run() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_launch() {
  PG_BIN=$(_pg_bin) || { _pg_log "PostgreSQL is not installed"; return 1; }
  if [[ -n ${GW_POSTGRES_DIR:-} ]]; then
    PG_DIR=$GW_POSTGRES_DIR
    mkdir -p "$PG_DIR"
  else
    PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/gw-postgres.XXXXXX")
  fi
  chmod 755 "$PG_DIR"
  mkdir -p "$PG_DIR/data"
  [[ $(id -u) -eq 0 ]] && chown -R postgres:postgres "$PG_DIR"
  if [[ ! -f $PG_DIR/data/PG_VERSION ]]; then
    _pg_run "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U "$PG_USER" -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
      || { _pg_log "initdb failed:"; cat "$PG_DIR/initdb.log" >&2; return 1; }
  fi
  # A free port can be taken between picking and binding (RabbitMQ's node starts beside it with ports picked the same
  # way): a start that fails is tried again on another port, twice, its log shown each time.
  local attempt
  for attempt in 1 2 3; do
    PG_PORT=${GW_POSTGRES_PORT:-$(_rmq_pick_port)} || return 1
    # fsync off: a test server's data is thrown away, and it makes the suite much faster on slow disks.
    if _pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" \
      -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      return 0
    fi
    _pg_log "start on port $PG_PORT failed (attempt $attempt):"
    tail -n 5 "$PG_DIR/server.log" >&2 || true
    [[ -n ${GW_POSTGRES_PORT:-} ]] && return 1
  done
  return 1
}

postgres_await() {
  local seconds=${1:-60} i
  for ((i = 0; i < seconds * 5; i++)); do
    if _pg_run "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.2
  done
  _pg_log "server did not accept connections within ${seconds}s:"
  tail -n 20 "$PG_DIR/server.log" >&2 || true
  return 1
}

postgres_export_test_env() {
  export GATEWAY_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Database=postgres;Pooling=true"
}

postgres_create_database() {
  local name=$1
  if ! _pg_run "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    _pg_run "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "CREATE DATABASE \"$name\"" >/dev/null
  fi
}

postgres_stop() {
  [[ -n ${PG_DIR:-} && -d $PG_DIR ]] || return 0
  _pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  [[ $PG_DIR == "${GW_POSTGRES_DIR:-}" ]] || rm -rf "$PG_DIR"
  PG_DIR=""
}
