#!/usr/bin/env bash
# How long the remediation ledger takes over a long series: generates RUNS datasets of one county with N
# households each (default 12 of 100,000; the same household ids, facts drawn from another seed each time,
# so items open, close and reopen from run to run), starts the service on a throwaway data folder, uploads
# them in turn (zip of the CSV folder) through the API, then asks for the county's ledger: the first answer
# (nothing kept yet), the median of REPEAT more, the same after a restart of the service, and the exports.
#
#   scripts/ledger-times.sh
#   N=20000 RUNS=4 scripts/ledger-times.sh
#
# Needs Java 17, Maven (to build the jar if missing), curl, zip.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
RUNS=${RUNS:-12}
REPEAT=${REPEAT:-5}
PORT=${PORT:-18083}
SERVICE_XMX=${SERVICE_XMX:-2g}
JAR=target/exit-monitor.jar
BASE="http://127.0.0.1:$PORT"
COUNTY=640422

[ -f "$JAR" ] || mvn -B -ntp -q -DskipTests package
DIR=$(mktemp -d /tmp/exit-monitor-ledger.XXXXXX)
SERVER=""
stop() {
    [ -n "$SERVER" ] && { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
    SERVER=""
}
# KEEP=1 keeps the data folder (the stored runs) for another look; its path is printed
trap 'stop; if [ "${KEEP:-0}" = 1 ]; then echo "kept $DIR" >&2; else rm -rf "$DIR"; fi' EXIT

if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
    echo "something already answers on port $PORT; set PORT" >&2; exit 1
fi

start_service() {
    java -Xmx"$SERVICE_XMX" -jar "$JAR" serve --server.port="$PORT" --exit-monitor.data-dir="$DIR/data" \
        --exit-monitor.upload.max-size=1GB >>"$DIR/serve.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 120); do curl -s -o /dev/null "$BASE/actuator/health" && break; sleep 1; done
}

PASSWORD="ledger-$(date +%s%N)"
printf '%s\n' "$PASSWORD" | java -jar "$JAR" users add ledger --role UPLOADER --role ANALYST --role AUDITOR \
    --exit-monitor.data-dir="$DIR/data" >"$DIR/users.log" 2>&1
printf 'user = "ledger:%s"\n' "$PASSWORD" >"$DIR/basic.conf"
start_service

for run in $(seq 1 "$RUNS"); do
    rm -rf "$DIR/csv" "$DIR/input.zip"
    java -jar "$JAR" generate --counties 1 --households-per-county "$N" --seed "$run" --out "$DIR/csv" \
        --format csv >"$DIR/generate.log" 2>&1
    (cd "$DIR/csv" && zip -q -r "$DIR/input.zip" .)
    status=$(curl -s -K "$DIR/basic.conf" -o "$DIR/run.json" -w '%{http_code}' -F "file=@$DIR/input.zip" \
        "$BASE/api/runs")
    if [ "$status" != 201 ]; then
        echo "upload $run answered $status: $(head -c 300 "$DIR/run.json")" >&2
        grep -E 'ERROR|WARN|Exception' "$DIR/serve.log" | tail -20 >&2
        exit 1
    fi
    echo "run $run of $RUNS stored" >&2
done

time_get() {
    local path=$1 first rest status
    read -r status first < <(curl -s -K "$DIR/basic.conf" -o "$DIR/answer" -w '%{http_code} %{time_total}\n' \
        "$BASE$path")
    rest=$(for _ in $(seq 1 "$REPEAT"); do
        curl -s -K "$DIR/basic.conf" -o /dev/null -w '%{time_total}\n' "$BASE$path"; done | sort -n \
        | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    printf '| %-52s | %6s | %8.3f s | %8.3f s | %9s |\n' "$path" "$status" "$first" "$rest" \
        "$(wc -c <"$DIR/answer")"
}

echo
echo "Ledger of county $COUNTY over $RUNS runs of $N households ($(date -u +%F)):"
echo
echo "| request | status | first | median of $REPEAT more | bytes |"
echo "|---|---|---|---|---|"
time_get "/api/ledger?county=$COUNTY&status=CLOSED&department=HOUSING"
time_get "/api/ledger?county=$COUNTY&format=csv"
time_get "/api/ledger?county=$COUNTY&format=xlsx"
time_get "/api/ledger?county=$COUNTY"
stop
start_service
echo "| (after a restart of the service) | | | | |"
time_get "/api/ledger?county=$COUNTY&status=CLOSED&department=HOUSING"
