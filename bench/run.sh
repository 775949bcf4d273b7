#!/usr/bin/env bash
# Benchmarks Ruta at national scale against the machine's own limits, each figure next to a baseline
# measured in the same run (docs/benchmarks.md explains each one):
#   1. its own PostgreSQL (scripts/postgres.sh), 2. `ruta generate` (timed), 3. Ruta in Release,
#   4. wrk: filing a claim vs pgbench single-row INSERT; removal check vs /healthz; name search vs
#      pg_trgm similarity (latency and recall on misspelled names); list pages (server time, weight);
#      resident memory under load, 5. BenchmarkDotNet (deadline calculator, CURP, names).
# Usage: bench/run.sh [--smoke] [--persons N] [--duration SECONDS] [--connections C] [--no-build] [--trx FILE]
#   --smoke: 300 persons, 2-second runs, BenchmarkDotNet dry job: checks that every step runs (no thresholds).
# Writes bench/results/<UTC time>/ (results.md, results.json, logs); ends with "bench: ok" or "bench: FAILED".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

smoke=0; persons=1000000; duration=15; connections=16; build=1; trx=""
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1; persons=300; duration=2; connections=2 ;;
    --persons) persons=$2; shift ;;
    --duration) duration=$2; shift ;;
    --connections) connections=$2; shift ;;
    --no-build) build=0 ;;
    --trx) trx=$2; shift ;;
    *) echo "usage: $0 [--smoke] [--persons N] [--duration S] [--connections C] [--no-build] [--trx FILE]" >&2; exit 2 ;;
  esac
  shift
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=${RUTA_BENCH_OUT:-$root/bench/results/$stamp}
mkdir -p "$out"
work=$(mktemp -d /tmp/ruta-bench.XXXXXX)
failed_steps=()
log() { echo "== $*"; }
fail() { echo "!! $*"; failed_steps+=("$1"); }
sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
json() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2" 2>/dev/null || echo "n/a"; }

app_pid=""; sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -n "${RUTA_PG_DIR:-}" ] && scripts/postgres.sh stop "$RUTA_PG_DIR"
  rm -rf "$work"
}
trap cleanup EXIT

