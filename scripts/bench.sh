#!/usr/bin/env bash
# The benchmark: generates datasets with `generate`, then times each phase in fresh processes and prints
# one table (median of RUNS runs; wall time, households per second, peak RSS, peak heap seen by the GC).
#
#   scripts/bench.sh                 # 1,000,000 households (CSV), 100,000 for XLSX, the service and the sweep
#   N=200000 RUNS=1 scripts/bench.sh # smaller and quicker
#
# Settings (environment): N households for check/evaluate (default 1000000), SMALL_N for the XLSX, the
# service and the sweep (default 100000: a sheet holds at most 1,048,576 member rows), RUNS (3), XMX for
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

# The service: one upload of the zipped CSV folder, then explain and coverage on the stored run.
SERVICE_DIR="$BENCH_DIR/service"
rm -rf "$SERVICE_DIR" && mkdir -p "$SERVICE_DIR"
(cd "$BENCH_DIR/csv-$SMALL_N" && zip -q -r "$BENCH_DIR/upload.zip" .)
java -Xmx$SERVICE_XMX -jar "$JAR" serve --server.port="$PORT" --server.address=127.0.0.1 \
    --exit-monitor.data-dir="$SERVICE_DIR" >"$SERVICE_DIR/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:$PORT/api/runs" && break; sleep 1; done
UPLOAD=$(curl -s -o "$BENCH_DIR/upload.json" -w '%{time_total}' -H 'X-User: bench' \
    -F "file=@$BENCH_DIR/upload.zip" "http://127.0.0.1:$PORT/api/runs")
UPLOAD=$(awk -v s="$UPLOAD" 'BEGIN { printf "%.2f", s }')
RUN=$(grep -o '"id" *: *"[0-9a-f-]*"' "$BENCH_DIR/upload.json" | head -1 | grep -o '[0-9a-f-]\{36\}')
HOUSEHOLD=$(grep -o '"id" *: *"[^"]*"' "$BENCH_DIR/report-small.json" | sed -n 2p | cut -d'"' -f4)
seconds() { awk -v s="$1" 'BEGIN { printf "%.2f", s }'; }
latency() { seconds "$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT$1")"; }
EXPLAIN_FIRST=$(latency "/api/runs/$RUN/explain/household/$HOUSEHOLD")
EXPLAIN=$(median "$(latency "/api/runs/$RUN/explain/household/$HOUSEHOLD")" \
    "$(latency "/api/runs/$RUN/explain/household/$HOUSEHOLD")" "$(latency "/api/runs/$RUN/explain/household/$HOUSEHOLD")")
COVERAGE=$(latency "/api/runs/$RUN/coverage")
SERVICE_RSS=$(( $(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status") / 1024 ))
kill $SERVER; wait $SERVER 2>/dev/null || true
row "service: upload (zip of CSV), stored with firings" "$SMALL_N" "$UPLOAD s" \
    "$(awk -v n="$SMALL_N" -v w="$UPLOAD" 'BEGIN { printf "%d", n / w }')" "$SERVICE_RSS MB" "-Xmx$SERVICE_XMX"
row "service: explain a household (first; then)" 1 "$EXPLAIN_FIRST s; $EXPLAIN s" "" "" ""
row "service: coverage" "$SMALL_N" "$COVERAGE s" "" "" ""

echo
echo "Poverty-exit monitor benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2)"
echo "Medians of $RUNS fresh processes; command line -Xmx$XMX."
echo
printf '%s\n' "${ROWS[@]}"
echo
awk -v e="$EVALUATE" -v c="$CHECK" -v x="$XLSX_SMALL" -v s="$CSV_SMALL" -v w="$SWEEP" 'BEGIN {
    printf "evaluate / check (the parse floor): %.2f\n", e / c
    printf "XLSX / CSV at the same size: %.2f\n", x / s
    printf "20-point sweep / one evaluate at the same size: %.2f\n", w / s }'
