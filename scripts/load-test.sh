#!/usr/bin/env bash
# The load test (a bounded one, on loopback): starts the service on a throwaway data folder, uploads the
# bundled sample UPLOADS times with CONCURRENCY requests at once, then makes READS reads of the stored runs
# (explain a household, a household's result, the remediation list, a firings page) with CONCURRENCY at
# once, and checks that no upload was lost or stored twice, that the audit chain verifies, and that every
# answer was the expected one. Prints one table (count, answers, 503 retries, p50/p99/max latency) and
# exits 0 only when everything held; 1 otherwise.
#
#   scripts/load-test.sh                                 # 20 uploads, 200 reads, 10 at once
#   UPLOADS=50 READS=1000 CONCURRENCY=20 scripts/load-test.sh
#
# Settings (environment): UPLOADS (20), READS (200), CONCURRENCY (10), PORT (18081), SERVICE_XMX (1g),
# TIMEOUT seconds for one request (120), RETRY_CAP seconds (2) and MAX_ATTEMPTS (60) for an upload refused
# with 503: the service asks for Retry-After: 60, which would make a run of the defaults take minutes, so
# the wait is capped at RETRY_CAP (plus a little jitter); RETRY_CAP=0 honours Retry-After in full.
# An upload still refused after MAX_ATTEMPTS counts as lost. Latencies are those of the expected answers
# (201, 200); the 503 refusals come back at once and are counted apart. Percentiles are nearest-rank.
# Needs Java 17, Maven (to build the jar if missing), curl, awk, sort, xargs; jq is used when present.
set -euo pipefail
cd "$(dirname "$0")/.."

UPLOADS=${UPLOADS:-20}
READS=${READS:-200}
CONCURRENCY=${CONCURRENCY:-10}
PORT=${PORT:-18081}
SERVICE_XMX=${SERVICE_XMX:-1g}
TIMEOUT=${TIMEOUT:-120}
RETRY_CAP=${RETRY_CAP:-2}
MAX_ATTEMPTS=${MAX_ATTEMPTS:-60}
JAR=target/exit-monitor.jar
SAMPLE=data/ningxia-2019/dataset.json
BASE="http://127.0.0.1:$PORT"

[ -f "$JAR" ] || mvn -B -ntp -q -DskipTests package
command -v curl >/dev/null || { echo "load-test.sh needs curl" >&2; exit 1; }
HAVE_JQ=0; command -v jq >/dev/null && HAVE_JQ=1

DIR=$(mktemp -d /tmp/exit-monitor-load.XXXXXX)
SERVER=""
cleanup() {
    if [ -n "$SERVER" ]; then
        kill "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
    fi
    rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# another service already answering on the port would be measured instead of ours
if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
    echo "something already answers on port $PORT; set PORT" >&2; exit 1
fi

# the user, in the database the service starts with; its password goes to curl in a config file, not argv
PASSWORD="load-$(date +%s%N)"
printf '%s\n' "$PASSWORD" | java -jar "$JAR" users add loadtest --role UPLOADER --role ANALYST --role AUDITOR \
    --exit-monitor.data-dir="$DIR/data" >"$DIR/users.log" 2>&1 || {
    echo "could not add the user:" >&2; tail -5 "$DIR/users.log" >&2; exit 1; }
CURLRC="$DIR/curlrc"
(umask 077 && printf 'user = "loadtest:%s"\n' "$PASSWORD" > "$CURLRC")

java -Xmx"$SERVICE_XMX" -jar "$JAR" serve --server.port="$PORT" --server.address=127.0.0.1 \
    --exit-monitor.data-dir="$DIR/data" >"$DIR/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 120); do
    kill -0 "$SERVER" 2>/dev/null || { echo "the service stopped while starting:" >&2; tail -20 "$DIR/serve.log" >&2; exit 1; }
    curl -sf -o /dev/null --max-time 2 "$BASE/actuator/health" && break
    sleep 1
done
curl -sf -o /dev/null --max-time 2 "$BASE/actuator/health" || {
    echo "the service did not answer /actuator/health within 120 s:" >&2; tail -20 "$DIR/serve.log" >&2; exit 1; }

W="$DIR/work"
mkdir -p "$W"
export W CURLRC BASE SAMPLE TIMEOUT RETRY_CAP MAX_ATTEMPTS

# One upload (N): retried after a 503 until it lands or MAX_ATTEMPTS; every attempt is one line
# "code seconds" in upload-N.lat, the new run's id in upload-N.id.
upload_one() {
    local n=$1 attempt=0 code t wait
    while [ "$attempt" -lt "$MAX_ATTEMPTS" ]; do
        attempt=$((attempt + 1))
        read -r code t < <(curl -s -K "$CURLRC" --max-time "$TIMEOUT" -o "$W/upload-$n.body" -D "$W/upload-$n.head" \
            -w '%{http_code} %{time_total}\n' -F "file=@$SAMPLE" "$BASE/api/runs" || true)
        echo "${code:-000} ${t:-0}" >> "$W/upload-$n.lat"
        case "$code" in
            201)
                if command -v jq >/dev/null; then jq -r '.id' "$W/upload-$n.body"
                else grep -o '"id" *: *"[^"]*"' "$W/upload-$n.body" | head -1 | cut -d'"' -f4; fi > "$W/upload-$n.id"
                return 0 ;;
            503)
                wait=$(tr -d '\r' < "$W/upload-$n.head" | awk 'tolower($1) == "retry-after:" { print $2 }')
                echo "${wait:-none}" >> "$W/retry-after"
                wait=${wait:-1}
                [ "$RETRY_CAP" -gt 0 ] && [ "$wait" -gt "$RETRY_CAP" ] && wait=$RETRY_CAP
                sleep "$wait.$((RANDOM % 10))" ;;
            *)
                cp "$W/upload-$n.body" "$W/unexpected-upload-$n.body" 2>/dev/null || true
                return 0 ;;
        esac
    done
}

