#!/usr/bin/env bash
# Measures how much work one return causes on the local host, as the input of the Azure cost figures in README.md
# ("What it costs on Azure").
#
#   scripts/measure-costs.sh                      # 50 returns, 60 s idle baseline, 30 s quiet period
#   scripts/measure-costs.sh --returns 100 --idle 120 --quiet 30 --reads 200 --keep /tmp/costs-run
#   scripts/measure-costs.sh --returns 20 --concurrency 1   # one return at a time: durations without contention
#
# What it does, on fresh data, in about four minutes on the 2-core machine:
#   1. builds the local host, tools/Returns.Bench and tools/Returns.CostProbe, and copies the host's build aside
#      (a concurrent build cannot swap it mid-run);
#   2. starts a private Azurite on 127.0.0.1:10500-10502 with its debug log (every request: service, operation, URL,
#      whether a Get Messages returned a message, the operations inside an entity group transaction), and a local
#      host on 127.0.0.1:7591 (task hub "costprobe") with tools/Returns.CostProbe loaded as a .NET startup hook, which
#      writes the duration of every HTTP request and durable activity the host runs;
#   3. warms up with one whole return (tables created, code jitted), then records an idle baseline (--idle seconds,
#      nothing but the host's own loops), then drives --returns returns (all at once, or --concurrency at a time)
#      through their whole life with tools/Returns.Bench (order, request, confirmation link, label, picked_up and
#      delivered scans, inspection, closed), waits --quiet seconds for trailing work, and reads one return's status
#      --reads times (the storage cost of one status read, so the bench's own status polling can be taken out);
#   4. stops the host and prints, from tools/Returns.CostProbe analyze: storage transactions per return by service,
#      part (durable backend, app data, the local outbox that stands in for SendGrid and Service Bus) and kind, net of
#      the idle rate; executions per return (HTTP requests by route, activities by name, orchestrator episodes and
#      events from the task hub's History table) with their measured durations; integration events and emails per
#      return; data stored per return; and the idle rates per hour.
# The local host is not the Functions app: it polls the durable queues at most 1 s apart (Functions: 30 s), runs the
# integration dispatcher every second or when signalled and analytics as soon as something is marked (Functions: two
# 10-second timers), and keeps emails and integration events in a local "Outbox" table (Azure: SendGrid, Service Bus).
# The analysis reports those parts separately so they can be left out or rescaled; durations measured under load include
# contention on the 2-core machine (use --concurrency 1 for durations without it).
# Exit code: 0 when every return closed and the analysis ran; 1 otherwise. Ports in use: 10500-10502 and 7591
# (./test.sh uses 10100-10102, scripts/bench.sh 10300-10302 and 7391, ./run.sh 10000-10002 and 7071).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/azurite.sh
source "$ROOT/scripts/azurite.sh"

RETURNS=50
IDLE=60
QUIET=30
READS=200
CONCURRENCY=""
KEEP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --returns) RETURNS=$2; shift 2 ;;
    --idle) IDLE=$2; shift 2 ;;
    --quiet) QUIET=$2; shift 2 ;;
    --reads) READS=$2; shift 2 ;;
    --concurrency) CONCURRENCY=$2; shift 2 ;;
    --keep) KEEP=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option $1 (see --help)." >&2; exit 64 ;;
  esac
done

