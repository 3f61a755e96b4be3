#!/usr/bin/env bash
# Start-up benchmark, not a test: src/bench/startup.sh [runs, default 5]
#
# Starts the site the way the README does (./mvnw spring-boot:run) on a free loopback port, waits for its
# start-up line ("Library ready in 7.4 s (7.9 s since the JVM started): ..."), stops it, and repeats. Prints
# each run's two figures and their medians. Run it on an otherwise idle machine: on two cores, anything else
# running shows up directly in the figures. Logs go to target/bench/startup-<n>.log.
source "$(dirname "$0")/lib.sh"

RUNS="${1:-5}"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$WORK"
(cd "$ROOT" && ./mvnw -q -B -DskipTests compile)
port="$(free_port 18080)"
boot=()
jvm=()
for i in $(seq 1 "$RUNS"); do
	logfile="$WORK/startup-$i.log"
	(cd "$ROOT" && exec ./mvnw -q -B spring-boot:run \
		-Dspring-boot.run.arguments="--server.port=$port --server.address=127.0.0.1") > "$logfile" 2>&1 &
	maven=$!
	STARTED_PIDS+=("$maven")
	for _ in $(seq 1 1200); do
		grep -q "Library ready in" "$logfile" && break
		kill -0 "$maven" 2>/dev/null || { echo "the site exited; see $logfile" >&2; exit 1; }
		sleep 0.1
	done
	line="$(grep -o 'Library ready in [0-9.]* s ([0-9.]* s since the JVM started)' "$logfile" || true)"
	[[ -n "$line" ]] || { echo "no start-up line in 120 s; see $logfile" >&2; exit 1; }
	# Stop the site (the JVM Maven forked), then Maven itself.
	pkill -f -- "--server.port=$port" || true
	wait "$maven" 2>/dev/null || true
	while pgrep -f -- "--server.port=$port" > /dev/null; do sleep 0.1; done
	sleep 1 # let the machine settle before the next run
	read -r b j <<< "$(echo "$line" | awk '{ gsub(/\(/, "", $6); print $4, $6 }')"
	boot+=("$b")
	jvm+=("$j")
	log "run $i: ready in $b s ($j s since the JVM started)"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "start-up over $RUNS runs (load average before: $LOAD_BEFORE):"
echo "  as Spring Boot counts it: ${boot[*]} s, median $(median "${boot[@]}") s"
echo "  since the JVM started:    ${jvm[*]} s, median $(median "${jvm[@]}") s"
