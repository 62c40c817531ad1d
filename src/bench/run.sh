#!/usr/bin/env bash
# Reproduces the README's performance table from this checkout with the shared bench rig: starts the
# rig's PostgreSQL, builds and starts Restgres with the run command (PGRST_DB_URI mode, a free port),
# runs the rig's compare.sh (pgbench ceilings, wrk scenarios, ratios), then adds the server's CPU
# time per request and its RSS, and stops what it started.
#   usage: src/bench/run.sh                 (from any directory; run as root, as the rig wants)
#   env:   BENCH_DIR   the rig (default: ../shared/bench beside the checkout)
#          JWT_SECRET  shared by the server and the rig's insert scenario (default: a fixed test secret)
#          RESTGRES_JAVA_OPTS, PGRST_DB_POOL, ...   passed on to the run command
#          and the rig's own: SCENARIOS DURATION WARMUP CONNECTIONS THREADS OUT ...
#   A short smoke run: DURATION=3 WARMUP=1 SCENARIOS=by_id src/bench/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd -P)"
PAYARA_ROOT="$ROOT/target/payara-root"

# A Payara of this checkout (the run command, or an earlier run of this script) holds its root directory
# and target/; building and starting a second one there would break both.
for f in /proc/[0-9]*/cmdline; do
  if tr '\0' ' ' <"$f" 2>/dev/null | grep -qF -- "$PAYARA_ROOT"; then
    pid=${f#/proc/}; echo "$PAYARA_ROOT is in use by process ${pid%/cmdline}; stop it first" >&2; exit 2
  fi
done

BENCH_DIR=${BENCH_DIR:-$ROOT/../shared/bench}
[ -x "$BENCH_DIR/compare.sh" ] || { echo "no bench rig at $BENCH_DIR (set BENCH_DIR)" >&2; exit 2; }
BENCH_DIR="$(cd "$BENCH_DIR" && pwd -P)"

export JWT_SECRET=${JWT_SECRET:-reallyreallyreallyreallyverysafe}
OUT=${OUT:-/tmp/bench/results/restgres-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
LOG="$OUT/restgres.log"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

. "$BENCH_DIR/env.sh"
db_was_up=0
if [ -s "$PGDATA_DIR/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then db_was_up=1; fi
"$BENCH_DIR/start-db.sh"

LAUNCHER_PID=""
stop_all() {
  if [ -n "$LAUNCHER_PID" ] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    kill -TERM "$LAUNCHER_PID"   # the launcher's shutdown hook stops Payara and removes its root dir
    for _ in $(seq 60); do kill -0 "$LAUNCHER_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then kill -TERM "$SERVER_PID"; fi
  if [ "$db_was_up" = 0 ]; then "$BENCH_DIR/stop-db.sh" >/dev/null || true; fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

echo "# building and starting Restgres on 127.0.0.1:$PORT (log: $LOG)"
(cd "$ROOT" && PGRST_DB_URI="$DB_URL" PGRST_DB_SCHEMAS=api PGRST_DB_ANON_ROLE=api_anon \
  PGRST_JWT_SECRET="$JWT_SECRET" PGRST_SERVER_PORT="$PORT" \
  exec mvn -B -q -DskipTests package exec:java) >"$LOG" 2>&1 </dev/null &
LAUNCHER_PID=$!
BASE_URL="http://127.0.0.1:$PORT"
for _ in $(seq 600); do
  kill -0 "$LAUNCHER_PID" 2>/dev/null || { tail -20 "$LOG" >&2; echo "the run command ended before the server was ready" >&2; exit 1; }
  # the launcher's own line, printed after its warm-up: the server answers before that, and a
  # ceiling measured while the warm-up still runs would share the machine with it
  grep -q "restgres: ready in" "$LOG" && break
  sleep 0.5
done
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE_URL/trades?limit=1" || true)" = 200 ] \
  || { tail -20 "$LOG" >&2; echo "the server did not become ready in 300 s" >&2; exit 1; }
for f in /proc/[0-9]*/cmdline; do
  if tr '\0' ' ' <"$f" 2>/dev/null | grep -qF -- "--rootdir $PAYARA_ROOT"; then SERVER_PID=${f#/proc/}; SERVER_PID=${SERVER_PID%/cmdline}; fi
done
[ -n "${SERVER_PID:-}" ] || { echo "no Payara process with --rootdir $PAYARA_ROOT" >&2; exit 1; }
export SERVER_PID

echo "# $(date -u '+%F %T') UTC at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'); machine: nproc=$(nproc)," \
  "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo);" \
  "load: $(uptime | sed 's/.*load average: //'); Payara pid $SERVER_PID"
status=0
OUT="$OUT/compare" "$BENCH_DIR/compare.sh" "$BASE_URL" || status=$?

# http-bench.sh reports CPU % (100 = one core, ticks of the server over the measured run) and RSS;
# CPU time per request is CPU % x 10,000 / req/s, in microseconds.
echo
echo "# Restgres server cost per request (pid $SERVER_PID; load at end: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "| scenario | req/s | server CPU % | server CPU µs / request | RSS MB now (peak) |"
echo "|---|---:|---:|---:|---:|"
if [ -f "$OUT/compare/http/results.tsv" ]; then
  awk -F'\t' '{cpu = ($9 == "-" || $3 == 0) ? "-" : sprintf("%.0f", $9 * 10000 / $3)
    printf "| %s | %s | %s | %s | %s |\n", $2, $3, $9, cpu, $8}' "$OUT/compare/http/results.tsv" | tee "$OUT/cost.md"
fi
echo "# results: $OUT"
exit $status
