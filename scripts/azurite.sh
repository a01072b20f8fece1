# shellcheck shell=bash
# Azurite helpers for run.sh and test.sh. Source this file; it defines functions only.
#
#   source scripts/azurite.sh
#   azurite_ensure_installed                       # npm ci if Azurite or axe-core is missing from node_modules
#   azurite_start DIR BLOB QUEUE TABLE LOGFILE [TIMEOUT]
#                                                  # start on 127.0.0.1, wait for the three ports;
#                                                  # sets AZURITE_PID; with AZURITE_DEBUG_LOG=FILE set,
#                                                  # Azurite logs every storage request to FILE
#   azurite_stop                                   # stop the Azurite started by azurite_start
#   azurite_running_on BLOB QUEUE TABLE            # true if Azurite answers on all three ports
#   azurite_any_port_open BLOB QUEUE TABLE         # true if anything listens on one of them
#   azurite_port_open PORT, azurite_pid_alive PID  # small helpers run.sh uses too
#
# Azurite is installed into the repository's node_modules (pinned in package.json), never globally.
# --disableTelemetry: no calls home, and Azurite exits at once on SIGTERM (with telemetry on it lingers ~15 s).

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "scripts/azurite.sh is a helper: source it from bash (see ./run.sh and ./test.sh)." >&2
  exit 2
fi

AZURITE_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AZURITE_BIN="$AZURITE_REPO_ROOT/node_modules/.bin/azurite"
AZURITE_HOST="127.0.0.1"
AZURITE_PID=""
AZURITE_LOG=""

# True when something accepts TCP connections on 127.0.0.1:PORT (used by run.sh too).
azurite_port_open() {
  # shellcheck disable=SC2016  # $0/$1 expand in the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$AZURITE_HOST" "$1" 2>/dev/null
}

azurite_any_port_open() {
  local port
  for port in "$@"; do
    if azurite_port_open "$port"; then return 0; fi
  done
  return 1
}

