#!/usr/bin/env bash
# Benchmark of the bulk 2FA change and the 2FA-filtered Backup User list (bench/README.md):
#   bench/run.sh [h2|postgresql]
# Builds when the sources changed, then runs it; figures go to stdout and to
# bench/target/results-<db>.txt. JVM options for the benchmark itself in $BENCH_JAVA_OPTS
# (e.g. -Dbench.users=20000 for a quick try).
set -euo pipefail
cd "$(dirname "$0")/.."

db="${1:-h2}"
case "$db" in
  h2 | postgresql) ;;
  *)
    echo "usage: bench/run.sh [h2|postgresql]" >&2
    exit 2
    ;;
esac

classpath=bench/target/classpath.txt
if [ ! -f "$classpath" ] || [ -n "$(find pom.xml config persistence ejb web bench \
  -name target -prune -o -type f -newer "$classpath" -print -quit)" ]; then
  echo "Building..." >&2
  mvn -B -q -ntp -DskipTests -Dspotless.check.skip=true package -pl bench -am
fi

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
exec java ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat "$classpath")" \
  com.twofactor.bench.TwoFactorBench "$db"