# One read: "N KIND PATH"; one line "KIND code seconds" in read-N.lat.
read_one() {
    local n=$1 kind=$2 path=$3 code t
    read -r code t < <(curl -s -K "$CURLRC" --max-time "$TIMEOUT" -o "$W/read-$n.body" \
        -w '%{http_code} %{time_total}\n' "$BASE$path" || true)
    echo "$kind ${code:-000} ${t:-0}" > "$W/read-$n.lat"
    if [ "$code" = 200 ]; then rm -f "$W/read-$n.body"; else echo "$path" >> "$W/read-$n.body"; fi
}
export -f upload_one read_one

now() { date +%s%N; }
FAILURES=()

# --- uploads
echo "uploading $UPLOADS x $SAMPLE, $CONCURRENCY at once ..." >&2
T0=$(now)
seq "$UPLOADS" | xargs -P "$CONCURRENCY" -I{} bash -c 'upload_one "$1"' _ {}
UPLOAD_WALL=$(( ($(now) - T0) / 1000000 ))
cat "$W"/upload-*.lat > "$W/uploads.lat"
UPLOAD_IDS=$(cat "$W"/upload-*.id 2>/dev/null | grep -c . || true)
for n in $(seq "$UPLOADS"); do
    [ -s "$W/upload-$n.id" ] || FAILURES+=("upload $n did not land: last answer $(tail -1 "$W/upload-$n.lat" 2>/dev/null | cut -d' ' -f1) $(head -c 300 "$W/upload-$n.body" 2>/dev/null)")
done
awk '$1 != 201 && $1 != 503 { print $1 }' "$W/uploads.lat" | sort | uniq -c | while read -r count code _; do
    echo "uploads: $count answer(s) $code"; done > "$W/upload-unexpected"

# --- reads: spread over the stored runs, households from the first run's report
cat "$W"/upload-*.id 2>/dev/null > "$W/run-ids" || true
[ -s "$W/run-ids" ] || { echo "no upload landed; nothing to read" >&2; tail -20 "$DIR/serve.log" >&2; exit 1; }
FIRST=$(head -1 "$W/run-ids")
REPORT_CODE=$(curl -s -K "$CURLRC" --max-time "$TIMEOUT" -o "$W/report.json" -w '%{http_code}' "$BASE/api/runs/$FIRST" || true)
[ "$REPORT_CODE" = 200 ] || FAILURES+=("GET /api/runs/$FIRST (the report): $REPORT_CODE")
if [ "$HAVE_JQ" = 1 ]; then jq -r '.households[].id' "$W/report.json" > "$W/households" || true
else grep -o '"id" *: *"[^"]*"' "$W/report.json" | cut -d'"' -f4 | grep -vx "$FIRST" > "$W/households" || true; fi
[ -s "$W/households" ] || { echo "no household ids in the report of run $FIRST" >&2; exit 1; }
awk -v reads="$READS" 'FNR == NR { run[n++] = $1; next } { hh[h++] = $1 }
    END { split("explain household remediation firings", kind, " ")
          for (i = 0; i < reads; i++) {
              k = kind[i % 4 + 1]; r = run[i % n]; id = hh[int(i / 4) % h]
              if (k == "explain") p = "/api/runs/" r "/explain/household/" id
              else if (k == "household") p = "/api/runs/" r "/households/" id
              else if (k == "remediation") p = "/api/runs/" r "/remediation"
              else p = "/api/runs/" r "/firings?size=50"
              print i + 1, k, p } }' "$W/run-ids" "$W/households" > "$W/reads.plan"
