#!/usr/bin/env bash
# Installs the test needs (Debian chromium + postgresql, Python test extras, npm packages)
# and runs the whole suite: lint, then pytest (unit, integration against the sandbox EHR,
# browser tests in headless Chromium, persistence on SQLite and on a throwaway PostgreSQL
# server on 127.0.0.1, the task queue against a throwaway Redis server and real Celery workers;
# this script starts both servers and stops them on exit).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/apt.sh
bash scripts/install.sh test
.venv/bin/ruff check .
DATABASE_URL_TEST="$(bash scripts/postgres.sh start)"
export DATABASE_URL_TEST
trap 'bash scripts/postgres.sh stop' EXIT
REDIS_URL_TEST="$(bash scripts/redis.sh start)"
export REDIS_URL_TEST
trap 'bash scripts/postgres.sh stop; bash scripts/redis.sh stop' EXIT
.venv/bin/python -m pytest "$@"
