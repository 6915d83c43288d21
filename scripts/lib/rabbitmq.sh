# shellcheck shell=bash
# Private RabbitMQ node for tests and demos: loopback only, random free ports, its own epmd,
# its own Erlang cookie and a throw-away data folder. Nothing touches /var/lib/rabbitmq or the
# system's node.
#
# Source this file, then:
#   rabbitmq_ensure_installed         apt-get install rabbitmq-server (+ curl) when missing
#   rabbitmq_launch                   start the node in the background (returns at once)
#   rabbitmq_await [seconds]          wait until it serves AMQP and the management API
#   rabbitmq_export_test_env          export GATEWAY_TEST_RABBITMQ_* for the tests
#   rabbitmq_stop                     stop node + private epmd, remove the temp folder
#   rabbitmq_save_state FILE          write the state so another shell can rabbitmq_stop it
#
# Optional inputs: GW_RABBITMQ_PORT / GW_RABBITMQ_MANAGEMENT_PORT (fixed ports instead of random),
# GW_RABBITMQ_NODE (node name, default gwtest-<pid>@localhost).
# State (set by rabbitmq_launch): RMQ_NODE RMQ_DIR RMQ_AMQP_PORT RMQ_MGMT_PORT RMQ_DIST_PORT
# RMQ_EPMD_PORT RMQ_SERVER_PID RMQ_EPMD_PID.

RMQ_BIN=${RMQ_BIN:-/usr/lib/rabbitmq/bin}

_rmq_log() { printf '[rabbitmq] %s\n' "$*" >&2; }

_rmq_as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    _rmq_log "need root (or sudo) to run: $*"
    return 1
  fi
}

_rmq_pkg_installed() {
  [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true) == "install ok installed" ]]
}

rabbitmq_ensure_installed() {
  local missing=() pkg
  for pkg in rabbitmq-server curl; do
    _rmq_pkg_installed "$pkg" || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  _rmq_log "installing ${missing[*]} (apt-get)"
  _rmq_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  _rmq_as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The package's post-install does not start a node here (no systemd); make sure of it anyway
  # when an init system did: a system node would not hurt, but it is not ours.
  [[ -x $RMQ_BIN/rabbitmq-server ]] || { _rmq_log "rabbitmq-server not found in $RMQ_BIN after install"; return 1; }
}

# 0 when something accepts TCP connections on 127.0.0.1:$1.
_rmq_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

_RMQ_TAKEN_PORTS=" "
# Random free port in 20000..44999 (dist port + 10000 must stay a valid port), distinct from the
# others picked in this shell.
_rmq_pick_port() {
  local p _
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 25000))
    [[ $_RMQ_TAKEN_PORTS == *" $p "* ]] && continue
    if ss -Htln "sport = :$p" 2>/dev/null | grep -q . || _rmq_port_in_use "$p"; then
      continue
    fi
    _RMQ_TAKEN_PORTS+="$p "
    echo "$p"
    return 0
  done
  _rmq_log "no free port found"
  return 1
}

# Environment shared by the server and the CLI tools (so both see the same cookie and epmd).
_rmq_env() {
  RMQ_ENV=(
    "HOME=$RMQ_DIR/home"
    "ERL_EPMD_PORT=$RMQ_EPMD_PORT"
    "ERL_EPMD_ADDRESS=127.0.0.1"
    "RABBITMQ_NODENAME=$RMQ_NODE"
    "RABBITMQ_NODE_IP_ADDRESS=127.0.0.1"
    "RABBITMQ_NODE_PORT=$RMQ_AMQP_PORT"
    "RABBITMQ_DIST_PORT=$RMQ_DIST_PORT"
    "RABBITMQ_CONF_ENV_FILE=$RMQ_DIR/rabbitmq-env.conf"
    "RABBITMQ_CONFIG_FILE=$RMQ_DIR/rabbitmq"
    "RABBITMQ_ADVANCED_CONFIG_FILE=$RMQ_DIR/advanced.config"
    "RABBITMQ_ENABLED_PLUGINS_FILE=$RMQ_DIR/enabled_plugins"
    "RABBITMQ_MNESIA_BASE=$RMQ_DIR/mnesia"
    "RABBITMQ_LOG_BASE=$RMQ_DIR/log"
    "RABBITMQ_PID_FILE=$RMQ_DIR/rabbit.pid"
    "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}"
    "RABBITMQ_CTL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}"
  )
}