# True when each port answers HTTP with a "Server: Azurite-Blob/…", "Azurite-Queue/…",
# "Azurite-Table/…" header respectively.
azurite_running_on() {
  local blob=$1 queue=$2 table=$3 svc port
  command -v curl >/dev/null 2>&1 || { echo "curl is required (apt-get install curl)." >&2; return 1; }
  for svc in "Blob:$blob" "Queue:$queue" "Table:$table"; do
    port=${svc#*:}
    curl -s -o /dev/null -D - --max-time 3 "http://$AZURITE_HOST:$port/" 2>/dev/null \
      | tr -d '\r' | grep -qi "^server: *azurite-${svc%%:*}/" || return 1
  done
  return 0
}

azurite_ensure_installed() {
  if [ -x "$AZURITE_BIN" ] && [ -f "$AZURITE_REPO_ROOT/node_modules/axe-core/axe.min.js" ]; then return 0; fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "Azurite is not installed and npm was not found: install Node.js and npm, then run 'npm ci'." >&2
    return 1
  fi
  echo "Installing Azurite and axe-core into node_modules (npm ci --no-audit --no-fund)..." >&2
  if ! (cd "$AZURITE_REPO_ROOT" && npm ci --no-audit --no-fund >&2); then
    echo "npm ci failed: Azurite could not be installed." >&2
    return 1
  fi
  [ -x "$AZURITE_BIN" ] || { echo "npm ci finished but $AZURITE_BIN is missing." >&2; return 1; }
}

# azurite_wait_ports TIMEOUT_SECONDS PORT...  (fails early if AZURITE_PID has exited)
azurite_wait_ports() {
  local timeout_s=$1 port waited=0
  shift
  while :; do
    local all=1
    for port in "$@"; do
      azurite_port_open "$port" || { all=0; break; }
    done
    if [ "$all" = 1 ]; then
      # The ports are open; make sure it is our Azurite that opened them (not one that lost a race).
      [ -z "$AZURITE_PID" ] && return 0
      sleep 0.5
      azurite_pid_alive "$AZURITE_PID" && return 0
    fi
    if [ -n "$AZURITE_PID" ] && ! azurite_pid_alive "$AZURITE_PID"; then
      echo "Azurite exited before it listened on ports $*." >&2
      [ -n "$AZURITE_LOG" ] && [ -f "$AZURITE_LOG" ] && { echo "--- last lines of $AZURITE_LOG ---" >&2; tail -n 30 "$AZURITE_LOG" >&2; }
      AZURITE_PID=""
      return 1
    fi
    if [ "$waited" -ge "$timeout_s" ]; then
      echo "Timed out after ${timeout_s}s waiting for Azurite on $AZURITE_HOST ports $*." >&2
      [ -n "$AZURITE_LOG" ] && [ -f "$AZURITE_LOG" ] && { echo "--- last lines of $AZURITE_LOG ---" >&2; tail -n 30 "$AZURITE_LOG" >&2; }
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# azurite_start LOCATION BLOB_PORT QUEUE_PORT TABLE_PORT LOGFILE [TIMEOUT_SECONDS=60]
# Call it directly (not inside $(...)) so AZURITE_PID stays set in the calling shell.
azurite_start() {
  local location=$1 blob=$2 queue=$3 table=$4 log=$5 timeout_s=${6:-60}
  if [ -n "$AZURITE_PID" ] && azurite_pid_alive "$AZURITE_PID"; then
    echo "azurite_start: this shell already runs Azurite (pid $AZURITE_PID)." >&2
    return 1
  fi
  if azurite_any_port_open "$blob" "$queue" "$table"; then
    echo "Cannot start Azurite: something already listens on $AZURITE_HOST port $blob, $queue or $table." >&2
    return 1
  fi
  mkdir -p "$location" "$(dirname "$log")"
  node "$AZURITE_REPO_ROOT/scripts/azurite-patch.js" "$AZURITE_REPO_ROOT" || true
  AZURITE_LOG=$log
  {
    echo "=== $(date -u +%Y-%m-%dT%H:%M:%SZ) azurite --location $location ports $blob/$queue/$table"
  } >>"$log"
  "$AZURITE_BIN" \
    --location "$location" \
    --blobHost "$AZURITE_HOST" --blobPort "$blob" \
    --queueHost "$AZURITE_HOST" --queuePort "$queue" \
    --tableHost "$AZURITE_HOST" --tablePort "$table" \
    --skipApiVersionCheck --loose --silent --disableTelemetry \
    ${AZURITE_DEBUG_LOG:+--debug "$AZURITE_DEBUG_LOG"} \
    </dev/null >>"$log" 2>&1 &
  AZURITE_PID=$!
  if ! azurite_wait_ports "$timeout_s" "$blob" "$queue" "$table"; then
    azurite_stop
    return 1
  fi
}

# True while PID runs (a zombie, exited but not yet reaped, counts as stopped).
azurite_pid_alive() {
  local stat
  kill -0 "$1" 2>/dev/null || return 1
  if [ -r "/proc/$1/stat" ]; then
    stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
    stat="${stat##*) }"          # fields after "(comm) "; the first is the state
    [ "${stat%% *}" != Z ]
  elif command -v ps >/dev/null 2>&1; then
    stat="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
    case "$stat" in Z*|"") return 1 ;; esac
  fi
}

# stop_process PID SECONDS WHAT: SIGTERM, then SIGKILL when PID still runs after SECONDS; reaps it.
stop_process() {
  local pid=$1 seconds=$2 what=$3 _
  if azurite_pid_alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((seconds * 10))); do
      azurite_pid_alive "$pid" || break
      sleep 0.1
    done
    if azurite_pid_alive "$pid"; then
      echo "$what (pid $pid) did not stop within ${seconds}s; killing it." >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
  return 0
}

# Stops the Azurite this shell started (SIGTERM, then SIGKILL after 10 s). Safe to call twice.
azurite_stop() {
  local pid=$AZURITE_PID
  [ -n "$pid" ] || return 0
  AZURITE_PID=""
  stop_process "$pid" 10 Azurite
}
