"""Care said to go on now with the verb before its name (blind wave 25, CN/hya-02): "Did PT 8
wks in fall 2025 and continues stationary bike HEP" was a false 'missing'. The HEP took the
statement's fall 2025 and weeks with the PT (56 days); its own words say it is done now, and,
joined to the PT by "and", it began with that PT (ongoing_care.py, as "PT 12 wks 2024 + HEP
ongoing" does with the word after). Only a home program is taken to begin with the therapy it
was taught in: "PT 8 wks 2024 and continues naproxen" says nothing of when the drug began.

Not care now: a symptom that goes on ("continues to have pain despite HEP"), a struggle with the
program ("continues to struggle with HEP": nothing says it is done), care to come ("will be
continuing HEP"), a program not kept up ("not continuing HEP"), nor an instruction in the plan.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.ongoing_care import continued_before
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _knee_ha(hpi: str, plan: str = "Gel-One R knee.") -> str:
    """HYA-002 (84 days of care in 365) for a hyaluronan injection ordered 2026-11-18."""
    text = f"HPI: 66M R knee OA, pain 7/10. {hpi}\nA/P: R knee OA. {plan}"
    bundle = record("J7326", _note("n1", "2026-11-18", text), reason="M17.11",
                    order={"authoredOn": "2026-11-18"})  # fmt: skip
    report = score_bundle(bundle, service="J7326", as_of=dt.date(2026, 11, 20))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


@pytest.mark.parametrize(
    "lead",
    [
        "continues stationary bike ",
        "continues to do ",
        "still doing her ",
        "keeps up with ",
        "remains on ",
        "is continuing ",
        "is still doing daily ",
        "continuing with ",
        "ongoing ",
        "remains compliant with ",
        "continues w/ ",
    ],
)
def test_the_verb_before_the_care_says_it_goes_on(lead: str) -> None:
    assert continued_before(f"Did PT 8 wks in fall 2025 and {lead}") is not None
    assert _knee_ha(f"Did PT 8 wks in fall 2025 and {lead}HEP.") == "met"


@pytest.mark.parametrize(
    "lead",
    [
        "continues to have pain despite ",
        "continues to struggle with ",
        "has ongoing issues with ",
        "continues with soreness after ",
        "will be continuing ",
        "is not continuing ",
        "no longer continuing ",
        "stopped ",
        "",
    ],
)
def test_what_does_not_say_the_care_goes_on(lead: str) -> None:
    assert continued_before(f"Did PT 8 wks in fall 2025 and {lead}") is None
    assert _knee_ha(f"Did PT 8 wks in fall 2025 and {lead}HEP.") != "met"


def test_ongoing_care_joined_to_earlier_care_began_with_it() -> None:
    # PT before the 12 months: the home program joined to it runs from it to the visit ...
    assert _knee_ha("Did PT 8 wks in fall 2024 and continues stationary bike HEP.") == "met"
    assert _knee_ha("PT 8 wks fall 2024 + still doing her HEP daily.") == "met"
    assert _knee_ha("Did PT 8 wks in fall 2024 and she is still doing her HEP.") == "met"
    # ... a drug that goes on says nothing of when it began; listed apart, a home program is
    # care at the visit only.
    assert _knee_ha("Did PT 8 wks in fall 2024 and continues naproxen 500 BID.") != "met"
    assert _knee_ha("h/o: PT 12 wks 2024 + naproxen ongoing.") != "met"
    assert _knee_ha("Took naproxen 8 wks in fall 2024 and continues HEP.") != "met"
    assert _knee_ha("Did PT 8 wks in fall 2024; continues HEP.") != "met"
    assert _knee_ha("Did PT 8 wks in fall 2024. Continues HEP.") != "met"


def test_a_plan_to_continue_is_read_as_before() -> None:
    # A plan's "continuing HEP" is care at the visit (statements.py), not a report that the
    # home program ran since the PT of 2024.
    assert _knee_ha("Did PT 8 wks in fall 2024.", "PT 8 wks 2024 and continuing HEP.") != "met"
    assert _knee_ha("Did PT 8 wks in fall 2024.", "Continue HEP. Gel-One R knee.") != "met"
