#!/usr/bin/env bash
# Analytics at scale: starts a private Azurite (127.0.0.1:10310-10312) on fresh data, writes a history of returns
# (1,000,000 by default) through the real aggregate store, starts a local host (127.0.0.1:7392) on it, times the
# dashboard over HTTP and prints the host's memory. Arguments go to the generator, e.g.
# scripts/bench-analytics.sh --returns 100000 --months 12.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/azurite.sh
source "$ROOT/scripts/azurite.sh"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/returns-analytics-bench.XXXXXX")"
HOST_PID=""
cleanup() {
  [ -z "$HOST_PID" ] || stop_process "$HOST_PID" 15 "The local host"
  azurite_stop
  rm -rf "$WORK"
}
trap cleanup EXIT

azurite_ensure_installed
azurite_start "$WORK/azurite" 10310 10311 10312 "$WORK/azurite.log" 60
dotnet build local/Returns.Local.csproj -c Release -nologo -v quiet >/dev/null
dotnet build tools/Returns.AnalyticsBench/Returns.AnalyticsBench.csproj -c Release -nologo -v quiet >/dev/null

STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10310/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10311/devstoreaccount1;TableEndpoint=http://127.0.0.1:10312/devstoreaccount1;"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
dotnet tools/Returns.AnalyticsBench/bin/Release/net10.0/Returns.AnalyticsBench.dll generate --storage "$STORAGE" "$@"

RETURNS_STORAGE="$STORAGE" RETURNS_DATA_DIR="$WORK/data" RETURNS_URLS=http://127.0.0.1:7392 RETURNS_TASK_HUB=analyticsbench \
  dotnet local/bin/Release/net10.0/Returns.Local.dll >"$WORK/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null --max-time 2 http://127.0.0.1:7392/api/health 2>/dev/null && break
  sleep 0.5
done

status=0
dotnet tools/Returns.AnalyticsBench/bin/Release/net10.0/Returns.AnalyticsBench.dll measure --url http://127.0.0.1:7392 || status=$?
grep -o "Analytics read [0-9]* months, [0-9]* cells in [0-9]* ms" "$WORK/host.log" | head -1 || true
awk '/VmRSS|VmHWM/ {printf "host %s %.0f MiB\n", $1, $2/1024}' "/proc/$HOST_PID/status"
exit "$status"
