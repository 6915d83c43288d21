#!/usr/bin/env bash
# Runs the whole system in the distributed mode: a private RabbitMQ node, three Koha simulators, the catalogue host and
# the Koha adapter host in the background, and the gateway in the foreground. Ctrl+C stops everything.
#
#   gateway    http://localhost:5080          docs  http://localhost:5080/docs
#   catalogue  http://127.0.0.1:5090 (+ availability service)   Koha adapter  http://127.0.0.1:5091 (health, metrics,
#              internal live availability asked by the catalogue host)
#   koha-east  http://127.0.0.1:5101, koha-london :5102, koha-midlands :5103
#   RabbitMQ   loopback, random free ports (printed in the banner), management API guest/guest
#
# Each .NET host gets its appsettings.json, then its file in compose/distributed/ (parsed here as KEY=VALUE lines,
# never sourced: keys such as Systems__koha-east__Vendor hold dashes, which bash cannot export, so they are handed to
# the process with `env`), then what this script sets: the private node's connection, the data folder and the
# secrets. The demo client secret is random for each run and only lives in this script's memory and the environment
# of the processes it starts (never in the repository or on a command line).
#
# Data: .run/distributed/data/ (SQLite, kept between runs; delete it to start afresh). The broker is new on every run
# (temp folder, removed at exit). Logs of the background processes: .run/logs/*.log (git-ignored).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=lib/processes.sh
source "$ROOT/scripts/lib/processes.sh"
# shellcheck source=lib/rabbitmq.sh
source "$ROOT/scripts/lib/rabbitmq.sh"
# shellcheck source=lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"
# shellcheck source=lib/dev-keys.sh
source "$ROOT/scripts/lib/dev-keys.sh"

CONFIGURATION=Release
GATEWAY_PORT=${GATEWAY_PORT:-5080}
CATALOGUE_PORT=5090 # as in compose/distributed/gateway.env (the YARP cluster's address)
ADAPTER_PORT=5091 # as in compose/distributed/catalogue.env (Availability__AdapterUrls__koha)
ENV_DIR="$ROOT/compose/distributed"
DATA_DIR="$ROOT/.run/distributed/data" # kept between runs, so a restart resumes from its checkpoints
LOG_DIR="$ROOT/.run/logs"
API_PROJECT=Gateway.Api
CATALOGUE_PROJECT=Gateway.Catalogue.Host
ADAPTER_PROJECT=Gateway.Adapters.Koha.Host
SIM_PROJECT=Gateway.Simulators.Koha
CLIENT_ID=gateway
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1


command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not installed"


dll_of() { echo "$ROOT/src/$1/bin/$CONFIGURATION/net10.0/$1.dll"; }

