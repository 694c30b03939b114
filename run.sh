#!/usr/bin/env bash
# Builds TwoFactor when the sources changed, then runs it on Payara Micro with the
# embedded H2 database kept in ./data (or $TWOFACTOR_DATA_DIR). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")"

port="${TWOFACTOR_PORT:-8080}"
export TWOFACTOR_DATA_DIR="${TWOFACTOR_DATA_DIR:-$PWD/data}"
war=web/target/twofactor.war

# ./run.sh break-glass: writes a one-time token that resets the built-in admin (see README,
# Security > Break-glass). Run it as the user the server runs as, on the server.
if [ "${1:-}" = "break-glass" ]; then
  mkdir -p "$TWOFACTOR_DATA_DIR"
  token="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  (
    umask 077
    printf '%s\n' "$token" >"$TWOFACTOR_DATA_DIR/break-glass.token.new"
    mv -f "$TWOFACTOR_DATA_DIR/break-glass.token.new" "$TWOFACTOR_DATA_DIR/break-glass.token"
  )
  printf 'Break-glass token (valid 15 minutes by default; any attempt uses it up): %s\n' "$token"
  printf 'Reset the built-in admin with:\n'
  printf '  curl -X POST -H "Content-Type: application/json" -d '"'"'{"token":"%s","newPassword":"<new password>"}'"'"' http://127.0.0.1:%s/api/v1/auth/break-glass\n' "$token" "$port"
  exit 0
fi

if [ ! -f "$war" ] || [ -n "$(find pom.xml config persistence ejb web/pom.xml web/src/main -newer "$war" -type f -print -quit)" ]; then
  echo "Building TwoFactor..."
  mvn -B -q -ntp -DskipTests -Dspotless.check.skip=true package -pl web -am
fi

mkdir -p "$TWOFACTOR_DATA_DIR"
# Payara Micro's own runtime folder: it would redeploy the previous build from it first.
rm -rf "$TWOFACTOR_DATA_DIR/micro"
# --nocluster: no Hazelcast data grid for a single node (a cluster is started with --clustermode
# instead, see README); --disablephonehome: no call home at start.
java -Xmx512m -jar web/target/payara-micro.jar --deploy "$war" --contextroot / \
  --port "$port" --nocluster --disablephonehome --rootdir "$TWOFACTOR_DATA_DIR/micro" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' INT TERM EXIT

ready() {
  if command -v curl >/dev/null; then
    curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" &&
      curl -fs -o /dev/null "http://127.0.0.1:$port/login.xhtml"
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET /login.xhtml HTTP/1.0\r\n\r\n' >&3 && head -1 <&3 | grep -q ' 200 ') 2>/dev/null
  fi
}

for _ in $(seq 1 300); do
  if ready; then
    printf '\nTwoFactor is running. Console: http://localhost:%s/  (data in %s)\n' "$port" "$TWOFACTOR_DATA_DIR"
    printf 'At first start the password of the built-in "system" admin is printed above.\n\n'
    break
  fi
  kill -0 "$server" 2>/dev/null || exit 1
  sleep 1
done
wait "$server"
