"""HHC-004: a plan of care the certifying physician signed and dated, with its goals and its
frequency, is the plan whatever its title (brief s88-hh-slp, blind wave 102, NZ/homehealth-2: "HH PT
Evaluation / Plan of care 05/12/2026 ... Goals: TUG <20 s in 6 wks ... Freq: 2w6. Signed: Gideon
Sterling MD 05/13/2026" was flagged, its "Freq: 2w6" read as no frequency). Near misses stay
flagged: the agency therapist's own signature (an evaluation is not the certified plan), a
physician signature or frequency left blank, an evaluation that names no plan, a frequency still
pending, and a plan signed outside the 90 days."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_BODY = (
    "Homebound: leaving home requires max effort + wife's assist; falls risk. Skilled PT for "
    "gait/transfer training, balance. Goals: TUG <20 s in 6 wks; independent transfers.\n"
)


def _plan_status(text: str, day: str = "2026-05-12") -> str:
    order = {
        "authoredOn": "2026-05-14",
        "occurrenceDateTime": "2026-05-26",
        "note": [{"text": "PT 2x/wk x 6 wks = 12 visits."}],
    }
    bundle = record("G0151", _note("poc", day, text), reason="I69.351", order=order)
    return status(bundle, "HHC-004", as_of=date(2026, 5, 14))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "HH PT Evaluation / Plan of care 05/12/2026\n" + _BODY
        + "Freq: 2w6. Signed: Gideon Sterling MD 05/13/2026.",
        "Home health PT eval & POC 05/12/2026\n" + _BODY
        + "Frequency/duration: 2w6. Physician signature: G. Sterling, MD 05/13/2026",
        "PT evaluation + plan of care\n" + _BODY + "Freq 3w2, 2w3. Signed G Sterling MD 5/13/26",
    ],
)
def test_a_signed_plan_with_goals_and_frequency_under_an_evaluation_title_is_the_plan(
    text: str,
) -> None:
    assert _plan_status(text) == "met"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # The agency therapist's own plan: not the one the practitioner certifies.
        ("HH PT Evaluation / Plan of care 05/12/2026\n" + _BODY
         + "Freq: 2w6. Signed: Jo Park, PT 05/12/2026.", "2026-05-12"),
        ("HH PT Evaluation / Plan of care 05/12/2026\n" + _BODY
         + "Freq: 2w6. Physician signature: ***", "2026-05-12"),
        ("HH PT Evaluation / Plan of care 05/12/2026\n" + _BODY
         + "Freq: ***. Signed: Gideon Sterling MD 05/13/2026.", "2026-05-12"),
        # An evaluation alone, no plan named.
        ("HH PT Evaluation 05/12/2026\n" + _BODY + "Signed: Gideon Sterling MD 05/13/2026.",
         "2026-05-12"),
        ("HH PT Evaluation / Plan of care 05/12/2026\n" + _BODY
         + "Freq: 2w6 pending MD signature.", "2026-05-12"),
        # Outside the 90 days.
        ("HH PT Evaluation / Plan of care 01/12/2026\n" + _BODY
         + "Freq: 2w6. Signed: Gideon Sterling MD 01/13/2026.", "2026-01-12"),
    ],
)
def test_a_therapist_s_blank_pending_or_old_plan_is_not(text: str, day: str) -> None:
    assert _plan_status(text, day) != "met"
