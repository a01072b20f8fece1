#!/usr/bin/env bash
# Measures the local host end to end: starts a private Azurite (127.0.0.1:10300-10302) and a local
# host (127.0.0.1:7391) on fresh data, runs tools/Returns.Bench against them, and stops both.
# Arguments go to the bench, e.g. scripts/bench.sh --returns 200.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/azurite.sh
source "$ROOT/scripts/azurite.sh"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/returns-bench.XXXXXX")"
HOST_PID=""
cleanup() {
  [ -z "$HOST_PID" ] || stop_process "$HOST_PID" 15 "The local host"
  azurite_stop
  rm -rf "$WORK"
}
trap cleanup EXIT

azurite_ensure_installed
azurite_start "$WORK/azurite" 10300 10301 10302 "$WORK/azurite.log" 60
dotnet build local/Returns.Local.csproj -c Release -nologo -v quiet >/dev/null
dotnet build tools/Returns.Bench/Returns.Bench.csproj -c Release -nologo -v quiet >/dev/null

RETURNS_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10300/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10301/devstoreaccount1;TableEndpoint=http://127.0.0.1:10302/devstoreaccount1;" \
RETURNS_DATA_DIR="$WORK/data" RETURNS_URLS=http://127.0.0.1:7391 RETURNS_TASK_HUB=bench \
  dotnet local/bin/Release/net10.0/Returns.Local.dll >"$WORK/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null --max-time 2 http://127.0.0.1:7391/api/health 2>/dev/null && break
  sleep 0.5
done

dotnet tools/Returns.Bench/bin/Release/net10.0/Returns.Bench.dll --url http://127.0.0.1:7391 "$@"
