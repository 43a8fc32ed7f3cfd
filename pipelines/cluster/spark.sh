#!/usr/bin/env bash
# A Spark 3.5 standalone cluster on this machine, to try newsnlp's cluster path before a real one:
# a master (spark://127.0.0.1:7077, web UI and its JSON on http://127.0.0.1:8080) and one worker
# offering 2 cores, each its own JVM; the worker starts the executors of each application. Made of
# Spark's artifacts on Maven Central (see pom.xml beside this script). Everything listens on
# 127.0.0.1 only.
#
#   pipelines/cluster/spark.sh start       start it (the first start copies Spark's jars from Maven)
#   pipelines/cluster/spark.sh status      which processes run, and what the master says
#   pipelines/cluster/spark.sh stop        stop it; no process (executors included) is left behind
#   pipelines/cluster/spark.sh submit ARGS a Spark distribution's `spark-submit ARGS`
#
# Its folder ($NEWSNLP_CLUSTER_DIR/spark, by default target/cluster/spark) is the cluster's
# SPARK_HOME: jars/, conf/, log/ (master.log, worker.log), work/ (each application's executor logs,
# work/<app-id>/<n>/stderr) and the pid files.
# Settings, from the environment: SPARK_MASTER_PORT (7077), SPARK_MASTER_WEBUI_PORT (8080),
# SPARK_WORKER_WEBUI_PORT (8082: Spark's own default, 8081, is Flink's REST port),
# SPARK_WORKER_CORES (2), SPARK_WORKER_MEMORY (4g, for all executors together).
set -euo pipefail
NAME=spark.sh
ENGINE=spark
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

MASTER_PORT=${SPARK_MASTER_PORT:-7077}
MASTER_UI_PORT=${SPARK_MASTER_WEBUI_PORT:-8080}
WORKER_UI_PORT=${SPARK_WORKER_WEBUI_PORT:-8082}
CORES=${SPARK_WORKER_CORES:-2}
MEMORY=${SPARK_WORKER_MEMORY:-4g}
MASTER_PID="$DIR/master.pid"
WORKER_PID="$DIR/worker.pid"
# How Spark's own scripts run its processes: SPARK_HOME/conf and SPARK_HOME/jars on the class path,
# SPARK_SCALA_VERSION as load-spark-env.sh sets it (the worker builds each executor's command with
# it), and SPARK_LOCAL_IP for the address every server (web UIs included) listens on.
export SPARK_HOME="$DIR"
export SPARK_SCALA_VERSION=2.12
export SPARK_LOCAL_IP=127.0.0.1
CLASSPATH_ARG="$DIR/conf/:$DIR/jars/*"

# True once the master's JSON reports a live worker with all its cores.
ready() {
  local json
  json=$(http_get "$MASTER_UI_PORT" /json/) || return 1
  json=${json//[[:space:]]/}
  [[ $json == *'"aliveworkers":1,'* && $json == *"\"cores\":$CORES,"* ]]
}

start() {
  need_java
  if running "$MASTER_PID" || running "$WORKER_PID"; then
    die "already running (pipelines/cluster/spark.sh status); stop it first"
  fi
  refuse_taken_ports SPARK_MASTER_PORT="$MASTER_PORT" SPARK_MASTER_WEBUI_PORT="$MASTER_UI_PORT" \
    SPARK_WORKER_WEBUI_PORT="$WORKER_UI_PORT"
  fetch_jars "$DIR/jars"
  mkdir -p "$DIR/conf" "$LOGS" "$DIR/work"
  rm -f "$LOGS"/*
  launch "$MASTER_PID" "$LOGS/master.log" java -Xmx1g @"$HERE/java17.args" \
    -cp "$CLASSPATH_ARG" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "$MASTER_UI_PORT"
  launch "$WORKER_PID" "$LOGS/worker.log" java -Xmx1g @"$HERE/java17.args" \
    -cp "$CLASSPATH_ARG" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores "$CORES" --memory "$MEMORY" --webui-port "$WORKER_UI_PORT" \
    --work-dir "$DIR/work" "spark://127.0.0.1:$MASTER_PORT"
  await_ready "$MASTER_PID" "$WORKER_PID"
  say "Spark standalone cluster up: master spark://127.0.0.1:$MASTER_PORT, web UI" \
    "http://127.0.0.1:$MASTER_UI_PORT, 1 worker with $CORES cores; master pid" \
    "$(cat "$MASTER_PID"), worker pid $(cat "$WORKER_PID"); logs in $LOGS, executors' logs in" \
    "$DIR/work"
}

stop() {
  # The worker stops its executors as it stops.
  stop_all "$WORKER_PID:worker" "$MASTER_PID:master"
  say "stopped; logs stay in $LOGS and $DIR/work"
}

status() {
  local code=0
  show_status "$MASTER_UI_PORT" /json/ "$MASTER_PID:master" "$WORKER_PID:worker" || code=$?
  say "logs in $LOGS, executors' logs in $DIR/work"
  return "$code"
}

# `spark-submit` as a Spark distribution has it: its launcher runs this same class, with the
# driver in this JVM (client mode).
submit() {
  need_java
  [ -f "$DIR/jars/.copied" ] || die "no Spark jars yet: pipelines/cluster/spark.sh start"
  exec java -Xmx"${SPARK_DRIVER_MEMORY:-1g}" @"$HERE/java17.args" -cp "$CLASSPATH_ARG" \
    org.apache.spark.deploy.SparkSubmit "$@"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  submit)
    shift
    submit "$@"
    ;;
  *)
    echo "usage: pipelines/cluster/spark.sh start|stop|status|submit <spark-submit arguments>" >&2
    exit 2
    ;;
esac
