"""A repeat epidural's prior relief in the words a phone note or an A/P uses (brief s76-conserv,
blind wave 87, LW/inj-03).

IPN-009 asks the prior epidural's relief, 50% for 3 months (LCD L39240). Two wordings read as
none: "pt reports the May shot gave ~70% relief until about mid-Sept", whose month "May" after
"the" was read as the modal (an option left open: finding_flags._month_may), and "repeat L S1
TFESI (2nd in 12 mo) w/ fluoro; prior 70% x ~4 mo", whose bare percentage after "prior" leads a
clause the injection is named just before (relief._LEADS). Near misses keep their reading: a
relief under 50%, one held under 3 months, another kind of care's percentage, and a relief only
expected of the repeat."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_PRIOR_ESI = {
    "resourceType": "Procedure",
    "id": "p1",
    "status": "completed",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "64483"}]},
    "subject": {"reference": "Patient/p"},
    "performedDateTime": "2026-05-12",
    "note": [{"text": "L S1 TFESI"}],
}


def _ipn009(*texts: str) -> str:
    notes = [_note(f"n{i}", day, text) for i, (day, text) in enumerate(
        zip(("2026-09-15", "2026-11-03"), texts, strict=False)
    )]  # fmt: skip
    bundle = record("64483", *notes, _PRIOR_ESI, reason="M51.17")
    return status(bundle, "IPN-009", as_of=date(2026, 11, 3))["status"]


@pytest.mark.parametrize(
    "texts",
    [
        ("Phone note: pt reports the May shot gave ~70% relief until about mid-Sept, now L "
         "buttock/calf pain back 7/10.",),
        ("Phone note: L leg pain back.", "A/P: repeat L S1 TFESI (2nd in 12 mo) w/ fluoro; "
         "prior 70% x ~4 mo. Continue HEP."),
        ("Phone note: L leg pain back.", "A/P: repeat L S1 TFESI w/ fluoro; last one 60% x 5 mo."),
        ("Pt says her May ESI gave 60% relief until late Sept.",),
        ("Phone note: leg pain back. TFESI in mid-May helped 70% for 4 mo.",),
    ],
)
def test_the_prior_relief_as_a_phone_note_or_an_a_p_says_it(texts: tuple[str, ...]) -> None:
    assert _ipn009(*texts) == "met"


@pytest.mark.parametrize(
    "texts",
    [
        ("Phone note: pt reports the May shot gave ~40% relief until about mid-Sept.",),
        ("Phone note: pt reports the May shot gave ~70% relief until about mid-June.",),
        ("Phone note: L leg pain back.", "A/P: repeat L S1 TFESI w/ fluoro; prior 70% x ~6 wks."),
        ("Phone note: L leg pain back.", "A/P: repeat L S1 TFESI; meloxicam; prior PT 70% x 4 mo."),
        ("Phone note: L leg pain back.", "A/P: repeat L S1 TFESI, may give 70% relief for 4 mo."),
    ],
)
def test_short_small_another_care_or_expected_relief_is_not(texts: tuple[str, ...]) -> None:
    assert _ipn009(*texts) != "met"
