#!/usr/bin/env bash
# Measures the local host end to end: starts a private Azurite (127.0.0.1:10300-10302) and a local
# host (127.0.0.1:7391) on fresh data, runs tools/Returns.Bench against them, stops the host, then runs
# tools/Returns.Overhead on a fresh Azurite (same ports and settings): a no-op orchestration with the same activity
# calls, events and timers as the bench's single return, for as many instances at the same pacing, and prints the ratio.
# Arguments go to the bench, e.g. scripts/bench.sh --returns 200.
# Environment: BENCH_PORT_BASE (Azurite's three ports, default 10300), BENCH_HOST_PORT (7391),
# BENCH_AZURITE_DEBUG=1 (Azurite logs every storage request to a file in the work folder; the script prints how many),
# BENCH_KEEP=1 (keep the data folder, host log and Azurite log), BENCH_OVERHEAD=0 (skip the no-op run),
# BENCH_HOST_DLL=path (measure another build of the local host, e.g. the one before a change).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/azurite.sh
source "$ROOT/scripts/azurite.sh"

PORT=${BENCH_PORT_BASE:-10300}
HOST_PORT=${BENCH_HOST_PORT:-7391}
WORK="$(mktemp -d "${TMPDIR:-/tmp}/returns-bench.XXXXXX")"
HOST_PID=""
cleanup() {
  [ -z "$HOST_PID" ] || stop_process "$HOST_PID" 15 "The local host"
  azurite_stop
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

[ "${BENCH_AZURITE_DEBUG:-0}" = 1 ] && export AZURITE_DEBUG_LOG="$WORK/azurite-debug.log"
azurite_ensure_installed
azurite_start "$WORK/azurite" "$PORT" $((PORT + 1)) $((PORT + 2)) "$WORK/azurite.log" 60
HOST_DLL=${BENCH_HOST_DLL:-local/bin/Release/net10.0/Returns.Local.dll}
[ -n "${BENCH_HOST_DLL:-}" ] || dotnet build local/Returns.Local.csproj -c Release -nologo -v quiet >/dev/null
dotnet build tools/Returns.Bench/Returns.Bench.csproj -c Release -nologo -v quiet >/dev/null
[ "${BENCH_OVERHEAD:-1}" = 0 ] || dotnet build tools/Returns.Overhead/Returns.Overhead.csproj -c Release -nologo -v quiet >/dev/null

STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$((PORT + 1))/devstoreaccount1;TableEndpoint=http://127.0.0.1:$((PORT + 2))/devstoreaccount1;"
RETURNS_STORAGE="$STORAGE" RETURNS_DATA_DIR="$WORK/data" RETURNS_URLS="http://127.0.0.1:$HOST_PORT" RETURNS_TASK_HUB=bench \
  dotnet "$HOST_DLL" >"$WORK/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$HOST_PORT/api/health" 2>/dev/null && break
  sleep 0.5
done

cpu_seconds() { # user+system CPU seconds PID has used so far
  awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / tck }' "/proc/$1/stat" 2>/dev/null || echo 0
}
count_requests() { # the storage requests in Azurite's debug log (complete once that Azurite stopped), when BENCH_AZURITE_DEBUG=1
  [ -n "${AZURITE_DEBUG_LOG:-}" ] && grep -c "StorageContextMiddleware: RequestMethod=" "$AZURITE_DEBUG_LOG" || echo 0
}

rc=0
host_cpu=$(cpu_seconds "$HOST_PID") azurite_cpu=$(cpu_seconds "$AZURITE_PID")
dotnet tools/Returns.Bench/bin/Release/net10.0/Returns.Bench.dll --url "http://127.0.0.1:$HOST_PORT" --summary "$WORK/lifecycle.json" "$@" || rc=$?
echo "  cpu during the bench: host $(awk -v a="$host_cpu" -v b="$(cpu_seconds "$HOST_PID")" 'BEGIN { printf "%.1f", b - a }') s," \
  "Azurite $(awk -v a="$azurite_cpu" -v b="$(cpu_seconds "$AZURITE_PID")" 'BEGIN { printf "%.1f", b - a }') s"
stop_process "$HOST_PID" 15 "The local host"
HOST_PID=""
if [ "${BENCH_OVERHEAD:-1}" != 0 ] && [ -f "$WORK/lifecycle.json" ]; then
  echo
  # The no-op runs on a fresh Azurite like the lifecycle did: Azurite slows down as it fills (every return leaves
  # timer messages due in days in its queues), and the no-op must not pay for the lifecycle's leftovers.
  dotnet tools/Returns.Overhead/bin/Release/net10.0/Returns.Overhead.dll --storage "$STORAGE" --lifecycle "$WORK/lifecycle.json" \
    --save-shape "$WORK/shape.json"
  azurite_stop
  [ -z "${AZURITE_DEBUG_LOG:-}" ] || echo "  storage requests of the lifecycle run (host start, single return, bench): $(count_requests)"
  [ -z "${AZURITE_DEBUG_LOG:-}" ] || export AZURITE_DEBUG_LOG="$WORK/azurite-noop-debug.log"
  azurite_start "$WORK/azurite-noop" "$PORT" $((PORT + 1)) $((PORT + 2)) "$WORK/azurite.log" 60
  azurite_cpu=$(cpu_seconds "$AZURITE_PID")
  dotnet tools/Returns.Overhead/bin/Release/net10.0/Returns.Overhead.dll --storage "$STORAGE" --lifecycle "$WORK/lifecycle.json" \
    --shape "$WORK/shape.json" || rc=$?
  echo "  cpu during the no-op run: Azurite $(awk -v a="$azurite_cpu" -v b="$(cpu_seconds "$AZURITE_PID")" 'BEGIN { printf "%.1f", b - a }') s"
  azurite_stop
  [ -z "${AZURITE_DEBUG_LOG:-}" ] || echo "  storage requests of the no-op run (worker start, single instance, parallel run): $(count_requests)"
elif [ -n "${AZURITE_DEBUG_LOG:-}" ]; then
  azurite_stop
  echo "  storage requests of the lifecycle run (host start, single return, bench): $(count_requests)"
fi
exit "$rc"
