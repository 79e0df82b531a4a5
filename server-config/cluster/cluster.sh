#!/usr/bin/env bash
# Earmark on a cluster of two WildFly nodes behind a WildFly balancer, on one throw-away PostgreSQL and one media
# folder, all on this machine: what a company runs on several machines, small enough to start, kill and test here.
#
#   cluster.sh [options] start          prepare what is missing, start everything, wait until the balancer serves both nodes
#   cluster.sh [options] run            start, then stay in the foreground until Ctrl-C (or TERM), then stop
#   cluster.sh [options] stop           stop the nodes, the balancer and PostgreSQL (the data stays for the next start)
#   cluster.sh [options] status         what runs and what answers
#   cluster.sh [options] kill NODE      kill -9 a node (node1, node2): a crash, not a shutdown
#   cluster.sh [options] restart NODE   stop a node if it runs, start it and wait until it is ready and balanced again
#
# Options (or the environment variable in brackets):
#   --dir DIR          (EARMARK_CLUSTER_DIR; target/cluster) everything of the cluster: a copy of WildFly per node and
#                      for the balancer, PostgreSQL's data, the shared media folder, the logs
#   --wildfly DIR      (EARMARK_CLUSTER_WILDFLY; target/wildfly-38.0.1.Final) the unpacked WildFly that is copied
#   --war FILE         (EARMARK_CLUSTER_WAR; target/earmark.war) the WAR that ./mvnw package built, deployed as it is
#   --offset N         (EARMARK_CLUSTER_OFFSET; 0) port offset of the balancer (http://localhost:8080+N/earmark/); the
#                      nodes run at offsets N+100 and N+200 (JGroups on 7600 + their offsets), PostgreSQL on 15432+N
#   --postgresql-jar F (EARMARK_CLUSTER_POSTGRESQL_JAR; the local Maven repository's org.postgresql:postgresql 42.7.8)
#   --fresh            start from an empty database and media folder (the demo again), servers that remember nothing
#   --sequential       boot the second node only once the first is ready (default: both boot and deploy at once; one
#                      of them migrates the database and loads the demo, the other finds it done)
# The commands after start read the offset from the cluster folder. Only processes started from it are ever killed.
set -Eeuo pipefail
trap 'echo "cluster.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
dir=${EARMARK_CLUSTER_DIR:-$project/target/cluster}
wildfly=${EARMARK_CLUSTER_WILDFLY:-$project/target/wildfly-38.0.1.Final}
war=${EARMARK_CLUSTER_WAR:-$project/target/earmark.war}
offset=${EARMARK_CLUSTER_OFFSET:-}
postgresql_jar=${EARMARK_CLUSTER_POSTGRESQL_JAR:-$HOME/.m2/repository/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar}
fresh=false
sequential=false
nodes=(node1 node2)
ready_timeout=300

usage() { sed -n '2,/^set -E/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }

command=""
node=""
while [ $# -gt 0 ]; do
    case "$1" in
        --dir) dir=$2; shift 2 ;;
        --wildfly) wildfly=$2; shift 2 ;;
        --war) war=$2; shift 2 ;;
        --offset) offset=$2; shift 2 ;;
        --postgresql-jar) postgresql_jar=$2; shift 2 ;;
        --fresh) fresh=true; shift ;;
        --sequential) sequential=true; shift ;;
        start|run|stop|status) command=$1; shift ;;
        kill|restart) command=$1; node=${2:-}; shift $(($# > 1 ? 2 : 1)) ;;
        -h|--help) usage ;;
        *) echo "unknown argument: $1" >&2; usage ;;
    esac
done
[ -n "$command" ] || usage
if [ -n "$node" ] && [[ ! " ${nodes[*]} " == *" $node "* ]]; then
    echo "no such node: $node (${nodes[*]})" >&2
    exit 2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# The offset of the running cluster wins over the default, so that kill and restart need no options.
if [ -z "$offset" ]; then
    offset=$(cat "$dir/offset" 2>/dev/null || echo 0)
fi
balancer_http=$((8080 + offset))
balancer_mcmp=$((8090 + offset))
postgres_port=$((15432 + offset))
node_offset() { case "$1" in node1) echo $((offset + 100)) ;; node2) echo $((offset + 200)) ;; esac; }
node_http() { echo $((8080 + $(node_offset "$1"))); }
jgroups_port() { echo $((7600 + $(node_offset "$1"))); }

