#!/usr/bin/env bash
# Starts two Tiaojie nodes on one MariaDB/MySQL database behind nginx, on loopback only.
#   docs/scale-out/two-nodes.sh start   # build first: ./mvnw -DskipTests install
#   docs/scale-out/two-nodes.sh stop
# Needs: the mariadb client and server (127.0.0.1:3306, root), Debian's nginx.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
jar="$top/web/target/web-0.1.0-SNAPSHOT.jar"
run=${TIAOJIE_CLUSTER_DIR:-/tmp/tiaojie-cluster}
db=${TIAOJIE_CLUSTER_DB:-tiaojie_cluster}

# a Java 21 or newer: JAVA, else the java on the PATH, else the newest JDK under /usr/lib/jvm
java_bin=${JAVA:-java}
if ! "$java_bin" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  java_bin=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V | tail -n 1)
fi

node() { # name port demo-data
  mkdir -p "$run/$1"
  # shellcheck disable=SC2086  # TIAOJIE_NODE_OPTS holds several options
  SPRING_PROFILES_ACTIVE=mysql PORT=$2 TIAOJIE_DATA_DIR="$run/$1" TIAOJIE_DEMO_DATA=$3 \
  TIAOJIE_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" TIAOJIE_DB_USER=root TIAOJIE_DB_PASSWORD= \
  TIAOJIE_AUDIT_KEY="$(cat "$run/audit.key")" \
    nohup "$java_bin" -Xmx1g ${TIAOJIE_NODE_OPTS:-} -jar "$jar" > "$run/$1.log" 2>&1 &
  echo $! > "$run/$1.pid"
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$2/login" && { echo "node $1 up on :$2"; return; }
    kill -0 "$(cat "$run/$1.pid")" 2>/dev/null || break
    sleep 2
  done
  echo "node $1 did not start; see $run/$1.log" >&2; exit 1
}

case "${1:-}" in
  start)
    mkdir -p "$run"
    # one key for both nodes: the audit chain is one chain
    [ -f "$run/audit.key" ] || head -c 32 /dev/urandom | base64 > "$run/audit.key"
    mariadb -h 127.0.0.1 -u root -e "create database if not exists $db character set utf8mb4"
    node a 8081 true      # the first node migrates the schema and writes the demo district
    node b 8082 false
    nginx -c "$here/nginx.conf"
    echo "Tiaojie behind nginx: http://127.0.0.1:8090/"
    ;;
  stop)
    [ -f /tmp/tiaojie-nginx.pid ] && nginx -c "$here/nginx.conf" -s stop || true
    for n in a b; do [ -f "$run/$n.pid" ] && kill "$(cat "$run/$n.pid")" 2>/dev/null || true; done
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
