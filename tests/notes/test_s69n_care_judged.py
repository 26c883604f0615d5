"""Care a clinician only judges is no care tried (brief s69-n, a false met risk): "A cane would not
be enough", "a cane won't help her" and "walker is not appropriate" read as bracing or an
assistive device tried for conservative care. A device in use, or judged after it was had, still
counts (care_judged.py).
"""

from __future__ import annotations

import pytest
from stated_findings import found


def _had(text: str, concept: str) -> bool:
    return any(f.asserted for f in found(text, concept))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("A cane would not be enough.", "bracing"),
        ("A cane won't help her.", "bracing"),
        ("Walker is not appropriate.", "assistive-device"),
        ("A brace would not help.", "bracing"),
        ("Knee brace not appropriate given skin breakdown.", "bracing"),
        ("A cane would be insufficient for her.", "bracing"),
        ("Brace would be of no benefit.", "bracing"),
        ("Walker would not be safe at home.", "assistive-device"),
        ("PT would not help her.", "physical-therapy"),
        ("PT/NSAIDs not appropriate given mechanical block.", "physical-therapy"),
    ],
)
def test_care_only_judged_is_not_had(text: str, concept: str) -> None:
    assert not _had(text, concept), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Cane x 2 yrs, still falls.", "bracing"),
        ("Has used a cane for 2 yrs, would not be enough now.", "bracing"),
        ("The cane won't help her anymore.", "bracing"),
        ("Brace did not help.", "bracing"),
        ("Knee brace x 3 mo without relief.", "bracing"),
        ("Tried PT 2024 - would not help.", "physical-therapy"),
        ("Cane is not enough for her.", "bracing"),
        ("Now using a walker.", "assistive-device"),
    ],
)
def test_care_had_then_judged_still_counts(text: str, concept: str) -> None:
    assert _had(text, concept), text
