#!/usr/bin/env bash
# The benchmark: generates datasets with `generate`, then times each phase in fresh processes and prints
# one table (median of RUNS runs; wall time, households per second, peak RSS, peak heap seen by the GC).
#
#   scripts/bench.sh                 # 1,000,000 households (CSV and the service), 100,000 for XLSX and the sweep
#   N=200000 RUNS=1 scripts/bench.sh # smaller and quicker
#
# Settings (environment): N households for check, evaluate and the service (default 1000000), SMALL_N for
# the XLSX, the sweep and a scenario (default 100000: a sheet holds at most 1,048,576 member rows), RUNS (3), XMX for
# the command line (1g), SERVICE_XMX (2g), PORT (18080), BENCH_DIR (a fresh folder under /tmp).
# Needs Java 17, Maven (to build the jar if missing), curl and zip (the service upload).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000000}
SMALL_N=${SMALL_N:-100000}
RUNS=${RUNS:-3}
XMX=${XMX:-1g}
SERVICE_XMX=${SERVICE_XMX:-2g}
PORT=${PORT:-18080}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/exit-monitor-bench.XXXXXX)}
JAR=target/exit-monitor.jar
mkdir -p "$BENCH_DIR"

[ -f "$JAR" ] || mvn -B -ntp -q -DskipTests package
command -v curl >/dev/null && command -v zip >/dev/null || { echo "bench.sh needs curl and zip" >&2; exit 1; }

counties_for() { local n=$1; local c=$(( n / 10000 )); [ "$c" -ge 1 ] || c=1; echo "$c"; }

generate() { # N FORMAT OUT
    local n=$1 format=$2 out=$3 counties
    counties=$(counties_for "$n")
    [ -e "$out" ] || java -jar "$JAR" generate --counties "$counties" --households-per-county $(( n / counties )) \
        --seed 2019 --format "$format" --out "$out" >/dev/null 2>&1
}

