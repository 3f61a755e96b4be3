# Shared by bench.sh and load.sh: build, extract with a CDS archive, start and stop the jar and nginx on
# loopback. Everything started here is stopped on exit, by the process ids recorded here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$ROOT/target/bench"
HEAP="${HEAP:--Xmx256m}"
STARTED_PIDS=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

stop_all() {
	local pid
	for pid in "${STARTED_PIDS[@]:-}"; do
		[[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
	done
	STARTED_PIDS=()
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT TERM

free_port() {
	local port="$1"
	while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
	echo "$port"
}

# Builds the jar unless it is newer than every source file, then extracts it (Boot's CDS-friendly layout)
# and makes the class-data-sharing archive with a training run that exits once the context has refreshed.
prepare_app() {
	local jar
	jar="$(ls "$ROOT"/target/library-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
	if [[ -z "$jar" || -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]]; then
		log "building the jar (tests skipped)"
		(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
		jar="$(ls "$ROOT"/target/library-*.jar | grep -v plain | head -1)"
	fi
	APP_JAR="$WORK/app/$(basename "$jar")"
	if [[ -f "$WORK/app/app.jsa" && "$WORK/app/app.jsa" -nt "$jar" ]]; then
		return 0 # extracted and trained from this very jar already
	fi
	rm -rf "$WORK/app" && mkdir -p "$WORK"
	java -Djarmode=tools -jar "$jar" extract --destination "$WORK/app" > /dev/null
	log "CDS training run"
	(cd "$WORK/app" && java "$HEAP" -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
		-jar "$APP_JAR" --library.content-dir="$ROOT/content" > "$WORK/training.log" 2>&1)
	[[ -f "$WORK/app/app.jsa" ]] || { echo "no CDS archive made; see $WORK/training.log" >&2; exit 1; }
}

# start_app PORT cds|nocds LOGFILE [app arguments...]: starts the extracted jar and waits for /actuator/health.
# Sets APP_PID and STARTUP_SECONDS (from launch to healthy). Not to be called in a subshell: the caller must own
# the process.
start_app() {
	local port="$1" cds="$2" logfile="$3" start end
	shift 3
	local options=("$HEAP")
	[[ "$cds" == cds ]] && options+=(-XX:SharedArchiveFile="$WORK/app/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
	start=$(date +%s.%N)
	(cd "$WORK/app" && exec java "${options[@]}" -jar "$APP_JAR" --server.port="$port" \
		--server.address=127.0.0.1 --library.content-dir="$ROOT/content" "$@") > "$logfile" 2>&1 &
	APP_PID=$!
	STARTED_PIDS+=("$APP_PID")
	for _ in $(seq 1 600); do
		if curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1; then
			end=$(date +%s.%N)
			STARTUP_SECONDS="$(echo "$start $end" | awk '{ printf "%.2f", $2 - $1 }')"
			return 0
		fi
		kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited; see $logfile" >&2; exit 1; }
		sleep 0.1
	done
	echo "the app did not become healthy in 60 s; see $logfile" >&2
	exit 1
}

stop_app() {
	kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}

# What Boot itself reports: "Started LibraryApplication in 2.9 seconds (process running for 3.3)".
boot_reported_startup() {
	grep -o 'Started LibraryApplication in [0-9.]* seconds' "$1" | awk '{ print $4 }'
}

# start_nginx PORT ROOT_DIR: serves ROOT_DIR's files on loopback, as a tuned static file server would.
start_nginx() {
	local port="$1" root="$2" prefix="$WORK/nginx"
	mkdir -p "$prefix/logs" "$prefix/tmp"
	cat > "$prefix/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 1000;
	client_body_temp_path $prefix/tmp/body;
	proxy_temp_path $prefix/tmp/proxy;
	fastcgi_temp_path $prefix/tmp/fastcgi;
	uwsgi_temp_path $prefix/tmp/uwsgi;
	scgi_temp_path $prefix/tmp/scgi;
	types { text/html html; }
	gzip_static on;
	server {
		listen 127.0.0.1:$port;
		root $root;
		etag on;
	}
}
CONF
	/usr/sbin/nginx -p "$prefix" -c "$prefix/nginx.conf" &
	NGINX_PID=$!
	STARTED_PIDS+=("$NGINX_PID")
	for _ in $(seq 1 50); do
		[[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null)" != 000 ]] && return 0
		sleep 0.1
	done
	echo "nginx did not start; see $prefix/logs/error.log" >&2
	exit 1
}

# CPU time used so far by the given processes (all their threads), in clock ticks.
cpu_ticks() {
	local total=0 pid
	for pid in "$@"; do
		[[ -r "/proc/$pid/stat" ]] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
	done
	echo "$total"
}

# run_wrk CONNECTIONS SECONDS URL [wrk options...] [-- script arguments...]: prints
# "requests_per_second p50_ms p99_ms errors cpu_us_per_request", the last measured over the processes listed in
# SERVER_PIDS (the server's CPU time divided by the requests it answered: unlike throughput, it hardly depends on
# what else the machine is running).
run_wrk() {
	local connections="$1" seconds="$2" url="$3" out before after options=() script_args=()
	shift 3
	while [[ $# -gt 0 && "$1" != "--" ]]; do options+=("$1"); shift; done
	[[ $# -gt 0 ]] && shift && script_args=(-- "$@")
	before="$(cpu_ticks ${SERVER_PIDS:-})"
	out="$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "${options[@]}" "$url" "${script_args[@]}")"
	after="$(cpu_ticks ${SERVER_PIDS:-})"
	echo "$out" >> "$WORK/wrk.log"
	echo "$out" | awk -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		/requests in/ { requests = $1 }
		/Requests\/sec:/ { rps = $2 }
		/^ +50%/ { p50 = ms($2) }
		/^ +99%/ { p99 = ms($2) }
		/Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
		/Non-2xx or 3xx responses:/ { errors += $5 }
		END { printf "%.0f %.2f %.2f %d %.0f\n", rps, p50, p99, errors, (requests > 0) ? ticks * 1000000 / hz / requests : 0 }'
}

# start_and_stop LOGFILE READY_PATTERN APP_ARGUMENTS [maven arguments...]: runs spring-boot:run on the loopback
# port $port until its log matches READY_PATTERN, then stops the JVM Maven forked, and Maven itself.
start_and_stop() {
	local logfile="$1" ready="$2" args="$3"
	shift 3
	(cd "$ROOT" && exec ./mvnw -q -B "$@" spring-boot:run \
		-Dspring-boot.run.arguments="--server.port=$port --server.address=127.0.0.1 $args") > "$logfile" 2>&1 &
	local maven=$!
	STARTED_PIDS+=("$maven")
	for _ in $(seq 1 1200); do
		grep -q "$ready" "$logfile" && break
		kill -0 "$maven" 2>/dev/null || { echo "the app exited; see $logfile" >&2; exit 1; }
		sleep 0.1
	done
	grep -q "$ready" "$logfile" || { echo "not started in 120 s; see $logfile" >&2; exit 1; }
	pkill -f -- "--server.port=$port" || true
	wait "$maven" 2>/dev/null || true
	while pgrep -f -- "--server.port=$port" > /dev/null; do sleep 0.1; done
	sleep 1 # let the machine settle before the next start
}
