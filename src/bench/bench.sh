#!/usr/bin/env bash
# Throughput benchmark, not a test: src/bench/bench.sh [seconds per run, default 15]
#
# Builds and extracts the jar, makes its class-data-sharing archive, measures start-up with and without it,
# then loads an article page, a topic page and /sources with wrk at 32 connections on loopback, and a
# conditional GET answered 304. Where nginx is installed it serves the same page bytes on another loopback
# port in the same run, and the ratio of throughputs is printed. Stops everything it started.
source "$(dirname "$0")/lib.sh"

RUN_SECONDS="${1:-15}"
STARTUP_RUNS="${STARTUP_RUNS:-3}"
CONNECTIONS=32
ARTICLE="${ARTICLE:-/articles/$(basename "$(ls "$ROOT"/content/articles/*.md | head -1)" .md)}"
TOPIC="${TOPIC:-/topics/$(basename "$(ls "$ROOT"/content/topics/*.md | head -1)" .md)}"
SOURCES="${SOURCES:-/sources}"

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
prepare_app
rm -f "$WORK/wrk.log"
port="$(free_port 18080)"

log "start-up, $STARTUP_RUNS times each without and with the CDS archive"
declare -A startup
for mode in nocds cds; do
	for i in $(seq 1 "$STARTUP_RUNS"); do
		start_app "$port" "$mode" "$WORK/startup-$mode-$i.log"
		stop_app
		startup[$mode]+="$STARTUP_SECONDS/$(boot_reported_startup "$WORK/startup-$mode-$i.log") "
	done
done

start_app "$port" cds "$WORK/app.log"
app="http://127.0.0.1:$port"

mkdir -p "$WORK/static"
pages=()
for path in "$ARTICLE" "$TOPIC" "$SOURCES"; do
	name="$(echo "$path" | tr '/' '_').html"
	status="$(curl -s -o "$WORK/static/$name" -w '%{http_code}' "$app$path")"
	if [[ "$status" == 200 ]]; then
		pages+=("$path")
	else
		log "skipping $path: it answers $status"
	fi
done

nginx_url=""
if [[ -x /usr/sbin/nginx ]]; then
	nginx_port="$(free_port $((port + 1)))"
	start_nginx "$nginx_port" "$WORK/static"
	nginx_url="http://127.0.0.1:$nginx_port"
fi

log "warm-up: 10 s per page"
for path in "${pages[@]}"; do
	run_wrk "$CONNECTIONS" 10 "$app$path" > /dev/null
done

results=()
measure() { # label app-url nginx-url [wrk options]
	local label="$1" app_url="$2" nginx_target="$3" a n=""
	shift 3
	log "$label"
	a="$(run_wrk "$CONNECTIONS" "$RUN_SECONDS" "$app_url" "$@")"
	[[ -n "$nginx_target" ]] && n="$(run_wrk "$CONNECTIONS" "$RUN_SECONDS" "$nginx_target" "$@")"
	results+=("$label|$a|$n")
}

for path in "${pages[@]}"; do
	nginx_target=""
	[[ -n "$nginx_url" ]] && nginx_target="$nginx_url/$(echo "$path" | tr '/' '_').html"
	measure "$path ($(stat -c %s "$WORK/static/$(echo "$path" | tr '/' '_').html") bytes)" "$app$path" "$nginx_target"
done
etag="$(curl -sI "$app$ARTICLE" | awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }')"
nginx_etag=""
if [[ -n "$nginx_url" ]]; then
	nginx_file="$nginx_url/$(echo "$ARTICLE" | tr '/' '_').html"
	nginx_etag="$(curl -sI "$nginx_file" | awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }')"
fi
log "304s"
a304="$(run_wrk "$CONNECTIONS" "$RUN_SECONDS" "$app$ARTICLE" -H "If-None-Match: $etag")"
n304=""
[[ -n "$nginx_url" ]] && n304="$(run_wrk "$CONNECTIONS" "$RUN_SECONDS" "$nginx_file" -H "If-None-Match: $nginx_etag")"
results+=("$ARTICLE 304 (If-None-Match)|$a304|$n304")
log "gzip"
results+=("$ARTICLE gzip|$(run_wrk "$CONNECTIONS" "$RUN_SECONDS" "$app$ARTICLE" -H 'Accept-Encoding: gzip')|")

rss_kb="$(ps -o rss= -p "$APP_PID" | tr -d ' ')"
stop_all

echo
echo "Start-up to healthy / as Boot reports it, seconds ($STARTUP_RUNS runs), -Xmx256m, $(nproc) cores, load average before: $LOAD_BEFORE"
echo "  without CDS: ${startup[nocds]}"
echo "  with CDS:    ${startup[cds]}"
echo
echo "wrk, $CONNECTIONS connections, 2 threads, ${RUN_SECONDS} s per run, loopback; app RSS at the end: $((rss_kb / 1024)) MB"
printf '%-52s %10s %8s %8s %6s | %10s %8s %6s\n' "page" "app req/s" "p50 ms" "p99 ms" "errors" "nginx r/s" "p99 ms" "ratio"
for row in "${results[@]}"; do
	IFS='|' read -r label a n <<< "$row"
	read -r arps ap50 ap99 aerr <<< "$a"
	if [[ -n "$n" ]]; then
		read -r nrps np50 np99 nerr <<< "$n"
		ratio="$(awk -v a="$arps" -v b="$nrps" 'BEGIN { printf "%.2f", a / b }')"
	else
		nrps="-" np99="-" ratio="-"
	fi
	printf '%-52s %10s %8s %8s %6s | %10s %8s %6s\n' "$label" "$arps" "$ap50" "$ap99" "$aerr" "$nrps" "$np99" "$ratio"
done
echo "(full wrk output: $WORK/wrk.log)"
