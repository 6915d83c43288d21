#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine (Debian 12):
#   - installs rabbitmq-server (and curl) and yaz (yaz-marcdump, for the MARC cross-check) with
#     apt-get when missing (one apt-get update for all),
#   - installs postgresql when missing and starts a private server on loopback (random port, temp
#     folder, trust auth), so the catalogue's suite runs on PostgreSQL as well as SQLite,
#   - starts a private RabbitMQ node on loopback (random ports, own epmd and cookie, temp folder),
#   - builds the solution once (Release),
#   - runs each test project with a TRX report into TestResults/,
#   - prints as its last line "N passed, N failed[, N skipped]" and exits non-zero when a test
#     failed, the build failed, a test host crashed or no test ran.
#
# Usage: scripts/test.sh [extra dotnet test args, e.g. --filter "FullyQualifiedName~Marc"]
# Environment:
#   TEST_SOLUTION=path          solution (.sln/.slnx) or single test project to build and run
#                               (default Gateway.sln)
#   TEST_CONSOLE_VERBOSITY=v    console logger verbosity of dotnet test (default minimal:
#                               failures with messages, skips and a summary per project)
#   TEST_HANG_TIMEOUT=10m       a single test running longer is aborted and reported
#   GATEWAY_TEST_RABBITMQ_PORT  when already set, that broker is used and none is started
#                               (set the other GATEWAY_TEST_RABBITMQ_* variables too)
#   GATEWAY_TEST_POSTGRES       when already set (an Npgsql connection string of a superuser),
#                               that server is used and none is started
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=lib/rabbitmq.sh
source "$ROOT/scripts/lib/rabbitmq.sh"
# shellcheck source=lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"

SOLUTION=${TEST_SOLUTION:-Gateway.sln}
CONFIGURATION=Release
RESULTS_DIR="$ROOT/TestResults"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild worker nodes left running after the build.
export MSBUILDDISABLENODEREUSE=1

log() { printf '==> %s\n' "$*" >&2; }

CHILD_PID=""
# shellcheck disable=SC2317 # invoked by the trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $CHILD_PID ]]; then
    # The child leads its own process group: end the whole group (dotnet test -> vstest.console ->
    # testhost -> test processes), politely first.
    kill -TERM -- "-$CHILD_PID" 2>/dev/null || true
    local i
    for ((i = 0; i < 50; i++)); do
      kill -0 -- "-$CHILD_PID" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL -- "-$CHILD_PID" 2>/dev/null || true
    wait "$CHILD_PID" 2>/dev/null || true
  fi
  rabbitmq_stop || true
  postgres_stop || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command as a background job in its own process group and waits for it, so that INT/TERM
# reach our trap at once (bash runs traps only between foreground commands) and the trap can end
# the command with everything it started.
run() {
  setsid "$@" &
  CHILD_PID=$!
  local rc=0
  wait "$CHILD_PID" || rc=$?
  CHILD_PID=""
  return "$rc"
}

# ---- services ---------------------------------------------------------------------------------
# Debian packages, installed together so that apt-get update runs once: yaz (yaz-marcdump and
# yaz-iconv, which the MARC tests compare with) and, when this script starts the broker,
# rabbitmq-server and curl (rabbitmq_ensure_installed then finds them installed).
APT_PACKAGES=()
command -v yaz-marcdump >/dev/null || APT_PACKAGES+=(yaz)
command -v xmllint >/dev/null || APT_PACKAGES+=(libxml2-utils) # xmllint: OAI-PMH responses checked against the XSDs
if [[ -z ${GATEWAY_TEST_RABBITMQ_PORT:-} ]]; then
  for pkg in rabbitmq-server curl; do
    _rmq_pkg_installed "$pkg" || APT_PACKAGES+=("$pkg")
  done
fi
if [[ -z ${GATEWAY_TEST_POSTGRES:-} ]]; then
  _pg_bin >/dev/null || APT_PACKAGES+=(postgresql)
