#!/usr/bin/env bash
# Runs the Spark job in local mode on this machine: spark/run-local.sh INPUT OUTDIR [--rules DIR]
# Builds what it needs (the main artifact, installed, and this build), then writes OUTDIR's Parquet tables,
# county rows and rules, and OUTDIR/report.json in the evaluate format.
# SPARK_MASTER (default local[*]) and SPARK_DRIVER_MEMORY (default 4g) may be set.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: spark/run-local.sh INPUT OUTDIR [--rules DIR]" >&2
  exit 64
fi
here="$(cd "$(dirname "$0")" && pwd)"
top="$(dirname "$here")"
input="$(realpath "$1")"
output="$(realpath -m "$2")"
shift 2
rules=()
if [ $# -ge 2 ] && [ "$1" = "--rules" ]; then
  rules=(--rules "$(realpath "$2")")
elif [ -d "$top/rules" ]; then
  rules=(--rules "$top/rules")
fi
if [ ! -f "$here/target/exit-monitor-spark.jar" ] || [ ! -f "$here/target/classpath.txt" ]; then
  (cd "$top" && mvn -B -ntp -q -DskipTests install)
  (cd "$here" && mvn -B -ntp -q -DskipTests package \
      && mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/classpath.txt \
      && mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime.txt)
fi
opens="$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' "$here/pom.xml")"
classpath="$here/target/exit-monitor-spark.jar:$(cat "$here/target/classpath.txt"):$(cat "$here/target/runtime.txt")"
# shellcheck disable=SC2086
exec java -Xmx"${SPARK_DRIVER_MEMORY:-4g}" $opens -Dspark.master="${SPARK_MASTER:-local[*]}" \
  -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 \
  -cp "$classpath" org.povertyexit.monitor.spark.ClusterEvaluation "$input" "$output" "${rules[@]}"
