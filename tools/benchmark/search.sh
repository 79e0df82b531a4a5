#!/usr/bin/env bash
# Search at 10,000 episodes with 1,500-word transcripts, on the embedded H2 and on PostgreSQL: how long indexing takes,
# and the latency of GET /api/search?q= for rare terms, common terms, quoted phrases and prefix queries (p50/p95 per
# database and kind of query). The corpus comes from SearchCorpus.java beside this script (words drawn by Zipf's law
# over real English words; cues per sentence, two speakers, ~2.5 words/s), loaded straight into the tables as CSV:
# - H2: into the embedded database file while the server is stopped (H2's RunScript and CSVREAD, with the H2 jar of
#   the WildFly that runs it), then the server is started again and builds its search index at start;
# - PostgreSQL: a throw-away server from the machine's packages (initdb into the work folder), Earmark's migrations
#   run by a first deployment, then COPY (the search columns and their GIN index are maintained while loading).
# Each database runs in its own copy of the WildFly that the build unpacks into target/ (so the development database
# of ./mvnw -Prun stays untouched), started with bin/standalone.sh and the WAR in its deployments folder, ports moved
# by EARMARK_PORT_OFFSET (default 410: http://localhost:8490/earmark, management 10400, PostgreSQL 5842).
# Queries are sent one at a time over one kept-alive connection (curl), after warm-up rounds of a different query set
# of the same kinds, so no measured answer can come from a cache of an earlier identical request. The table goes to
# docs/performance.md by hand.
#
# Usage: tools/benchmark/search.sh [--database h2|postgresql] [--episodes N] [--queries N] [--warm-up-rounds N]
#                                  [--no-build] [--keep]
#   --database: only that one (default both); --episodes: corpus size (10000); --queries: measured queries (200);
#   --warm-up-rounds: passes over the warm-up queries before measuring (3); --no-build: use target/earmark.war and
#   the WildFly in target/ as they are; --keep: leave the work folder (corpus, servers, logs, answers) for a look.
set -Eeuo pipefail
trap 'echo "stopped: line $LINENO failed: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."

offset=${EARMARK_PORT_OFFSET:-410}
databases=(h2 postgresql)
episodes=10000
queries=200
warm_up_rounds=3
build=true
keep=false
while [ $# -gt 0 ]; do
    case "$1" in
        --database) databases=("$2"); shift 2 ;;
        --episodes) episodes=$2; shift 2 ;;
        --queries) queries=$2; shift 2 ;;
        --warm-up-rounds) warm_up_rounds=$2; shift 2 ;;
        --no-build) build=false; shift ;;
        --keep) keep=true; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
for tool in java curl jq psql; do
    command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
postgres_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$postgres_bin/initdb" ] || { echo "needs PostgreSQL's server: apt-get install -y postgresql" >&2; exit 1; }
[ -r /usr/share/dict/words ] || echo "no /usr/share/dict/words: the vocabulary lacks a realistic tail of rare words" \
    "(apt-get install -y wamerican)" >&2

