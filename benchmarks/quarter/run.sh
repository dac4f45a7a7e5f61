#!/usr/bin/env bash
# The quarter benchmark: a whole quarter for a simulated organisation through
# the command line, as HR would run it, every step timed (wall, CPU user+sys,
# peak RSS), and in the same run, on the same answers and documents, what an
# analyst or a C programmer would use instead:
#
#   scores                 vs  pandas read_csv + groupby (scores.py, in a venv made here)
#   responses import       vs  a C program loading the same rows into SQLite (sqlite-loader.c)
#   report --format xml    vs  libxml2's xmlTextWriter writing the same documents (xml-writer.c)
#   report --format html   vs  xsltproc with the same stylesheets on the same XML
#
#     benchmarks/quarter/run.sh --people 10000
#     benchmarks/quarter/run.sh --people 10000 --postgres       # SQLite and PostgreSQL side by side
#     benchmarks/quarter/run.sh --people 10000 --database postgres://...   # SQLite and that store
#     BUILD=debug benchmarks/quarter/run.sh --people 300 --postgres        # CI's smoke run
#     BIN=/tmp/a/survey360 benchmarks/quarter/run.sh --people 10000 --out /tmp/run-a   # a program built elsewhere
#
# BIN runs that survey360 instead of building one: two builds alternated on
# the same machine are how a change is measured, since the machine's speed
# moves from hour to hour.
#
# Options: --people N (1000), --seed S (1), --database URL (a second store,
# run after SQLite on the same seeds), --postgres (the second store is a
# throwaway PostgreSQL server started here, see below), --step-limit SECONDS
# (900: a step running longer is stopped and reported as stopped), --out DIR
# (where the run's files go; .build-release/quarter/people-N by default).
#
# --postgres needs no administrator: it starts Debian's PostgreSQL 15 with
# initdb and pg_ctl in a temporary folder under /tmp (the server's account
# must reach it, and SwiftPM's scratch folders are private to their owner),
# listening on 127.0.0.1 only, on a port the kernel says is free, as the
# unprivileged `postgres` user when run as root (the server refuses root),
# and stops it when the script ends, failed or interrupted; its log is kept
# as postgres-server.log in the run's folder. On PostgreSQL most of a step's
# CPU is spent in the server, so its table has a "server CPU s" column: the
# user+system time of the server processes that ended during the step
# (see server_cpu below).
#
# The release build uses its own scratch path (.build-release, or SCRATCH),
# so that it does not disturb the debug build of the tests. Needs cc, the
# SQLite and libxml2 headers, xsltproc and python3-venv
# (scripts/install-dependencies). Figures are printed, never asserted.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benchmarks/quarter"
cd "$root"

people=1000
seed=1
database=""
postgres=""
limit=900
out=""
while [ $# -gt 0 ]; do
    case "$1" in
    --people) people=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --postgres) postgres=1; shift ;;
    --step-limit) limit=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$1'; see --help" >&2; exit 2 ;;
    esac
done
if [ -n "$postgres" ] && [ -n "$database" ]; then
    echo "run.sh: give --postgres or --database, not both" >&2
    exit 2
fi

BUILD=${BUILD:-release}
if [ "$BUILD" = release ]; then
    build=(swift build -c release --scratch-path "${SCRATCH:-$root/.build-release}")
else
    build=(swift build -c "$BUILD")
fi
work=${out:-"${SCRATCH:-$root/.build-release}/quarter/people-$people"}
rm -rf "$work"
mkdir -p "$work/tools"
log="$work/log.txt"

if [ -n "${BIN:-}" ]; then
    echo "== building the C references (survey360 is $BIN)"
    bin=$BIN
else
    echo "== building survey360 ($BUILD) and the C references"
    "${build[@]}" --product survey360 >"$work/build.txt" 2>&1 || { cat "$work/build.txt"; exit 1; }
    bin="$("${build[@]}" --show-bin-path)/survey360"