fi
if ((${#APT_PACKAGES[@]} > 0)); then
  log "installing ${APT_PACKAGES[*]} (apt-get)"
  _rmq_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  _rmq_as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
fi

if [[ -n ${GATEWAY_TEST_RABBITMQ_PORT:-} ]]; then
  log "using the RabbitMQ broker given by GATEWAY_TEST_RABBITMQ_* (port $GATEWAY_TEST_RABBITMQ_PORT)"
  command -v curl >/dev/null || rabbitmq_ensure_installed
  STARTED_RABBITMQ=0
else
  rabbitmq_ensure_installed
  rabbitmq_launch # boots (10-20 s) while the solution builds
  STARTED_RABBITMQ=1
fi

STARTED_POSTGRES=0
if [[ -z ${GATEWAY_TEST_POSTGRES:-} ]]; then
  postgres_ensure_installed
  postgres_launch
  STARTED_POSTGRES=1
else
  log "using the PostgreSQL server given by GATEWAY_TEST_POSTGRES"
fi

# ---- build --------------------------------------------------------------------------------------
log "dotnet build $SOLUTION -c $CONFIGURATION"
if ! run dotnet build "$SOLUTION" -c "$CONFIGURATION" -nologo -nodeReuse:false; then
  rabbitmq_stop >/dev/null 2>&1 || true
  postgres_stop >/dev/null 2>&1 || true
  log "BUILD FAILED (see the compiler output above): no test ran"
  exit 1
fi

if ((STARTED_RABBITMQ)); then
  rabbitmq_await 90
  rabbitmq_export_test_env
fi
if ((STARTED_POSTGRES)); then
  postgres_await 60
  postgres_export_test_env
fi
export GATEWAY_TEST_RABBITMQ_HOST=${GATEWAY_TEST_RABBITMQ_HOST:-127.0.0.1}
export GATEWAY_TEST_RABBITMQ_USER=${GATEWAY_TEST_RABBITMQ_USER:-guest}
export GATEWAY_TEST_RABBITMQ_PASSWORD=${GATEWAY_TEST_RABBITMQ_PASSWORD:-guest}
export GATEWAY_TEST_REQUIRE_SERVICES=1

# ---- which projects hold tests ------------------------------------------------------------------
# Projects under tests/ are test projects (tests/Directory.Build.props) unless they say
# <IsTestProject>false</IsTestProject>; elsewhere only those that say <IsTestProject>true</IsTestProject>.
is_test_project() {
  local proj=$1
  if grep -q '<IsTestProject>[[:space:]]*false[[:space:]]*</IsTestProject>' "$proj"; then
    return 1
  fi
  [[ $proj == tests/* ]] && return 0
  grep -q '<IsTestProject>[[:space:]]*true[[:space:]]*</IsTestProject>' "$proj"
}

TEST_PROJECTS=()
case $SOLUTION in
  *.sln | *.slnx | *.slnf)
    # `dotnet sln list` prints paths relative to the solution's folder; make them repo-relative.
    SOLUTION_DIR=$(cd "$(dirname "$SOLUTION")" && pwd)
    while IFS= read -r proj; do
      proj=${proj//\\//}
      [[ $proj == *proj ]] || continue
      [[ -f $SOLUTION_DIR/$proj ]] || continue
      proj=$(realpath --relative-to="$ROOT" "$SOLUTION_DIR/$proj")
      if is_test_project "$proj"; then TEST_PROJECTS+=("$proj"); fi
    done < <(dotnet sln "$SOLUTION" list | tail -n +3 | tr -d '\r')
    ;;
  *) TEST_PROJECTS=("$SOLUTION") ;;
esac

if ((${#TEST_PROJECTS[@]} == 0)); then
  rabbitmq_stop >/dev/null 2>&1 || true
  postgres_stop >/dev/null 2>&1 || true
  log "no test project found in $SOLUTION: no test ran"
  exit 1
fi

# ---- run ----------------------------------------------------------------------------------------
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

# Value of one attribute of the TRX <Counters> element (0 when absent).
trx_counter() {
  local value
  value=$(grep -o '<Counters [^>]*>' "$1" | head -n 1 | grep -o " $2=\"[0-9]*\"" | tr -dc '0-9' || true)
  echo "${value:-0}"
}

TOTAL_PASSED=0 TOTAL_FAILED=0 TOTAL_SKIPPED=0 TOTAL_EXECUTED=0
SUMMARY=()
for proj in "${TEST_PROJECTS[@]}"; do
  name=$(basename "$proj")
  name=${name%.*}
  trx="$RESULTS_DIR/$name.trx"
  log "dotnet test $proj"
  rc=0
  run dotnet test "$proj" -c "$CONFIGURATION" --no-build --nologo \
    --results-directory "$RESULTS_DIR" \
    --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=${TEST_CONSOLE_VERBOSITY:-minimal}" \
    --blame-hang-timeout "${TEST_HANG_TIMEOUT:-10m}" --blame-hang-dump-type none \
    "$@" || rc=$?

  passed=0 failed=0 skipped=0 executed=0
  if [[ -f $trx ]]; then
    total=$(trx_counter "$trx" total)
    executed=$(trx_counter "$trx" executed)
    passed=$(trx_counter "$trx" passed)
    failed=$(($(trx_counter "$trx" failed) + $(trx_counter "$trx" error) + $(trx_counter "$trx" timeout) + $(trx_counter "$trx" aborted)))
    skipped=$((total - passed - failed))
    ((skipped < 0)) && skipped=0
  fi
  note=""
  if ((rc != 0 && failed == 0)); then
    # The test host crashed or dotnet test failed before running tests: that is a failure too.
    failed=1
    note=" (dotnet test exited with code $rc without a failed test: counted as 1 failure)"
  fi
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  TOTAL_SKIPPED=$((TOTAL_SKIPPED + skipped))
  TOTAL_EXECUTED=$((TOTAL_EXECUTED + executed))
  SUMMARY+=("$(printf '  %-45s %5d passed %5d failed %5d skipped%s' "$name" "$passed" "$failed" "$skipped" "$note")")
done

echo
echo "Test projects (TRX reports in ${RESULTS_DIR#"$ROOT"/}/):"
printf '%s\n' "${SUMMARY[@]}"
((STARTED_RABBITMQ)) && echo "RabbitMQ: private node $RMQ_NODE on 127.0.0.1:$RMQ_AMQP_PORT (management :$RMQ_MGMT_PORT)"
((STARTED_POSTGRES)) && echo "PostgreSQL: private server on 127.0.0.1:$PG_PORT"

status=0
if ((TOTAL_EXECUTED == 0 && TOTAL_FAILED == 0)); then
  echo "No test ran."
  status=1
fi
((TOTAL_FAILED > 0)) && status=1

line="$TOTAL_PASSED passed, $TOTAL_FAILED failed"
((TOTAL_SKIPPED > 0)) && line+=", $TOTAL_SKIPPED skipped"
# Stop the node before the closing line, so that line really is the last one printed.
rabbitmq_stop >/dev/null 2>&1 || true
postgres_stop >/dev/null 2>&1 || true
echo "$line"
exit "$status"
