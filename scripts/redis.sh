#!/usr/bin/env bash
# Starts a throwaway Redis server on 127.0.0.1 (a free port) for the task-queue tests and prints
# the REDIS_URL_TEST to use. Usage: scripts/redis.sh start|stop
# Nothing is persisted (no RDB, no AOF); its pid and port live in a temporary directory per
# checkout, so two checkouts on one machine get two servers. A second start reuses the first.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${SMARTAPP_REDIS_DIR:-/tmp/smartapp-redis-$(pwd | cksum | cut -d' ' -f1)}"
command -v redis-server >/dev/null 2>&1 \
  || { echo "redis.sh: redis-server is not installed (scripts/apt.sh installs it)" >&2; exit 1; }
running() { [ -f "$dir/redis.pid" ] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null; }
case "${1:-start}" in
  start)
    mkdir -p "$dir"
    if ! running; then
      port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
      redis-server --bind 127.0.0.1 --port "$port" --daemonize yes --dir "$dir" \
        --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --save "" --appendonly no >/dev/null
      echo "$port" > "$dir/port"
      for _ in $(seq 50); do
        redis-cli -p "$port" ping >/dev/null 2>&1 && break
        sleep 0.1
      done
    fi
    echo "redis://127.0.0.1:$(cat "$dir/port")/0"
    ;;
  stop)
    if running; then
      kill "$(cat "$dir/redis.pid")"
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
