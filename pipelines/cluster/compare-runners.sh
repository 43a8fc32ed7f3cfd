#!/usr/bin/env bash
# Times the same job on every runner, one after the other in one run, as a user types it, and
# prints a Markdown table of wall times and CPU seconds (the client's JVM and, for a cluster, its
# processes' and their children's: the executors), with their ratios to the direct runner's:
#
#   direct runner            java -jar target/newsnlp-<v>.jar
#   embedded Flink           java -jar target/newsnlp-<v>-flink.jar --flinkMaster=[local]
#   Flink session cluster    java -jar target/newsnlp-<v>-flink.jar --flinkMaster=127.0.0.1:8081
#   local Spark              java -jar target/newsnlp-<v>-spark.jar --sparkMaster=local[2]
#   Spark standalone         java -jar target/newsnlp-<v>-spark.jar --sparkMaster=spark://127.0.0.1:7077
#
# (Ports as flink.sh and spark.sh take them: FLINK_REST_PORT, SPARK_MASTER_PORT,
# SPARK_MASTER_WEBUI_PORT.) Every runner gets 2 workers (this machine's cores); each run's tables must be the direct
# runner's byte for byte. Needs the three jars (mvn package, mvn -Pflink-runner package,
# mvn -Pspark-runner package) and both clusters running (flink.sh start, spark.sh start).
#
#   pipelines/cluster/compare-runners.sh [corpus folder] [work folder]
#
# The corpus (default ../shared/corpora/news) is every *.txt file in its subfolders; the work
# folder (default target/compare-runners) gets a folder of links to them, each run's tables and
# log, and the Flink job's JSON from the REST API (per-step times: flink-job.json).
set -euo pipefail
NAME=compare-runners.sh
ENGINE=compare
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

CORPUS=$(cd "${1:-$ROOT/../shared/corpora/news}" && pwd)
WORK=$(mkdir -p "${2:-$ROOT/target/compare-runners}" && cd "${2:-$ROOT/target/compare-runners}" && pwd)
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -n 1)
JAR="$ROOT/target/newsnlp-$VERSION"
for jar in "$JAR.jar" "$JAR-flink.jar" "$JAR-spark.jar"; do
  [ -f "$jar" ] || die "$jar is missing: build it first (see this script's head)"
done
FLINK=${FLINK_REST_PORT:-8081}
SPARK=${SPARK_MASTER_PORT:-7077}
SPARK_UI=${SPARK_MASTER_WEBUI_PORT:-8080}
http_get "$FLINK" /overview >/dev/null || die "no Flink cluster on $FLINK: pipelines/cluster/flink.sh start"
http_get "$SPARK_UI" /json/ >/dev/null || die "no Spark master on $SPARK_UI: pipelines/cluster/spark.sh start"

# One folder of links, so that --inputs names the corpus's articles and nothing else (the news
# corpus's file names already start with their source's).
INPUT="$WORK/input"
rm -rf "$INPUT" "$WORK"/out-* "$WORK"/*.log
mkdir -p "$INPUT"
find "$CORPUS" -mindepth 2 -name '*.txt' -not -path '*/LICENSES/*' -exec ln -s -t "$INPUT" {} +
ARTICLES=$(find "$INPUT" -type l | wc -l)

# CPU seconds, in clock ticks, of processes $@ and of the children they have waited for.
HZ=$(getconf CLK_TCK)
ticks() {
  local pid total=0
  for pid in "$@"; do
    # Fields after the command name, which is in parentheses: utime is the 12th.
    total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 + $14 + $15 }')))
  done
  echo "$total"
}

declare -A WALL CPU
# Runs the job as name with jar and args; the cluster's pid files (if any) in CLUSTER_PIDS, whose
# processes' CPU time counts with the client's.
run() {
  local name=$1 jar=$2 start end pids cpu0 cpu1
  shift 2
  pids=$(cat $CLUSTER_PIDS 2>/dev/null || true)
  start=$(date +%s.%N)
  cpu0=$(ticks $$ $pids)
  java -jar "$jar" --inputs="$INPUT" --output="$WORK/out-$name" "$@" >"$WORK/$name.log" 2>&1 \
    || die "the $name run failed: see $WORK/$name.log"
  cpu1=$(ticks $$ $pids)
  end=$(date +%s.%N)
  WALL[$name]=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  CPU[$name]=$(awk -v t="$((cpu1 - cpu0))" -v hz="$HZ" 'BEGIN { printf "%.1f", t / hz }')
}

CLUSTER_PIDS=
run direct "$JAR.jar"
run flink-embedded "$JAR-flink.jar" --runner=FlinkRunner --flinkMaster='[local]' --parallelism=2
CLUSTER_PIDS="$CLUSTERS/flink/jobmanager.pid $CLUSTERS/flink/taskmanager.pid"
run flink-cluster "$JAR-flink.jar" --runner=FlinkRunner --flinkMaster=127.0.0.1:"$FLINK" \
  --parallelism=2
http_get "$FLINK" /jobs/overview >"$WORK/flink-jobs.json"
JOB=$(grep -o '"jid":"[0-9a-f]*"' "$WORK/flink-jobs.json" | tail -n 1 | cut -d'"' -f4)
http_get "$FLINK" "/jobs/$JOB" >"$WORK/flink-job.json"
CLUSTER_PIDS=
run spark-local "$JAR-spark.jar" --runner=SparkRunner --sparkMaster='local[2]'
# The worker waits for its executors, so their CPU time is the worker's children's.
CLUSTER_PIDS="$CLUSTERS/spark/master.pid $CLUSTERS/spark/worker.pid"
run spark-cluster "$JAR-spark.jar" --runner=SparkRunner --sparkMaster=spark://127.0.0.1:"$SPARK"

echo
echo "$ARTICLES articles from $CORPUS, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
echo
echo "| runner | wall s | wall / direct | CPU s | CPU / direct | tables |"
echo "|---|---|---|---|---|---|"
for name in direct flink-embedded flink-cluster spark-local spark-cluster; do
  same=identical
  for table in "$WORK/out-direct"/*.csv; do
    cmp -s "$table" "$WORK/out-$name/$(basename "$table")" || same="DIFFER: $(basename "$table")"
  done
  awk -v n="$name" -v w="${WALL[$name]}" -v d="${WALL[direct]}" -v c="${CPU[$name]}" \
    -v dc="${CPU[direct]}" -v s="$same" \
    'BEGIN { printf "| %s | %.1f | %.2f | %.1f | %.2f | %s |\n", n, w, w / d, c, c / dc, s }'
done
