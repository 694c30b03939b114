#!/usr/bin/env bash
# Builds TwoFactor when the sources changed, then runs it on Payara Micro with the
# embedded H2 database kept in ./data (or $TWOFACTOR_DATA_DIR). Ctrl+C stops it.
#
# ./run.sh cluster NAME [HTTP_PORT [GRID_PORT]]: one node of a cluster on this host (README, "Run a
# cluster"): the database at $TWOFACTOR_DB_URL (PostgreSQL), shared by every node; Payara's data
# grid on 127.0.0.1 only, members found over TCP/IP at $TWOFACTOR_CLUSTER_MEMBERS (default
# 127.0.0.1:6910,127.0.0.1:6911), never by multicast; the same key files on every node, made once
# in $TWOFACTOR_CLUSTER_DIR/keys (default ./cluster/keys) unless TWOFACTOR_SECRETS_KEY_FILE and
# TWOFACTOR_JWT_PRIVATE_KEY_FILE / TWOFACTOR_JWT_PUBLIC_KEY_FILE name them.
set -euo pipefail
cd "$(dirname "$0")"

port="${TWOFACTOR_PORT:-8080}"
export TWOFACTOR_DATA_DIR="${TWOFACTOR_DATA_DIR:-$PWD/data}"
war=web/target/twofactor.war
# Without clustering unless "cluster" below says otherwise.
micro_options=(--nocluster)
jvm_options=()
# Payara Micro's configuration at start (asadmin preboot commands). The plain HTTP listener stays
# at HTTP/1.1: Grizzly's HTTP/2 (h2c, which clients such as Java's HttpClient ask for by default)
# keeps the streams of the connections it served in memory, after they closed too, so anyone
# reaching the listener could fill the heap (README, "HTTP").
preboot_commands=('set configs.config.server-config.network-config.protocols.protocol.http-listener.http.http2-enabled=false')
# The server's memory (bench/README.md, "Boot and memory"; the system tests' MicroServer starts it
# with the same options). -Xmx512m stays the ceiling; G1 stays the collector.
memory_options=(
  # The heap starts small and grows as the work needs, instead of a quarter of -Xmx from the start.
  -Xms32m
  # After a collection at most 30 % of the heap stays committed but free (G1's default: 70 %).
  -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
  # A server idle for 30 s runs a concurrent collection, giving back what the boot left free.
  -XX:G1PeriodicGCInterval=30000
)
# Two malloc arenas instead of up to eight per core: the JVM's own native allocations do not need
# more, and every arena holds on to memory it once had.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

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

if [ "${1:-}" = "cluster" ]; then
  usage="usage: ./run.sh cluster NAME [HTTP_PORT [GRID_PORT]]"
  name="${2:?$usage}"
  port="${3:-$port}"
  grid_port="${4:-6910}"
  if [ -z "${TWOFACTOR_DB_URL:-}" ]; then
    echo "The nodes of a cluster share one database: set TWOFACTOR_DB_URL (and TWOFACTOR_DB_USER," >&2
    echo "TWOFACTOR_DB_PASSWORD), e.g. jdbc:postgresql://127.0.0.1:5432/twofactor. See README." >&2
    exit 2
  fi
  cluster_dir="${TWOFACTOR_CLUSTER_DIR:-$PWD/cluster}"
  keys="$cluster_dir/keys"
  if [ -z "${TWOFACTOR_SECRETS_KEY_FILE:-}" ] && [ ! -d "$keys" ]; then
    # Made once, in a folder of its own renamed into place: nodes started together agree on one set.
    mkdir -p "$cluster_dir"
    made="$(mktemp -d "$cluster_dir/keys.XXXXXX")"
    (
      umask 077
      openssl rand -base64 32 >"$made/secrets.key"
      openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$made/jwt-signing-key.pem" 2>/dev/null
      openssl pkey -in "$made/jwt-signing-key.pem" -pubout -out "$made/jwt-verification-key.pem"
    )
    if mv -T "$made" "$keys" 2>/dev/null; then
      echo "Keys of the cluster made in $keys: give every node these files; back them up."
    else
      # Another node started at the same moment made them first: this one uses those.
      rm -rf "$made"
    fi
  fi
  export TWOFACTOR_SECRETS_KEY_FILE="${TWOFACTOR_SECRETS_KEY_FILE:-$keys/secrets.key}"
  export TWOFACTOR_JWT_PRIVATE_KEY_FILE="${TWOFACTOR_JWT_PRIVATE_KEY_FILE:-$keys/jwt-signing-key.pem}"
  export TWOFACTOR_JWT_PUBLIC_KEY_FILE="${TWOFACTOR_JWT_PUBLIC_KEY_FILE:-$keys/jwt-verification-key.pem}"
  export TWOFACTOR_DATA_DIR="$cluster_dir/$name"
  mkdir -p "$TWOFACTOR_DATA_DIR"
  # The HTTP listener on 127.0.0.1 only, like the data grid.
  preboot_commands+=('set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1')
  # --nohostaware: every member has the address 127.0.0.1, and host-aware partitioning would keep
  # no backup copy of the grid's data on another member.
  micro_options=(--clustermode "tcpip:${TWOFACTOR_CLUSTER_MEMBERS:-127.0.0.1:6910,127.0.0.1:6911}"
    --interfaces 127.0.0.1 --clustername "${TWOFACTOR_CLUSTER_NAME:-twofactor}" --name "$name"
    --startport "$grid_port" --nohostaware)
  jvm_options=(-Dhazelcast.socket.bind.any=false -Dtwofactor.node.name="$name")
fi

# (The modules' own target folders do not count: a test run there is no change of the sources.)
if [ -n "${TWOFACTOR_WAR:-}" ]; then
  # Another WAR on the same server, options and listener: bench/boot.sh measures Payara Micro's own
  # floor so (bench/README.md, "Boot and memory").
  war="$TWOFACTOR_WAR"
elif [ ! -f "$war" ] || [ -n "$(find pom.xml config persistence ejb web/pom.xml web/src/main -name target -prune \
  -o -type f -newer "$war" -print -quit)" ]; then
  echo "Building TwoFactor..."
  mvn -B -q -ntp -DskipTests -Dspotless.check.skip=true package -pl web -am
fi

mkdir -p "$TWOFACTOR_DATA_DIR"
printf '%s\n' "${preboot_commands[@]}" >"$TWOFACTOR_DATA_DIR/preboot.asadmin"
# Payara Micro's own runtime folder: it would redeploy the previous build from it first.
rm -rf "$TWOFACTOR_DATA_DIR/micro"
# --nocluster: no Hazelcast data grid for a single node (a cluster is started with --clustermode
# instead, above); --disablephonehome: no call home at start. $TWOFACTOR_JAVA_OPTS: JVM options of
# the operator's, added last (so they win), e.g. a flight recording or another -Xms.
# shellcheck disable=SC2086 # TWOFACTOR_JAVA_OPTS holds several options
java -Xmx512m "${memory_options[@]}" "${jvm_options[@]}" ${TWOFACTOR_JAVA_OPTS:-} -jar web/target/payara-micro.jar --deploy "$war" --contextroot / \
  --port "$port" "${micro_options[@]}" --prebootcommandfile "$TWOFACTOR_DATA_DIR/preboot.asadmin" \
  --disablephonehome --rootdir "$TWOFACTOR_DATA_DIR/micro" &
server=$!
# Its process id, for whoever must stop (or kill) this node.
echo "$server" >"$TWOFACTOR_DATA_DIR/server.pid"
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
