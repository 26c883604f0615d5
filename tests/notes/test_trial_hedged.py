"""A cane or walker judged insufficient in a hedge is no judgement yet (regex_target_denials.
TRIAL_HEDGED): "Walker might be unsafe; PT to assess" met WHC-003. A clinician's judgement with
no trial stands, conditional or not: NCD 280.3 needs no trial when the condition plainly rules
the device out, and the reviewer asks whether a cane or walker is enough."""

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_CONCEPT = "cane-walker-insufficient"


def _found(text: str) -> bool:
    return any(
        f.concept == _CONCEPT and not (f.negated or f.hypothetical or f.speculative)
        for f in find_findings([NoteInput("D/9", text)])
    )


@pytest.mark.parametrize(
    "text",
    [
        "Walker might be unsafe; PT to assess.",
        "Walker may be unsafe given her balance.",
        "Cane possibly not enough.",
        "Rollator maybe insufficient - will trial at home.",
        "A cane perhaps inadequate for her, needs PT eval.",
        "Walker might not be safe on the stairs, PT to see.",
        "Quad cane may be insufficient; gait eval pending.",
        "Rollator might not resolve it, to be assessed.",
    ],
)  # fmt: skip
def test_a_hedged_verdict_is_no_judgement(text: str) -> None:
    assert not _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walker would be unsafe.",
        "A rollator would not help her dyspnea.",
        "Walker is unsafe due to poor balance.",
        "Unable to use walker (R hemiparesis).",
        "Falls even with her walker.",
        "May 2026: walker unsafe, fell twice.",
        "Fell twice with the rollator in May.",
    ],
)  # fmt: skip
def test_a_judgement_with_or_without_a_trial_stands(text: str) -> None:
    assert _found(text)