# read_env_file FILE ARRAY: appends the file's KEY=VALUE lines to the array named ARRAY. Blank lines and lines
# starting with '#' are skipped; a value wrapped in double quotes loses them; nothing else is interpreted (no
# expansion, no escapes), so the file is data, not shell.
read_env_file() {
  local file=$1 line key value n=0
  local -n into=$2
  [[ -f $file ]] || die "$file not found"
  while IFS= read -r line || [[ -n $line ]]; do
    n=$((n + 1))
    line=${line%$'\r'}
    line=${line#"${line%%[![:space:]]*}"} # leading blanks
    [[ -z $line || $line == \#* ]] && continue
    [[ $line == *=* ]] || die "${file#"$ROOT"/}:$n: not a KEY=VALUE line"
    key=${line%%=*}
    value=${line#*=}
    [[ $key =~ ^[A-Za-z_][A-Za-z0-9_.-]*$ ]] || die "${file#"$ROOT"/}:$n: invalid key '$key'"
    if ((${#value} >= 2)) && [[ $value == \"*\" ]]; then
      value=${value:1:${#value}-2}
    fi
    into+=("$key=$value")
  done <"$file"
}

# ---- processes and cleanup ---------------------------------------------------------------------
BACKGROUND_PIDS=() # simulators, catalogue host, adapter host
ADAPTER_PID=""
GATEWAY_PID=""
BUILD_PID=""

# shellcheck disable=SC2317 # invoked by the trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $BUILD_PID ]]; then
    # The build leads its own process group: end it with its compiler and MSBuild children.
    kill -TERM -- "-$BUILD_PID" 2>/dev/null || true
    wait "$BUILD_PID" 2>/dev/null || true
  fi
  [[ -n $GATEWAY_PID ]] && stop_pid "$GATEWAY_PID"
  # The adapter first (it publishes while it runs), then the catalogue host and the simulators together.
  [[ -n $ADAPTER_PID ]] && stop_pid "$ADAPTER_PID"
  local pid stoppers=()
  for pid in "${BACKGROUND_PIDS[@]}"; do
    stop_pid "$pid" &
    stoppers+=($!)
  done
  # Wait for these only: a bare `wait` would also wait for the RabbitMQ node, a job of this shell too.
  ((${#stoppers[@]})) && { wait "${stoppers[@]}" 2>/dev/null || true; }
  ((${#BACKGROUND_PIDS[@]})) && log "stopped the hosts and the simulators"
  rabbitmq_stop || true
  postgres_stop || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- broker (boots while the projects build) -------------------------------------------------------
for project in "$SIM_PROJECT" "$CATALOGUE_PROJECT" "$ADAPTER_PROJECT" "$API_PROJECT"; do
  [[ -f src/$project/$project.csproj ]] || die "src/$project/$project.csproj not found"
done
for name in gateway catalogue koha-adapter; do
  [[ -f $ENV_DIR/$name.env ]] || die "compose/distributed/$name.env not found"
done
rabbitmq_ensure_installed # rabbitmq-server and curl, with apt-get when missing (as root or with sudo)
GW_RABBITMQ_NODE=${GW_RABBITMQ_NODE:-gateway-demo-$$@localhost}
rabbitmq_launch
# The catalogue's store: a private PostgreSQL server whose data is kept in .run/distributed/data/postgres.
postgres_ensure_installed
GW_POSTGRES_DIR="$DATA_DIR/postgres"
mkdir -p "$DATA_DIR"
postgres_launch

# ---- build ----------------------------------------------------------------------------------------
for project in "$SIM_PROJECT" "$CATALOGUE_PROJECT" "$ADAPTER_PROJECT" "$API_PROJECT"; do
  log "dotnet build src/$project -c $CONFIGURATION"
  # In its own process group, waited for as a job, so that a TERM reaches the trap at once and the trap can end
  # the build with everything it started. No shared compiler server is left running after the script.
  setsid dotnet build "src/$project/$project.csproj" -c "$CONFIGURATION" -nologo -v quiet -nodeReuse:false \
    -p:UseSharedCompilation=false &
  BUILD_PID=$!
  rc=0
  wait "$BUILD_PID" || rc=$?
  BUILD_PID=""
  ((rc == 0)) || die "build of src/$project failed (see above)"
done

# ---- ports ----------------------------------------------------------------------------------------
for spec in "${SIMULATORS[@]}"; do
  read -r _ port _ <<<"$spec"
  ! port_in_use "$port" || die "port $port is already in use (another run.sh or run-distributed.sh still running?)"
done
for port in "$CATALOGUE_PORT" "$ADAPTER_PORT" "$GATEWAY_PORT"; do
  ! port_in_use "$port" || die "port $port is already in use (another run.sh or run-distributed.sh still running?)"
done

rabbitmq_await 90 || die "the private RabbitMQ node did not start (log above)"

# ---- demo secret ---------------------------------------------------------------------------------
if command -v openssl >/dev/null; then
  SECRET=$(openssl rand -hex 16)
else
  SECRET=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
fi

# ---- configuration per process ---------------------------------------------------------------------
# The private node: replaces the env files' placeholders. Its password is the broker's default, on loopback only.
BROKER_ENV=(
  "Messaging__RabbitMq__Host=127.0.0.1"
  "Messaging__RabbitMq__Port=$RMQ_AMQP_PORT"
  "Messaging__RabbitMq__VirtualHost=/"
  "Messaging__RabbitMq__Username=guest"
  "Messaging__RabbitMq__Password=guest"
)
mkdir -p "$DATA_DIR" "$LOG_DIR"

CATALOGUE_ENV=()
read_env_file "$ENV_DIR/catalogue.env" CATALOGUE_ENV
postgres_await 60 || die "PostgreSQL did not start (see above)"
postgres_create_database catalogue
CATALOGUE_ENV+=("${BROKER_ENV[@]}" "Catalogue__Provider=PostgreSql"
  "Catalogue__ConnectionString=Host=127.0.0.1;Port=$PG_PORT;Database=catalogue;Username=$PG_USER")

ADAPTER_ENV=()
read_env_file "$ENV_DIR/koha-adapter.env" ADAPTER_ENV
ADAPTER_ENV+=("${BROKER_ENV[@]}" "KohaAdapter__StateConnectionString=Data Source=$DATA_DIR/koha-adapter.db")
for spec in "${SIMULATORS[@]}"; do
  read -r system _ _ <<<"$spec"
  ADAPTER_ENV+=("KohaAdapter__Credentials__${system}__ClientId=$CLIENT_ID"
    "KohaAdapter__Credentials__${system}__ClientSecret=$SECRET")
done

GATEWAY_ENV=()
read_env_file "$ENV_DIR/gateway.env" GATEWAY_ENV
# The gateway's clients: development keys kept in .run/dev-keys.env (shared with run.sh), their hashes handed over.
KEYS_FILE="$ROOT/.run/dev-keys.env"
dev_keys_ensure "$KEYS_FILE"
mapfile -t -O "${#GATEWAY_ENV[@]}" GATEWAY_ENV < <(dev_keys_env)

# start_process NAME PROJECT URL ENV...: starts the project's dll in the background from its project folder (as
# `dotnet run` does, so appsettings*.json and relative paths resolve), environment ENV..., log .run/logs/NAME.log.
start_process() {
  local name=$1 project=$2 url=$3
  shift 3
  (cd "src/$project" && exec env "$@" dotnet "$(dll_of "$project")" --urls "$url") \
    </dev/null >"$LOG_DIR/$name.log" 2>&1 &
  BACKGROUND_PIDS+=($!)
}

# await_http NAME URL [PID]: waits until URL answers 2xx, or fails with the tail of the log of process PID (default:
# the one started last).
await_http() {
  local name=$1 url=$2 pid=${3:-${BACKGROUND_PIDS[-1]}} deadline=$((SECONDS + 60))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$LOG_DIR/$name.log" >&2 || true
      die "$name exited during startup (log above: .run/logs/$name.log)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 40 "$LOG_DIR/$name.log" >&2 || true
      die "$name did not answer $url within 60 s"
    fi
    sleep 0.3
  done
  log "$name is up"
}

# ---- simulators ----------------------------------------------------------------------------------
for spec in "${SIMULATORS[@]}"; do
  read -r system port seed <<<"$spec"
  log "starting Koha simulator $system on http://127.0.0.1:$port (log .run/logs/$system.log)"
  # The secret goes through the environment (KohaSimulator__ClientSecret = KohaSimulator:ClientSecret).
  start_process "$system" "$SIM_PROJECT" "http://127.0.0.1:$port" "KohaSimulator__ClientSecret=$SECRET" \
    "KohaSimulator__SystemId=$system" "KohaSimulator__Seed=$seed" "KohaSimulator__ClientId=$CLIENT_ID"
done
for i in "${!SIMULATORS[@]}"; do
  read -r system port _ <<<"${SIMULATORS[$i]}"
  await_http "simulator $system" "http://127.0.0.1:$port/_sim/stats" "${BACKGROUND_PIDS[$i]}"
done

# ---- catalogue host, then the adapter host (it asks the catalogue for its watermark at start) -------------
log "starting the catalogue host on http://127.0.0.1:$CATALOGUE_PORT (log .run/logs/catalogue.log)"
start_process catalogue "$CATALOGUE_PROJECT" "http://127.0.0.1:$CATALOGUE_PORT" "${CATALOGUE_ENV[@]}"
await_http catalogue "http://127.0.0.1:$CATALOGUE_PORT/alive"

log "starting the Koha adapter host on http://127.0.0.1:$ADAPTER_PORT (log .run/logs/koha-adapter.log)"
start_process koha-adapter "$ADAPTER_PROJECT" "http://127.0.0.1:$ADAPTER_PORT" "${ADAPTER_ENV[@]}"
ADAPTER_PID=${BACKGROUND_PIDS[-1]}
await_http koha-adapter "http://127.0.0.1:$ADAPTER_PORT/alive"

# ---- gateway (foreground) --------------------------------------------------------------------------
cat >&2 <<EOF

  Library Hub Gateway (distributed mode, RabbitMQ)
    gateway     http://localhost:$GATEWAY_PORT   (Modules off; /api/v1/records, /api/v1/availability proxied to the catalogue host)
    API docs    http://localhost:$GATEWAY_PORT/docs
    catalogue   http://127.0.0.1:$CATALOGUE_PORT (+ availability)   Koha adapter http://127.0.0.1:$ADAPTER_PORT (/health, /metrics, live availability)
    simulators  koha-east http://127.0.0.1:5101, koha-london http://127.0.0.1:5102, koha-midlands http://127.0.0.1:5103
    RabbitMQ    amqp://127.0.0.1:$RMQ_AMQP_PORT/  management http://127.0.0.1:$RMQ_MGMT_PORT/ (guest/guest, loopback only)
    config      compose/distributed/*.env (+ broker, data folder and secrets from this script)
    logs        gateway below; the others in .run/logs/ (catalogue.log, koha-adapter.log, koha-*.log)
    data        .run/distributed/data/ (SQLite; delete it to start afresh)
    API keys    .run/dev-keys.env: HUB_KEY (client dev-hub, role hub), OPERATOR_KEY (dev-operator, operator + hub)
    try         source .run/dev-keys.env
                curl -s -H "Authorization: Bearer \$HUB_KEY" 'localhost:$GATEWAY_PORT/api/v1/records?system=koha-east'
                curl -s -H "Authorization: Bearer \$HUB_KEY" 'localhost:$GATEWAY_PORT/api/v1/records/koha-east:2/availability'
  Ctrl+C stops everything.

EOF

# Started as a job and waited for, so that Ctrl+C or a TERM to this script reaches the trap at once;
# the trap stops the gateway (graceful shutdown), then the hosts, the simulators and the broker.
(cd "src/$API_PROJECT" && exec env "${GATEWAY_ENV[@]}" dotnet "$(dll_of "$API_PROJECT")" \
  --urls "http://localhost:$GATEWAY_PORT") </dev/null &
GATEWAY_PID=$!
rc=0
wait "$GATEWAY_PID" || rc=$?
GATEWAY_PID=""
log "gateway exited with code $rc"
exit "$rc"
