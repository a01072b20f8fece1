#!/usr/bin/env bash
# Starts the whole returns system on this machine: Azurite (blob/queue/table on 10000-10002)
# and the local host (local/Returns.Local.csproj), seeded with demo orders the first time.
# Ctrl-C stops both. Data stays in $RETURNS_DATA_DIR (default ./.data) between runs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
# shellcheck source=scripts/azurite.sh
source "$ROOT/scripts/azurite.sh"

export RETURNS_URLS="${RETURNS_URLS:-http://127.0.0.1:7071}"
# The demo shop ships from its warehouse in Taipei (orders from Shopify and WooCommerce need a ship-from address).
export RETURNS_SHOP_ORIGIN_COUNTRY="${RETURNS_SHOP_ORIGIN_COUNTRY:-TW}" RETURNS_SHOP_ORIGIN_CITY="${RETURNS_SHOP_ORIGIN_CITY:-Taipei}"
export RETURNS_SHOP_ORIGIN_POSTAL_CODE="${RETURNS_SHOP_ORIGIN_POSTAL_CODE:-100}"
export RETURNS_SHOP_ORIGIN_ADDRESS="${RETURNS_SHOP_ORIGIN_ADDRESS:-No. 1, Sec. 1, Zhongshan S. Rd.}"
RETURNS_DATA_DIR="${RETURNS_DATA_DIR:-./.data}"
mkdir -p "$RETURNS_DATA_DIR"
RETURNS_DATA_DIR="$(cd "$RETURNS_DATA_DIR" && pwd)"   # absolute, so the host and this script agree
export RETURNS_DATA_DIR
STORAGE="${RETURNS_STORAGE:-UseDevelopmentStorage=true}"

LOG_DIR="$RETURNS_DATA_DIR/logs"
AZURITE_LOGFILE="$LOG_DIR/azurite.log"
HOST_LOG="$LOG_DIR/host.log"
BUILD_LOG="$LOG_DIR/build.log"
HOST_DLL="local/bin/Release/net10.0/Returns.Local.dll"
HEALTH_TIMEOUT="${RETURNS_HEALTH_TIMEOUT:-120}"   # seconds
mkdir -p "$LOG_DIR"

# First URL of RETURNS_URLS (';'-separated), with a wildcard host replaced by 127.0.0.1.
URL="${RETURNS_URLS%%;*}"
URL="${URL%/}"
URL="$(printf '%s' "$URL" | sed -E 's#^(https?://)(\*|\+|0\.0\.0\.0|\[::\])(:|/|$)#\1127.0.0.1\3#')"

die() { echo "run.sh: $*" >&2; exit 1; }

command -v dotnet >/dev/null 2>&1 || die "dotnet (the .NET 10 SDK) was not found on PATH."
command -v curl >/dev/null 2>&1 || die "curl was not found (apt-get install curl)."

HOST_PID=""
STARTED_AZURITE=0
# shellcheck disable=SC2317  # invoked by trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$HOST_PID" ] && azurite_pid_alive "$HOST_PID"; then
    echo "Stopping the local host (pid $HOST_PID)..."
    stop_process "$HOST_PID" 15 "The local host"
  fi
  HOST_PID=""
  if [ "$STARTED_AZURITE" = 1 ]; then
    echo "Stopping Azurite..."
    azurite_stop
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- storage -------------------------------------------------------------------------------
if [ "$STORAGE" = "UseDevelopmentStorage=true" ]; then
  if azurite_any_port_open 10000 10001 10002; then
    if azurite_running_on 10000 10001 10002; then
      echo "Reusing the Azurite already listening on 127.0.0.1:10000-10002 (its data folder is its own)."
    else
      die "ports 10000-10002 are in use by something that is not Azurite (or only partly). Stop it, or set RETURNS_STORAGE to another storage account."
    fi
  else
    azurite_ensure_installed || die "Azurite is not installed."
    echo "Starting Azurite (data: $RETURNS_DATA_DIR/azurite, log: $AZURITE_LOGFILE)..."
    STARTED_AZURITE=1
    azurite_start "$RETURNS_DATA_DIR/azurite" 10000 10001 10002 "$AZURITE_LOGFILE" 60 \
      || die "Azurite did not start (see $AZURITE_LOGFILE)."
  fi
