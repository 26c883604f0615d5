"""A practitioner's note that writes what only an examiner takes (a saturation or pressure
measured, a sign found on the body) under its assessment-and-plan header is the visit's own
examination (blind wave 83, LF/oxy-03: "Assessment and Plan: Emphysema - winded with stairs;
sats 89% RA resting, 90% with walking. No edema, no JVD"). A reading told, taken elsewhere or by
someone else, one still to come, a remote note's, or an older exam copied forward is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

WRITTEN = date(2026, 9, 21)


def _examined(text: str, title: str = "Progress note") -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, WRITTEN, title)])
    return any(f.concept == "examined-in-person" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # The blind case's own paragraph, and the other ways an A/P-only note writes a visit.
        "Assessment and Plan:\nEmphysema - winded with stairs; sats 89% RA resting, 90% with "
        "walking. No edema, no JVD, echo 5/2026 normal EF and RVSP.\nStart home O2 2 L NC.",
        "A/P: COPD - SpO2 86% on RA ambulating in hall, 91% at rest. Order home O2.",
        "A&P: CHF - 2+ pitting edema bilat LE, JVD to angle of jaw. Continue lasix.",
        "Impression: COPD exac resolving. Lungs CTAB, RRR no murmur.",
        "Assessment: chronic hypoxemic resp failure, o2 sat 87 % rm air w/ exertion.",
        "A/P: emphysema - lungs w/ scattered exp wheezes, no peripheral edma. Home O2.",
        "Plan: hypoxemia - 85% RA after 3 min walk, recovers to 93% on 2L. Order POC.",
        "A/P: OSA suspected - Mallampati IV, neck circ 18 in, BP 148/92. PSG ordered.",
        "A/P: MS w/ progressive paraparesis, strength 3/5 bilat hip flexors. Power chair eval.",
        "Assessment & Plan: COPD - diminished breath sounds bases, HR 104, RR 22. Start O2.",
    ],
)
def test_findings_an_examiner_took_at_the_visit(text: str) -> None:
    assert _examined(text)


@pytest.mark.parametrize(
    "text",
    [
        # Told by the patient, or read on a home device.
        "A/P: COPD - pt reports home sats 88% with walking. Consider O2.",
        "A/P: COPD - sats 87% on her own oximeter at home.",
        # Taken by someone else, or elsewhere.
        "A/P: per RT walk test sats 86% with ambulation.",
        "A/P: COPD - sats 84% RA in the ED last week, now on 2L.",
        "A/P: CHF - BP 150/90 at last visit, improved.",
        # Still to come.
        "Plan: will recheck sats 88% with walking next visit.",
        "A/P: if sats 87% w/ walking at f/u, order O2.",
        "Plan: goal SpO2 90% on O2 with exertion.",
        # Another person.
        "A/P: Emphysema. Father had CHF with leg edema and was on O2.",
        # An exam not made.
        "A/P: exam deferred; no edema reported.",
        # An older exam copied forward into this note.
        "A/P: Exam 3/2/2026: no edema, no JVD, lungs clear.",
        "A/P: COPD - sats 88% RA on 8/30/2026, no better since.",
        # Not under an assessment or plan header: history and review of systems.
        "ROS: no edema, no wheezes.",
        "PMH: CHF with 2+ pitting edema 2024.",
    ],
)
def test_near_misses_are_no_visit(text: str) -> None:
    assert not _examined(text)


@pytest.mark.parametrize(
    "title, text",
    [
        ("Telephone encounter", "Assessment and Plan: COPD, sats 89% RA resting, no edema."),
        ("Video visit", "A/P: COPD - no JVD, lungs w/o wheezes on video, sats 90% RA."),
        ("Portal message", "A/P: sats 87% RA walking, no edema."),
    ],
)
def test_a_remote_note_is_no_visit(title: str, text: str) -> None:
    assert not _examined(text, title)
