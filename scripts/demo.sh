#!/usr/bin/env bash
# Installs everything and runs the demo: the sandbox EHR (Medplum FHIR engine + OAuth server)
# and the app on SQLite, both on 127.0.0.1. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/apt.sh demo
bash scripts/install.sh
exec .venv/bin/python -m smartapp.demo "$@"