else
  echo "RETURNS_STORAGE is set to a non-emulator account: not starting Azurite."
fi

# --- local host ----------------------------------------------------------------------------
hostport="$(printf '%s' "$URL" | sed -E 's#^https?://##; s#/.*$##')"
port="${hostport##*:}"
if [ "$port" = "$hostport" ]; then
  case "$URL" in https://*) port=443 ;; *) port=80 ;; esac
fi
if azurite_port_open "$port"; then
  die "port $port (RETURNS_URLS=$RETURNS_URLS) is already in use: is another ./run.sh running? Stop it or set RETURNS_URLS."
fi

echo "Building the local host (log: $BUILD_LOG)..."
if ! dotnet build local/Returns.Local.csproj -c Release -nologo -v quiet >"$BUILD_LOG" 2>&1; then
  echo "--- build failed; last lines of $BUILD_LOG ---" >&2
  tail -n 40 "$BUILD_LOG" >&2
  exit 1
fi
[ -f "$HOST_DLL" ] || die "the build did not produce $HOST_DLL."

echo "Starting the local host on $RETURNS_URLS (log: $HOST_LOG)..."
echo "=== $(date -u +%Y-%m-%dT%H:%M:%SZ) dotnet $HOST_DLL --seed-demo" >>"$HOST_LOG"
dotnet "$HOST_DLL" --seed-demo </dev/null >>"$HOST_LOG" 2>&1 &
HOST_PID=$!

waited=0
until curl -fsS -o /dev/null --max-time 3 "$URL/api/health" 2>/dev/null; do
  if ! azurite_pid_alive "$HOST_PID"; then
    wait "$HOST_PID" 2>/dev/null && hrc=0 || hrc=$?
    HOST_PID=""
    echo "The local host exited (code $hrc) before it was healthy. Last lines of $HOST_LOG:" >&2
    tail -n 40 "$HOST_LOG" >&2
    exit 1
  fi
  if [ "$waited" -ge "$HEALTH_TIMEOUT" ]; then
    echo "The local host did not answer $URL/api/health within ${HEALTH_TIMEOUT}s. Last lines of $HOST_LOG:" >&2
    tail -n 40 "$HOST_LOG" >&2
    exit 1
  fi
  sleep 1
  waited=$((waited + 1))
done

ADMIN_KEY="${RETURNS_ADMIN_API_KEY:-dev-admin-key}"
cat <<BANNER

==========================================================================================
 Returns system is running at $URL
------------------------------------------------------------------------------------------
 Customer portal : $URL/portal
 Merchant admin  : $URL/admin
                   API key header  x-api-key: $ADMIN_KEY
 Analytics       : $URL/admin?view=analytics   (18 months of demo history)
 Dev outbox      : $URL/dev/outbox   (emails and events sent while running locally)
 Health          : $URL/api/health
------------------------------------------------------------------------------------------
 Demo orders (look up in the portal with email + order number):
   TW-1001  anna@example.de        <- try this one first
   TW-1002  kenji@example.jp
   TW-1003  mia@example.com
   TW-1004  liam@example.com.au
   TW-1005  meiling@example.hk     (Traditional Chinese)
   TW-1006  minjun@example.kr      (Korean)
   TW-1007  wei@example.cn         (China: a made-to-measure shirt the law excludes)
   TW-1008  lukas@example.de       (a phone with a lithium battery)
   TW-1009  yating@example.tw      (Taiwan domestic: the shop pays postage)
------------------------------------------------------------------------------------------
 Data : $RETURNS_DATA_DIR   (kept between runs; delete it to start afresh)
 Logs : $LOG_DIR/host.log, azurite.log, build.log
 Press Ctrl-C to stop the host and Azurite.
==========================================================================================

BANNER

hrc=0
wait "$HOST_PID" || hrc=$?
HOST_PID=""
echo "The local host exited (code $hrc). Last lines of $HOST_LOG:" >&2
tail -n 20 "$HOST_LOG" >&2
exit "$hrc"
