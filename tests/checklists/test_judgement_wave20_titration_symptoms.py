"""A PAP titration's symptoms are the patient's on PAP (blind wave 20, BS/sleep-03).

SLEEP-001 asks for the symptoms behind a sleep study. For an attended titration (95811) after an
OSA diagnosis, what the notes document is the trial: "PAP intolerance", aerophagia and mask leak
in a respiratory therapist's phone note. A diagnostic study still needs snoring, apneas or
sleepiness; a PAP trouble that is only feared or denied is none.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _symptoms(text: str, code: str = "95811") -> str:
    bundle = record(code, _note("n1", "2026-02-20", text), reason="G47.33")
    return status(bundle, "SLEEP-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Spoke w/ pt by phone re: PAP intolerance. Pt c/o aerophagia, nasal mask leak.",
        "OSA on HSAT, REI 34. Intolerant of PAP: mask leak, wakes him up.",
        "Failed APAP trial 12/2025 (leak 38%, residual AHI 18).",
        "CPAP not tolerated after 3 weeks: claustrophobia.",
    ],
)
def test_pap_trouble_documents_a_titration(text: str) -> None:
    assert _symptoms(text) == "met"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Spoke w/ pt by phone re: PAP intolerance. Pt c/o aerophagia.", "95810"),
        ("Start CPAP; if PAP intolerance, consider attended titration.", "95811"),
        ("No PAP intolerance, uses it nightly; titration for pressure check.", "95811"),
        ("Pap smear normal 2025. Here for titration.", "95811"),
    ],
)
def test_no_pap_trouble_or_a_diagnostic_study(text: str, code: str) -> None:
    assert _symptoms(text, code) != "met"
