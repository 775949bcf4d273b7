#!/usr/bin/env bash
# Runs every test of Ruta: unit tests, integration tests on SQLite AND PostgreSQL, browser tests
# (Playwright driving Debian's Chromium), and the benchmark smoke run. Installs what is missing
# (chromium via apt-get, PostgreSQL via apt-get), starts a throwaway PostgreSQL, and ends with the
# line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "== Installing Debian's chromium (apt-get)"
  sudo_ apt-get update -qq && sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "== Starting a throwaway PostgreSQL"
eval "$(scripts/postgres.sh start)"
trap 'scripts/postgres.sh stop "$RUTA_PG_DIR"' EXIT

echo "== Building (Release)"
if ! dotnet build Ruta.slnx -c Release -nologo -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
run() { # name project [env...]
  local name=$1 project=$2; shift 2
  echo "== $name"
  env "$@" dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
}

run unit tests/Ruta.UnitTests
run integration-sqlite tests/Ruta.IntegrationTests RUTA_TEST_DB=sqlite
run integration-postgres tests/Ruta.IntegrationTests RUTA_TEST_DB=postgres
run browser tests/Ruta.BrowserTests RUTA_CHROMIUM=/usr/bin/chromium

# The benchmark script in smoke mode (tiny dataset, seconds, no thresholds): every step must run.
# It reports as one test (bench-smoke.trx): passed when every step ran, failed otherwise.
echo "== bench-smoke"
RUTA_BENCH_OUT="$results/bench-smoke" bench/run.sh --smoke --no-build --trx "$results/bench-smoke.trx" > "$results/bench-smoke.log" 2>&1 || status=1
tail -3 "$results/bench-smoke.log"

passed=0; failed=0; files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files+1))
  counters=$(grep -o '<Counters [^>]*' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters"); t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  ex=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  echo "   $(basename "$trx" .trx): total=${t:-0} executed=${ex:-0} passed=${p:-0} failed=${f:-0}"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
  # A test that did not run (not executed, not passed) counts as failed: no silent skips.
  notrun=$(( ${t:-0} - ${ex:-0} )); [ $notrun -gt 0 ] && failed=$((failed + notrun))
done
if [ "$files" -lt 5 ]; then
  echo "   only $files of 5 test runs produced results"
  failed=$((failed + 1))
fi
[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed"
exit $status