# One timed run: wall seconds, peak RSS (MB) and peak heap after GC (MB) of a command, into globals.
timed() {
    local log="$BENCH_DIR/gc.log" stats="$BENCH_DIR/time.txt"
    rm -f "$log"
    # the GC log option goes right after "java", before the program's own arguments
    /usr/bin/time -f "%e %M" -o "$stats" "$1" -Xlog:gc:file="$log" "${@:2}" >/dev/null 2>"$BENCH_DIR/stderr.txt" || {
        echo "failed: $*" >&2; tail -5 "$BENCH_DIR/stderr.txt" >&2; return 1; }
    read -r WALL RSS_KB < "$stats"
    RSS=$(( RSS_KB / 1024 ))
    # "Pause Young (Normal) (G1 Evacuation Pause) 612M->98M(1024M)": the heap held before each collection
    HEAP=$(grep -o '[0-9]*M->' "$log" 2>/dev/null | sed 's/M->//' | sort -n | tail -1)
    HEAP=${HEAP:-0}
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ROWS=()
row() { ROWS+=("$(printf '| %-50s | %10s | %14s | %12s | %9s | %9s |' "$@")"); }

# PHASE HOUSEHOLDS COMMAND...: RUNS fresh processes (java options go after "java")
measure() {
    local phase=$1 households=$2; shift 2
    local walls=() rss=() heap=()
    for _ in $(seq "$RUNS"); do
        timed "$@"
        walls+=("$WALL"); rss+=("$RSS"); heap+=("$HEAP")
    done
    local w; w=$(median "${walls[@]}")
    row "$phase" "$(printf '%d' "$households")" "$w s" \
        "$(awk -v n="$households" -v w="$w" 'BEGIN { printf "%d", (w > 0 ? n / w : 0) }')" \
        "$(median "${rss[@]}") MB" "$(median "${heap[@]}") MB"
    MEDIAN=$w
}

echo "generating in $BENCH_DIR ..." >&2
generate "$N" csv "$BENCH_DIR/csv-$N"
generate "$SMALL_N" csv "$BENCH_DIR/csv-$SMALL_N"
generate "$SMALL_N" xlsx "$BENCH_DIR/xlsx-$SMALL_N.xlsx"

echo "timing ($RUNS runs each) ..." >&2
row "phase" "households" "wall" "households/s" "peak RSS" "peak heap"
ROWS+=("|$(printf -- '-%.0s' {1..52})|------------|----------------|--------------|-----------|-----------|")
measure "check (read and validate, no rules), CSV" "$N" java -Xmx$XMX -jar "$JAR" check "$BENCH_DIR/csv-$N"
CHECK=$MEDIAN
measure "evaluate, CSV" "$N" java -Xmx$XMX -jar "$JAR" evaluate "$BENCH_DIR/csv-$N" --out "$BENCH_DIR/report.json"
EVALUATE=$MEDIAN
measure "evaluate, CSV" "$SMALL_N" java -Xmx$XMX -jar "$JAR" evaluate "$BENCH_DIR/csv-$SMALL_N" --out "$BENCH_DIR/report-small.json"
CSV_SMALL=$MEDIAN
measure "evaluate, XLSX" "$SMALL_N" java -Xmx$XMX -jar "$JAR" evaluate "$BENCH_DIR/xlsx-$SMALL_N.xlsx" --out "$BENCH_DIR/report-xlsx.json"
XLSX_SMALL=$MEDIAN
measure "evaluate, the bundled sample (start-up)" 320 java -jar "$JAR" evaluate data/ningxia-2019/dataset.json
measure "sweep, 20 poverty lines" "$SMALL_N" java -Xmx$XMX -jar "$JAR" scenario "$BENCH_DIR/csv-$SMALL_N" \
    --sweep household.poverty_line=3500:4450:50 --out "$BENCH_DIR/sweep.json"
SWEEP=$MEDIAN

# The service (-Xmx$SERVICE_XMX): the zipped CSV folder of N households uploaded and stored with its
# firings; then, after a restart, explain (a household, a village, a county: the first request, then the
# median of 3 others), coverage, a firings page by criterion and county, the chain's verification, and how
# much the database grew. A parameter-only scenario on a stored SMALL_N run (the median of 3).
SERVICE_DIR="$BENCH_DIR/service"
rm -rf "$SERVICE_DIR" && mkdir -p "$SERVICE_DIR"
(cd "$BENCH_DIR/csv-$N" && rm -f "$BENCH_DIR/upload.zip" && zip -q -r "$BENCH_DIR/upload.zip" .)
(cd "$BENCH_DIR/csv-$SMALL_N" && rm -f "$BENCH_DIR/upload-small.zip" && zip -q -r "$BENCH_DIR/upload-small.zip" .)
# the service lets nobody in unnamed: a user for the benchmark, in the database it starts with
BENCH_PASSWORD="bench-$(date +%s%N)"
printf '%s\n' "$BENCH_PASSWORD" | java -jar "$JAR" users add bench --role UPLOADER --role ANALYST --role AUDITOR \
    --exit-monitor.data-dir="$SERVICE_DIR" >/dev/null 2>&1
SERVER=""
serve() {
    java -Xmx$SERVICE_XMX -jar "$JAR" serve --server.port="$PORT" --server.address=127.0.0.1 \
        --exit-monitor.data-dir="$SERVICE_DIR" >>"$SERVICE_DIR/serve.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && return; sleep 1; done
}
stop() { kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; }
trap 'kill $SERVER 2>/dev/null || true' EXIT
seconds() { awk -v s="$1" 'BEGIN { printf "%.2f", s }'; }
latency() { seconds "$(curl -s -u "bench:$BENCH_PASSWORD" -o /dev/null -w '%{time_total}' "$@")"; }
upload() { # FILE OUT: wall seconds
    seconds "$(curl -s -u "bench:$BENCH_PASSWORD" -o "$2" -w '%{time_total}' -F "file=@$1" \
        "http://127.0.0.1:$PORT/api/runs")"
}
run_id() { grep -o '"id" *: *"[0-9a-f-]*"' "$1" | head -1 | grep -o '[0-9a-f-]\{36\}'; }
first_then() { # PATH: the first request, then the median of 3
    local first; first=$(latency "http://127.0.0.1:$PORT$1")
    echo "$first s; $(median "$(latency "http://127.0.0.1:$PORT$2")" "$(latency "http://127.0.0.1:$PORT$3")" \
        "$(latency "http://127.0.0.1:$PORT$4")") s"
}

serve
DB_BEFORE=$(du -sb "$SERVICE_DIR" | cut -f1)
UPLOAD=$(upload "$BENCH_DIR/upload.zip" "$BENCH_DIR/upload.json")
RUN=$(run_id "$BENCH_DIR/upload.json")
SERVICE_RSS=$(( $(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status") / 1024 ))
stop
DB_GROWTH=$(( ($(du -sb "$SERVICE_DIR" | cut -f1) - DB_BEFORE) / 1048576 ))
serve
# the newest run is readied in the background once the service is up; give it the moment it takes
for _ in $(seq 60); do grep -q "ready to explain" "$SERVICE_DIR/serve.log" && break; sleep 1; done
API="/api/runs/$RUN"
H=$(grep -o '"id" *: *"[^"]*"' "$BENCH_DIR/report.json" | sed -n '2p;3p;4p;5p' | cut -d'"' -f4 | tr '\n' ' ')
read -r H1 H2 H3 H4 <<< "$H"
V=$(curl -s -u "bench:$BENCH_PASSWORD" "http://127.0.0.1:$PORT$API/households/$H1" | grep -o '"villageCode":"[^"]*"' | cut -d'"' -f4)
C=$(curl -s -u "bench:$BENCH_PASSWORD" "http://127.0.0.1:$PORT$API/villages/$V" | grep -o '"countyCode":"[^"]*"' | cut -d'"' -f4)
EXPLAIN_H=$(first_then "$API/explain/household/$H1" "$API/explain/household/$H2" "$API/explain/household/$H3" \
    "$API/explain/household/$H4")
EXPLAIN_V=$(first_then "$API/explain/village/$V" "$API/explain/village/$V" "$API/explain/village/$V" \
    "$API/explain/village/$V")
EXPLAIN_C=$(first_then "$API/explain/county/$C" "$API/explain/county/$C" "$API/explain/county/$C" \
    "$API/explain/county/$C")
COVERAGE=$(latency "http://127.0.0.1:$PORT$API/coverage")
PAGE=$(latency "http://127.0.0.1:$PORT$API/firings?criterion=H-INCOME&county=$C&page=2")
VERIFY=$(latency "http://127.0.0.1:$PORT/api/audit/verify")
SMALL=$(upload "$BENCH_DIR/upload-small.zip" "$BENCH_DIR/upload-small.json")
SMALL_RUN=$(run_id "$BENCH_DIR/upload-small.json")
scenario() { latency -H 'Content-Type: application/json' \
    --data '{"name": "line 4000", "parameters": {"household.poverty_line": 4000}}' \
    "http://127.0.0.1:$PORT/api/runs/$SMALL_RUN/scenarios"; }
scenario >/dev/null   # the first one warms the service's code paths
SCENARIO=$(median "$(scenario)" "$(scenario)" "$(scenario)")
stop

row "service: upload (zip of CSV), stored with firings" "$N" "$UPLOAD s" \
    "$(awk -v n="$N" -v w="$UPLOAD" 'BEGIN { printf "%d", n / w }')" "$SERVICE_RSS MB" "-Xmx$SERVICE_XMX"
row "service: upload (zip of CSV), stored with firings" "$SMALL_N" "$SMALL s" \
    "$(awk -v n="$SMALL_N" -v w="$SMALL" 'BEGIN { printf "%d", n / w }')" "" ""
row "service: database growth for that run" "$N" "$DB_GROWTH MB" "" "" ""
row "service: explain a household (first; then)" "$N" "$EXPLAIN_H" "" "" ""
row "service: explain a village (first; then)" "$N" "$EXPLAIN_V" "" "" ""
row "service: explain a county (first; then)" "$N" "$EXPLAIN_C" "" "" ""
row "service: coverage" "$N" "$COVERAGE s" "" "" ""
row "service: firings page, by criterion and county" "$N" "$PAGE s" "" "" ""
row "service: verify the chain" "$N" "$VERIFY s" "" "" ""
row "service: parameter-only scenario on a stored run" "$SMALL_N" "$SCENARIO s" "" "" ""

echo
echo "Poverty-exit monitor benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2)"
echo "Medians of $RUNS fresh processes; command line -Xmx$XMX."
echo
printf '%s\n' "${ROWS[@]}"
echo
awk -v e="$EVALUATE" -v c="$CHECK" -v x="$XLSX_SMALL" -v s="$CSV_SMALL" -v w="$SWEEP" -v u="$UPLOAD" 'BEGIN {
    printf "evaluate / check (the parse floor): %.2f\n", e / c
    printf "XLSX / CSV at the same size: %.2f\n", x / s
    printf "20-point sweep / one evaluate at the same size: %.2f\n", w / s
    printf "service upload / evaluate of the same input: %.2f\n", u / e }'
