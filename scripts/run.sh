#!/usr/bin/env bash
# Runs the whole system on its embedded default (no broker): three Koha simulators in the
# background and the gateway in the foreground. Ctrl+C stops everything.
#
#   gateway  http://localhost:5080        docs  http://localhost:5080/docs
#   koha-east http://127.0.0.1:5101, koha-london :5102, koha-midlands :5103
#
# The demo client secret is random for each run and only lives in this script's memory and the
# environment of the processes it starts (never in the repository or on a command line).
# Logs of the background processes: .run/logs/*.log (git-ignored).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=lib/processes.sh
source "$ROOT/scripts/lib/processes.sh"
# shellcheck source=lib/dev-keys.sh
source "$ROOT/scripts/lib/dev-keys.sh"

CONFIGURATION=Release
GATEWAY_PORT=${GATEWAY_PORT:-5080}
LOG_DIR="$ROOT/.run/logs"
API_PROJECT=Gateway.Api
SIM_PROJECT=Gateway.Simulators.Koha
CLIENT_ID=gateway
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1


command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not installed"
if ! command -v curl >/dev/null; then
  log "installing curl"
  if [[ $(id -u) -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends curl >/dev/null
  else
    die "curl is missing: sudo apt-get install curl"
  fi
fi


dll_of() { echo "$ROOT/src/$1/bin/$CONFIGURATION/net10.0/$1.dll"; }

# ---- processes and cleanup ---------------------------------------------------------------------
BACKGROUND_PIDS=()
GATEWAY_PID=""

# shellcheck disable=SC2317 # invoked by the trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [[ -n $GATEWAY_PID ]] && stop_pid "$GATEWAY_PID"
  local pid
  for pid in "${BACKGROUND_PIDS[@]}"; do
    stop_pid "$pid" &
  done
  wait 2>/dev/null || true
  ((${#BACKGROUND_PIDS[@]})) && log "stopped the simulators"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- build ----------------------------------------------------------------------------------------
for project in "$API_PROJECT" "$SIM_PROJECT"; do
  [[ -f src/$project/$project.csproj ]] || die "src/$project/$project.csproj not found"
done
for project in "$SIM_PROJECT" "$API_PROJECT"; do
  log "dotnet build src/$project -c $CONFIGURATION"
  dotnet build "src/$project/$project.csproj" -c "$CONFIGURATION" -nologo -v quiet -nodeReuse:false ||
    die "build of src/$project failed (see above)"
done

# ---- ports ----------------------------------------------------------------------------------------
for spec in "${SIMULATORS[@]}"; do
  read -r _ port _ <<<"$spec"
  ! port_in_use "$port" || die "port $port is already in use (another run.sh still running?)"
done
! port_in_use "$GATEWAY_PORT" || die "port $GATEWAY_PORT is already in use (another run.sh still running?)"

# ---- demo secret ---------------------------------------------------------------------------------
if command -v openssl >/dev/null; then
  SECRET=$(openssl rand -hex 16)
else
  SECRET=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
fi

# ---- simulators ----------------------------------------------------------------------------------
mkdir -p "$LOG_DIR"
SIM_DLL=$(dll_of "$SIM_PROJECT")
for spec in "${SIMULATORS[@]}"; do
  read -r system port seed <<<"$spec"
  log "starting Koha simulator $system on http://127.0.0.1:$port (log .run/logs/$system.log)"
  # The secret goes through the environment (KohaSimulator__ClientSecret = KohaSimulator:ClientSecret)
  # so that it does not show in the process list.
  # Run from the project folder, as `dotnet run` does, so appsettings*.json and relative paths resolve.
  # Each simulator also pushes its changes to the gateway, signed (HMAC-SHA256) with the same per-run secret.
  (cd "src/$SIM_PROJECT" && exec env "KohaSimulator__ClientSecret=$SECRET" \
    "KohaSimulator__Webhook__Url=http://localhost:$GATEWAY_PORT/api/v1/vendor-events/$system" \
    "KohaSimulator__Webhook__Secret=$SECRET" \
    dotnet "$SIM_DLL" --urls "http://127.0.0.1:$port" \
    --KohaSimulator:SystemId="$system" --KohaSimulator:Seed="$seed" \
    --KohaSimulator:ClientId="$CLIENT_ID") \
    </dev/null >"$LOG_DIR/$system.log" 2>&1 &
  BACKGROUND_PIDS+=($!)
done

for i in "${!SIMULATORS[@]}"; do
  read -r system port _ <<<"${SIMULATORS[$i]}"
  pid=${BACKGROUND_PIDS[$i]}
  deadline=$((SECONDS + 60))
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/_sim/stats" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$LOG_DIR/$system.log" >&2 || true
      die "simulator $system exited during startup (log above: .run/logs/$system.log)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 40 "$LOG_DIR/$system.log" >&2 || true
      die "simulator $system did not answer http://127.0.0.1:$port/_sim/stats within 60 s"
    fi
    sleep 0.3
  done
  log "simulator $system is up"
done

# ---- gateway (foreground) --------------------------------------------------------------------------
# The gateway's clients: development keys kept in .run/dev-keys.env, their hashes handed to the gateway.
KEYS_FILE="$ROOT/.run/dev-keys.env"
dev_keys_ensure "$KEYS_FILE"
GATEWAY_ENV=()
mapfile -t -O "${#GATEWAY_ENV[@]}" GATEWAY_ENV < <(dev_keys_env)
DATA_DIR="$ROOT/.run/data" # kept between runs, so a restart resumes from its checkpoint; delete it to start afresh
mkdir -p "$DATA_DIR"
GATEWAY_ARGS=(--urls "http://localhost:$GATEWAY_PORT"
  --Catalogue:ConnectionString="Data Source=$DATA_DIR/catalogue.db"
  --KohaAdapter:StateConnectionString="Data Source=$DATA_DIR/koha-adapter.db")
for spec in "${SIMULATORS[@]}"; do
  read -r system _ _ <<<"$spec"
  GATEWAY_ARGS+=("--KohaAdapter:Credentials:$system:ClientId=$CLIENT_ID")
  GATEWAY_ENV+=("KohaAdapter__Credentials__${system}__ClientSecret=$SECRET"
    "KohaAdapter__WebhookSecrets__${system}=$SECRET")
done

cat >&2 <<EOF

  Library Hub Gateway (embedded mode, no broker)
    gateway     http://localhost:$GATEWAY_PORT
    API docs    http://localhost:$GATEWAY_PORT/docs
    simulators  koha-east http://127.0.0.1:5101, koha-london http://127.0.0.1:5102, koha-midlands http://127.0.0.1:5103
    logs        gateway below; simulators in .run/logs/
    data        .run/data/ (SQLite; delete it to start afresh)
    API keys    .run/dev-keys.env: HUB_KEY (client dev-hub, role hub), OPERATOR_KEY (dev-operator, operator + hub)
    try         source .run/dev-keys.env
                curl -s -H "Authorization: Bearer \$HUB_KEY" 'localhost:$GATEWAY_PORT/api/v1/records?system=koha-east'
  Ctrl+C stops everything.

EOF

# Started as a job and waited for, so that Ctrl+C or a TERM to this script reaches the trap at once;
# the trap stops the gateway (graceful shutdown) and then the simulators.
(cd "src/$API_PROJECT" && exec env "${GATEWAY_ENV[@]}" dotnet "$(dll_of "$API_PROJECT")" "${GATEWAY_ARGS[@]}") </dev/null &
GATEWAY_PID=$!
rc=0
wait "$GATEWAY_PID" || rc=$?
GATEWAY_PID=""
log "gateway exited with code $rc"
exit "$rc"
