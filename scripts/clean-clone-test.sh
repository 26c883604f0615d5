#!/usr/bin/env bash
# The CI-equivalent check, run by hand: clones this repository's committed HEAD into a fresh empty
# folder with nothing beside it (no ../shared), runs the README's test command there, and fails
# unless the suite passes and every skipped test is one of the outside-reference comparisons
# (tests/fixture_paths.py). Uses the package registries as CI does; its own PostgreSQL port, so a
# suite running in this checkout at the same time is not disturbed.
# Usage: scripts/clean-clone-test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d /tmp/smartapp-clean-clone-XXXXXX)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
cleanup() {
  # scripts/test.sh stopped its PostgreSQL; its cluster lives in postgres.sh's default folder.
  rm -rf "/tmp/smartapp-pg-$port"
  if [ -n "${KEEP_CLEAN_CLONE:-}" ]; then echo "clean clone kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
git clone --quiet . "$work/main"
echo "clean clone of $(git rev-parse --short HEAD) in $work/main (nothing beside it)"
cd "$work/main"
SMARTAPP_PG_PORT="$port" bash scripts/test.sh -rs -p no:cacheprovider "$@" 2>&1 | tee "$work/suite.log"
# Every skip must be a reference-fixture comparison, saying why it skipped.
python3 - "$work/suite.log" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().splitlines()
skips = [line for line in lines if line.startswith("SKIPPED")]
other = [line for line in skips if "reference fixtures absent" not in line]
summary = next((line for line in reversed(lines) if re.search(r"\d+ passed", line)), "")
print(f"clean clone: {summary.strip('= ')}; {len(skips)} skip line(s), all reference comparisons"
      if not other else "clean clone: unexpected skips:\n" + "\n".join(other))
sys.exit(1 if other else 0)
PY
