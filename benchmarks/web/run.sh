#!/usr/bin/env bash
# Web benchmark: 1,000 simulated raters submit their questionnaires (5 each)
# through the Survey360 web application on loopback, measured with wrk against
# Hummingbird serving a static page in the same process and the same run; then
# checks that every accepted submission is in the database.
#
#     benchmarks/web/run.sh            # 1,000 raters x 5 questionnaires
#     RATERS=200 QUESTIONNAIRES=2 benchmarks/web/run.sh
#     BUILD=debug RATERS=50 QUESTIONNAIRES=2 DURATION=2s benchmarks/web/run.sh   # CI's smoke run
#
# Needs wrk and sqlite3's Python module (scripts/install-dependencies).
# Loopback only; bounded by the number of questionnaires and by DURATION.
set -euo pipefail
cd "$(dirname "$0")/../.."

RATERS=${RATERS:-1000}
QUESTIONNAIRES=${QUESTIONNAIRES:-5}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-10s}
BUILD=${BUILD:-release}
PORT=${PORT:-8091}
STATIC_PORT=${STATIC_PORT:-8092}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/survey360-bench.XXXXXX")
export SURVEY360_LINKS="$WORK/links.txt" SURVEY360_THREADS="$THREADS" SURVEY360_OUT="$WORK"

command -v wrk >/dev/null || { echo "wrk is missing: run scripts/install-dependencies" >&2; exit 1; }

echo "== building ($BUILD)"
swift build -c "$BUILD" --product survey360-web-bench >/dev/null
BIN=$(swift build -c "$BUILD" --show-bin-path)/survey360-web-bench

"$BIN" --db "$WORK/bench.sqlite" --links "$SURVEY360_LINKS" --raters "$RATERS" \
    --questionnaires "$QUESTIONNAIRES" --port "$PORT" --static-port "$STATIC_PORT" \
    --assets templates/web >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    grep -q '^ready' "$WORK/server.log" 2>/dev/null && break
    kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 0.5
done
grep '^ready' "$WORK/server.log"
FIRST=$(head -1 "$SURVEY360_LINKS")

echo
echo "== reference: Hummingbird, static page (${DURATION}, $CONNECTIONS connections)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$STATIC_PORT/static"

echo
echo "== Survey360: a rater's questionnaire page, GET (${DURATION}, $CONNECTIONS connections)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$FIRST"

echo
echo "== Survey360: $RATERS raters submit $QUESTIONNAIRES questionnaires each, POST ($CONNECTIONS connections)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d30s --timeout 10s --latency -s benchmarks/web/submit.lua \
    "http://127.0.0.1:$PORT" | tee "$WORK/submit.txt"

kill $SERVER; wait $SERVER 2>/dev/null || true
trap - EXIT
# Every link answered 303 must be a submitted response in the database.
python3 - "$WORK" "$((RATERS * QUESTIONNAIRES))" <<'PYTHON'
import glob, hashlib, sqlite3, sys
work, expected = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(f"{work}/bench.sqlite")
raters = {bytes(h): r for h, r in db.execute("SELECT token_hash, rater_id FROM invitation")}
ratees = {}
for rater, ratee in db.execute("SELECT rater_id, ratee_id FROM assignment ORDER BY rater_id, ratee_id"):
    ratees.setdefault(rater, []).append(ratee)
stored = set(db.execute("SELECT rater_id, ratee_id FROM answer_sheet WHERE submitted = 1"))
accepted = set()
for name in glob.glob(f"{work}/accepted-*.txt"):
    for line in open(name):
        _, _, token, number = line.strip().split("/")
        rater = raters[hashlib.sha256(token.encode()).digest()]
        accepted.add((rater, ratees[rater][int(number) - 1]))
lost = accepted - stored
print(f"== questionnaires: {expected}; accepted (303): {len(accepted)}; "
      f"submitted in the database: {len(stored)}; accepted but not stored: {len(lost)}")
sys.exit(1 if lost else 0)
PYTHON
echo "no accepted submission lost (work folder: $WORK)"
