#!/usr/bin/env bash
# Installs the test needs (Debian chromium + postgresql, Python test extras, npm packages)
# and runs the whole suite: lint, then pytest (unit, integration against the sandbox EHR,
# browser tests in headless Chromium, persistence on SQLite and PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/apt.sh
bash scripts/install.sh test
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
