#!/usr/bin/env bash
# Stops the node started by scripts/start-rabbitmq.sh (and its epmd), and removes its data folder.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/rabbitmq.sh
source "$ROOT/scripts/lib/rabbitmq.sh"
STATE="$ROOT/.run/rabbitmq.state"

if [[ ! -f $STATE ]]; then
  echo "[rabbitmq] no node started by scripts/start-rabbitmq.sh (no ${STATE#"$ROOT"/})" >&2
  exit 0
fi
# shellcheck disable=SC1090
source "$STATE"
rabbitmq_stop
rm -f "$STATE"
