#!/usr/bin/env bash
# Load test of the local host: starts a private Azurite (127.0.0.1:10320-10322) and a local host (127.0.0.1:7393)
# on fresh data, runs tools/Returns.Load against them (seeding through the public API, then portal lookups,
# carrier webhooks with the timeline check of every accepted event, and return creations, each in stages of
# rising rate), prints the table and stops both. Arguments go to the load tool, e.g.
#   scripts/load.sh                                  # the full run: about 5 minutes
#   scripts/load.sh --smoke                          # a few seconds at tiny rates
#   scripts/load.sh --lookups 200 --webhooks 300 --creations 0 --stage-seconds 30
# Environment: LOAD_PORT_BASE (Azurite's three ports, default 10320), LOAD_HOST_PORT (7393),
# LOAD_AZURITE_DEBUG=1 (Azurite logs every storage request; the script prints their count), LOAD_KEEP=1 (keep the
# data folder and the logs), LOAD_HOST_ENV="NAME=value ..." (more settings for the host).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/azurite.sh
source "$ROOT/scripts/azurite.sh"

PORT=${LOAD_PORT_BASE:-10320}
HOST_PORT=${LOAD_HOST_PORT:-7393}
WORK="$(mktemp -d "${TMPDIR:-/tmp}/returns-load.XXXXXX")"
HOST_PID=""
cleanup() {
  [ -z "$HOST_PID" ] || stop_process "$HOST_PID" 15 "The local host"
  azurite_stop
  if [ "${LOAD_KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

[ "${LOAD_AZURITE_DEBUG:-0}" = 1 ] && export AZURITE_DEBUG_LOG="$WORK/azurite-debug.log"
azurite_ensure_installed
azurite_start "$WORK/azurite" "$PORT" $((PORT + 1)) $((PORT + 2)) "$WORK/azurite.log" 60
dotnet build local/Returns.Local.csproj -c Release -nologo -v quiet >/dev/null
dotnet build tools/Returns.Load/Returns.Load.csproj -c Release -nologo -v quiet >/dev/null

RETURNS_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$((PORT + 1))/devstoreaccount1;TableEndpoint=http://127.0.0.1:$((PORT + 2))/devstoreaccount1;" \
RETURNS_DATA_DIR="$WORK/data" RETURNS_URLS="http://127.0.0.1:$HOST_PORT" RETURNS_TASK_HUB=load \
RETURNS_ADMIN_API_KEY=load-admin-key RETURNS_CARRIER_WEBHOOK_SECRET=load-webhook-secret \
  env ${LOAD_HOST_ENV:-} dotnet local/bin/Release/net10.0/Returns.Local.dll >"$WORK/host.log" 2>&1 &
HOST_PID=$!
healthy=0
for _ in $(seq 1 180); do
  if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$HOST_PORT/api/health" 2>/dev/null; then healthy=1; break; fi
  sleep 0.5
done
[ "$healthy" = 1 ] || { echo "The local host did not become healthy; last lines of its log:" >&2; tail -n 30 "$WORK/host.log" >&2; exit 3; }

rc=0
dotnet tools/Returns.Load/bin/Release/net10.0/Returns.Load.dll --url "http://127.0.0.1:$HOST_PORT" \
  --link-key "$WORK/data/link-signing.key" --api-key load-admin-key --secret load-webhook-secret \
  --cpu "host=$HOST_PID,azurite=$AZURITE_PID" "$@" || rc=$?
if [ -n "${AZURITE_DEBUG_LOG:-}" ]; then
  echo "storage requests in the whole run: $(grep -c "StorageContextMiddleware: RequestMethod=" "$AZURITE_DEBUG_LOG" || true)"
fi
exit "$rc"
