#!/usr/bin/env bash
# Throughput benchmark, not a test: src/bench/bench.sh [seconds per run, default 15]
#
# Builds and extracts the jar, makes its class-data-sharing archive, measures start-up with and without it,
# then loads an article page, a topic page and /sources with wrk at 32 connections on loopback, plus a
# conditional GET answered 304 and the gzip representation. Where nginx is installed it serves the same bytes
# (and the same gzip bytes, with gzip_static) on another loopback port in the same run, and the ratios are
# printed: of throughput, and of server CPU time per request (which, unlike throughput, hardly depends on what
# else the machine is running). Last, the article with the page cache off (rendered on every request) and with
# every request a cache miss (a new query string each time). Stops everything it started.
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
file_for() { echo "$1" | tr '/' '_' | sed 's/$/.html/'; }
header_of() { # URL NAME: the value of the response header NAME
	curl -sI "$1" | awk -F': ' -v name="$(echo "$2" | tr 'A-Z' 'a-z')" 'tolower($1) == name { sub(/\r$/, "", $2); print $2 }'
}

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
app_pids="$APP_PID"

rm -rf "$WORK/static" && mkdir -p "$WORK/static"
pages=()
for path in "$ARTICLE" "$TOPIC" "$SOURCES"; do
	status="$(curl -s -o "$WORK/static/$(file_for "$path")" -w '%{http_code}' "$app$path")"
	if [[ "$status" == 200 ]]; then
		pages+=("$path")
	else
		log "skipping $path: it answers $status"
	fi
done
curl -s -H 'Accept-Encoding: gzip' -o "$WORK/static/$(file_for "$ARTICLE").gz" "$app$ARTICLE"

nginx_url=""
if [[ -x /usr/sbin/nginx ]]; then
	nginx_port="$(free_port $((port + 1)))"
	start_nginx "$nginx_port" "$WORK/static"
	nginx_url="http://127.0.0.1:$nginx_port"
	nginx_pids="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
fi

log "warm-up: 10 s per page"
for path in "${pages[@]}"; do
	run_wrk "$CONNECTIONS" 10 "$app$path" > /dev/null
	run_wrk "$CONNECTIONS" 10 "$app$path" -H 'Accept-Encoding: gzip' > /dev/null
done

results=()
measure() { # label app-url nginx-url|"" [wrk options...]
	local label="$1" app_url="$2" nginx_target="$3" a n=""
	shift 3
	log "$label"
	a="$(SERVER_PIDS="$app_pids" run_wrk "$CONNECTIONS" "$RUN_SECONDS" "$app_url" "$@")"
	[[ -n "$nginx_target" ]] && n="$(SERVER_PIDS="$nginx_pids" run_wrk "$CONNECTIONS" "$RUN_SECONDS" "$nginx_target" "$@")"
	results+=("$label|$a|$n")
}
nginx_file() { [[ -n "$nginx_url" ]] && echo "$nginx_url/$(file_for "$1")" || true; }

for path in "${pages[@]}"; do
	measure "$path ($(stat -c %s "$WORK/static/$(file_for "$path")") B)" "$app$path" "$(nginx_file "$path")"
done
measure "$ARTICLE gzip ($(stat -c %s "$WORK/static/$(file_for "$ARTICLE").gz") B)" "$app$ARTICLE" \
	"$(nginx_file "$ARTICLE")" -H 'Accept-Encoding: gzip'
app_etag="$(header_of "$app$ARTICLE" ETag)"
a304="$(SERVER_PIDS="$app_pids" run_wrk "$CONNECTIONS" "$RUN_SECONDS" "$app$ARTICLE" -H "If-None-Match: $app_etag")"
n304=""
if [[ -n "$nginx_url" ]]; then
	nginx_etag="$(header_of "$(nginx_file "$ARTICLE")" ETag)"
	n304="$(SERVER_PIDS="$nginx_pids" run_wrk "$CONNECTIONS" "$RUN_SECONDS" "$(nginx_file "$ARTICLE")" \
		-H "If-None-Match: $nginx_etag")"
fi
results+=("$ARTICLE 304 (If-None-Match)|$a304|$n304")
measure "$ARTICLE, every request a miss" "$app$ARTICLE" "" -s "$ROOT/src/bench/unique-query.lua"
rss_kb="$(ps -o rss= -p "$APP_PID" | tr -d ' ')"
stop_app

log "the same article with the page cache off"
start_app "$port" cds "$WORK/app-nocache.log" --library.page-cache.enabled=false
app_pids="$APP_PID"
run_wrk "$CONNECTIONS" 30 "$app$ARTICLE" > /dev/null
measure "$ARTICLE, page cache off" "$app$ARTICLE" ""
stop_all

echo
echo "Start-up to healthy / as Boot reports it, seconds ($STARTUP_RUNS runs), -Xmx256m, $(nproc) cores,"
echo "load average before: $LOAD_BEFORE"
echo "  without CDS: ${startup[nocds]}"
echo "  with CDS:    ${startup[cds]}"
echo
echo "wrk, $CONNECTIONS connections, 2 threads, ${RUN_SECONDS} s per run, loopback; load average now:" \
	"$(cut -d' ' -f1-3 /proc/loadavg); app RSS after the cached runs: $((rss_kb / 1024)) MB"
printf '%-48s %8s %7s %7s %4s %7s | %8s %7s %7s | %6s %6s\n' "" "app" "p50" "p99" "err" "CPU" "nginx" "p99" "CPU" \
	"req/s" "CPU"
printf '%-48s %8s %7s %7s %4s %7s | %8s %7s %7s | %6s %6s\n' "page" "req/s" "ms" "ms" "" "us/req" "req/s" "ms" \
	"us/req" "ratio" "ratio"
for row in "${results[@]}"; do
	IFS='|' read -r label a n <<< "$row"
	read -r arps ap50 ap99 aerr acpu <<< "$a"
	if [[ -n "$n" ]]; then
		read -r nrps np50 np99 nerr ncpu <<< "$n"
		ratio="$(awk -v a="$arps" -v b="$nrps" 'BEGIN { printf "%.2f", a / b }')"
		cpu_ratio="$(awk -v a="$acpu" -v b="$ncpu" 'BEGIN { printf "%.2f", (a > 0) ? b / a : 0 }')"
	else
		nrps="-" np99="-" ncpu="-" ratio="-" cpu_ratio="-"
	fi
	printf '%-48s %8s %7s %7s %4s %7s | %8s %7s %7s | %6s %6s\n' "$label" "$arps" "$ap50" "$ap99" "$aerr" "$acpu" \
		"$nrps" "$np99" "$ncpu" "$ratio" "$cpu_ratio"
done
echo "ratios are app / nginx: of requests per second, and of CPU per request inverted (nginx us / app us), i.e."
echo "the throughput ratio the two would reach on a machine with nothing else running. Full wrk output: $WORK/wrk.log"
