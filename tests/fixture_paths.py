"""The outside reference fixtures: ../shared/fixtures beside the project root, when it is there.

The suite never needs them -- its data is the project's own (sandbox/synthetic, sandbox/scenarios,
tests/payloads). A few extra tests compare the app against these third-party files (Synthea
bundles) when a developer has them; without them those tests skip and say why. They are read from
there, never copied into the repository (their licences vary).
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
ABSENT = (
    "reference fixtures absent: no ../shared/fixtures beside this clone "
    "(optional third-party comparison data; the suite's own data covers the same ground)"
)
#: Mark for the tests that read SHARED_FIXTURES: skipped, with ABSENT as the reason, without it.
needs_reference_fixtures = pytest.mark.skipif(not SHARED_FIXTURES.is_dir(), reason=ABSENT)


def reference_files(folder: str, pattern: str = "*.json") -> list[Path]:
    """The reference files of ``folder`` (empty when the fixtures are absent)."""
    return sorted((SHARED_FIXTURES / folder).glob(pattern))
