"""A visit note that opens on the study it restates ("MRI 6/15: complete ACL tear, bone bruise.")
is that study's report only up to the visit's plan, written on its line after a sentence's end
(brief s88-plans, blind wave 103, OC/kas-03): "Plan L ACL reconstruction" is the visit's, not
the MRI's of 6/15. A report's own sentences, and its recommendation, stay the study's."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.report_headers import study_dated_reports

_NOTE_DAY = dt.date(2026, 7, 29)


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "MRI 6/15: complete ACL tear, bone bruise. Prehab PT done. Plan L ACL reconstruction.",
            "MRI 6/15: complete ACL tear, bone bruise. Prehab PT done. ",
        ),
        (
            "MRI L KNEE 06/15/2026: complete ACL tear.\nBone bruise; plan: ACLR.",
            "MRI L KNEE 06/15/2026: complete ACL tear.\nBone bruise; ",
        ),
        (
            "MRI L KNEE 06/15/2026: complete ACL tear. A/P: ACLR w/ BTB.",
            "MRI L KNEE 06/15/2026: complete ACL tear. ",
        ),
    ],
)
def test_the_report_ends_where_the_visit_s_plan_begins(text: str, report: str) -> None:
    (start, end, when), = study_dated_reports(text, _NOTE_DAY)  # fmt: skip
    assert when == dt.date(2026, 6, 15)
    assert text[start:end] == report


@pytest.mark.parametrize(
    "text",
    [
        "XR R shoulder 02/11/2025: superior migration. Severe GH OA. Recommend ortho f/u.",
        "MRI L KNEE 06/15/2026: complete ACL tear.\nTECHNIQUE: MRI knee w/o. Planar images.",
        "MRI L KNEE 06/15/2026: complete ACL tear. Planned follow-up imaging in 6 mo.",
    ],
)
def test_a_report_s_own_sentences_stay_the_study_s(text: str) -> None:
    (start, end, when), = study_dated_reports(text, _NOTE_DAY)  # fmt: skip
    assert (start, end) == (0, len(text))
    assert when < _NOTE_DAY