echo "reading $READS times ($(wc -l < "$W/run-ids") runs, $(wc -l < "$W/households") households), $CONCURRENCY at once ..." >&2
T0=$(now)
xargs -P "$CONCURRENCY" -L 1 bash -c 'read_one "$1" "$2" "$3"' _ < "$W/reads.plan"
READ_WALL=$(( ($(now) - T0) / 1000000 ))
cat "$W"/read-*.lat > "$W/reads.lat"
READ_DONE=$(wc -l < "$W/reads.lat")
[ "$READ_DONE" -eq "$READS" ] || FAILURES+=("reads: $READ_DONE of $READS recorded")
awk '$2 != 200' "$W/reads.lat" | sort | awk '{ print $1, $2 }' | uniq -c | while read -r count kind code; do
    echo "reads: $count $kind answer(s) $code"; done >> "$W/upload-unexpected"
while read -r line; do FAILURES+=("$line"); done < "$W/upload-unexpected"
for f in "$W"/read-*.body; do
    [ -e "$f" ] && FAILURES+=("e.g. $(tail -1 "$f"): $(head -c 300 "$f" | head -1)") && break
done

# --- none lost, none twice; the chain
LIST_CODE=$(curl -s -K "$CURLRC" --max-time "$TIMEOUT" -o "$W/runs.json" -w '%{http_code}' "$BASE/api/runs" || true)
[ "$LIST_CODE" = 200 ] || FAILURES+=("GET /api/runs: $LIST_CODE")
if [ "$HAVE_JQ" = 1 ]; then jq -r '.[].id' "$W/runs.json" > "$W/listed" 2>/dev/null || true
else grep -o '"id" *: *"[^"]*"' "$W/runs.json" | cut -d'"' -f4 > "$W/listed" || true; fi
STORED=$(grep -c . "$W/listed" || true)
DISTINCT=$(sort -u "$W/listed" | grep -c . || true)
[ "$STORED" -eq "$UPLOADS" ] || FAILURES+=("runs stored: $STORED, uploads: $UPLOADS")
[ "$DISTINCT" -eq "$STORED" ] || FAILURES+=("runs listed twice: $STORED listed, $DISTINCT distinct")
MISSING=$(sort -u "$W/run-ids" | comm -23 - <(sort -u "$W/listed") | wc -l)
[ "$MISSING" -eq 0 ] || FAILURES+=("$MISSING run(s) answered 201 but are not listed")
[ "$(sort -u "$W/run-ids" | wc -l)" -eq "$UPLOAD_IDS" ] || FAILURES+=("two uploads answered with the same run id")

VERIFY_CODE=$(curl -s -K "$CURLRC" --max-time "$TIMEOUT" -o "$W/verify.json" -w '%{http_code}' "$BASE/api/audit/verify" || true)
if [ "$HAVE_JQ" = 1 ]; then
    INTACT=$(jq -r '.intact' "$W/verify.json" 2>/dev/null || echo "?")
    CHECKED=$(jq -r '.runsChecked' "$W/verify.json" 2>/dev/null || echo "?")
    FIRINGS=$(jq -r '.firingsChecked' "$W/verify.json" 2>/dev/null || echo "?")
else
    INTACT=$(grep -o '"intact" *: *[a-z]*' "$W/verify.json" | awk -F: '{ gsub(/ /, "", $2); print $2 }')
    CHECKED=$(grep -o '"runsChecked" *: *[0-9]*' "$W/verify.json" | grep -o '[0-9]*$')
    FIRINGS=$(grep -o '"firingsChecked" *: *[0-9]*' "$W/verify.json" | grep -o '[0-9]*$')
