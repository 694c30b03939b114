#!/usr/bin/env bash
# Boot of the one-command app, measured (bench/README.md, "Boot and memory"): starts ./run.sh on a
# fresh data folder, then again on the same folder (a restart), and for each start prints the time
# to ready (the application's readiness UP and the login page answering), the server's CPU time at
# that moment (user + system, from /proc: what the boot costs whatever else runs on the machine),
# its RSS at ready and 10 s later, and the load average.
#   bench/boot.sh [STARTS]   STARTS: how many fresh/restart pairs (default 1; BOOT_KINDS=fresh: no restart)
# BOOT_KINDS=floor (or "floor fresh restart"): also Payara Micro's own floor, run.sh's server and
# options deploying a WAR of one static page (bench/floor) instead of TwoFactor's.
# $BOOT_JAVA_OPTS: JVM options added to the server's (run.sh's $TWOFACTOR_JAVA_OPTS), to compare a
# setting against run.sh's own. BOOT_GC=true also forces a full collection (jcmd GC.run) after the
# 10 s and prints the RSS after it.
set -euo pipefail
cd "$(dirname "$0")/.."

starts="${1:-1}"
work="${BOOT_WORK:-$PWD/bench/target/boot}"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
ticks="$(getconf CLK_TCK)"

# CPU seconds (user + system) of a process so far, from /proc/PID/stat (fields 14 and 15).
cpu() { awk -v t="$ticks" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / t }' "/proc/$1/stat"; }
# CPU seconds at this moment by kind of thread: the JIT compilers, the garbage collector, the rest.
by_thread() {
  for task in /proc/"$1"/task/*; do
    # A thread that ended meanwhile is left out.
    { printf '%s\t%s\n' "$(tr -d '\n' <"$task/comm")" "$(sed 's/^.*) //' "$task/stat" | cut -d' ' -f12,13)"; } 2>/dev/null || true
  done | awk -F'\t' -v t="$ticks" '{ split($2, c, " "); s = (c[1] + c[2]) / t
      k = $1 ~ /^C[12] CompilerThre/ ? "JIT" : ($1 ~ /^(G1|GC Thread|VM Thread)/ ? "GC+VM" : "other")
      sum[k] += s }
    END { printf "JIT compilers %.1f, GC and VM %.1f, the rest %.1f", sum["JIT"], sum["GC+VM"], sum["other"] }'
}
rss() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
ready() {
  curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" &&
    curl -fs -o /dev/null "http://127.0.0.1:$port/$page"
}

runner=
stop() {
  if [ -n "$runner" ]; then
    kill "$runner" 2>/dev/null || true
    wait "$runner" 2>/dev/null || true
    runner=
  fi
}
trap stop EXIT INT TERM

# Builds once, outside the timings (run.sh builds when the sources are newer than the WAR).
if [ ! -f web/target/twofactor.war ] || [ -n "$(find pom.xml config persistence ejb web/pom.xml web/src/main \
  -name target -prune -o -type f -newer web/target/twofactor.war -print -quit)" ]; then
  mvn -B -q -ntp -DskipTests -Dspotless.check.skip=true package -pl web -am
fi

# The floor's WAR: one static page, no classes, no libraries.
floor_war="$PWD/bench/target/floor/floor.war"
mkdir -p "$(dirname "$floor_war")"
(cd bench/floor && jar --create --file "$floor_war" index.html)

printf '%-8s %9s %12s %13s %14s %14s  %s\n' start "ready s" "cpu at ready" "rss ready MiB" "rss +10 s MiB" "rss after GC" "load (1 5 15)"
for _ in $(seq 1 "$starts"); do
  rm -rf "$work"
  mkdir -p "$work"
  for kind in ${BOOT_KINDS:-fresh restart}; do
    page=login.xhtml
    other_war=
    if [ "$kind" = floor ]; then
      page=index.html
      other_war="$floor_war"
    fi
    began="$(date +%s.%N)"
    TWOFACTOR_DATA_DIR="$work" TWOFACTOR_PORT="$port" TWOFACTOR_JAVA_OPTS="${BOOT_JAVA_OPTS:-}" \
      TWOFACTOR_WAR="$other_war" ./run.sh >>"$work/boot.log" 2>&1 &
    runner=$!
    pid=
    for _ in $(seq 1 1200); do
      [ -z "$pid" ] && [ -s "$work/server.pid" ] && pid="$(cat "$work/server.pid")"
      if [ -n "$pid" ] && ready; then break; fi
      kill -0 "$runner" 2>/dev/null || { echo "run.sh exited; see $work/boot.log" >&2; exit 1; }
      # Every half second, as the system tests' MicroServer: each probe of /health costs the booting
      # server CPU (Payara builds the answer from every check).
      sleep 0.5
    done
    elapsed="$(echo "$(date +%s.%N) - $began" | bc)"
    cpu_ready="$(cpu "$pid")"
    threads="$(by_thread "$pid")"
    rss_ready="$(rss "$pid")"
    sleep 10
    rss_later="$(rss "$pid")"
    rss_gc=-
    if [ "${BOOT_GC:-false}" = true ]; then
      jcmd "$pid" GC.run >/dev/null
      sleep 1
      rss_gc="$(rss "$pid")"
    fi
    printf '%-8s %9.1f %12s %13s %14s %14s  %s\n' "$kind" "$elapsed" "$cpu_ready" "$rss_ready" "$rss_later" "$rss_gc" \
      "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '         CPU at ready by thread: %s\n' "$threads"
    stop
    rm -f "$work/server.pid"
  done
done
