#!/usr/bin/env bash
# What each start-up measure saves, not a test: src/bench/startup-tricks.sh [pairs, default 4]
#
# Starts the site the way the README does (./mvnw spring-boot:run), once as it is and once changed in one way,
# alternately, `pairs` times for each change, and prints the median start-up of both and the difference (as Spring
# Boot counts it, and since the JVM started). Alternating keeps the machine's drift out of the comparison. The
# measures the site uses, each switched off:
#   read-ahead       the content is read before Spring starts   --library.startup.read-ahead=false
#   deferred-jpa     Hibernate starts on its own thread         --spring.data.jpa.repositories.bootstrap-mode=default
#   metaspace        a 128 MB metaspace threshold               JVM without -XX:MetaspaceSize=128m
# and one the run command does not use, to show it still does not help:
#   serial-gc        the serial collector instead of G1         JVM with -XX:+UseSerialGC
# Run it on an otherwise idle machine. Logs go to target/bench/tricks-<measure>-<n>-<on|off>.log.
source "$(dirname "$0")/lib.sh"

PAIRS="${1:-4}"
JVM="-Xmx256m -XX:MetaspaceSize=128m"
mkdir -p "$WORK"
(cd "$ROOT" && ./mvnw -q -B -DskipTests compile)
port="$(free_port 18090)"

# start LOGFILE JVM_ARGUMENTS APP_ARGUMENTS: one start until the start-up line; prints its two figures.
start() {
	start_and_stop "$1" "Library ready in" "$3" -Dspring-boot.run.jvmArguments="$2"
	grep -o 'Library ready in [0-9.]* s ([0-9.]* s since the JVM started)' "$1" \
		| awk '{ gsub(/\(/, "", $6); print $4, $6 }'
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() {
	local name="$1" off_jvm="$2" off_args="$3"
	local on_boot=() on_jvm=() off_boot=() off_jvm_s=()
	for i in $(seq 1 "$PAIRS"); do
		read -r b j <<< "$(start "$WORK/tricks-$name-$i-on.log" "$JVM" "")"
		on_boot+=("$b"); on_jvm+=("$j")
		read -r b j <<< "$(start "$WORK/tricks-$name-$i-off.log" "$off_jvm" "$off_args")"
		off_boot+=("$b"); off_jvm_s+=("$j")
		log "$name pair $i: as run ${on_boot[-1]} s (${on_jvm[-1]} s), changed ${off_boot[-1]} s (${off_jvm_s[-1]} s)"
	done
	local with without
	with="$(median "${on_boot[@]}")"
	without="$(median "${off_boot[@]}")"
	printf '%-12s as run: %s s (%s s since the JVM started)  changed: %s s (%s s)  changed minus as run: %+.2f s\n' \
		"$name" "$with" "$(median "${on_jvm[@]}")" "$without" "$(median "${off_jvm_s[@]}")" \
		"$(echo "$without - $with" | bc -l)"
}

echo "start-up as run and changed in one way, medians of $PAIRS alternating pairs (load average before: $(cut -d' ' -f1-3 /proc/loadavg)):"
measure read-ahead "$JVM" "--library.startup.read-ahead=false"
measure deferred-jpa "$JVM" "--spring.data.jpa.repositories.bootstrap-mode=default"
measure metaspace "-Xmx256m" ""
measure serial-gc "$JVM -XX:+UseSerialGC" ""
