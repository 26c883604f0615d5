#!/usr/bin/env bash
# Installs the Debian packages the project needs, only when they are missing. Needs root or sudo.
#   scripts/apt.sh demo   fonts for Unicode PDFs (DejaVu) — what the demo needs
#   scripts/apt.sh        also Chromium (browser tests), PostgreSQL (persistence tests), Redis
#                         (task-queue tests) and wrk (bench/load.py)
set -euo pipefail
need=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ "${1:-test}" != "demo" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  command -v wrk >/dev/null 2>&1 || need+=(wrk)
fi
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
