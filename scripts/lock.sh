#!/usr/bin/env bash
# Regenerates the hashed Python locks from pyproject.toml and requirements/build.in (needs PyPI):
#   requirements/test.txt     dependencies + test extras + pip/setuptools/wheel (scripts/test.sh)
#   requirements/runtime.txt  the same pins without the test extras (scripts/demo.sh)
#   requirements/build.txt    pip/setuptools/wheel alone, at the same pins (installed first)
# Resolved for CPython 3.11 on Linux x86_64 (what scripts/install.sh's venv is on the Debian
# machines and CI), with the hash of every file of each pinned release (sdist and all wheels).
# Existing pins are kept unless asked: scripts/lock.sh --upgrade, or --upgrade-package NAME.
# uv runs from a throwaway venv, never the project's (docs/dependencies.md).
set -euo pipefail
cd "$(dirname "$0")/.."
tool="$(mktemp -d /tmp/smartapp-lock-XXXXXX)"
trap 'rm -rf "$tool"' EXIT
python3 -m venv "$tool"
"$tool/bin/python" -m pip install --quiet "uv==0.13.9"
common=(--python-version 3.11 --python-platform x86_64-unknown-linux-gnu --generate-hashes
        --annotation-style line --custom-compile-command "bash scripts/lock.sh" --quiet)
"$tool/bin/uv" pip compile pyproject.toml requirements/build.in --extra test "${common[@]}" \
  "$@" -o requirements/test.txt
# The runtime lock takes its versions from the test lock, so the demo runs what the suite tested.
"$tool/bin/uv" pip compile pyproject.toml requirements/build.in -c requirements/test.txt \
  "${common[@]}" -o requirements/runtime.txt
"$tool/bin/uv" pip compile requirements/build.in -c requirements/test.txt "${common[@]}" \
  -o requirements/build.txt
echo "locked: $(grep -c '^[A-Za-z]' requirements/test.txt) packages for the tests," \
  "$(grep -c '^[A-Za-z]' requirements/runtime.txt) for the app"
