#!/usr/bin/env bash
# Benchmarks against the built WAR on Payara Micro (bench/README.md):
#   bench/run.sh [login|list] [h2|postgresql]
# login: logins of paired users (two requests and one), the hash alone, boot time and memory.
# list (the default): the bulk 2FA change and the 2FA-filtered Backup User list on 100,000 users.
# Builds when the sources changed, then runs it; figures go to stdout and to
# bench/target/results-<scenario>-<db>.txt. JVM options for the benchmark itself in
# $BENCH_JAVA_OPTS (e.g. -Dbench.loginUsers=200 for a quick try).
set -euo pipefail
cd "$(dirname "$0")/.."

scenario=list
db=h2
for arg in "$@"; do
  case "$arg" in
    login | list) scenario="$arg" ;;
    h2 | postgresql) db="$arg" ;;
    *)
      echo "usage: bench/run.sh [login|list] [h2|postgresql]" >&2
      exit 2
      ;;
  esac
done

classpath=bench/target/classpath.txt
if [ ! -f "$classpath" ] || [ -n "$(find pom.xml config persistence ejb web bench \
  -name target -prune -o -type f -newer "$classpath" -print -quit)" ]; then
  echo "Building..." >&2
  mvn -B -q -ntp -DskipTests -Dspotless.check.skip=true package -pl bench -am
fi

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
exec java ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat "$classpath")" \
  com.twofactor.bench.TwoFactorBench "$scenario" "$db"
