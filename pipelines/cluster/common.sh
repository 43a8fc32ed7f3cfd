# Shared by flink.sh and spark.sh (sourced, not run): the cluster's folder, ports, processes.
# Each script sets NAME (its name in messages) and ENGINE (flink or spark) before sourcing this.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/pipelines/cluster"
# The cluster's folder: jars, configuration, logs, process ids. Outside target/ would survive
# `mvn clean`; inside it, nothing of the clusters is ever committed by accident.
CLUSTERS="${NEWSNLP_CLUSTER_DIR:-$ROOT/target/cluster}"
DIR="$CLUSTERS/$ENGINE"
LOGS="$DIR/log"

say() { echo "$NAME: $*"; }
die() {
  echo "$NAME: $*" >&2
  exit 1
}

need_java() {
  command -v java >/dev/null 2>&1 || die "java is not on the PATH (Java 17 runs the cluster)"
}

# True when something on this machine accepts connections on 127.0.0.1:$1.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Refuses to start when a port the cluster needs is taken. Arguments: VARIABLE=port ...
refuse_taken_ports() {
  local spec
  for spec in "$@"; do
    if port_taken "${spec#*=}"; then
      die "port ${spec#*=} on 127.0.0.1 is taken by another program, so the cluster cannot" \
        "listen there: stop that program, or choose another port with ${spec%%=*}=<port>"
    fi
  done
}

# GET http://127.0.0.1:$1$2 and print the body; fails when nothing answers. Plain bash, so that
# the scripts need nothing but Java, Maven and coreutils.
http_get() {
  local reply
  reply=$(timeout 10 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" "$1" >&3
    cat <&3' "$1" "$2" 2>/dev/null) || return 1
  [[ $reply == "HTTP/1."[01]" 200"* ]] || return 1
  printf '%s\n' "${reply#*$'\r\n\r\n'}"
}

# Copies the engine's jars from Maven (pipelines/cluster/pom.xml, profile $ENGINE) into $1, once
# per version of that pom.
fetch_jars() {
  local stamp="$1/.copied"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$HERE/pom.xml" ]; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn is not on the PATH: Maven fetches $ENGINE's jars"
  say "copying $ENGINE's jars from Maven into $1"
  rm -rf "$1"
  mvn -B -q -f "$HERE/pom.xml" -P"$ENGINE" dependency:copy-dependencies -DoutputDirectory="$1" \
    || die "Maven could not fetch $ENGINE's jars (see above)"
  touch "$stamp"
}

# True when the process in pid file $1 runs, and is one of this cluster's (its command line names
# the cluster's folder), so that a stale pid file never makes us stop someone else's process.
running() {
  local pid
  [ -f "$1" ] || return 1
  pid=$(cat "$1")
  ps -o args= -p "$pid" 2>/dev/null | grep -qF -- "$DIR/"
}

# Starts a JVM in the background in the cluster's folder. Arguments: pid-file output-file command...
launch() {
  local pidfile=$1 out=$2
  shift 2
  (cd "$DIR" && exec nohup "$@" >"$out" 2>&1 </dev/null) &
  echo $! >"$pidfile"
}

# Stops the process of pid file $1 (named $2 in messages): TERM, up to 30 s, then KILL.
stop_process() {
  local pid i
  if ! running "$1"; then
    rm -f "$1"
    return 0
  fi
  pid=$(cat "$1")
  kill "$pid" 2>/dev/null || true
  for i in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "$2 (pid $pid) did not stop within 30 s; killing it"
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
  say "stopped $2 (pid $pid)"
}

# JVMs still running from this cluster's folder (a Spark executor whose worker died first, say):
# their pids, one per line.
leftovers() {
  ps -eo pid=,args= | awk -v dir="$DIR/" '$2 ~ /(^|\/)java$/ && index($0, dir) { print $1 }'
}

# Waits up to $1 seconds for the command "$2..." to succeed, failing early when a pid file's
# process ($WATCH, space-separated) has died.
wait_until() {
  local seconds=$1 i p
  shift
  for i in $(seq "$((seconds * 2))"); do
    if "$@"; then
      return 0
    fi
    for p in $WATCH; do
      running "$p" || return 1
    done
    sleep 0.5
  done
  return 1
}

# Waits up to 120 s for the function `ready`, watching the processes of pid files $@; when they
# do not come up, shows the logs, stops what runs and fails.
await_ready() {
  WATCH="$*"
  if ! wait_until 120 ready; then
    show_logs
    stop >/dev/null
    die "the cluster did not come up within 120 s (logs above, and in $LOGS)"
  fi
}

# Stops the processes of "pid-file:name" arguments in their order, then any JVM left running from
# the cluster's folder.
stop_all() {
  local p pid
  for p in "$@"; do
    stop_process "${p%%:*}" "${p#*:}"
  done
  for pid in $(leftovers); do
    say "stopping a leftover process of the cluster, pid $pid"
    kill -9 "$pid" 2>/dev/null || true
  done
}

# Says which processes of "pid-file:name" arguments ($3...) run and what http://127.0.0.1:$1$2
# answers; returns 3 when a process is down.
show_status() {
  local port=$1 path=$2 code=0 p body
  shift 2
  for p in "$@"; do
    if running "${p%%:*}"; then
      say "${p#*:} running, pid $(cat "${p%%:*}")"
    else
      say "${p#*:} not running"
      code=3
    fi
  done
  if body=$(http_get "$port" "$path"); then
    body=${body//[[:space:]]/}
    say "http://127.0.0.1:$port$path: ${body:0:400}"
  fi
  return "$code"
}

# The last lines of every log, for a start that failed.
show_logs() {
  local f
  for f in "$LOGS"/*; do
    [ -f "$f" ] || continue
    echo "---- $f (last 20 lines)" >&2
    tail -n 20 "$f" >&2
  done
}
