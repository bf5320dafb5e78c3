#!/usr/bin/env bash
# The Spark job against evaluate on the same generated households, in fresh processes, medians of RUNS:
#   evaluate (command line, -Xmx1g as scripts/bench.sh), the job in local[1] and in local[2].
# N=1000000 COUNTIES=100 RUNS=3 by default; N=100000 RUNS=1 spark/bench.sh is quicker.
# Also prints the job's own line on its county sessions: households/s per task slot (the per-partition rate).
# Local mode holds the driver and the one executor in one JVM, Spark keeping 60% of its heap for its own
# caches and shuffles: SPARK_DRIVER_MEMORY defaults to 8g here (4g ran out of memory at a million households).
# KEEP=1 keeps the working folder (the generated input, evaluate's report, the job's last outputs) to import.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(dirname "$here")"
N="${N:-1000000}"
COUNTIES="${COUNTIES:-100}"
RUNS="${RUNS:-3}"
export SPARK_DRIVER_MEMORY="${SPARK_DRIVER_MEMORY:-8g}"
work="$(mktemp -d "${TMPDIR:-/tmp}/exit-monitor-spark-bench-XXXXXX")"
trap 'if [ "${KEEP:-0}" = 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi' EXIT
cd "$top"
[ -f target/exit-monitor.jar ] || mvn -B -ntp -q -DskipTests install
java -jar target/exit-monitor.jar generate --counties "$COUNTIES" --households-per-county "$((N / COUNTIES))" \
  --seed 7 --out "$work/csv" --format csv 2>/dev/null
"$here/run-local.sh" data/ningxia-2019/csv "$work/warm" >/dev/null 2>&1   # builds, fills the rule cache

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>"$work/last.err"; end=$(date +%s.%N)
  echo "$end - $start" | bc; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

: >"$work/evaluate"; : >"$work/local1"; : >"$work/local2"; : >"$work/rates"
for run in $(seq "$RUNS"); do
  seconds java -Xmx1g -jar target/exit-monitor.jar evaluate "$work/csv" --out "$work/eval.json" >>"$work/evaluate"
  rm -rf "$work/out1" "$work/out2"
  SPARK_MASTER='local[1]' seconds "$here/run-local.sh" "$work/csv" "$work/out1" >>"$work/local1"
  grep 'county sessions' "$work/last.err" | sed 's/^/local[1] /' >>"$work/rates" || true
  SPARK_MASTER='local[2]' seconds "$here/run-local.sh" "$work/csv" "$work/out2" >>"$work/local2"
  grep 'county sessions' "$work/last.err" | sed 's/^/local[2] /' >>"$work/rates" || true
done
same=$(python3 - "$work/eval.json" "$work/out2/report.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for r in (a, b):
    for k in ("id", "startedAt", "durationMs"):
        r["run"].pop(k)
print("equal" if a == b else "DIFFERENT")
PY
)
echo "Spark job against evaluate, $(date -u +%F), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$N households in $COUNTIES counties, medians of $RUNS fresh processes; last reports $same apart from run id and times"
printf '| %-40s | %10s | %12s |\n' run wall households/s
for name in evaluate local1 local2; do
  m=$(median <"$work/$name")
  printf '| %-40s | %8.2f s | %12.0f |\n' "$name" "$m" "$(echo "$N / $m" | bc -l)"
done
cat "$work/rates"
