#!/usr/bin/env bash
# Runs every test: starts a private Azurite on 127.0.0.1:10100-10102 (see RETURNS_TEST_PORT_BASE) with a fresh temporary data
# folder (so it never clashes with a running ./run.sh), exports RETURNS_TEST_STORAGE for it, runs
# `dotnet test Returns.Functions.sln -c Release` with a trx logger, stops Azurite and prints
#   tests: N passed, M failed, K skipped
# as its last line. Extra arguments go to dotnet test, e.g. ./test.sh --filter "FullyQualifiedName~Portal".
# Results (trx files, dotnet test and Azurite logs) go to $RETURNS_TEST_RESULTS (default ./TestResults/test.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
# shellcheck source=scripts/azurite.sh
source "$ROOT/scripts/azurite.sh"

# RETURNS_TEST_PORT_BASE moves the three ports (e.g. 10400 → 10400-10402) so two runs can share a machine.
BLOB_PORT=${RETURNS_TEST_PORT_BASE:-10100}
QUEUE_PORT=$((BLOB_PORT + 1))
TABLE_PORT=$((BLOB_PORT + 2))
RESULTS_DIR="${RETURNS_TEST_RESULTS:-$ROOT/TestResults/test.sh}"
mkdir -p "$RESULTS_DIR"
RESULTS_DIR="$(cd "$RESULTS_DIR" && pwd)"
find "$RESULTS_DIR" -name '*.trx' -type f -delete   # old trx files must not be counted again
AZURITE_DATA="$(mktemp -d "${TMPDIR:-/tmp}/returns-test-azurite.XXXXXX")"

# shellcheck disable=SC2317  # invoked by trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  azurite_stop
  rm -rf "$AZURITE_DATA"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

azurite_ensure_installed
if azurite_any_port_open "$BLOB_PORT" "$QUEUE_PORT" "$TABLE_PORT"; then
  echo "test.sh: ports $BLOB_PORT-$TABLE_PORT are already in use (another ./test.sh running?)." >&2
  exit 1
fi
echo "Starting a test Azurite on 127.0.0.1:$BLOB_PORT-$TABLE_PORT (log: $RESULTS_DIR/azurite.log)..."
azurite_start "$AZURITE_DATA" "$BLOB_PORT" "$QUEUE_PORT" "$TABLE_PORT" "$RESULTS_DIR/azurite.log" 60

# Azurite's well-known devstoreaccount1 key (the same one UseDevelopmentStorage=true uses).
export RETURNS_TEST_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$BLOB_PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE_PORT/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "Running: dotnet test Returns.Functions.sln -c Release $*"
test_rc=0
dotnet test Returns.Functions.sln -c Release \
  --results-directory "$RESULTS_DIR" --logger "trx" "$@" \
  </dev/null 2>&1 | tee "$RESULTS_DIR/dotnet-test.log" || test_rc=$?

azurite_stop   # now, so nothing it prints comes after the summary line (the EXIT trap is a fallback)

# Sum the <Counters .../> of every trx file (one per test project).
counter() { # counter NAME FILE -> the attribute's value, 0 when absent
  local v
  v="$(grep -o "<Counters [^>]*>" "$2" | head -n 1 | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+' || true)"
  echo "${v:-0}"
}
passed=0 failed=0 skipped=0 files=0
while IFS= read -r -d '' trx; do
  files=$((files + 1))
  total=$(counter total "$trx")
  executed=$(counter executed "$trx")
  passed=$((passed + $(counter passed "$trx")))
  failed=$((failed + $(counter failed "$trx") + $(counter error "$trx") + $(counter timeout "$trx") + $(counter aborted "$trx")))
  skipped=$((skipped + total - executed))
done < <(find "$RESULTS_DIR" -name '*.trx' -print0)

rc=0
if [ "$test_rc" -ne 0 ]; then
  echo "dotnet test failed (exit code $test_rc); its output is in $RESULTS_DIR/dotnet-test.log." >&2
  rc=$test_rc
fi
if [ "$files" -eq 0 ]; then
  echo "No trx file was written to $RESULTS_DIR: no test ran." >&2
  [ "$rc" -ne 0 ] || rc=1
elif [ $((passed + failed)) -eq 0 ]; then
  echo "0 tests ran." >&2
  [ "$rc" -ne 0 ] || rc=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$rc"
