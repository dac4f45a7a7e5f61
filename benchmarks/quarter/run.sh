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
#     benchmarks/quarter/run.sh --people 10000 --database postgres://...   # SQLite and that store side by side
#     BUILD=debug benchmarks/quarter/run.sh --people 300                  # CI's smoke run
#
# Options: --people N (1000), --seed S (1), --database URL (a second store,
# run after SQLite on the same seeds), --step-limit SECONDS (900: a step
# running longer is stopped and reported as stopped), --out DIR (where the
# run's files go; .build-release/quarter/people-N by default).
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
limit=900
out=""
while [ $# -gt 0 ]; do
    case "$1" in
    --people) people=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --step-limit) limit=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h | --help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option '$1'; see --help" >&2; exit 2 ;;
    esac
done

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

echo "== building survey360 ($BUILD) and the C references"
"${build[@]}" --product survey360 >"$work/build.txt" 2>&1 || { cat "$work/build.txt"; exit 1; }
bin="$("${build[@]}" --show-bin-path)/survey360"
cc -O2 -o "$work/tools/measure" "$here/measure.c"
cc -O2 -o "$work/tools/sqlite-loader" "$here/sqlite-loader.c" -lsqlite3
# shellcheck disable=SC2046
cc -O2 $(pkg-config --cflags libxml-2.0) -o "$work/tools/xml-writer" "$here/xml-writer.c" $(pkg-config --libs libxml-2.0)
command -v xsltproc >/dev/null || { echo "xsltproc is missing: run scripts/install-dependencies" >&2; exit 1; }
if [ ! -x "$here/.venv/bin/python" ]; then python3 -m venv "$here/.venv"; fi
"$here/.venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"

# measure NAME COMMAND...: runs a step, records "wall user sys rss status" in
# $work/times/NAME, appends its output to the log, and goes on after a
# failure or a stop, which the table shows.
mkdir -p "$work/times"
measure() {
    local name=$1
    shift
    mkdir -p "$(dirname "$work/times/$name")"
    echo "+ $*" >>"$log"
    printf '   %-24s' "$name"
    if "$work/tools/measure" "$work/times/$name" "$limit" "$@" >>"$log" 2>&1; then
        awk '{ printf "%8.2f s wall %8.2f s CPU %8.0f MiB\n", $1, $2 + $3, $4 / 1024 }' "$work/times/$name"
    else
        echo "  $(awk '{ print ($5 == "stopped" ? "stopped after " $1 " s" : "failed with status " $5) }' \
            "$work/times/$name"); see $log"
    fi
}

# quarter PREFIX STORE: the quarter on one store, its steps named PREFIX/step.
quarter() {
    local prefix=$1 store=$2 dir="$work/$1"
    local db=(--database "$store")
    mkdir -p "$dir"
    echo "== the quarter on $prefix ($people people, seed $seed)"
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
figure() { # figure NAME FIELD: wall, cpu or rss (MiB) of a step, or "" when it did not finish
    local file="$work/times/$1"
    [ -f "$file" ] || return 0
    awk -v field="$2" '$5 == "0" {
        if (field == "wall") printf "%.2f", $1
        else if (field == "cpu") printf "%.2f", $2 + $3
        else printf "%.0f", $4 / 1024
    }' "$file"
}
cell() { # cell NAME: "wall | CPU | RSS" of a step, or what stopped it
    local file="$work/times/$1"
    if [ ! -f "$file" ]; then printf '| | | '; return; fi
    awk '{
        if ($5 == "0") printf "| %.1f | %.1f | %.0f ", $1, $2 + $3, $4 / 1024
        else if ($5 == "stopped") printf "| stopped after %.0f s | %.0f | %.0f ", $1, $2 + $3, $4 / 1024
        else printf "| failed (%s) | | ", $5
    }' "$file"
}
ratio() { # ratio A B: A / B to two places, or "n/a"
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'
}
count() { [ -f "$1" ] && echo $(($(wc -l <"$1") - 1)) || echo "?"; }

xml_bytes=$(tr '\n' '\0' <"$work/xml-files.txt" | du -cb --files0-from=- | tail -1 | cut -f1)
{
    echo "Quarter benchmark: $people people (seed $seed), $BUILD build, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "Organisation: $(count "$s/org/departments.csv") departments, $(count "$s/org/services.csv") service relations, $(count "$s/org/processes.csv") process stages; $(count "$s/assignments.csv") questionnaires assigned, $(count "$s/answers/ratings.csv") ratings imported; $(wc -l <"$work/xml-files.txt") XML documents, $xml_bytes bytes"
    echo
    header="| step "
    rule="|---"
    for store in "${stores[@]}"; do
        name=$([ "$store" = sqlite ] && echo SQLite || echo "$database" | sed 's/:[^:@/]*@/:***@/')
        header+="| $name wall s | CPU s | peak RSS MiB "
        rule+="|---:|---:|---:"
    done
    echo "$header|"
    echo "$rule|"
    for step in "simulate org" "org import" "campaign create" "campaign assign" "campaign launch" \
        "simulate responses" "responses import" "campaign close" "scores" "report xml" "report html" \
        "archive" "verify"; do
        line="| $step "
        for store in "${stores[@]}"; do line+=$(cell "$store/$step"); done
        echo "$line|"
    done
    for reference in pandas "C SQLite loader" xsltproc; do
        echo "| reference: $reference $(cell "$reference")|"
    done
    echo "| reference: C xmlTextWriter (writing only) $(awk '{ printf "| %.1f | %.1f | ", $4, $3 }' "$work/xml-writer.txt")|"
    echo
    echo "| ratio (CPU s, same inputs) | SQLite | goal |"
    echo "|---|---:|---|"
    c_xml_bytes=$(awk '{ print $2 }' "$work/xml-writer.txt")
    c_xml_cpu=$(awk '{ print $3 }' "$work/xml-writer.txt")
    echo "| scores / pandas | $(ratio "$(figure sqlite/scores cpu)" "$(figure pandas cpu)") | at most 0.5 |"
    echo "| responses import / C SQLite loader | $(ratio "$(figure "sqlite/responses import" cpu)" "$(figure "C SQLite loader" cpu)") | at most 2 |"
    product_rate=$(ratio "$xml_bytes" "$(figure "sqlite/report xml" cpu)")
    c_rate=$(ratio "$c_xml_bytes" "$c_xml_cpu")
    echo "| report xml bytes per CPU s / C writer's | $(ratio "$product_rate" "$c_rate") | at least 0.7 |"
    echo "| report html / xsltproc | $(ratio "$(figure "sqlite/report html" cpu)" "$(figure xsltproc cpu)") | at most 1.5 |"
    echo "| whole quarter, CPU s | $(for step in "$work"/times/sqlite/*; do awk '{ print $2 + $3 }' "$step"; done | awk '{ s += $1 } END { printf "%.1f", s }') | 20,000 people within 60 |"
    echo "| whole quarter, wall s | $(for step in "$work"/times/sqlite/*; do awk '{ print $1 }' "$step"; done | awk '{ s += $1 } END { printf "%.1f", s }') | 100,000 people within 240 |"
} | tee "$work/results.md"
echo
echo "Results: $work/results.md; the steps' output: $log"
