#!/usr/bin/env bash
# A Flink 1.19 session cluster on this machine, to try newsnlp's cluster path before a real one:
# a JobManager (REST API and dashboard on http://127.0.0.1:8081) and one TaskManager with 2 slots,
# each its own JVM, made of Flink's artifacts on Maven Central (see pom.xml beside this script).
# Everything listens on 127.0.0.1 only.
#
#   pipelines/cluster/flink.sh start     start it (the first start copies Flink's jars from Maven)
#   pipelines/cluster/flink.sh status    which processes run, and what the REST API says
#   pipelines/cluster/flink.sh stop      stop it; no process is left behind
#   pipelines/cluster/flink.sh run ARGS  a Flink distribution's `flink run ARGS`, on this cluster
#
# Its folder ($NEWSNLP_CLUSTER_DIR/flink, by default target/cluster/flink) holds jars/, conf/,
# log/ (jobmanager.log, taskmanager.log, client.log, and each JVM's output) and the pid files.
# Settings, from the environment: FLINK_REST_PORT (8081), FLINK_RPC_PORT (6123), FLINK_SLOTS (2),
# FLINK_TM_MEMORY (4g, the TaskManager's whole process), FLINK_JM_MEMORY (1g).
set -euo pipefail
NAME=flink.sh
ENGINE=flink
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

REST_PORT=${FLINK_REST_PORT:-8081}
RPC_PORT=${FLINK_RPC_PORT:-6123}
SLOTS=${FLINK_SLOTS:-2}
TM_MEMORY=${FLINK_TM_MEMORY:-4g}
JM_MEMORY=${FLINK_JM_MEMORY:-1g}
JARS="$DIR/jars"
CONF="$DIR/conf"
JM_PID="$DIR/jobmanager.pid"
TM_PID="$DIR/taskmanager.pid"

write_conf() {
  mkdir -p "$CONF" "$LOGS" "$DIR/tmp"
  cat >"$CONF/config.yaml" <<EOF
# Written by pipelines/cluster/flink.sh start: change the script's settings, not this file.
jobmanager.rpc.address: 127.0.0.1
jobmanager.rpc.port: $RPC_PORT
jobmanager.bind-host: 127.0.0.1
jobmanager.memory.process.size: $JM_MEMORY
taskmanager.host: 127.0.0.1
taskmanager.bind-host: 127.0.0.1
taskmanager.numberOfTaskSlots: $SLOTS
taskmanager.memory.process.size: $TM_MEMORY
parallelism.default: $SLOTS
rest.address: 127.0.0.1
rest.bind-address: 127.0.0.1
rest.port: $REST_PORT
io.tmp.dirs: $DIR/tmp
blob.storage.directory: $DIR/tmp
web.tmpdir: $DIR/tmp
EOF
  # Flink's own layout: one file per process, named by -Dlog.file.
  cat >"$CONF/log4j.properties" <<'EOF'
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = MainAppender
appender.main.name = MainAppender
appender.main.type = File
appender.main.append = false
appender.main.fileName = ${sys:log.file}
appender.main.layout.type = PatternLayout
appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
EOF
}

# The JVM flags (line 1) and dynamic properties (line 2) Flink's own scripts compute from the
# configured process size, through the same class they call (BashJavaUtils).
memory_params() {
  java -cp "$JARS/*" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$CONF" \
    2>"$LOGS/memory-params.err" | sed -n 's/^BASH_JAVA_UTILS_EXEC_RESULT://p'
}

# Starts one Flink process: $1 = jobmanager|taskmanager, $2 = its BashJavaUtils command, $3 = class.
start_process() {
  local params jvm dynamic
  params=$(memory_params "$2") || true
  jvm=$(sed -n 1p <<<"$params")
  dynamic=$(sed -n 2p <<<"$params")
  [ -n "$jvm" ] || die "could not size the $1's memory: $(cat "$LOGS/memory-params.err")"
  # shellcheck disable=SC2086 # the flags are words
  launch "$DIR/$1.pid" "$LOGS/$1.out" java $jvm @"$HERE/java17.args" \
    -Dlog.file="$LOGS/$1.log" -Dlog4j.configurationFile="file:$CONF/log4j.properties" \
    -classpath "$JARS/*" "$3" --configDir "$CONF" $dynamic
}

# True once the REST API reports a TaskManager with all its slots.
ready() {
  local overview
  overview=$(http_get "$REST_PORT" /overview) || return 1
  [[ $overview == *'"taskmanagers":1,'* && $overview == *"\"slots-total\":$SLOTS,"* ]]
}

start() {
  need_java
  if running "$JM_PID" || running "$TM_PID"; then
    die "already running (pipelines/cluster/flink.sh status); stop it first"
  fi
  refuse_taken_ports FLINK_REST_PORT="$REST_PORT" FLINK_RPC_PORT="$RPC_PORT"
  fetch_jars "$JARS"
  write_conf
  rm -f "$LOGS"/*
  start_process jobmanager GET_JM_RESOURCE_PARAMS \
    org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint
  start_process taskmanager GET_TM_RESOURCE_PARAMS \
    org.apache.flink.runtime.taskexecutor.TaskManagerRunner
  await_ready "$JM_PID" "$TM_PID"
  say "Flink session cluster up: REST API and dashboard on http://127.0.0.1:$REST_PORT," \
    "1 TaskManager with $SLOTS slots; JobManager pid $(cat "$JM_PID")," \
    "TaskManager pid $(cat "$TM_PID"); logs in $LOGS"
}

stop() {
  stop_all "$TM_PID:TaskManager" "$JM_PID:JobManager"
  say "stopped; logs stay in $LOGS"
}

status() {
  local code=0
  show_status "$REST_PORT" /overview "$JM_PID:JobManager" "$TM_PID:TaskManager" || code=$?
  say "logs in $LOGS"
  return "$code"
}

# `flink run` as a Flink distribution has it (its CliFrontend), configured for this cluster.
run_client() {
  need_java
  [ -f "$CONF/config.yaml" ] || die "no cluster configuration yet: pipelines/cluster/flink.sh start"
  FLINK_CONF_DIR="$CONF" exec java @"$HERE/java17.args" \
    -Dlog.file="$LOGS/client.log" -Dlog4j.configurationFile="file:$CONF/log4j.properties" \
    -classpath "$JARS/*" org.apache.flink.client.cli.CliFrontend run "$@"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  run)
    shift
    run_client "$@"
    ;;
  *)
    echo "usage: pipelines/cluster/flink.sh start|stop|status|run <flink run arguments>" >&2
    exit 2
    ;;
esac
