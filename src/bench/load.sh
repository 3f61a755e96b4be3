#!/usr/bin/env bash
# Load test, not a test in the suite: src/bench/load.sh [seconds, default 60]
#
# Starts the extracted jar with its CDS archive and -Xmx256m, warms it up, then holds 256 connections on
# loopback for the given time over the home page, every topic page, several articles and /sources. Prints
# the errors (socket errors and non-2xx/3xx responses; expected zero) and the resident memory sampled with
# ps after warm-up, every 10 s during the run, and at the end (expected flat). Stops everything it started.
source "$(dirname "$0")/lib.sh"

DURATION="${1:-60}"
CONNECTIONS=256

prepare_app
rm -f "$WORK/wrk.log"
port="$(free_port 18090)"
start_app "$port" cds "$WORK/load-app.log"
app="http://127.0.0.1:$port"

paths=(/)
for file in "$ROOT"/content/topics/*.md; do paths+=("/topics/$(basename "$file" .md)"); done
for file in $(ls "$ROOT"/content/articles/*.md | head -8); do paths+=("/articles/$(basename "$file" .md)"); done
paths+=(/sources)
served=()
for path in "${paths[@]}"; do
	[[ "$(curl -s -o /dev/null -w '%{http_code}' "$app$path")" == 200 ]] && served+=("$path") || log "skipping $path"
done

rss() { ps -o rss= -p "$APP_PID" | awk '{ printf "%.0f", $1 / 1024 }'; }
# the live heap: after a full collection (run outside the measured load)
live_heap() {
	jcmd "$APP_PID" GC.run > /dev/null 2>&1
	jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/heap/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") print $(i + 1); exit }'
}

log "warm-up: 20 s at $CONNECTIONS connections over ${#served[@]} pages"
run_wrk "$CONNECTIONS" 20 "$app" -s "$ROOT/src/bench/pages.lua" -- "${served[@]}" > /dev/null
rss_warm="$(rss)"
heap_warm="$(live_heap)"

samples="$WORK/rss-samples.txt"
: > "$samples"
(for t in $(seq 10 10 $((DURATION - 1))); do sleep 10; echo "$t s: $(rss) MB" >> "$samples"; done) &
STARTED_PIDS+=("$!")
log "load: $DURATION s at $CONNECTIONS connections"
read -r rps p50 p99 errors cpu <<< "$(SERVER_PIDS="$APP_PID" run_wrk "$CONNECTIONS" "$DURATION" "$app" \
	-s "$ROOT/src/bench/pages.lua" -- "${served[@]}")"
rss_end="$(rss)"
heap_end="$(live_heap)"
stop_all

echo
echo "$CONNECTIONS connections for $DURATION s over ${#served[@]} pages, -Xmx256m, $(nproc) cores, loopback," \
	"load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  requests/s: $rps   p50: $p50 ms   p99: $p99 ms   app CPU per request: $cpu us"
echo "  errors (socket errors + non-2xx/3xx responses): $errors"
echo "  RSS after warm-up: $rss_warm MB"
sed 's/^/  RSS at /' "$samples"
echo "  RSS at the end: $rss_end MB"
echo "  live heap (after a full GC) after warm-up: $heap_warm, at the end: $heap_end (of -Xmx256m)"
[[ "$errors" == 0 ]] || { echo "FAILED: $errors errors" >&2; exit 1; }
