#!/usr/bin/env bash
# How long the web pages take on a large stored run: generates N households (default 100,000 in 10
# counties), starts the service on a throwaway data folder, uploads them (zip of the CSV folder) through the
# API, creates a scenario (poverty line 4000), signs in through the sign-in form as a browser does, then
# asks for every page of that run: the first answer (nothing kept yet), then the median of REPEAT more.
# Prints one table; a page that does not answer 200 is shown with its status.
#
#   scripts/page-times.sh                      # 100,000 households
#   N=20000 COUNTIES=4 scripts/page-times.sh
#
# Needs Java 17, Maven (to build the jar if missing), curl, zip, python3 (to pick entities from the report).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
COUNTIES=${COUNTIES:-10}
REPEAT=${REPEAT:-5}
PORT=${PORT:-18082}
SERVICE_XMX=${SERVICE_XMX:-2g}
JAR=target/exit-monitor.jar
BASE="http://127.0.0.1:$PORT"

[ -f "$JAR" ] || mvn -B -ntp -q -DskipTests package
DIR=$(mktemp -d /tmp/exit-monitor-pages.XXXXXX)
SERVER=""
cleanup() {
    [ -n "$SERVER" ] && { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
    rm -rf "$DIR"
}
trap cleanup EXIT

if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
    echo "something already answers on port $PORT; set PORT" >&2; exit 1
fi

java -jar "$JAR" generate --counties "$COUNTIES" --households-per-county $((N / COUNTIES)) --seed 7 \
    --out "$DIR/csv" --format csv >"$DIR/generate.log" 2>&1
(cd "$DIR/csv" && zip -q -r "$DIR/input.zip" .)

PASSWORD="pages-$(date +%s%N)"
printf '%s\n' "$PASSWORD" | java -jar "$JAR" users add pages --role UPLOADER --role ANALYST --role AUDITOR \
    --exit-monitor.data-dir="$DIR/data" >"$DIR/users.log" 2>&1
printf 'user = "pages:%s"\n' "$PASSWORD" >"$DIR/basic.conf"

java -Xmx"$SERVICE_XMX" -jar "$JAR" serve --server.port="$PORT" --exit-monitor.data-dir="$DIR/data" \
    --exit-monitor.upload.max-size=1GB >"$DIR/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -s -o /dev/null "$BASE/actuator/health" && break; sleep 1; done

start=$(date +%s.%N)
curl -s -K "$DIR/basic.conf" -F "file=@$DIR/input.zip" "$BASE/api/runs" >"$DIR/run.json"
upload=$(echo "$(date +%s.%N) - $start" | bc)
RUN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$DIR/run.json")
curl -s -K "$DIR/basic.conf" "$BASE/api/runs/$RUN" >"$DIR/report.json"
start=$(date +%s.%N)
curl -s -K "$DIR/basic.conf" -H 'Content-Type: application/json' \
    --data-binary @data/ningxia-2019/scenarios/poverty-line-4000.json "$BASE/api/runs/$RUN/scenarios" >"$DIR/scenario.json"
scenario=$(echo "$(date +%s.%N) - $start" | bc)
SCENARIO=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run"]["id"])' "$DIR/scenario.json")
read -r COUNTY VILLAGE HOUSEHOLD < <(python3 - "$DIR/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
failing = next(h for h in report["households"] if "H-INCOME" in h["failed"])
print(report["counties"][0]["code"], failing["villageCode"], failing["id"])
PY
)

# sign in through the form, as a browser does: the form's CSRF token, then the session cookie
JAR_COOKIES="$DIR/cookies"
TOKEN=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=pages" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" "$BASE/login"

time_page() {
    local path=$1 first rest status
    read -r status first < <(curl -s -b "$JAR_COOKIES" -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$path")
    rest=$(for _ in $(seq 1 "$REPEAT"); do
        curl -s -b "$JAR_COOKIES" -o /dev/null -w '%{time_total}\n' "$BASE$path"; done | sort -n \
        | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    printf '| %-58s | %6s | %8.3f s | %8.3f s |\n' "$path" "$status" "$first" "$rest"
}

echo "Pages on a stored run of $N households in $COUNTIES counties, $(date -u +%F), $(nproc) cores"
echo "(upload $(printf '%.1f' "$upload") s, scenario $(printf '%.1f' "$scenario") s; first answer, then the median of $REPEAT)"
echo
printf '| %-58s | %6s | %10s | %10s |\n' page status first median
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "--------" "------------" "------------"
for path in "/" "/runs/$RUN" "/runs/$RUN/counties/$COUNTY" "/runs/$RUN/counties/$COUNTY?page=3&sort=incidence" \
        "/runs/$RUN/villages/$VILLAGE" "/runs/$RUN/households/$HOUSEHOLD" "/runs/$RUN/monitoring" \
        "/runs/$RUN/remediation" "/runs/$RUN/remediation?department=HOUSING&page=2" "/runs/$RUN/what-if" \
        "/runs/$RUN/scenarios/$SCENARIO" "/runs/$RUN/firings?entity=$HOUSEHOLD" "/runs/$RUN/firings?criterion=H-INCOME" \
        "/runs/$RUN/coverage" "/parameters" "/rules" "/audit" "/runs/$RUN/chain"; do
    time_page "$path"
done
