#!/usr/bin/env bash
# What a listener's request costs next to a static file of the same server: wrk (Debian's package) on loopback
# against each listener path and against a "static twin", the same bytes put into WildFly's welcome-content folder
# and served by Undertow's file handler, with the same headers (a Range applies to both). Widget.js, the one static
# file of the WAR, is a second yardstick for every row. Where an answer carries a validator (ETag, else
# Last-Modified) the path is measured once more as a conditional GET, when the server then answers 304. Then the
# catalogue with one show of 10,000 episodes (created through the curation API, deleted at the end), and the load
# run: 64 connections for 60 s on the show page, the episode JSON and a media range, counting socket errors and
# answers other than 2xx/304, with the server's heap after a full GC before and after. The listening beacon is
# measured as players send it (POST, text/plain) against GETs of a static file holding the same report.
# The table goes to docs/performance.md by hand.
#
# Usage: tools/benchmark/throughput.sh [--base-url URL] [--seconds N] [--warm-up-seconds N] [--load-seconds N]
#                                      [--no-load] [--no-large-show] [--episodes N] [--no-feed]
#                                      [--feed-episodes N] [--feed-only] [--no-beacon] [--beacon-only]
#   Without --base-url it runs the embedded default (./mvnw -Prun) with its ports moved by EARMARK_PORT_OFFSET
#   (default 500, so http://localhost:8580/earmark) and stops it at the end. Either way the server must run on this
#   machine as the same user: the twins go into its welcome-content folder, its heap is read with jcmd.
#   --seconds: each measurement (default 10, after a warm-up as long); --warm-up-seconds: all listener paths in
#   turn before the first measurement (60); --load-seconds: the load run (60); --episodes: the large show's size
#   (10000); --feed-episodes: the episodes of the show whose podcast feed is measured, as a podcast app asks for it
#   (with Accept-Encoding: gzip) and as its 304 (1000); --no-feed leaves that show out; --feed-only measures
#   widget.js and the feed alone (no other listener path, no large show, no load run); --no-beacon leaves the
#   listening beacon out, --beacon-only measures widget.js and the beacon alone. The beacon's reports go to an
#   episode of a show of its own (the demo ARCHIVE episode's notes and audio), deleted at the end with its events, so
#   that the demo's listening figures stay those of people; each report comes from another client (user agent), as
#   one client may send 60 a minute, and the daily cap per episode is raised for the run through the management
#   interface (jboss-cli at 9990 + the port offset) and put back after.
#   On the cluster (server-config/cluster/cluster.sh): --base-url of its balancer, --cluster-dir its folder, and
#   --restart-node NODE (a shutdown and start) or --kill-node NODE (kill -9, then a start) during the load run, half-way
#   through; then only widget.js and the load run are measured. The errors of the load run are those of the whole run.
#   widget.js goes through the balancer; its static twin and the heap are those of the node that is not restarted.
set -Eeuo pipefail
trap 'echo "stopped: line $LINENO failed: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."