# rabbitmqctl against the private node.
rabbitmq_ctl() {
  _rmq_env
  env "${RMQ_ENV[@]}" "$RMQ_BIN/rabbitmqctl" -n "$RMQ_NODE" "$@"
}

rabbitmq_launch() {
  [[ -x $RMQ_BIN/rabbitmq-server ]] || { _rmq_log "rabbitmq-server is not installed"; return 1; }
  RMQ_DIR=$(mktemp -d "${TMPDIR:-/tmp}/gw-rabbitmq.XXXXXX")
  RMQ_NODE=${GW_RABBITMQ_NODE:-gwtest-$$@localhost}
  RMQ_AMQP_PORT=${GW_RABBITMQ_PORT:-$(_rmq_pick_port)}
  _RMQ_TAKEN_PORTS+="$RMQ_AMQP_PORT "
  RMQ_MGMT_PORT=${GW_RABBITMQ_MANAGEMENT_PORT:-$(_rmq_pick_port)}
  _RMQ_TAKEN_PORTS+="$RMQ_MGMT_PORT "
  RMQ_DIST_PORT=$(_rmq_pick_port)
  RMQ_EPMD_PORT=$(_rmq_pick_port)
  RMQ_SERVER_PID=""
  RMQ_EPMD_PID=""

  mkdir -p "$RMQ_DIR/home" "$RMQ_DIR/mnesia" "$RMQ_DIR/log"
  # A private cookie, written before anything starts so server and CLI agree on it.
  (umask 077 && head -c 20 /dev/urandom | od -An -tx1 | tr -dc 'a-f0-9' | tr 'a-f0-9' 'A-P' >"$RMQ_DIR/home/.erlang.cookie")
  chmod 400 "$RMQ_DIR/home/.erlang.cookie"
  : >"$RMQ_DIR/rabbitmq-env.conf"
  echo '[].' >"$RMQ_DIR/advanced.config"
  echo '[rabbitmq_management].' >"$RMQ_DIR/enabled_plugins"
  cat >"$RMQ_DIR/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:$RMQ_AMQP_PORT
management.tcp.port = $RMQ_MGMT_PORT
management.tcp.ip = 127.0.0.1
# Queue depths in the management API refresh every second (default 5 s) so tests wait less.
collect_statistics_interval = 1000
log.console = false
log.file.level = info
EOF

  # Our own epmd on the private port, started in the foreground of a background job so that we
  # know its pid (erl would otherwise start a daemonised one we would have to hunt for).
  setsid epmd -port "$RMQ_EPMD_PORT" -address 127.0.0.1 </dev/null >"$RMQ_DIR/epmd.out" 2>&1 &
  RMQ_EPMD_PID=$!

  _rmq_env
  (cd "$RMQ_DIR" && exec setsid env "${RMQ_ENV[@]}" "$RMQ_BIN/rabbitmq-server") \
    </dev/null >"$RMQ_DIR/server.out" 2>&1 &
  RMQ_SERVER_PID=$!
  RMQ_STARTED_AT=$(date +%s)
  _rmq_log "starting node $RMQ_NODE (amqp 127.0.0.1:$RMQ_AMQP_PORT, management :$RMQ_MGMT_PORT, dist :$RMQ_DIST_PORT, epmd :$RMQ_EPMD_PORT) in $RMQ_DIR"
}

_rmq_alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }

rabbitmq_show_logs() {
  local f
  for f in "$RMQ_DIR/server.out" "$RMQ_DIR"/log/*.log; do
    [[ -f $f ]] || continue
    echo "----- tail of $f -----" >&2
    tail -n 60 "$f" >&2
  done
}

# Wait until the node has booted (rabbitmqctl await_startup) and the management API answers.
rabbitmq_await() {
  local timeout=${1:-90} deadline waited_from
  waited_from=$(date +%s)
  deadline=$((waited_from + timeout))
  # Cheap poll first: the AMQP listener opens late in the boot; a CLI call costs an Erlang VM start.
  until _rmq_port_in_use "$RMQ_AMQP_PORT"; do
    if ! _rmq_alive "$RMQ_SERVER_PID"; then
      _rmq_log "node $RMQ_NODE exited during startup"
      rabbitmq_show_logs
      return 1
    fi
    if (($(date +%s) >= deadline)); then
      _rmq_log "node $RMQ_NODE did not open its AMQP port within ${timeout}s"
      rabbitmq_show_logs
      return 1
    fi
    sleep 0.5
  done
  local left=$((deadline - $(date +%s)))
  ((left < 5)) && left=5
  if ! rabbitmq_ctl await_startup --timeout "$left" >"$RMQ_DIR/await.out" 2>&1; then
    _rmq_log "rabbitmqctl await_startup failed:"
    cat "$RMQ_DIR/await.out" >&2
    rabbitmq_show_logs
    return 1
  fi
  until curl -fsS -o /dev/null -u guest:guest "http://127.0.0.1:$RMQ_MGMT_PORT/api/overview" 2>/dev/null; do
    if (($(date +%s) >= deadline)) || ! _rmq_alive "$RMQ_SERVER_PID"; then
      _rmq_log "management API on port $RMQ_MGMT_PORT did not answer"
      rabbitmq_show_logs
      return 1
    fi
    sleep 0.5
  done
  _rmq_log "node $RMQ_NODE ready (launched $(($(date +%s) - RMQ_STARTED_AT))s ago, waited $(($(date +%s) - waited_from))s)"
}

rabbitmq_export_test_env() {
  export GATEWAY_TEST_RABBITMQ_HOST=127.0.0.1
  export GATEWAY_TEST_RABBITMQ_PORT=$RMQ_AMQP_PORT
  export GATEWAY_TEST_RABBITMQ_MANAGEMENT_PORT=$RMQ_MGMT_PORT
  export GATEWAY_TEST_RABBITMQ_USER=guest
  export GATEWAY_TEST_RABBITMQ_PASSWORD=guest
}

rabbitmq_save_state() {
  {
    declare -p RMQ_DIR RMQ_NODE RMQ_AMQP_PORT RMQ_MGMT_PORT RMQ_DIST_PORT RMQ_EPMD_PORT \
      RMQ_SERVER_PID RMQ_EPMD_PID RMQ_STARTED_AT
  } >"$1"
}

_rmq_wait_gone() { # pid seconds
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    _rmq_alive "$1" || return 0
    sleep 0.1
  done
  return 1
}

# Stops the node, its epmd and removes the folder. Safe to call twice or after a failed start.
rabbitmq_stop() {
  [[ -n ${RMQ_DIR:-} ]] || return 0
  local beam_pid=""
  [[ -f $RMQ_DIR/rabbit.pid ]] && beam_pid=$(tr -dc '0-9' <"$RMQ_DIR/rabbit.pid" 2>/dev/null || true)
  if _rmq_alive "$RMQ_SERVER_PID" || _rmq_alive "$beam_pid"; then
    # Graceful stop; waits for the VM (pid file) to exit.
    if [[ -n $beam_pid ]]; then
      _rmq_env
      timeout 60 env "${RMQ_ENV[@]}" "$RMQ_BIN/rabbitmqctl" -n "$RMQ_NODE" stop "$RMQ_DIR/rabbit.pid" \
        >/dev/null 2>&1 || true
    fi
    # The wrapper script turns TERM into a stop as well; then force.
    if _rmq_alive "$RMQ_SERVER_PID"; then
      kill -TERM "$RMQ_SERVER_PID" 2>/dev/null || true
      _rmq_wait_gone "$RMQ_SERVER_PID" 20 || true
    fi
    if _rmq_alive "$beam_pid"; then
      kill -KILL "$beam_pid" 2>/dev/null || true
      _rmq_wait_gone "$beam_pid" 5 || true
    fi
    _rmq_alive "$RMQ_SERVER_PID" && kill -KILL "$RMQ_SERVER_PID" 2>/dev/null
  fi
  # Last resort: a VM started before it wrote its pid file; its command line holds our unique
  # temp folder (-home <dir>/home), so the pattern matches nothing else.
  pkill -KILL -f -- "beam.*-home $RMQ_DIR/home " 2>/dev/null || true
  if _rmq_alive "$RMQ_EPMD_PID"; then
    kill -TERM "$RMQ_EPMD_PID" 2>/dev/null || true
    _rmq_wait_gone "$RMQ_EPMD_PID" 5 || kill -KILL "$RMQ_EPMD_PID" 2>/dev/null || true
  fi
  wait "$RMQ_SERVER_PID" "$RMQ_EPMD_PID" 2>/dev/null || true
  rm -rf "$RMQ_DIR"
  _rmq_log "node $RMQ_NODE stopped"
  RMQ_DIR=""
}