finish() {
  local status=0
  [ ${#failed_steps[@]} -gt 0 ] && status=1
  if [ -n "$trx" ]; then
    local passed=$((1 - status)) failedn=$status
    mkdir -p "$(dirname "$trx")"
    cat > "$trx" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<TestRun name="bench-smoke" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <ResultSummary outcome="$([ $status = 0 ] && echo Completed || echo Failed)">
    <Counters total="1" executed="1" passed="$passed" failed="$failedn" error="0" />
    <Output><StdOut>bench/run.sh --smoke: ${failed_steps[*]:-every step ran}</StdOut></Output>
  </ResultSummary>
</TestRun>
EOF
  fi
  if [ $status = 0 ]; then echo "bench: ok ($out)"; else echo "bench: FAILED steps: ${failed_steps[*]} ($out)"; fi
  exit $status
}

# --- Tools -----------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  log "Installing wrk (apt-get)"
  sudo_ apt-get update -qq && sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
command -v wrk >/dev/null || { fail tools; finish; }

log "Machine"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores: $(nproc)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "dotnet: $(dotnet --version)"
  echo "command: bench/run.sh $([ $smoke = 1 ] && echo --smoke) --persons $persons --duration $duration --connections $connections"
} | tee "$out/machine.txt"

log "Starting PostgreSQL"
eval "$(scripts/postgres.sh start)" || { fail postgres; finish; }
pgbin=${RUTA_PG_BIN}
psql_() { "$pgbin/psql" -h 127.0.0.1 -p "$RUTA_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
pgbench_bin="$pgbin/pgbench"; [ -x "$pgbench_bin" ] || pgbench_bin=$(command -v pgbench)
echo "postgres: $("$pgbin/postgres" --version)" | tee -a "$out/machine.txt"
psql_ -d postgres -c "CREATE DATABASE ruta_bench" || { fail postgres; finish; }
db() { psql_ -d ruta_bench "$@"; }

if [ $build = 1 ]; then
  log "Building (Release)"
  dotnet build src/Ruta.Web -c Release -nologo -clp:ErrorsOnly >"$out/build.log" 2>&1 || { fail build; finish; }
  dotnet build bench/Ruta.Benchmarks -c Release -nologo -clp:ErrorsOnly >>"$out/build.log" 2>&1 || fail build-benchmarks
fi
app_dll=$root/src/Ruta.Web/bin/Release/net10.0/Ruta.Web.dll

export Database__Provider=Postgres
export ConnectionStrings__Ruta="Host=127.0.0.1;Port=$RUTA_PG_PORT;Username=postgres;Database=ruta_bench;Maximum Pool Size=100"
export ASPNETCORE_ENVIRONMENT=Benchmark Ruta__DemoData=true Ruta__PrintDemoLogins=false Ruta__DataDirectory=$work/data
export Calendar__MissedDeadlines__Enabled=false Logging__LogLevel__Default=Warning
today=$(TZ=America/Mexico_City date +%Y-%m-%d)

# --- Data --------------------------------------------------------------------------------------------
log "Generating $persons persons"
start=$(date +%s)
dotnet "$app_dll" generate --persons "$persons" --seed 1 --as-of "$today" >"$out/generate.log" 2>&1 || { tail -20 "$out/generate.log"; fail generate; finish; }
generate_seconds=$(( $(date +%s) - start ))
grep -E "^generate: [0-9]+ personas" "$out/generate.log" | tee "$out/generate-summary.txt"
db -c "SELECT pg_size_pretty(pg_database_size('ruta_bench'))" > "$out/database-size.txt"
rows_total=$(grep -oE "[0-9]+ filas en" "$out/generate.log" | grep -oE "^[0-9]+")

# --- App ---------------------------------------------------------------------------------------------
port=$(for p in $(shuf -i 20000-60000 -n 50); do (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; break; }; done)
base=http://127.0.0.1:$port
log "Starting Ruta (Release) on $base"
dotnet "$app_dll" --urls "$base" >"$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/healthz" >/dev/null || { tail -20 "$out/app.log"; fail app-start; finish; }

token() {
  curl -fs -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"Ruta-Demo-2026\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}
# A signed-in browser: the login form's antiforgery token, then the authentication cookie.
cookie() {
  local jar=$work/jar-$1 html
  html=$(curl -fs -c "$jar" "$base/Account/Login")
  local af; af=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$html" | head -1)
  curl -fs -b "$jar" -c "$jar" -o /dev/null -X POST "$base/Account/Login" \
    --data-urlencode "Input.UserName=$1" --data-urlencode "Input.Password=Ruta-Demo-2026" --data-urlencode "__RequestVerificationToken=$af"
  awk 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) && $6 !~ /Antiforgery/ {printf "%s=%s; ", $6, $7}' "$jar"
}
comar_token=$(token comar.officer) && inm_token=$(token inm.officer) || { fail tokens; finish; }
comar_cookie=$(cookie comar.officer); inm_cookie=$(cookie inm.officer); cndh_cookie=$(cookie cndh.auditor)
[ -n "$comar_cookie" ] && [ -n "$inm_cookie" ] || fail cookies

# Memory: the app's resident set, sampled every half second while the load runs.
( while kill -0 "$app_pid" 2>/dev/null; do ps -o rss= -p "$app_pid" >> "$out/rss-kb.txt"; sleep 0.5; done ) &
sampler_pid=$!

# Warm-up before each measure (JIT, EF query compilation, pools): warm N HEADER URL...
warm() {
  local n=$1 header=$2; shift 2
  for _ in $(seq 1 "$n"); do
    for url in "$@"; do curl -s -o /dev/null ${header:+-H "$header"} "$base$url"; done
  done
}

# wrk NAME TOKEN|COOKIE PATH [LIST] [CONNECTIONS] [SCRIPT]: writes $out/NAME.json
wrk_run() {
  local name=$1 auth=$2 path=$3 list=${4:-} conns=${5:-$connections} script=${6:-bench/wrk/get.lua}
  local threads=$(( conns < 2 ? 1 : 2 ))
  RUTA_BENCH_TOKEN=$([[ $auth == Bearer:* ]] && echo "${auth#Bearer:}") RUTA_BENCH_COOKIE=$([[ $auth == Cookie:* ]] && echo "${auth#Cookie:}") \
  RUTA_BENCH_PATH=$path RUTA_BENCH_LIST=$list RUTA_BENCH_JSON=$out/$name.json RUTA_BENCH_THREADS=$threads \
    wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s -s "$script" "$base" >"$out/$name.wrk.txt" 2>&1 \
    || fail "wrk-$name"
  [ -s "$out/$name.json" ] || fail "wrk-$name"
  echo "   $name: $(cat "$out/$name.json" 2>/dev/null)"
}

# --- 1. Filing a claim vs a single-row INSERT ------------------------------------------------------------
log "Filing a claim over HTTP vs pgbench INSERT ($connections clients)"
office=$(db -c "SELECT \"Id\" FROM ref_offices WHERE \"Code\" = 'COMAR-TAP'")
db -c "COPY (SELECT p.\"Id\" FROM person_persons p WHERE NOT p.\"IsArchived\"
          AND NOT EXISTS (SELECT 1 FROM asylum_claims c WHERE c.\"ApplicantId\" = p.\"Id\")
          AND NOT EXISTS (SELECT 1 FROM asylum_claim_dependents d WHERE d.\"PersonId\" = p.\"Id\")
          ORDER BY p.\"Id\" LIMIT 200000) TO STDOUT" > "$work/free-persons.txt"
for id in $(tail -20 "$work/free-persons.txt"); do
  curl -s -o /dev/null -X POST "$base/api/v1/asylum-claims" -H "Authorization: Bearer $comar_token" -H 'Content-Type: application/json' \
    -d "{\"personId\":\"$id\",\"enteredOn\":\"$today\",\"filedOn\":\"$today\",\"officeId\":\"$office\",\"filedBy\":\"applicant\",\"dependentIds\":[]}"
done
head -n -20 "$work/free-persons.txt" > "$work/free-persons-cold.txt" && mv "$work/free-persons-cold.txt" "$work/free-persons.txt"
RUTA_BENCH_OFFICE=$office RUTA_BENCH_DATE=$today wrk_run file-claim "Bearer:$comar_token" /api/v1/asylum-claims "$work/free-persons.txt" "$connections" bench/wrk/file-claim.lua
db -c "CREATE TABLE bench_insert (id bigserial PRIMARY KEY, person uuid NOT NULL, filed_on date NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())"
echo "INSERT INTO bench_insert (person, filed_on, status) VALUES (gen_random_uuid(), current_date, 'InProcedure');" > "$work/insert.sql"
"$pgbench_bin" -h 127.0.0.1 -p "$RUTA_PG_PORT" -U postgres -n -c "$connections" -j 2 -T "$duration" -f "$work/insert.sql" ruta_bench \
  >"$out/pgbench-insert.txt" 2>&1 || fail pgbench-insert
insert_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$out/pgbench-insert.txt" | head -1)
echo "   pgbench INSERT: ${insert_tps:-n/a} tps"

# --- 2. Removal check vs the trivial endpoint -----------------------------------------------------------
log "Removal check vs /healthz ($connections clients)"
db -c "COPY (SELECT \"Id\" FROM person_persons ORDER BY md5(\"Id\"::text) LIMIT 5000) TO STDOUT" > "$work/person-ids.txt"
warm 20 "" /healthz
warm 20 "Authorization: Bearer $inm_token" $(head -20 "$work/person-ids.txt" | sed 's|.*|/api/v1/persons/&/removal-check?kind=deportation|')
wrk_run healthz "" /healthz
wrk_run removal-check "Bearer:$inm_token" "/api/v1/persons/{}/removal-check?kind=deportation" "$work/person-ids.txt"

# --- 3. Name search vs pg_trgm similarity ----------------------------------------------------------------
log "Person search by name (misspelled) vs pg_trgm similarity"
sample=$([ $smoke = 1 ] && echo 50 || echo 300)
db -c "COPY (SELECT \"Id\", \"GivenNames\", \"FirstSurname\", \"SecondSurname\" FROM person_persons
          WHERE \"GivenNames\" IS NOT NULL AND \"FirstSurname\" IS NOT NULL ORDER BY md5(\"Id\"::text || 'q') LIMIT $sample) TO STDOUT" > "$work/sample.tsv"
python3 bench/search.py misspell "$work/sample.tsv" "$out/misspellings.tsv" || fail misspell
python3 -c "
import sys, urllib.parse
for line in open(sys.argv[1], encoding='utf-8'):
    print(urllib.parse.quote(line.rstrip('\n').split('\t')[1]))" "$out/misspellings.tsv" > "$work/queries.txt"
RUTA_BENCH_TOKEN=$comar_token python3 bench/search.py recall-app "$base" "$out/misspellings.tsv" > "$out/search-recall-app.json" || fail recall-app
warm 1 "Authorization: Bearer $comar_token" $(head -20 "$work/queries.txt" | sed 's|.*|/api/v1/persons?q=&|')
wrk_run search "Bearer:$comar_token" "/api/v1/persons?q={}" "$work/queries.txt" 1
wrk_run search-load "Bearer:$comar_token" "/api/v1/persons?q={}" "$work/queries.txt"
db -c "CREATE TABLE bench_misspellings (n serial PRIMARY KEY, target uuid NOT NULL, q text NOT NULL)"
db -c "\\copy bench_misspellings (target, q) FROM '$out/misspellings.tsv'"
baseline_recall=$(db -c "SELECT round(avg(CASE WHEN m.target = ANY(ARRAY(SELECT p.\"Id\" FROM person_persons p WHERE p.\"SearchName\" % m.q
                    ORDER BY similarity(p.\"SearchName\", m.q) DESC LIMIT 20)) THEN 1.0 ELSE 0 END), 3) FROM bench_misspellings m")
queries=$(db -c "SELECT count(*) FROM bench_misspellings")
cat > "$work/bench-trgm.sql" <<EOF
\set n random(1, $queries)
SELECT p."Id" FROM person_persons p, (SELECT q FROM bench_misspellings WHERE n = :n) m
 WHERE p."SearchName" % m.q ORDER BY similarity(p."SearchName", m.q) DESC LIMIT 20;
EOF
(cd "$work" && "$pgbench_bin" -h 127.0.0.1 -p "$RUTA_PG_PORT" -U postgres -n -c 1 -j 1 -T "$duration" -f bench-trgm.sql -l --log-prefix=trgm ruta_bench \
  >"$out/pgbench-trgm.txt" 2>&1) || fail pgbench-trgm
# pgbench's per-transaction log: the third field is the latency in microseconds.
pct() { cat "$work"/trgm.[0-9]* 2>/dev/null | awk '{print $3/1000}' | sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p); if (i<1) i=1; if (NR) print a[i]; else print "n/a"}'; }
trgm_p95=$(pct 0.95); trgm_p50=$(pct 0.5)
echo "   pg_trgm: recall $baseline_recall, p50 $trgm_p50 ms, p95 $trgm_p95 ms; app: $(cat "$out/search-recall-app.json")"

# --- 4. List pages: server time and weight -----------------------------------------------------------------
log "List pages at $persons persons (1 client: server time)"
pages=("persons-list|$comar_cookie|/Persons" "persons-search|$comar_cookie|/Persons?Q=jose" "asylum-worklist|$comar_cookie|/Asylum"
       "asylum-in-procedure|$comar_cookie|/Asylum?Status=in-procedure" "notices-inbox|$inm_cookie|/Notices?box=inbox"
       "deadlines|$comar_cookie|/Deadlines" "audit|$cndh_cookie|/Audit")
: > "$out/pages.txt"
for entry in "${pages[@]}"; do
  IFS='|' read -r name ck path <<<"$entry"
  bytes=$(curl -s -o "$work/page.html" -w '%{size_download} %{http_code}' -H "Cookie: $ck" "$base$path")
  code=${bytes#* }; bytes=${bytes% *}
  warm 5 "Cookie: $ck" "$path"
  [ "$code" = 200 ] || fail "page-$name"
  wrk_run "page-$name" "Cookie:$ck" "$path" "" 1
  echo "$name $path $bytes $(json "$out/page-$name.json" p95_ms)" >> "$out/pages.txt"
done

kill "$sampler_pid" 2>/dev/null; sampler_pid=""
rss_max_mb=$(sort -n "$out/rss-kb.txt" | tail -1 | awk '{printf "%.0f", $1/1024}')
echo "   resident memory, max under load: ${rss_max_mb} MB"

# --- 5. BenchmarkDotNet ---------------------------------------------------------------------------------
log "BenchmarkDotNet (kernel hot paths)"
job=$([ $smoke = 1 ] && echo Dry || echo Short)
(cd bench/Ruta.Benchmarks && dotnet run -c Release --no-build -- --filter '*' --job "$job" --inProcess --memory --artifacts "$out/bdn" \
  >"$out/benchmarkdotnet.log" 2>&1) || fail benchmarkdotnet
bdn_table=$(cat "$out"/bdn/results/*-report-github.md 2>/dev/null | grep '^|' || true)
[ -n "$bdn_table" ] || fail benchmarkdotnet

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"

# --- Report -------------------------------------------------------------------------------------------------
ratio() { python3 -c "import sys; a,b=sys.argv[1],sys.argv[2]; print(f'{float(a)/float(b)*100:.0f} %')" "$1" "$2" 2>/dev/null || echo n/a; }
file_rps=$(json "$out/file-claim.json" rps); health_rps=$(json "$out/healthz.json" rps); removal_rps=$(json "$out/removal-check.json" rps)
{
  echo "# Ruta benchmark run $stamp"
  echo
  echo '```'; cat "$out/machine.txt"; echo '```'
  echo
  echo "Dataset: $persons persons, ${rows_total:-?} rows generated in ${generate_seconds} s; database $(cat "$out/database-size.txt")."
  echo
  echo "| measure | Ruta | baseline (same run) | ratio | target |"
  echo "|---|---|---|---|---|"
  echo "| file an asylum claim (POST, $connections clients) | $file_rps req/s, p99 $(json "$out/file-claim.json" p99_ms) ms, errors $(json "$out/file-claim.json" errors) | pgbench INSERT $insert_tps tps | $(ratio "$file_rps" "$insert_tps") | ≥ 25 % |"
  echo "| removal check (GET, $connections clients) | $removal_rps req/s, p99 $(json "$out/removal-check.json" p99_ms) ms | /healthz $health_rps req/s, p99 $(json "$out/healthz.json" p99_ms) ms | $(ratio "$removal_rps" "$health_rps") | ≥ 50 %, p99 < 5 ms |"
  echo "| name search, misspelled (1 client) | p50 $(json "$out/search.json" p50_ms) ms, p95 $(json "$out/search.json" p95_ms) ms, recall $(json "$out/search-recall-app.json" recall) | pg_trgm p50 $trgm_p50 ms, p95 $trgm_p95 ms, recall $baseline_recall | | p95 < 50 ms, recall ≥ baseline |"
  echo "| name search under load ($connections clients) | $(json "$out/search-load.json" rps) req/s, p95 $(json "$out/search-load.json" p95_ms) ms | | | |"
  echo "| resident memory under load | max $rss_max_mb MB | | | < 500 MB |"
  echo
  echo "| list page (1 client) | path | weight (bytes) | server time p95 (ms) |"
  echo "|---|---|---|---|"
  while read -r name path bytes p95; do echo "| $name | \`$path\` | $bytes | $p95 |"; done < "$out/pages.txt"
  echo
  echo "BenchmarkDotNet ($job job):"
  echo
  echo "$bdn_table"
} > "$out/results.md"
cat "$out/results.md"
finish