offset=${EARMARK_PORT_OFFSET:-500}
base=""
seconds=10
load_seconds=60
warm_up_seconds=60
run_load=true
large_show=true
large_episodes=10000
measure_feed=true
feed_episodes=1000
listener_paths=true
measure_beacon=true
cluster_dir=""
node_stop=""
node=""
steady_node=""
while [ $# -gt 0 ]; do
    case "$1" in
        --base-url) base=${2%/}; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --load-seconds) load_seconds=$2; shift 2 ;;
        --warm-up-seconds) warm_up_seconds=$2; shift 2 ;;
        --no-load) run_load=false; shift ;;
        --no-large-show) large_show=false; shift ;;
        --episodes) large_episodes=$2; shift 2 ;;
        --no-feed) measure_feed=false; shift ;;
        --feed-episodes) feed_episodes=$2; shift 2 ;;
        --feed-only) listener_paths=false; measure_feed=true; measure_beacon=false; large_show=false; run_load=false
            shift ;;
        --no-beacon) measure_beacon=false; shift ;;
        --beacon-only) listener_paths=false; measure_beacon=true; measure_feed=false; large_show=false
            run_load=false; shift ;;
        --cluster-dir) cluster_dir=$2; shift 2 ;;
        --restart-node|--kill-node) node_stop=${1#--}; node=$2; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
if [ -n "$node" ]; then
    [ -n "$cluster_dir" ] && [ -n "$base" ] || { echo "--$node_stop needs --cluster-dir and --base-url" >&2; exit 2; }
    listener_paths=false; measure_feed=false; measure_beacon=false; large_show=false; run_load=true
fi
for tool in wrk curl jq jcmd ss; do
    command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

connections=16
load_connections=64
range="bytes=0-16383"
large_slug=benchmark-large-show
feed_slug=benchmark-feed-show
beacon_slug=benchmark-beacon-show
cap_property=earmark.insights.daily-cap
admin=(admin admin-demo)

work=$(mktemp -d)
maven_pid=""
twins=""
beacon_show_id=""
cap_raised=false
large_show_id=""
feed_show_id=""

log() { printf '%s\n' "$*" >&2; }

answers_200() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1")" = 200 ]; }

# Maven leaves the server running when it is killed, so the server is shut down, and Maven ends with it.
stop_started_server() {
    [ -n "$maven_pid" ] || return 0
    log "stopping the server"
    if [ -z "${jboss_home:-}" ] || ! "$jboss_home/bin/jboss-cli.sh" --connect \
            --controller="localhost:$((9990 + offset))" --command=:shutdown >/dev/null 2>&1; then
        local server
        server=$(pgrep -P "$maven_pid" || true)
        kill $server "$maven_pid" 2>/dev/null || true
    fi
    wait "$maven_pid" 2>/dev/null || true
}

clean_up() {
    [ -z "$large_show_id" ] || delete_large_show || log "could not delete the show $large_slug"
    [ -z "$feed_show_id" ] || delete_feed_show || log "could not delete the show $feed_slug"
    ! $cap_raised || restore_cap || log "could not remove the system property $cap_property"
    [ -z "$beacon_show_id" ] || delete_beacon_show || log "could not delete the show $beacon_slug"
    [ -z "$twins" ] || rm -rf "$twins"
    stop_started_server
    rm -rf "$work"
}
trap clean_up EXIT

if [ -z "$base" ]; then
    base="http://localhost:$((8080 + offset))/earmark"
    if answers_200 "$base/"; then
        log "a server already answers at $base: pass --base-url $base to measure it"
        exit 1
    fi
    log "starting ./mvnw -Prun with port offset $offset (log: $work/server.log)"
    started=$(date +%s)
    ./mvnw -B -Prun -Dearmark.port-offset="$offset" -Dearmark.management-port=$((9990 + offset)) \
        >"$work/server.log" 2>&1 &
    maven_pid=$!
    # Only wildfly:run's own deployment (through the management API) is the WAR just built: a server whose
    # standalone.xml still records an earlier run's deployment boots and serves that one first.
    until grep -Eq 'management-handler-thread.*WFLYSRV00(10|16):' "$work/server.log" && answers_200 "$base/"; do
        if ! kill -0 "$maven_pid" 2>/dev/null || [ $(($(date +%s) - started)) -gt 900 ]; then
            tail -40 "$work/server.log" >&2
            exit 1
        fi
        sleep 1
    done
    log "first 200 after $(($(date +%s) - started)) s"
fi