BLOB=10500 QUEUE=10501 TABLE=10502 PORT=7591 HUB=costprobe
WORK="$(mktemp -d "${TMPDIR:-/tmp}/returns-costs.XXXXXX")"
HOST_PID=""
cleanup() {
  [ -z "$HOST_PID" ] || stop_process "$HOST_PID" 15 "The local host"
  azurite_stop
  if [ -n "$KEEP" ]; then
    mkdir -p "$KEEP" && cp -r "$WORK"/. "$KEEP"/ && echo "Kept the run's files in $KEEP." >&2
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

mark() { echo "$1 $(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" >>"$WORK/marks"; }
say() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

azurite_ensure_installed
if azurite_any_port_open "$BLOB" "$QUEUE" "$TABLE" "$PORT"; then
  echo "Something already listens on 127.0.0.1 port $BLOB, $QUEUE, $TABLE or $PORT; stop it first." >&2
  exit 1
fi

build() {
  dotnet build "$1" -c Release -nologo -v quiet >"$WORK/build.log" 2>&1 \
    || { sleep 5; dotnet build "$1" -c Release -nologo -v quiet >"$WORK/build.log" 2>&1; } \
    || { cat "$WORK/build.log" >&2; exit 1; }
}
say "building the local host, the bench and the cost probe"
build local/Returns.Local.csproj
build tools/Returns.Bench/Returns.Bench.csproj
build tools/Returns.CostProbe/Returns.CostProbe.csproj
cp -r local/bin/Release/net10.0 "$WORK/host"
cp -r tools/Returns.CostProbe/bin/Release/net10.0 "$WORK/probe"
BENCH=(dotnet tools/Returns.Bench/bin/Release/net10.0/Returns.Bench.dll --url "http://127.0.0.1:$PORT" --skip-single
  --link-key "$WORK/data/link-signing.key" --poll-ms 1000 --timeout 300)
PROBE=(dotnet "$WORK/probe/Returns.CostProbe.dll")

# Azurite as azurite_start starts it, but with its access log on and the debug log that the analysis reads.
mkdir -p "$WORK/azurite"
AZURITE_LOG="$WORK/azurite.log"
"$AZURITE_BIN" --location "$WORK/azurite" \
  --blobHost 127.0.0.1 --blobPort "$BLOB" --queueHost 127.0.0.1 --queuePort "$QUEUE" --tableHost 127.0.0.1 --tablePort "$TABLE" \
  --skipApiVersionCheck --loose --disableTelemetry --debug "$WORK/azurite-debug.log" </dev/null >"$AZURITE_LOG" 2>&1 &
AZURITE_PID=$!
azurite_wait_ports 60 "$BLOB" "$QUEUE" "$TABLE" || exit 1

STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$BLOB/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE/devstoreaccount1;"
say "starting the local host on 127.0.0.1:$PORT (task hub $HUB)"
DOTNET_STARTUP_HOOKS="$WORK/probe/Returns.CostProbe.dll" COSTPROBE_SPANS_FILE="$WORK/spans.tsv" \
RETURNS_STORAGE="$STORAGE" RETURNS_DATA_DIR="$WORK/data" RETURNS_URLS="http://127.0.0.1:$PORT" RETURNS_TASK_HUB=$HUB \
  dotnet "$WORK/host/Returns.Local.dll" >"$WORK/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/api/health" 2>/dev/null && break
  sleep 0.5
done

say "warm-up: one return through its whole life"
"${BENCH[@]}" --returns 1 >"$WORK/warmup.log" 2>&1 || { cat "$WORK/warmup.log" >&2; exit 1; }
sleep 5

say "idle baseline: ${IDLE} s"
mark idle_start
sleep "$IDLE"
mark idle_end

say "run: $RETURNS returns, ${CONCURRENCY:-all} at a time"
mark run_start
BENCH_RC=0
"${BENCH[@]}" --returns "$RETURNS" ${CONCURRENCY:+--concurrency "$CONCURRENCY"} >"$WORK/bench.log" 2>&1 || BENCH_RC=$?
mark run_end
grep -v '^  \[' "$WORK/bench.log" >&2 || true

say "quiet: ${QUIET} s"
sleep "$QUIET"
mark quiet_end

say "calibration: $READS status reads"
mark reads_start
"${PROBE[@]}" reads --storage "$STORAGE" --url "http://127.0.0.1:$PORT" --count "$READS" >&2
mark reads_end
echo "reads_count $READS" >>"$WORK/marks"

stop_process "$HOST_PID" 15 "The local host"
HOST_PID=""

say "analysing $(du -h "$WORK/azurite-debug.log" | cut -f1) of Azurite debug log"
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'); scripts/measure-costs.sh --returns $RETURNS${CONCURRENCY:+ --concurrency $CONCURRENCY} --idle $IDLE --quiet $QUIET --reads $READS"
echo
"${PROBE[@]}" analyze --storage "$STORAGE" --hub "$HUB" --azurite-log "$WORK/azurite-debug.log" \
  --spans "$WORK/spans.tsv" --marks "$WORK/marks"
[ "$BENCH_RC" = 0 ] || { echo "The bench exited with $BENCH_RC: not every return closed." >&2; exit 1; }
