#!/usr/bin/env bash
# Installs what the app and the sandbox EHR need: a Python venv with the package, and the
# sandbox's pinned npm dependencies. Idempotent; safe to run on every start.
# Usage: scripts/install.sh [extra]   (extra: "test" also installs the test dependencies)
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "$extra" = "test" ]; then
  .venv/bin/python -m pip install --quiet -e '.[test]'
else
  .venv/bin/python -m pip install --quiet -e .
fi
# npm ci installs exactly what package-lock.json pins (Medplum's FHIR engine; axe-core, a
# devDependency the browser tests run in the page: tests/browser/axe.py).
(cd sandbox/node && npm ci --no-audit --no-fund --loglevel=error)
