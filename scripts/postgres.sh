#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the persistence tests and prints the
# DATABASE_URL_TEST to use. Usage: scripts/postgres.sh start|stop
# The cluster lives in a temporary directory; nothing outside it is touched. As root, the server
# runs as Debian's `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail
port="${SMARTAPP_PG_PORT:-54329}"
data="${SMARTAPP_PG_DIR:-/tmp/smartapp-pg-$port}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "postgres.sh: PostgreSQL is not installed (scripts/apt.sh installs it)" >&2; exit 1; }
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-start}" in
  start)
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"
      [ "$(id -u)" -eq 0 ] && chown postgres "$data"
      as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=200" start >/dev/null
    fi
    "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'smartapp_test'" | grep -q 1 \
      || "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres smartapp_test
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/smartapp_test"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
