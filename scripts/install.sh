#!/usr/bin/env bash
# Installs what the app and the sandbox EHR need: a Python venv with the package, and the
# sandbox's pinned npm dependencies. Idempotent; safe to run on every start.
# Python packages come from the hashed locks in requirements/ (docs/dependencies.md): pip refuses
# a file whose hash is not in the lock, and a dependency the lock does not pin.
# Usage: scripts/install.sh [extra]   (extra: "test" also installs the test dependencies)
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
lock=requirements/runtime.txt
if [ "$extra" = "test" ]; then
  lock=requirements/test.txt
fi
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  echo "install.sh: $lock is resolved for Python 3.11, .venv has $(.venv/bin/python -V)" >&2
fi
# First pip, setuptools and wheel (requirements/build.txt, at the locks' versions): the venv's
# own pip is replaced by the hashed one, which then installs the rest.
.venv/bin/python -m pip install --quiet --require-hashes -r requirements/build.txt
.venv/bin/python -m pip install --quiet --require-hashes -r "$lock"
# The project is this checkout, so it has no hash: pip refuses it in hash-checking mode. It goes
# in alone (--no-deps: its dependencies are the lock's), built with the setuptools just installed
# from the lock rather than in an isolated build environment fetched without hashes.
.venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
# The compact ICD-10-CM table every app process memory-maps (smartapp/checklists/icd10_table.py):
# built here once, so no worker has to build it (or load simple-icd-10-cm) at first use.
.venv/bin/python -m smartapp.checklists.icd10_table
# The note targets' literal pre-checks (smartapp/notes/gate_file.py), worked out once here rather
# than in every process that reads a note; a process that finds none works them out itself.
.venv/bin/python -m smartapp.notes.gate_file
# The project's regular expressions compiled once here (smartapp/pattern_store.py): each process
# then builds a pattern from its stored code instead of parsing and compiling it again.
.venv/bin/python -m smartapp.pattern_store
# npm ci installs exactly what package-lock.json pins and checks each package's integrity hash
# (Medplum's FHIR engine; axe-core, a devDependency the browser tests run in the page:
# tests/browser/axe.py).
(cd sandbox/node && npm ci --no-audit --no-fund --loglevel=error)