http_port=$((8080 + offset))
management_port=$((9990 + offset))
postgres_port=$((5432 + offset))
base="http://localhost:$http_port/earmark"
work=$(mktemp -d "${TMPDIR:-/tmp}/earmark-search-benchmark.XXXXXX")
# PostgreSQL runs as its own user when the script runs as root: it must reach its folder inside.
chmod 755 "$work"
results="$work/results.md"
server_home=""
server_pid=""
deployed_after=""
postgres_data=""

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
seconds_since() { awk -v from="$1" -v to="$(now)" 'BEGIN {printf "%.1f", to - from}'; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_server() {
    [ -n "$server_pid" ] || return 0
    log "stopping the server"
    "$server_home/bin/jboss-cli.sh" --connect --controller="localhost:$management_port" --command=:shutdown \
        >/dev/null 2>&1 || kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

stop_postgres() {
    [ -n "$postgres_data" ] || return 0
    as_postgres "$postgres_bin/pg_ctl" -D "$postgres_data" -m fast -w stop >/dev/null || true
    postgres_data=""
}

clean_up() {
    stop_server
    stop_postgres
    if [ "$keep" = true ]; then log "work folder kept: $work"; else rm -rf "$work"; fi
}
trap clean_up EXIT

if curl -s -o /dev/null --max-time 2 "http://localhost:$http_port/"; then
    log "something already answers on port $http_port: choose another EARMARK_PORT_OFFSET"
    exit 1
fi

if [ "$build" = true ]; then
    log "building the WAR and unpacking WildFly (./mvnw package, tests skipped)"
    ./mvnw -B -q -Dno-payara package -Dmaven.test.skip=true >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; exit 1; }
fi
wildfly=$(ls -d target/wildfly-*/ | head -1)
wildfly=${wildfly%/}
[ -f target/earmark.war ] && [ -d "$wildfly" ] || { log "no target/earmark.war or WildFly: run without --no-build"; exit 1; }

log "generating the corpus: $episodes episodes"
started=$(now)
notes_derivation=$(sed -n 's/.*int VERSION = \([0-9]*\);.*/\1/p' src/main/java/dev/earmark/catalogue/entity/DerivedNotes.java)
java tools/benchmark/SearchCorpus.java "$work/corpus" --episodes "$episodes" --queries "$queries" \
    --notes-derivation "$notes_derivation" >"$work/corpus.txt"
log "$(cat "$work/corpus.txt") in $(seconds_since "$started") s"
tables=(podcast_show episode transcript transcript_cue)

# A copy of the built WildFly without the development run's data, with the WAR to deploy at start.
prepare_server() {
    server_home="$work/wildfly-$1"
    cp -a "$wildfly" "$server_home"
    rm -rf "$server_home"/standalone/{data,log,tmp} "$server_home"/standalone/deployments/*
    cp target/earmark.war "$server_home/standalone/deployments/"
}

# Starts the server and waits until the WAR is deployed and the home page answers; sets deployed_after (seconds).
start_server() {
    local label=$1 started server_log="$server_home/standalone/log/server.log"
    started=$(now)
    rm -f "$server_log"
    "$server_home/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" \
        >>"$work/server-$label.log" 2>&1 &
    server_pid=$!
    until grep -q 'WFLYSRV0010: Deployed "earmark.war"' "$server_log" 2>/dev/null \
            && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$base/")" = 200 ]; do
        if ! kill -0 "$server_pid" 2>/dev/null || [ -e "$server_home/standalone/deployments/earmark.war.failed" ]; then
            tail -60 "$server_log" >&2
            exit 1
        fi
        sleep 0.5
    done
    deployed_after=$(seconds_since "$started")
}

# Sends each line of a file (lines "kind<TAB>value") as GET <prefix><value, URL-encoded>, one at a time over one
# connection; prints "kind<TAB>status<TAB>seconds<TAB>value" per line. The answers go to the folder given.
run_requests() {
    local file=$1 answers=$2 prefix=$3 config="$work/curl.config"
    mkdir -p "$answers"
    : >"$config"
    local number=0 kind value
    while IFS=$'\t' read -r kind value; do
        number=$((number + 1))
        printf 'url = "%s%s"\noutput = "%s/%03d.json"\n' "$prefix" "$(jq -rn --arg v "$value" '$v | @uri')" \
            "$answers" "$number" >>"$config"
    done <"$file"
    curl -s -K "$config" -w '%{http_code}\t%{time_total}\n' | paste <(cut -f1 "$file") - <(cut -f2 "$file")
}

# p50, p95 and the maximum in milliseconds of the seconds in the third column of the lines on stdin, and their count.
percentiles() {
    cut -f3 | sort -g | awk '{ms[NR] = $1 * 1000}
        function rank(p) { r = int(p * NR / 100); if (r < p * NR / 100) r++; return ms[r < 1 ? 1 : r] }
        END {printf "%.1f\t%.1f\t%.1f\t%d", rank(50), rank(95), ms[NR], NR}'
}

# The median of the numbers on stdin.
median() {
    sort -g | awk '{v[NR] = $1} END {print NR ? v[int((NR + 1) / 2)] : "?"}'
}

# CPU time (clock ticks) used so far by the application server and, when it runs, PostgreSQL with its backends
# (ended backends count in the postmaster's children's time): unlike latency, hardly changed by other work on the
# machine.
server_cpu_ticks() {
    local pids
    pids="$server_pid $(pgrep -P "$server_pid" | tr '\n' ' ')"
    if [ -n "$postgres_data" ]; then
        local postmaster
        postmaster=$(head -1 "$postgres_data/postmaster.pid")
        pids="$pids $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
    fi
    local pid
    for pid in $pids; do
        # Fields after the command's closing parenthesis: utime, stime, cutime, cstime are the 12th to 15th. A backend
        # that ended since it was listed has no stat any more (its time is in the postmaster's children's): skipped.
        { sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null || true; } | awk '{print $12 + $13 + $14 + $15}'
    done | awk '{sum += $1} END {print sum + 0}'
}

cpu_seconds() {
    awk -v ticks="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", ticks / hz}'
}

# Measures the requests of one kind; appends "kind<TAB>status<TAB>seconds<TAB>value<TAB>results<TAB>cpu-ms" lines.
measure_kind() {
    local kind=$1 file=$2 answers=$3 prefix=$4 timings=$5
    local before after count
    before=$(server_cpu_ticks)
    run_requests "$file" "$answers" "$prefix" >"$work/kind-timings.tsv"
    after=$(server_cpu_ticks)
    count=$(wc -l <"$file")
    local cpu
    cpu=$(awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$count" \
        'BEGIN {printf "%.1f", ticks * 1000 / hz / n}')
    # How many results each request found (the answer's total, else the length of its list).
    local answer
    for answer in "$answers"/*.json; do
        jq -r '.totalItems // .total // ((.items // .results // []) | length)' "$answer" 2>/dev/null || echo "?"
    done | paste "$work/kind-timings.tsv" - | awk -v cpu="$cpu" '{print $0 "\t" cpu}' >>"$timings"
}

# Warms up with the other query set, then measures each kind of query, and as a reference without search a show's
# pages of episodes through the API; appends a table of percentiles per kind to the results.
measure_queries() {
    local label=$1 indexing=$2
    log "$label: warm-up, $warm_up_rounds rounds of $(wc -l <"$work/corpus/warm-up-queries.tsv") other queries"
    local pages round
    pages=$(awk -F'\t' '$1 == "rare"' "$work/corpus/queries.tsv" | wc -l)
    seq "$pages" | sed 's/^/reference\t/' >"$work/reference.tsv"
    seq $((pages + 1)) $((2 * pages)) | sed 's/^/reference\t/' >"$work/warm-up-reference.tsv"
    for round in $(seq "$warm_up_rounds"); do
        run_requests "$work/corpus/warm-up-queries.tsv" "$work/answers-$label-warm-up" "$base/api/search?q=" >/dev/null
        run_requests "$work/warm-up-reference.tsv" "$work/answers-$label-warm-up-reference" \
            "$base/api/shows/search-benchmark-1/episodes?page=" >/dev/null
    done
    local load_before timings="$work/timings-$label.tsv" kind
    load_before=$(load_average)
    log "$label: measuring $(wc -l <"$work/corpus/queries.tsv") queries"
    : >"$timings"
    for kind in rare common phrase prefix; do
        awk -F'\t' -v kind="$kind" '$1 == kind' "$work/corpus/queries.tsv" >"$work/queries-$kind.tsv"
        measure_kind "$kind" "$work/queries-$kind.tsv" "$work/answers-$label-$kind" "$base/api/search?q=" "$timings"
    done
    measure_kind reference "$work/reference.tsv" "$work/answers-$label-reference" \
        "$base/api/shows/search-benchmark-1/episodes?page=" "$timings"
    local failures
    failures=$(awk -F'\t' '$2 != 200' "$timings" | wc -l)
    {
        printf '\n### %s (%s UTC; load average before %s, after %s)\n\n' "$label" "$(date -u '+%Y-%m-%d %H:%M')" \
            "$load_before" "$(load_average)"
        printf '%s\n\n' "$indexing"
        printf '| queries | count | results (median) | p50 | p95 | max | server CPU per request |\n'
        printf '|---|---:|---:|---:|---:|---:|---:|\n'
        for kind in rare common phrase prefix "" reference; do
            awk -F'\t' -v kind="$kind" '(kind == "" && $1 != "reference") || $1 == kind' "$timings" >"$work/kind.tsv"
            printf '%s\t%s\t%s\t%s\n' "${kind:-**all searches**}" "$(cut -f5 "$work/kind.tsv" | median)" \
                "$(percentiles <"$work/kind.tsv")" \
                "$(awk -F'\t' '{sum += $6} END {printf "%.1f", NR ? sum / NR : 0}' "$work/kind.tsv")" |
                awk -F'\t' '{printf "| %s | %d | %s | %s ms | %s ms | %s ms | %s ms |\n", $1, $6, $2, $3, $4, $5, $7}'
        done
        [ "$failures" = 0 ] || printf '\n%s answers other than 200 (see %s)\n' "$failures" "$timings"
    } >>"$results"
}

benchmark_h2() {
    prepare_server h2
    log "h2: first start (Flyway creates the schema, the demo is loaded)"
    start_server h2
    local empty_cpu
    empty_cpu=$(cpu_seconds "$(server_cpu_ticks)")
    log "h2: deployed after $deployed_after s, $empty_cpu s of CPU"
    stop_server
    local h2_jar database="$server_home/standalone/data/earmark" table started
    h2_jar=$(ls "$server_home"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)
    local loading=()
    for table in "${tables[@]}"; do
        started=$(now)
        printf "INSERT INTO %s (%s) SELECT * FROM CSVREAD('%s', NULL, 'charset=UTF-8');\n" "$table" \
            "$(head -1 "$work/corpus/$table.csv")" "$work/corpus/$table.csv" >"$work/load-$table.sql"
        java -cp "$h2_jar" org.h2.tools.RunScript -url "jdbc:h2:$database" -user sa -password sa \
            -script "$work/load-$table.sql"
        loading+=("$table $(seconds_since "$started") s")
        log "h2: loaded $table in ${loading[-1]#* }"
    done
    java -cp "$h2_jar" org.h2.tools.Shell -url "jdbc:h2:$database" -user sa -password sa \
        -sql "UPDATE catalogue_revision SET revision = revision + 1, changed_at = CURRENT_TIMESTAMP" >/dev/null
    log "h2: starting with the corpus (the search index is built at start)"
    local deployed indexed
    start_server h2
    deployed=$deployed_after
    started=$(now)
    indexed=$(wait_for_search_index "$started")
    local indexed_cpu
    indexed_cpu=$(cpu_seconds "$(server_cpu_ticks)")
    # LuceneSearch logs what each catching up indexed and how long it took.
    local indexing
    indexing=$( (grep -o 'Search index: .*' "$server_home/standalone/log/server.log" || true) | paste -sd ';' | sed 's/;/; /g')
    log "h2: deployed after $deployed s, first search answer $indexed s later; ${indexing:-no indexing logged}"
    measure_queries H2 "Loading (CSV into the stopped database): $(IFS=,; echo "${loading[*]}" | sed 's/,/, /g').
Start with the corpus: deployed after $deployed s, the first search answered $indexed s after that, the server having
used $indexed_cpu s of CPU since its start (the first start, on the empty database: $empty_cpu s until deployed).
The server's log: ${indexing:-no indexing logged}."
    stop_server
}

# Seconds from the given start until a search answers 200 (an index still being built answers otherwise).
wait_for_search_index() {
    local started=$1
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 600 "$base/api/search?q=welcome")" = 200 ]; do
        sleep 0.5
    done
    seconds_since "$started"
}

psql_earmark() {
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$postgres_port" -U earmark "$@"
}

benchmark_postgresql() {
    postgres_data="$work/postgres/data"
    mkdir -p "$work/postgres"
    [ "$(id -u)" != 0 ] || chown postgres:postgres "$work/postgres"
    as_postgres "$postgres_bin/initdb" -D "$postgres_data" -U earmark --auth=trust -E UTF8 --locale=C >/dev/null
    as_postgres "$postgres_bin/pg_ctl" -D "$postgres_data" -l "$work/postgres/server.log" -w -t 60 \
        -o "-p $postgres_port -k $work/postgres -c listen_addresses=127.0.0.1" start >/dev/null
    psql_earmark -d postgres -c "CREATE DATABASE earmark"

    prepare_server postgresql
    local postgresql_jar
    postgresql_jar=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
    postgresql_jar="$HOME/.m2/repository/org/postgresql/postgresql/$postgresql_jar/postgresql-$postgresql_jar.jar"
    "$server_home/bin/jboss-cli.sh" \
        --commands='embed-server --server-config=standalone.xml --std-out=discard,data-source remove --name=EarmarkDS,stop-embedded-server' >/dev/null
    "$server_home/bin/jboss-cli.sh" --file=server-config/wildfly/postgresql-datasource.cli \
        -Dpostgresql.jar="$postgresql_jar" >/dev/null
    export EARMARK_DB_URL="jdbc:postgresql://127.0.0.1:$postgres_port/earmark" EARMARK_DB_USER=earmark \
        EARMARK_DB_PASSWORD=trust-ignores-it
    log "postgresql: deploying (Flyway creates the schema, the demo is loaded)"
    start_server postgresql
    log "postgresql: deployed after $deployed_after s"

    local table started loading=() raw_copies=()
    for table in "${tables[@]}"; do
        local columns
        columns=$(head -1 "$work/corpus/$table.csv")
        # The same rows into a bare copy of the table (no generated columns, indexes or keys) first: the
        # difference to the real table's load is what the search columns and indexes cost.
        started=$(now)
        psql_earmark -d earmark -c "CREATE TABLE bare_$table AS SELECT $columns FROM $table WITH NO DATA" \
            -c "\\copy bare_$table ($columns) FROM '$work/corpus/$table.csv' WITH (FORMAT csv, HEADER true)" \
            -c "DROP TABLE bare_$table"
        raw_copies+=("$table $(seconds_since "$started") s")
        started=$(now)
        psql_earmark -d earmark \
            -c "\\copy $table ($columns) FROM '$work/corpus/$table.csv' WITH (FORMAT csv, HEADER true)"
        loading+=("$table $(seconds_since "$started") s")
        log "postgresql: loaded $table in ${loading[-1]#* } (into a bare table: ${raw_copies[-1]#* })"
    done
    # VACUUM also moves the GIN indexes' pending entries (fastupdate) of the bulk load into the indexes proper.
    started=$(now)
    psql_earmark -d earmark -c "VACUUM ANALYZE" \
        -c "UPDATE catalogue_revision SET revision = revision + 1, changed_at = CURRENT_TIMESTAMP"
    local analyzed sizes first_search
    analyzed=$(seconds_since "$started")
    log "postgresql: VACUUM ANALYZE in $analyzed s"
    sizes=$(psql_earmark -d earmark -At -c "SELECT string_agg(c.relname || ' ' ||
            pg_size_pretty(pg_relation_size(c.oid)), ', ' ORDER BY c.relname) FROM pg_class c
            JOIN pg_am am ON am.oid = c.relam WHERE c.relkind = 'i' AND am.amname = 'gin'")
    first_search=$(wait_for_search_index "$(now)")
    measure_queries PostgreSQL "Loading (COPY with the search columns and indexes maintained): $(IFS=,; echo \
"${loading[*]}" | sed 's/,/, /g'); the same rows into bare tables: $(IFS=,; echo "${raw_copies[*]}" | sed 's/,/, /g');
VACUUM ANALYZE $analyzed s; the first search (cold) $first_search s. GIN indexes: ${sizes:-none}."
    stop_server
    stop_postgres
}

{
    printf '## Search benchmark, %s episodes (%s)\n\n' "$episodes" "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf 'Commit %s%s; %s; %s cores, load average at the start %s.\n' "$(git rev-parse --short HEAD)" \
        "$(git diff --quiet HEAD -- src pom.xml || echo ' with uncommitted changes')" "$(cat "$work/corpus.txt")" \
        "$(nproc)" "$(load_average)"
} >"$results"
for database in "${databases[@]}"; do
    case "$database" in
        h2) benchmark_h2 ;;
        postgresql) benchmark_postgresql ;;
        *) log "unknown database: $database"; exit 2 ;;
    esac
done
cat "$results"
