#!/usr/bin/env bash
# Starts a private RabbitMQ node (loopback only, own epmd and cookie, temp data folder) that keeps
# running after this script ends, e.g. for the distributed-mode demo or for running tests from an
# IDE. Stop it with scripts/stop-rabbitmq.sh.
#
#   eval "$(scripts/start-rabbitmq.sh)"     # exports GATEWAY_TEST_RABBITMQ_* into your shell
#
# Fixed ports instead of random ones: GW_RABBITMQ_PORT=5672 GW_RABBITMQ_MANAGEMENT_PORT=15672.
# Messages go to stderr; stdout holds only the export lines.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/rabbitmq.sh
source "$ROOT/scripts/lib/rabbitmq.sh"
STATE="$ROOT/.run/rabbitmq.state"

print_exports() {
  cat <<EOT
export GATEWAY_TEST_RABBITMQ_HOST=127.0.0.1
export GATEWAY_TEST_RABBITMQ_PORT=$RMQ_AMQP_PORT
export GATEWAY_TEST_RABBITMQ_MANAGEMENT_PORT=$RMQ_MGMT_PORT
export GATEWAY_TEST_RABBITMQ_USER=guest
export GATEWAY_TEST_RABBITMQ_PASSWORD=guest
EOT
  echo "[rabbitmq] amqp://guest:guest@127.0.0.1:$RMQ_AMQP_PORT/  management http://127.0.0.1:$RMQ_MGMT_PORT/ (guest/guest)" >&2
}

if [[ -f $STATE ]]; then
  # shellcheck disable=SC1090
  source "$STATE"
  if kill -0 "$RMQ_SERVER_PID" 2>/dev/null; then
    echo "[rabbitmq] node $RMQ_NODE already running (state in ${STATE#"$ROOT"/})" >&2
    print_exports
    exit 0
  fi
  echo "[rabbitmq] stale state from a node that is gone: cleaning up" >&2
  rabbitmq_stop >&2 || true
  rm -f "$STATE"
fi

rabbitmq_ensure_installed
export GW_RABBITMQ_NODE=${GW_RABBITMQ_NODE:-gateway-$$@localhost}
rabbitmq_launch
if ! rabbitmq_await 90; then
  rabbitmq_stop || true
  exit 1
fi
mkdir -p "$(dirname "$STATE")"
rabbitmq_save_state "$STATE"
print_exports
