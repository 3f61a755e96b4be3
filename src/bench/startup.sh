#!/usr/bin/env bash
# Start-up benchmark, not a test: src/bench/startup.sh [runs, default 5]
#
# Starts the site the way the README does (./mvnw spring-boot:run) on a free loopback port, waits for its
# start-up line ("Library ready in 7.4 s (7.9 s since the JVM started): ..."), stops it, and repeats. Each run
# is followed by one of the yardstick, a bare Boot 4 + JPA app (src/bench/bare-app) started the same way, so
# the two are measured on the machine as it is at that moment: on two shared cores, the same start-up can
# take a fifth longer from one quarter of an hour to the next. Prints each run's figures and their medians.
# Run it on an otherwise idle machine. Logs go to target/bench/startup-<n>.log and bare-<n>.log.
source "$(dirname "$0")/lib.sh"

RUNS="${1:-5}"
BARE="$ROOT/src/bench/bare-app"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$WORK"
(cd "$ROOT" && ./mvnw -q -B -DskipTests compile && ./mvnw -q -B -f "$BARE/pom.xml" compile)
port="$(free_port 18080)"

boot=()
jvm=()
bare_boot=()
bare_jvm=()
for i in $(seq 1 "$RUNS"); do
	logfile="$WORK/startup-$i.log"
	start_and_stop "$logfile" "Library ready in" ""
	read -r b j <<< "$(grep -o 'Library ready in [0-9.]* s ([0-9.]* s since the JVM started)' "$logfile" \
		| awk '{ gsub(/\(/, "", $6); print $4, $6 }')"
	boot+=("$b")
	jvm+=("$j")

	logfile="$WORK/bare-$i.log"
	start_and_stop "$logfile" "Started BareApplication in" "" -f "$BARE/pom.xml"
	# "Started BareApplication in 4.567 seconds (process running for 5.1)"
	read -r bb bj <<< "$(grep -o 'Started BareApplication in [0-9.]* seconds (process running for [0-9.]*' \
		"$logfile" | awk '{ printf "%.1f %.1f\n", $4, $9 }')"
	bare_boot+=("$bb")
	bare_jvm+=("$bj")
	log "run $i: ready in $b s ($j s since the JVM started); bare app $bb s ($bj s)"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "start-up over $RUNS runs (load average before: $LOAD_BEFORE):"
echo "  the library, as Spring Boot counts it: ${boot[*]} s, median $(median "${boot[@]}") s"
echo "  the library, since the JVM started:    ${jvm[*]} s, median $(median "${jvm[@]}") s"
echo "  bare Boot 4 + JPA app, as Boot counts: ${bare_boot[*]} s, median $(median "${bare_boot[@]}") s"
echo "  bare Boot 4 + JPA app, since the JVM:  ${bare_jvm[*]} s, median $(median "${bare_jvm[@]}") s"