log() { printf '%s cluster: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- processes: only those whose pid file is in the cluster folder and whose command line names it ---------------

pid_of() {
    local pid
    pid=$(cat "$dir/$1.pid" 2>/dev/null) || return 1
    [ -n "$pid" ] && grep -qF "$dir" "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

running() { pid_of "$1" >/dev/null; }

wait_gone() { # name seconds
    local waited=0
    while running "$1" && [ "$waited" -lt $(($2 * 10)) ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    ! running "$1"
}

# --- PostgreSQL: Debian's, as the tests' PostgresServer runs it (as the postgres user when run as root) -----------

pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 | grep . \
        || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_running() {
    [ -f "$dir/postgres/data/postmaster.pid" ] && as_postgres "$(pg_bin)/pg_ctl" -D "$dir/postgres/data" status >/dev/null 2>&1
}

start_postgres() {
    local bin created=false
    bin=$(pg_bin)
    if postgres_running; then
        return
    fi
    if [ ! -d "$dir/postgres/data" ]; then
        mkdir -p "$dir/postgres"
        if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir/postgres"; fi
        as_postgres "$bin/initdb" -D "$dir/postgres/data" -U earmark --auth=trust -E UTF8 --locale=C >/dev/null
        created=true
    fi
    as_postgres "$bin/pg_ctl" -D "$dir/postgres/data" -l "$dir/postgres/server.log" -w -t 60 \
        -o "-p $postgres_port -k $dir/postgres -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    if $created; then
        as_postgres "$bin/createdb" -h 127.0.0.1 -p "$postgres_port" -U earmark earmark
    fi
    log "PostgreSQL on 127.0.0.1:$postgres_port"
}

stop_postgres() {
    if postgres_running; then
        as_postgres "$(pg_bin)/pg_ctl" -D "$dir/postgres/data" -m fast -w stop >/dev/null
    fi
}

# --- WildFly: one copy of the unpacked server per node and one for the balancer ----------------------------------

copy_wildfly() { # target
    rm -rf "$1"
    cp -a "$wildfly" "$1"
    # What a run or a test of the single server left in the copied folder is not the cluster's.
    rm -rf "$1/standalone/data" "$1/standalone/log" "$1/standalone/tmp" "$1/standalone/configuration/standalone_xml_history"
    find "$1/standalone/deployments" -mindepth 1 ! -name README.txt -delete
}

prepare() {
    [ -d "$wildfly/modules" ] || { echo "no WildFly at $wildfly: ./mvnw package unpacks it" >&2; exit 1; }
    [ -f "$postgresql_jar" ] || { echo "no PostgreSQL driver at $postgresql_jar (--postgresql-jar)" >&2; exit 1; }
    log "preparing WildFly copies in $dir"
    copy_wildfly "$dir/node1"
    copy_wildfly "$dir/balancer"
    # The single server's scripts, pointed at standalone-ha.xml, and the cluster's own, in one CLI run.
    cat "$project/server-config/wildfly/postgresql-datasource.cli" "$project/server-config/wildfly/demo.cli" \
        "$here/node.cli" >"$dir/node.cli"
    "$dir/node1/bin/jboss-cli.sh" --file="$dir/node.cli" -Dearmark.server-config=standalone-ha.xml \
        -Dpostgresql.jar="$postgresql_jar" >"$dir/prepare-node.log" 2>&1 &
    local node_cli=$!
    "$dir/balancer/bin/jboss-cli.sh" --file="$here/balancer.cli" >"$dir/prepare-balancer.log" 2>&1 &
    local balancer_cli=$!
    bash "$project/server-config/wildfly/demo-users.sh" "$dir/node1" >"$dir/prepare-users.log" 2>&1
    wait "$node_cli" || { cat "$dir/prepare-node.log" >&2; exit 1; }
    wait "$balancer_cli" || { cat "$dir/prepare-balancer.log" >&2; exit 1; }
    rm -rf "$dir/node2"
    cp -a "$dir/node1" "$dir/node2"
    preparation >"$dir/prepared"
}

# What the copies were prepared from: when it changes, they are prepared again.
preparation() {
    cat "$here"/*.cli "$project"/server-config/wildfly/{postgresql-datasource.cli,demo.cli,demo-users.sh} \
        | cksum | sed "s|\$| $wildfly $postgresql_jar|"
}

# An empty database and media folder, and servers that remember nothing (sessions, transactions, deployments).
forget_state() {
    local name
    rm -rf "$dir/postgres" "$dir/media"
    for name in "${nodes[@]}" balancer; do
        rm -rf "$dir/$name/standalone/data" "$dir/$name/standalone/tmp" "$dir/$name/standalone/log"
        if [ -d "$dir/$name/standalone/deployments" ]; then
            find "$dir/$name/standalone/deployments" -mindepth 1 ! -name README.txt -delete
        fi
    done
}

start_balancer() {
    if running balancer; then return; fi
    rm -f "$dir/balancer.pid"
    JBOSS_PIDFILE="$dir/balancer.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_JAVA_SIZING="-Xms64m -Xmx256m" \
        setsid "$dir/balancer/bin/standalone.sh" -c standalone-load-balancer.xml \
        -Djboss.socket.binding.port-offset="$offset" -Djboss.node.name=balancer \
        >"$dir/balancer.log" 2>&1 </dev/null &
    await_pid balancer
    log "balancer starting: http://localhost:$balancer_http/earmark/ (nodes register at 127.0.0.1:$balancer_mcmp)"
}

start_node() { # node
    if running "$1"; then return; fi
    rm -f "$dir/$1.pid"
    EARMARK_DB_URL="jdbc:postgresql://127.0.0.1:$postgres_port/earmark" EARMARK_DB_USER=earmark EARMARK_DB_PASSWORD=earmark \
        JBOSS_PIDFILE="$dir/$1.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_JAVA_SIZING="-Xms256m -Xmx1g" \
        setsid "$dir/$1/bin/standalone.sh" -c standalone-ha.xml \
        -Djboss.node.name="$1" -Djboss.tx.node.id="$1" -Djboss.socket.binding.port-offset="$(node_offset "$1")" \
        -Dearmark.media-dir="$dir/media" \
        -Dearmark.cluster.node1-jgroups-port="$(jgroups_port node1)" \
        -Dearmark.cluster.node2-jgroups-port="$(jgroups_port node2)" \
        -Dearmark.cluster.balancer-mcmp-port="$balancer_mcmp" \
        >"$dir/$1.log" 2>&1 </dev/null &
    await_pid "$1"
    log "$1 starting: http://localhost:$(node_http "$1")/earmark/"
}

# standalone.sh writes the server's pid once it has launched it.
await_pid() { # name
    local waited=0
    until running "$1"; do
        if [ "$waited" -ge 300 ]; then
            log "$1 did not start; the end of $dir/$1.log:"
            tail -n 40 "$dir/$1.log" >&2
            exit 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
}

deployments() { echo "$dir/$1/standalone/deployments"; }

# Byte for byte the WAR that was built; moved into place whole, so the scanner never sees half of it.
put_war() { # node
    rm -f "$(deployments "$1")/earmark.war.failed"
    if ! cmp -s "$war" "$(deployments "$1")/earmark.war"; then
        cp "$war" "$dir/$1/earmark.war.copy"
        mv "$dir/$1/earmark.war.copy" "$(deployments "$1")/earmark.war"
    fi
}

status_code() { # url
    curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true
}

# Ready: /health/ready answers 200. Before that endpoint existed, a node was ready when the home page answered 200
# (a 404 from /health/ready then means "no such endpoint", as the page shows the WAR is deployed).
node_ready() { # node
    local base="http://127.0.0.1:$(node_http "$1")/earmark"
    case "$(status_code "$base/health/ready")" in
        200) return 0 ;;
        404) [ "$(status_code "$base/")" = 200 ] ;;
        *) return 1 ;;
    esac
}

wait_ready() { # node
    local started=$SECONDS
    until node_ready "$1"; do
        if ! running "$1"; then
            log "$1 stopped while starting; the end of $dir/$1.log:"
            tail -n 40 "$dir/$1.log" >&2
            exit 1
        fi
        if [ $((SECONDS - started)) -ge "$ready_timeout" ]; then
            log "$1 not ready after ${ready_timeout}s; see $dir/$1.log and $dir/$1/standalone/log/server.log"
            exit 1
        fi
        sleep 0.5
    done
    log "$1 ready after $((SECONDS - started))s"
}

# Whether the balancer routes to a node: a session id with the node's route (".node1") goes to that node while the
# balancer knows it (mod_cluster: once the node has registered its deployment), which answers with a new session of
# its own route, as it knows no such session; else the balancer fails over, and another node's route comes back.
routes_to() { # node
    curl -s -o /dev/null -D - --max-time 10 -b "JSESSIONID=probe.$1" \
            "http://127.0.0.1:$balancer_http/earmark/account/sign-in" \
        | tr -d '\r' | grep -qi "^set-cookie: JSESSIONID=[^;]*\.$1;"
}

# A node that the balancer dropped while it was busy (it misses its status messages under load) registers again, but
# may leave its contexts stopped there: asking it to enable them once more (mod_cluster's "enable") repairs that.
wait_balanced() { # nodes…
    local started=$SECONDS name asked
    for name in "$@"; do
        asked=$SECONDS
        until routes_to "$name"; do
            if [ $((SECONDS - started)) -ge 180 ]; then
                log "the balancer does not route to $name after 180s; see $dir/balancer.log"
                exit 1
            fi
            if [ $((SECONDS - asked)) -ge 20 ]; then
                log "the balancer does not route to $name yet: asking $name to enable its contexts"
                "$dir/$name/bin/jboss-cli.sh" -c --controller="127.0.0.1:$((9990 + $(node_offset "$name")))" \
                    --command=/subsystem=modcluster/proxy=default:enable >>"$dir/$name.log" 2>&1 || true
                asked=$SECONDS
            fi
            sleep 0.5
        done
    done
    log "balancer routes to $* ($((SECONDS - started))s)"
}

stop_process() { # name
    local pid
    pid=$(pid_of "$1") || return 0
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone "$1" 60; then
        log "$1 did not stop within 60s: kill -9"
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$1" 10 || true
    fi
    rm -f "$dir/$1.pid"
}

start() {
    [ -f "$war" ] || { echo "no WAR at $war: ./mvnw package builds it" >&2; exit 1; }
    local began=$SECONDS
    if $fresh; then
        stop
        forget_state
    fi
    echo "$offset" >"$dir/offset"
    mkdir -p "$dir/media"
    if [ "$(cat "$dir/prepared" 2>/dev/null)" != "$(preparation)" ]; then
        prepare
    fi
    start_postgres
    start_balancer
    put_war node1
    start_node node1
    # Both deploy at once, into an empty database too: Flyway migrates it under PostgreSQL's advisory lock and the
    # demo loads under its job lease, so one node does each and the other finds it done (RunOnceClusterIT).
    if ! $sequential; then
        put_war node2
        start_node node2
    fi
    wait_ready node1
    put_war node2
    start_node node2
    wait_ready node2
    wait_balanced "${nodes[@]}"
    log "up after $((SECONDS - began))s: http://localhost:$balancer_http/earmark/ (node1 :$(node_http node1), node2 :$(node_http node2))"
}

stop() {
    local name stopping=()
    for name in "${nodes[@]}" balancer; do
        stop_process "$name" &
        stopping+=($!)
    done
    wait "${stopping[@]}"
    stop_postgres
    log "stopped"
}

status() {
    local name state
    if postgres_running; then echo "postgresql  running  127.0.0.1:$postgres_port"; else echo "postgresql  stopped"; fi
    if running balancer; then
        echo "balancer    running  http://localhost:$balancer_http/earmark/ ($(status_code "http://127.0.0.1:$balancer_http/earmark/"))"
    else
        echo "balancer    stopped"
    fi
    for name in "${nodes[@]}"; do
        if ! running "$name"; then state=stopped; elif node_ready "$name"; then state=ready; else state=starting; fi
        echo "$name       $state  http://localhost:$(node_http "$name")/earmark/"
    done
}

kill_node() { # node
    local pid
    pid=$(pid_of "$1") || { log "$1 does not run"; return 0; }
    kill -KILL "$pid"
    wait_gone "$1" 10
    rm -f "$dir/$1.pid"
    log "$1 killed (pid $pid)"
}

restart_node() { # node
    stop_process "$1"
    put_war "$1"
    start_node "$1"
    wait_ready "$1"
    wait_balanced "$1"
}

case "$command" in
    start) start ;;
    run)
        # Ctrl-C ends Maven too: what is written after may meet a closed pipe, and stopping goes on all the same.
        trap 'trap "" INT TERM PIPE; set +e; stop; exit 0' INT TERM
        start
        log "Ctrl-C stops the cluster"
        while true; do sleep 3600 & wait $!; done
        ;;
    stop) stop ;;
    status) status ;;
    kill) [ -n "$node" ] || usage; kill_node "$node" ;;
    restart) [ -n "$node" ] || usage; restart_node "$node" ;;
esac