fi
cc -O2 -o "$work/tools/measure" "$here/measure.c"
cc -O2 -o "$work/tools/sqlite-loader" "$here/sqlite-loader.c" -lsqlite3
# shellcheck disable=SC2046
cc -O2 $(pkg-config --cflags libxml-2.0) -o "$work/tools/xml-writer" "$here/xml-writer.c" $(pkg-config --libs libxml-2.0)
command -v xsltproc >/dev/null || { echo "xsltproc is missing: run scripts/install-dependencies" >&2; exit 1; }
if [ ! -x "$here/.venv/bin/python" ]; then python3 -m venv "$here/.venv"; fi
"$here/.venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"

# mask: a PostgreSQL URL's password as ***, for what the script prints.
mask() { sed 's/\(postgres[a-z]*:\/\/[^:@/]*:\)[^@/]*@/\1***@/g'; }

store_name() { # store_name STORE: sqlite or other, as the output names it, without a password
    if [ "$1" = sqlite ]; then echo SQLite; elif [ -n "$postmaster" ]; then echo PostgreSQL; else echo "$database" | mask; fi
}

# The throwaway PostgreSQL server of --postgres. The password keeps the URL's
# credentials in use, as in production; the table and the log mask it.
postmaster=""
if [ -n "$postgres" ]; then
    pgbin=/usr/lib/postgresql/15/bin
    [ -x "$pgbin/pg_ctl" ] || { echo "$pgbin/pg_ctl is missing: run scripts/install-dependencies" >&2; exit 1; }
    pgdir=$(mktemp -d /tmp/survey360-quarter-postgres.XXXXXX)
    as_server=()
    if [ "$(id -u)" = 0 ]; then
        as_server=(runuser -u postgres --)
        chown postgres: "$pgdir"
    fi
    stop_postgres() {
        if [ -f "$pgdir/data/postmaster.pid" ]; then
            "${as_server[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >>"$pgdir/pg_ctl.txt" 2>&1 || true
        fi
        cp "$pgdir/server.log" "$work/postgres-server.log" 2>/dev/null || true
        rm -rf "$pgdir"
    }
    trap stop_postgres EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    echo "$password" >"$pgdir/password"
    [ ${#as_server[@]} = 0 ] || chown postgres: "$pgdir/password"
    echo "== starting PostgreSQL in $pgdir"
    "${as_server[@]}" "$pgbin/initdb" -D "$pgdir/data" -U survey360 --pwfile="$pgdir/password" \
        --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --no-locale >"$pgdir/initdb.txt" 2>&1 ||
        { cat "$pgdir/initdb.txt" >&2; exit 1; }
    # A port the kernel gives, again with another if someone took it before
    # the server bound it. No Unix socket: loopback TCP only. pg_ctl's output
    # goes to a file, since the server it starts keeps it open.
    for attempt in 1 2 3 4 5; do
        port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        if "${as_server[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 120 \
            -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=''" start \
            </dev/null >>"$pgdir/pg_ctl.txt" 2>&1; then
            break
        fi
        [ "$attempt" -lt 5 ] || { tail -20 "$pgdir/pg_ctl.txt" "$pgdir/server.log" >&2; exit 1; }
    done
    postmaster=$(head -1 "$pgdir/data/postmaster.pid")
    PGPASSWORD=$password "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U survey360 survey360
    database="postgres://survey360:$password@127.0.0.1:$port/survey360"
fi

# server_cpu: the CPU seconds (user+system) of the server's processes that
# have ended, from the postmaster's cutime and cstime (fields 16 and 17 of
# /proc/PID/stat, in clock ticks, after the command name in parentheses),
# once the server has no client backend left. Each connection is served by
# a backend process, a child of the postmaster that exits when the client
# disconnects (at the latest when the survey360 process exits) and is then
# reaped by the postmaster, which adds its times to cutime and cstime; so
# after a step, its backends' CPU is in there. Not counted: the long-lived
# processes (checkpointer, background writer, WAL writer, autovacuum
# launcher), which write the steps' changes to disk later; an autovacuum
# worker counts in the step during which it ends.
server_cpu() {
    local waited children
    for ((waited = 0; waited < 600; waited++)); do
        # A client backend's title names its client, 127.0.0.1(PORT); Z is an exited child not yet reaped.
        children=$(ps -o stat=,args= --ppid "$postmaster")
        grep -qE '^Z|127\.0\.0\.1\(' <<<"$children" || break
        sleep 0.1
    done
    [ "$waited" -lt 600 ] || echo "run.sh: the server still has client backends 60 s after the step" >&2
    sed 's/.*) //' "/proc/$postmaster/stat" | awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f\n", ($14 + $15) / hz }'
}

# measure NAME COMMAND...: runs a step, records "wall user sys rss status" in
# $work/times/NAME (and, for a step on the throwaway PostgreSQL server, the
# server's CPU seconds in a sixth field), appends its output to the log, and
# goes on after a failure or a stop, which the table shows.
mkdir -p "$work/times"
measure() {
    local name=$1 before=""
    shift
    mkdir -p "$(dirname "$work/times/$name")"
    echo "+ $*" | mask >>"$log"
    printf '   %-24s' "$name"
    if [ -n "$postmaster" ] && [[ $name == other/* ]]; then before=$(server_cpu); fi
    "$work/tools/measure" "$work/times/$name" "$limit" "$@" >>"$log" 2>&1 || true
    if [ -n "$before" ]; then
        awk -v server="$(server_cpu)" -v before="$before" '{ printf "%s %.2f\n", $0, server - before }' \
            "$work/times/$name" >"$work/times/$name.new"
        mv "$work/times/$name.new" "$work/times/$name"
    fi
    awk -v logfile="$log" '{
        if ($5 == "0") {
            printf "%8.2f s wall %8.2f s CPU %8.0f MiB", $1, $2 + $3, $4 / 1024
            if (NF > 5) printf " %8.2f s server CPU", $6
            printf "\n"
        } else if ($5 == "stopped") printf "  stopped after %s s; see %s\n", $1, logfile
        else printf "  failed with status %s; see %s\n", $5, logfile
    }' "$work/times/$name"
}

# quarter PREFIX STORE: the quarter on one store, its steps named PREFIX/step.
quarter() {
    local prefix=$1 store=$2 dir="$work/$1"
    local db=(--database "$store")
    mkdir -p "$dir"
    echo "== the quarter on $(store_name "$prefix") ($people people, seed $seed)"
    measure "$prefix/simulate org" "$bin" simulate org --people "$people" --seed "$seed" --out "$dir/org"
    measure "$prefix/org import" "$bin" org import "$dir/org" "${db[@]}"
    measure "$prefix/campaign create" "$bin" campaign create 2026-Q4 "${db[@]}"
    measure "$prefix/campaign assign" "$bin" campaign assign 2026-Q4 "${db[@]}"
    measure "$prefix/campaign launch" "$bin" campaign launch 2026-Q4 --out "$dir/invitations" "${db[@]}"
    measure "$prefix/simulate responses" "$bin" simulate responses 2026-Q4 --seed 7 --rate 0.85 \
        --out "$dir/answers" "${db[@]}"
    measure "$prefix/responses import" "$bin" responses import 2026-Q4 "$dir/answers/ratings.csv" \
        --comments "$dir/answers/comments.csv" "${db[@]}"
    measure "$prefix/campaign close" "$bin" campaign close 2026-Q4 "${db[@]}"
    measure "$prefix/scores" "$bin" scores 2026-Q4 "${db[@]}"
    measure "$prefix/report xml" "$bin" report 2026-Q4 --format xml --out "$dir/reports" "${db[@]}"
    measure "$prefix/report html" "$bin" report 2026-Q4 --format html --out "$dir/html" "${db[@]}"
    "$bin" keys generate --out "$dir/keys" >>"$log" 2>&1
    measure "$prefix/archive" "$bin" archive 2026-Q4 --out "$dir/archive" \
        --key "$dir/keys/survey360-signing-key.pem" "${db[@]}"
    measure "$prefix/verify" "$bin" verify "$dir/archive" --trusted-key "$dir/keys/survey360-signing-key.pub.pem"
    "$bin" assignments export 2026-Q4 --out "$dir/assignments.csv" "${db[@]}" >>"$log" 2>&1
}

stores=(sqlite)
quarter sqlite "$work/sqlite/survey360.sqlite"
if [ -n "$database" ]; then
    stores+=(other)
    # A PostgreSQL store needs its pseudonym key named (there is no file
    # beside a URL): this run's own, unless the caller gives one.
    export SURVEY360_PSEUDONYM_KEY=${SURVEY360_PSEUDONYM_KEY:-$work/other/pseudonym-key}
    quarter other "$database"
fi

# The references, on the SQLite run's answers and documents.
s="$work/sqlite"
echo "== the references, on the same answers and documents"
measure "pandas" "$here/.venv/bin/python" "$here/scores.py" "$s/answers/ratings.csv" "$s/assignments.csv" \
    "$s/org/people.csv"
measure "C SQLite loader" "$work/tools/sqlite-loader" "$work/reference.sqlite" "$s/answers/ratings.csv"
mkdir -p "$work/xml-copy"
find "$s/reports" -name '*.xml' | sort >"$work/xml-files.txt"
"$work/tools/xml-writer" "$work/xml-copy" - <"$work/xml-files.txt" >"$work/xml-writer.txt"
printf '   %-24s' "C xmlTextWriter"
awk '{ printf "%8.2f s wall %8.2f s CPU (writing %d documents, %d bytes)\n", $4, $3, $1, $2 }' "$work/xml-writer.txt"
# xsltproc: each kind of document with its stylesheet and the parameters the
# product passes (the inlined CSS, the link home). xsltproc compiles its
# stylesheet once per process and, given many files, writes their pages one
# after the other to standard output, so each kind goes to one file: the
# same transformations, with fewer files to create than the product's.
cat >"$work/xsltproc.sh" <<EOF
set -eu
css=\$(cat "$root/templates/reports/report.css")
mkdir -p "$work/xslt"
xsltproc --nonet --stringparam css "\$css" --stringparam home "" "$root/templates/reports/index.xsl" \\
    "$s/reports/campaign.xml" >"$work/xslt/index.html"
xsltproc --nonet --stringparam css "\$css" --stringparam home index.html "$root/templates/reports/organisation.xsl" \\
    "$s/reports/organisation.xml" >"$work/xslt/organisation.html"
for kind in departments:department people:person; do
    find "$s/reports/\${kind%:*}" -name '*.xml' -print0 | sort -z |
        xargs -0 -r -n 2000 xsltproc --nonet --stringparam css "\$css" --stringparam home ../index.html \\
            "$root/templates/reports/\${kind#*:}.xsl" >>"$work/xslt/\${kind#*:}.html"
done
EOF
measure "xsltproc" bash "$work/xsltproc.sh"

# The table.
echo
figure() { # figure NAME FIELD: wall, cpu (its server's included) or rss (MiB) of a step, or "" when it did not finish
    local file="$work/times/$1"
    [ -f "$file" ] || return 0
    awk -v field="$2" '$5 == "0" {
        if (field == "wall") printf "%.2f", $1
        else if (field == "cpu") printf "%.2f", $2 + $3 + $6
        else printf "%.0f", $4 / 1024
    }' "$file"
}
cell() { # cell NAME [server]: "wall | CPU | RSS" of a step, or what stopped it; with "server", its server CPU too
    local file="$work/times/$1" server=${2:-}
    if [ ! -f "$file" ]; then printf '| | | %s' "${server:+| }"; return; fi
    awk -v server="$server" '{
        cpu = sprintf("%.1f", $2 + $3) (server == "" ? "" : sprintf(" | %.1f", $6))
        if ($5 == "0") printf "| %.1f | %s | %.0f ", $1, cpu, $4 / 1024
        else if ($5 == "stopped") printf "| stopped after %.0f s | %s | %.0f ", $1, cpu, $4 / 1024
        else printf "| failed (%s) | %s| ", $5, (server == "" ? "" : "| ")
    }' "$file"
}
has_server() { [ "$1" = other ] && [ -n "$postmaster" ]; }
ratio() { # ratio A B: A / B to two places, or "n/a"
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'
}
count() { [ -f "$1" ] && echo $(($(wc -l <"$1") - 1)) || echo "?"; }

row() { # row LABEL GOAL COMMAND...: a line of the ratio table, COMMAND... STORE for each store
    local line="| $1 " goal=$2 store
    shift 2
    for store in "${stores[@]}"; do line+="| $("$@" "$store") "; done
    echo "$line| $goal |"
}
scores_ratio() { ratio "$(figure "$1/scores" cpu)" "$(figure pandas cpu)"; }
import_ratio() { ratio "$(figure "$1/responses import" cpu)" "$(figure "C SQLite loader" cpu)"; }
xml_ratio() {
    ratio "$(ratio "$xml_bytes" "$(figure "$1/report xml" cpu)")" \
        "$(ratio "$(awk '{ print $2 }' "$work/xml-writer.txt")" "$(awk '{ print $3 }' "$work/xml-writer.txt")")"
}
html_ratio() { ratio "$(figure "$1/report html" cpu)" "$(figure xsltproc cpu)"; }
total() { # total FIELD STORE: the sum of a store's steps' wall or CPU seconds (its server's included)
    cat "$work/times/$2"/* | awk -v field="$1" '{ s += (field == "wall" ? $1 : $2 + $3 + $6) } END { printf "%.1f", s }'
}

xml_bytes=$(tr '\n' '\0' <"$work/xml-files.txt" | du -cb --files0-from=- | tail -1 | cut -f1)
{
    echo "Quarter benchmark: $people people (seed $seed), ${BIN:-$BUILD build}, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "Organisation: $(count "$s/org/departments.csv") departments, $(count "$s/org/services.csv") service relations, $(count "$s/org/processes.csv") process stages; $(count "$s/assignments.csv") questionnaires assigned, $(count "$s/answers/ratings.csv") ratings imported; $(wc -l <"$work/xml-files.txt") XML documents, $xml_bytes bytes"
    echo
    header="| step "
    rule="|---"
    for store in "${stores[@]}"; do
        if has_server "$store"; then
            header+="| $(store_name "$store") wall s | CPU s | server CPU s | peak RSS MiB "
            rule+="|---:|---:|---:|---:"
        else
            header+="| $(store_name "$store") wall s | CPU s | peak RSS MiB "
            rule+="|---:|---:|---:"
        fi
    done
    echo "$header|"
    echo "$rule|"
    for step in "simulate org" "org import" "campaign create" "campaign assign" "campaign launch" \
        "simulate responses" "responses import" "campaign close" "scores" "report xml" "report html" \
        "archive" "verify"; do
        line="| $step "
        for store in "${stores[@]}"; do line+=$(cell "$store/$step" "$(has_server "$store" && echo server)"); done
        echo "$line|"
    done
    for reference in pandas "C SQLite loader" xsltproc; do
        echo "| reference: $reference $(cell "$reference")|"
    done
    echo "| reference: C xmlTextWriter (writing only) $(awk '{ printf "| %.1f | %.1f | ", $4, $3 }' "$work/xml-writer.txt")|"
    echo
    header="| ratio (CPU s, same inputs$([ -z "$postmaster" ] || echo "; PostgreSQL's with its server's")) "
    rule="|---"
    for store in "${stores[@]}"; do
        header+="| $(store_name "$store") "
        rule+="|---:"
    done
    echo "$header| goal |"
    echo "$rule|---|"
    row "scores / pandas" "at most 0.5" scores_ratio
    row "responses import / C SQLite loader" "at most 2" import_ratio
    row "report xml bytes per CPU s / C writer's" "at least 0.7" xml_ratio
    row "report html / xsltproc" "at most 1.5" html_ratio
    row "whole quarter, CPU s" "20,000 people within 60" total cpu
    row "whole quarter, wall s" "100,000 people within 240" total wall
} | tee "$work/results.md"
echo
echo "Results: $work/results.md; the steps' output: $log"