# The server process behind the port: its heap, and its welcome-content folder for the twins. A cluster's balancer
# serves no files of its own, so there they are those of the node that stays up, and its twins are asked of it directly.
[[ "$base" =~ ^(https?://[^/:]+)(:([0-9]+))? ]] || { log "not an http URL: $base"; exit 1; }
origin=${BASH_REMATCH[0]}
port=${BASH_REMATCH[3]:-80}
if [ -n "$cluster_dir" ]; then
    steady_node=$([ "$node" = node1 ] && echo node2 || echo node1)
    port=$((8080 + $(cat "$cluster_dir/offset") + ${steady_node#node} * 100))
    origin="http://127.0.0.1:$port"
fi
server_pid=$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$server_pid" ] || { log "no process of this user listens on port $port"; exit 1; }
jboss_home=$(tr '\0' '\n' <"/proc/$server_pid/cmdline" | sed -n 's/^-Djboss.home.dir=//p')
[ -d "$jboss_home/welcome-content" ] || { log "process $server_pid is no WildFly with welcome-content"; exit 1; }
twins="$jboss_home/welcome-content/earmark-benchmark"
mkdir -p "$twins"

# A node of the cluster stopped half-way through the load run (a shutdown, or kill -9) and started again, in the
# background (its pid in node_restart); what it did goes to node.txt.
node_restart_half_way() {
    local script=server-config/cluster/cluster.sh
    (
        sleep $((load_seconds / 2))
        if [ "$node_stop" = kill-node ]; then
            bash "$script" --dir "$cluster_dir" kill "$node"
        fi
        bash "$script" --dir "$cluster_dir" restart "$node"
    ) >"$work/node.txt" 2>&1 &
    node_restart=$!
}

heap_after_full_gc() {
    jcmd "$server_pid" GC.run >/dev/null
    jcmd "$server_pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9'
}

# Prints "status bytes validator-header" of a GET with the given extra headers; the body goes to $2.
fetch() {
    local url=$1 body=$2
    shift 2
    local options=() header headers
    for header in "$@"; do options+=(-H "$header"); done
    headers=$(curl -s -D - -o "$body" "${options[@]}" "$url" | tr -d '\r')
    local status etag modified
    status=$(awk 'NR == 1 {print $2}' <<<"$headers")
    etag=$(sed -n 's/^[Ee][Tt][Aa][Gg]: //p' <<<"$headers")
    modified=$(sed -n 's/^[Ll][Aa][Ss][Tt]-[Mm][Oo][Dd][Ii][Ff][Ii][Ee][Dd]: //p' <<<"$headers")
    local validator=""
    if [ -n "$etag" ]; then
        validator="If-None-Match: $etag"
    elif [ -n "$modified" ]; then
        validator="If-Modified-Since: $modified"
    fi
    printf '%s\t%s\t%s\n' "$status" "$(wc -c <"$body")" "$validator"
}

# Requests per second of one URL after a warm-up as long as the measurement, and the socket errors and answers
# other than 2xx and 3xx.
requests_per_second() {
    local url=$1
    shift
    local options=(-t2 -c"$connections")
    local header
    for header in "$@"; do options+=(-H "$header"); done
    wrk "${options[@]}" -d"${seconds}s" "$url" >/dev/null
    wrk "${options[@]}" -d"${seconds}s" "$url" >"$work/wrk.txt"
    wrk_figures "$work/wrk.txt"
}

# "requests/s<TAB>errors" of a wrk output file.
wrk_figures() {
    awk '/^Requests\/sec:/ {rps = $2}
         /Socket errors:/ {gsub(",", ""); errors += $4 + $6 + $8 + $10}
         /Non-2xx or 3xx responses:/ {errors += $NF}
         END {printf "%.0f\t%d\n", rps, errors}' "$1"
}

share() { awk -v part="$1" -v whole="$2" 'BEGIN {printf "%.1f %%", (whole > 0 ? 100 * part / whole : 0)}'; }

rows=()
widget_rps=""
twin_count=0
# The extra headers of the path and of its twin for add_row.
path_headers=()
twin_headers=()

# One row: the path against its static twin; then, when the answer has a validator the server honours, the same as
# a conditional GET against the twin's conditional GET.
measure() {
    local label=$1 url=$2
    shift 2
    twin_count=$((twin_count + 1))
    local twin_url="$origin/earmark-benchmark/twin-$twin_count"
    local twin_options=() header
    for header in "$@"; do twin_options+=(-H "$header"); done
    curl -fsS -o "$twins/twin-$twin_count" "${twin_options[@]}" "$url"
    local status bytes validator twin_validator
    IFS=$'\t' read -r status bytes validator < <(fetch "$url" "$work/body" "$@")
    IFS=$'\t' read -r _ _ twin_validator < <(fetch "$twin_url" "$work/twin-body" "$@")
    cmp -s "$work/body" "$work/twin-body" || log "warning: $label: the twin's answer differs"
    path_headers=("$@")
    twin_headers=("$@")
    log "measuring $label ($status, $bytes bytes)"
    add_row "$label" "$status" "$bytes" "$url" "$twin_url"
    [ -n "$validator" ] || return 0
    local conditional_status
    conditional_status=$(fetch "$url" "$work/body" "$@" "$validator" | cut -f1)
    if [ "$conditional_status" = 304 ]; then
        path_headers+=("$validator")
        twin_headers+=("$twin_validator")
        log "measuring $label, conditional"
        add_row "$label, conditional (${validator%%:*} → 304)" 304 0 "$url" "$twin_url"
    else
        log "$label: ${validator%%:*} answered $conditional_status, not 304"
    fi
}

add_row() {
    local label=$1 status=$2 bytes=$3 url=$4 twin_url=$5
    local rps errors twin_rps twin_errors
    IFS=$'\t' read -r rps errors < <(requests_per_second "$url" "${path_headers[@]}")
    IFS=$'\t' read -r twin_rps twin_errors < <(requests_per_second "$twin_url" "${twin_headers[@]}")
    [ -n "$widget_rps" ] || widget_rps=$rps
    rows+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s |' "$label" "$status" "$bytes" "$rps" "$twin_rps" \
        "$(share "$rps" "$twin_rps")" "$(share "$rps" "$widget_rps")" "$((errors + twin_errors))")")
}

print_table() {
    echo "| request | status | bytes | req/s | static twin req/s | share of twin | share of widget.js | errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
}

sign_in() {
    curl -fsS -c "$work/cookies" -b "$work/cookies" -o /dev/null "$base/admin/"
    curl -fsS -c "$work/cookies" -b "$work/cookies" -o /dev/null --data-urlencode "j_username=${admin[0]}" \
        --data-urlencode "j_password=${admin[1]}" "$base/j_security_check"
}

admin_api() {
    curl -fsS -b "$work/cookies" -c "$work/cookies" -H 'Content-Type: application/json' "$@"
}

# A show of SLUG with COUNT episodes, each with the given notes (and the audio at AUDIO, if given), created through the curation API (signed in), four
# episodes at a time; what an earlier, interrupted run left is reused. Prints the show's id.
create_show() {
    local slug=$1 count=$2 notes=$3 title=$4 audio=${5:-} id
    id=$(admin_api "$base/api/admin/shows" | jq -r --arg slug "$slug" '.[] | select(.slug == $slug) | .id')
    if [ -z "$id" ]; then
        id=$(admin_api -d "$(jq -n --arg slug "$slug" --arg title "$title" '{slug: $slug, title: $title,
            author: "Earmark benchmark", ownerEmail: "benchmark@example.com", categories: ["Technology"]}')" \
            "$base/api/admin/shows" | jq -r .id)
    fi
    local existing
    existing=$(admin_api "$base/api/admin/shows/$id" | jq -r .episodeCount)
    if [ "$existing" -lt "$count" ]; then
        log "creating $((count - existing)) episodes in $slug"
        local started
        started=$(date +%s)
        # One curl, one operation per episode; the config's quoted strings take \" and \\ as escapes.
        jq -rn --arg notes "$notes" --arg slug "$slug" --arg url "$base/api/admin/episodes" \
            --arg cookies "$work/cookies" --argjson from "$existing" --argjson to "$count" \
            --arg audio "$audio" '
            range($from; $to) as $n
            | {showSlug: $slug, title: "Episode \($n + 1)", status: "PUBLISHED",
               publishedAt: (946720800 + $n * 3600 | todate), description: $notes}
               + (if $audio == "" then {} else {audioUrl: $audio} end)
            | tojson | gsub("\\\\"; "\\\\") | gsub("\""; "\\\"")
            | (if $n > $from then "next\n" else "" end)
              + "url = \"\($url)\"\ncookie = \"\($cookies)\"\nheader = \"Content-Type: application/json\"\n"
              + "data-binary = \"\(.)\"\noutput = \"/dev/null\"\nsilent\nwrite-out = \"%{http_code}\\n\""' \
            >"$work/episodes.curl"
        curl -s --parallel --parallel-max 4 -K "$work/episodes.curl" 2>/dev/null \
            | sort | uniq -c | sed 's/^ */  answers: /' >&2
        log "created in $(($(date +%s) - started)) s"
    fi
    echo "$id"
}

create_large_show() {
    large_show_id=$(create_show "$large_slug" "$large_episodes" "$1" "Benchmark: a large show")
}

delete_show() {
    local id=$1 version
    sign_in
    version=$(admin_api "$base/api/admin/shows/$id" | jq -r .version)
    admin_api -X DELETE -o /dev/null "$base/api/admin/shows/$id?version=$version"
}

delete_feed_show() {
    delete_show "$feed_show_id"
    feed_show_id=""
}

delete_beacon_show() {
    delete_show "$beacon_show_id"
    beacon_show_id=""
}

jboss_cli() {
    "$jboss_home/bin/jboss-cli.sh" --connect --controller="localhost:$((9990 + offset))" --command="$1" >/dev/null 2>&1
}

# The run's reports would pass the daily cap of an episode (100,000 events by default) within seconds, and the cap's
# early refusal costs less than a report recorded: the cap is raised for the run.
raise_cap() {
    jboss_cli "/system-property=$cap_property:remove" || true
    if jboss_cli "/system-property=$cap_property:add(value=1000000000)"; then
        cap_raised=true
    else
        log "warning: could not raise $cap_property through jboss-cli: reports beyond the cap are refused early"
    fi
}

restore_cap() {
    jboss_cli "/system-property=$cap_property:remove"
    cap_raised=false
}

# The listening beacon as players send it (navigator.sendBeacon: POST, text/plain), a report of two ranges of the
# episode, each request from another of 20,000 clients per wrk thread (its user agent), so that no client's allowance
# of 60 reports a minute is reached below 40,000 requests a second; against GETs of a static twin holding the same
# report. Any answer but 204 (400, 429) counts as an error.
measure_beacon() {
    local episode_id=$1 url="$base/api/listening"
    local path=${url#"$origin"}
    local example="{\"episode\": $episode_id, \"view\": \"bench-01-000000000001\", \"context\": \"earmark\", \"ranges\": [[30.0, 50.4], [125.2, 134.9]]}"
    printf '%s' "$example" >"$twins/beacon-report"
    cat >"$work/beacon.lua" <<'EOF_LUA'
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("thread_id", threads)
end
function init(args)
    path = args[1]
    episode = args[2]
    sent = 0
end
function request()
    sent = sent + 1
    local client = sent % 20000
    local start = (sent % 80) * 30
    local body = string.format('{"episode": %s, "view": "bench-%02d-%012d", "context": "earmark", '
        .. '"ranges": [[%d.0, %d.4], [%d.2, %d.9]]}', episode, thread_id, client, start, start + 20, start + 95,
        start + 104)
    return wrk.format("POST", path, {["Content-Type"] = "text/plain;charset=UTF-8",
        ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) Earmark-benchmark/" .. thread_id .. "-" .. client}, body)
end
EOF_LUA
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: text/plain;charset=UTF-8' \
        -H 'User-Agent: Earmark-benchmark/check' --data-binary "$example" "$url")
    log "measuring the listening beacon ($status)"
    local options=(-t2 -c"$connections" -d"${seconds}s" -s "$work/beacon.lua" "$url" -- "$path" "$episode_id")
    wrk "${options[@]}" >/dev/null
    wrk "${options[@]}" >"$work/wrk.txt"
    local rps errors twin_rps twin_errors
    IFS=$'\t' read -r rps errors < <(wrk_figures "$work/wrk.txt")
    IFS=$'\t' read -r twin_rps twin_errors < <(requests_per_second "$origin/earmark-benchmark/beacon-report")
    rows+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s |' \
        "POST /api/listening (a report of 2 ranges, text/plain; twin: a GET of its bytes)" "$status" \
        "$(printf '%s' "$example" | wc -c)" "$rps" "$twin_rps" "$(share "$rps" "$twin_rps")" \
        "$(share "$rps" "$widget_rps")" "$((errors + twin_errors))")")
}

delete_large_show() {
    sign_in
    local version
    version=$(admin_api "$base/api/admin/shows/$large_show_id" | jq -r .version)
    admin_api -X DELETE -o /dev/null "$base/api/admin/shows/$large_show_id?version=$version"
    large_show_id=""
feed_show_id=""
}

# mixed_run SECONDS CONNECTIONS OUTPUT URL...: wrk sends the URLs in turn; a URL may be followed by "|" and one
# header. The statuses of the answers are counted.
mixed_run() {
    local run_seconds=$1 run_connections=$2 output=$3
    shift 3
    local requests="" url path header
    for url in "$@"; do
        path=${url%%|*}
        path=${path#"$origin"}
        header=""
        [[ "$url" != *"|"* ]] || header=${url#*|}
        [ -z "$header" ] || header=$(printf ', {["%s"] = "%s"}' "${header%%: *}" "${header#*: }")
        requests+="        wrk.format(\"GET\", \"$path\"$header),"$'\n'
    done
    cat >"$work/mixed.lua" <<EOF
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
    requests = {
$requests    }
    sent = 0
    statuses = {}
end
function request()
    sent = sent + 1
    return requests[sent % #requests + 1]
end
function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            total[status] = (total[status] or 0) + count
        end
    end
    for status, count in pairs(total) do io.write(string.format("status %d: %d\n", status, count)) end
end
EOF
    wrk -t2 -c"$run_connections" -d"$run_seconds"s --latency -s "$work/mixed.lua" "$origin" >"$output"
}

machine() {
    echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(awk \
        '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
log "machine: $(machine)"

show=$(curl -fsS "$base/api/shows" | jq -r --arg large "$large_slug" '[.[] | select(.slug != $large)][0].slug')
show_episodes=$(curl -fsS "$base/api/shows/$show/episodes?size=100")
episode_count=$(jq -r .totalItems <<<"$show_episodes")
episode=""
for id in $(jq -r '.items[].id' <<<"$show_episodes"); do
    curl -fsS "$base/api/episodes/$id" >"$work/episode.json"
    if [ "$(jq '.chapters | length' "$work/episode.json")" -gt 0 ]; then
        episode=$id
        break
    fi
done
if [ -z "$episode" ]; then
    episode=$(jq -r '.items[0].id' <<<"$show_episodes")
    curl -fsS "$base/api/episodes/$episode" >"$work/episode.json"
fi
episode_page=$(jq -r .pageUrl "$work/episode.json")
media=$(jq -r .audio.url "$work/episode.json")
show_page="$base/shows/$show"

# A server fresh from its start runs its code interpreted until the JIT has compiled it, which takes long on a busy
# machine: all paths get the same warm-up before the first is measured.
log "warming up: $warm_up_seconds s"
mixed_run "$warm_up_seconds" "$connections" "$work/warm-up.txt" "$base/" "$show_page" "$episode_page" \
    "$base/api/episodes/$episode" "$base/api/shows/$show/episodes" "$media|Range: $range" "$media"

measure "widget.js (the WAR's static file)" "$base/widget.js"
if $listener_paths; then
    measure "home page" "$base/"
    measure "show page ($episode_count episodes)" "$show_page"
    measure "episode page ($(jq '.chapters | length' "$work/episode.json") chapters)" "$episode_page"
    measure "GET /api/episodes/{id}" "$base/api/episodes/$episode"
    measure "GET /api/shows/{slug}/episodes" "$base/api/shows/$show/episodes"
    measure "audio, Range: $range" "$media" "Range: $range"
    measure "audio, whole file" "$media"
fi

if $measure_beacon; then
    sign_in
    beacon_show_id=$(create_show "$beacon_slug" 1 \
        "$(admin_api "$base/api/admin/episodes/$episode" | jq -r .description)" "Benchmark: listening beacons" "$media")
    raise_cap
    measure_beacon "$(curl -fsS "$base/api/shows/$beacon_slug/episodes" | jq -r '.items[0].id')"
    restore_cap
    # The recorder writes every 2 s: what it still holds is written before the show and its events are deleted.
    sleep 5
    delete_beacon_show
fi

if $measure_feed; then
    sign_in
    feed_show_id=$(create_show "$feed_slug" "$feed_episodes" \
        "$(admin_api "$base/api/admin/episodes/$episode" | jq -r .description)" "Benchmark: a podcast feed" "$media")
    # As podcast apps ask: gzip accepted; the answer is the feed's stored gzip, its 304 costs a tag's comparison.
    measure "podcast feed of $feed_episodes episodes (Accept-Encoding: gzip)" "$base/feeds/$feed_slug.xml" \
        "Accept-Encoding: gzip"
    delete_feed_show
fi

if $large_show; then
    sign_in
    create_large_show "$(admin_api "$base/api/admin/episodes/$episode" | jq -r .description)"
    measure "show page of $large_episodes episodes (page 1)" "$base/shows/$large_slug"
    measure "GET /api/shows/{slug}/episodes, $large_episodes episodes" "$base/api/shows/$large_slug/episodes"
    measure "home page with the show of $large_episodes episodes" "$base/"
    delete_large_show
fi

echo
echo "Throughput, wrk -t2 -c$connections, ${seconds} s each after a warm-up, $(date -u '+%Y-%m-%d %H:%M UTC')," \
    "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' with uncommitted changes')"
echo
print_table

if $run_load; then
    heap_before=$(heap_after_full_gc)
    log "load run: $load_connections connections for $load_seconds s"
    node_restart=""
    if [ -n "$node" ]; then
        node_restart_half_way
    fi
    mixed_run "$load_seconds" "$load_connections" "$work/load.txt" "$show_page" "$base/api/episodes/$episode" \
        "$media|Range: $range"
    if [ -n "$node_restart" ]; then
        wait "$node_restart" || log "the restart of $node failed: see $work/node.txt"
    fi
    heap_after=$(heap_after_full_gc)
    echo
    echo "Load run: wrk -t2 -c$load_connections -d${load_seconds}s, in turn the show page," \
        "GET /api/episodes/$episode and the audio with Range: $range"
    echo
    awk '/requests in/ {sub(",", "", $4); print "- " $1 " requests in " $4}
         /^Requests\/sec:/ {print "- " $2 " requests/s"}
         /^ +50%/ {print "- latency: median " $2}
         /^ +99%/ {print "- latency: 99th percentile " $2}
         /Socket errors:/ {sub(/^ *Socket errors: */, ""); print "- socket errors: " $0}
         /^status / {print "- answers with " $0}
         /^status / {sub(":", "", $2); if ($2 !~ /^2/ && $2 != 304) bad += $3}
         END {print "- answers other than 2xx or 304: " bad + 0}' "$work/load.txt"
    grep -q 'Socket errors' "$work/load.txt" || echo "- socket errors: none"
    echo "- server heap after a full GC${steady_node:+ ($steady_node)}: $((heap_before / 1024)) MB before, $((heap_after / 1024)) MB after"
    if [ -n "$node" ]; then
        echo "- $node_stop of $node half-way through (server-config/cluster/cluster.sh):"
        sed 's/^/    /' "$work/node.txt"
    fi
fi
echo
echo "Machine at the end: $(machine)"