fi
if [ "$VERIFY_CODE" = 200 ] && [ "$INTACT" = true ]; then CHAIN="intact ($CHECKED runs, $FIRINGS firings checked)"
else CHAIN="BROKEN: $VERIFY_CODE $(head -c 400 "$W/verify.json")"; FAILURES+=("chain: $CHAIN"); fi
[ "$CHECKED" = "$UPLOADS" ] || FAILURES+=("the chain walked $CHECKED runs, not $UPLOADS")
kill -0 "$SERVER" 2>/dev/null || FAILURES+=("the service is no longer running")
LOG_ERRORS=$(grep -c -E '(^| )(ERROR|FATAL)( |$)|Exception' "$DIR/serve.log" || true)

# --- the table: latencies of the expected answers, nearest-rank percentiles, in ms
stats() { # FILE OF SECONDS: p50 p99 max (ms)
    sort -g "$1" | awk '{ a[NR] = $1 * 1000 }
        function rank(p,  r) { r = int(p * NR / 100); if (r < p * NR / 100) r++; return r < 1 ? 1 : r }
        END { if (NR == 0) { print "- - -"; exit }
              printf "%.1f %.1f %.1f\n", a[rank(50)], a[rank(99)], a[NR] }'
}
ROWS=()
row() { ROWS+=("$(printf '| %-22s | %6s | %6s | %11s | %9s | %9s | %9s | %9s |' "$@")"); }
awk '$1 == 201 { print $2 }' "$W/uploads.lat" > "$W/uploads.ok"
read -r P50 P99 MAX < <(stats "$W/uploads.ok")
row "phase" "count" "ok" "503 retries" "p50 ms" "p99 ms" "max ms" "wall s"
ROWS+=("|------------------------|--------|--------|-------------|-----------|-----------|-----------|-----------|")
row "uploads" "$UPLOADS" "$(wc -l < "$W/uploads.ok")" "$(awk '$1 == 503' "$W/uploads.lat" | wc -l)" "$P50" "$P99" "$MAX" \
    "$(awk -v ms="$UPLOAD_WALL" 'BEGIN { printf "%.1f", ms / 1000 }')"
awk '$2 == 200 { print $3 }' "$W/reads.lat" > "$W/reads.ok"
read -r P50 P99 MAX < <(stats "$W/reads.ok")
row "reads" "$READS" "$(wc -l < "$W/reads.ok")" "$(awk '$2 == 503' "$W/reads.lat" | wc -l)" "$P50" "$P99" "$MAX" \
    "$(awk -v ms="$READ_WALL" 'BEGIN { printf "%.1f", ms / 1000 }')"
for kind in explain household remediation firings; do
    awk -v k="$kind" '$1 == k && $2 == 200 { print $3 }' "$W/reads.lat" > "$W/reads-$kind.ok"
    read -r P50 P99 MAX < <(stats "$W/reads-$kind.ok")
    row "  $kind" "$(awk -v k="$kind" '$1 == k' "$W/reads.lat" | wc -l)" "$(wc -l < "$W/reads-$kind.ok")" \
        "$(awk -v k="$kind" '$1 == k && $2 == 503' "$W/reads.lat" | wc -l)" "$P50" "$P99" "$MAX" ""
done

echo
echo "Poverty-exit monitor load test, $(date -u +%Y-%m-%d), $(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2), -Xmx$SERVICE_XMX"
echo "$UPLOADS uploads of $SAMPLE, then $READS reads, $CONCURRENCY at once; 503 waits capped at ${RETRY_CAP}s (0: none)"
echo
printf '%s\n' "${ROWS[@]}"
echo
[ -s "$W/retry-after" ] && echo "503 Retry-After asked: $(sort "$W/retry-after" | uniq -c | awk '{ printf "%s%s s (x%s)", sep, $2, $1; sep = ", " }')"
echo "server log: $LOG_ERRORS ERROR/exception line(s)"
echo "runs stored: $STORED of $UPLOADS, chain: $CHAIN"
if [ "${#FAILURES[@]}" -gt 0 ]; then
    echo
    echo "FAILED:"
    printf '  %s\n' "${FAILURES[@]}"
    if [ "$LOG_ERRORS" -gt 0 ]; then
        echo "server log, the errors and their causes (the log goes with the folder):"
        grep -E '(^| )(ERROR|FATAL)( |$)|^Caused by:|^[A-Za-z_.$]+(Exception|Error)(: |$)' "$DIR/serve.log" | head -20 | cut -c1-400
    fi
    exit 1
fi
echo "all held"
