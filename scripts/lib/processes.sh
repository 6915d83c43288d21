# shellcheck shell=bash
# Process helpers shared by scripts/run.sh and scripts/run-distributed.sh (sourced, not run).

# The demo's Koha simulators: system id, port, seed. Both modes start these.
# shellcheck disable=SC2034 # used by the scripts that source this file
SIMULATORS=(
  "koha-east 5101 1"
  "koha-london 5102 2"
  "koha-midlands 5103 3"
)

log() { printf '==> %s\n' "$*" >&2; }
die() {
  printf '%s: %s\n' "${0##*/}" "$*" >&2
  exit 1
}

# True when something listens on 127.0.0.1:<port>.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# shellcheck disable=SC2317 # called from the callers' traps
stop_pid() { # pid: TERM (graceful shutdown), then KILL after 10 s
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}
