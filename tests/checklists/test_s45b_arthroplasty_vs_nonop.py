"""A shoulder arthroplasty weighed against "continued nonop" is a choice still open, not the
surgical plan TSA-005 asks for, as "vs nonoperative" already read (blind wave 51, GL/tsa-03:
hemiarthroplasty vs anatomic vs reverse vs continued nonop, "will think about it"). A chosen
arthroplasty is still the plan, as is one the patient chooses in the clause right after the
options ("; pt prefers surgery": AO/kas-03).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-05-20", "occurrenceDateTime": "2026-06-15"}


def _status(code: str, reason: str, text: str, item: str) -> str:
    bundle = record(code, _note("n1", "2026-05-18", text), reason=reason, order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 5, 22))
    return {i["id"]: i for i in report["items"]}[item]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L shoulder GH OA. Reviewed reverse TSA vs continued nonop care. Will call us.",
        "A/P: R shoulder OA. Discussed anatomic TSA versus non-op (HEP, CSI); pt to call.",
    ],
)
def test_an_arthroplasty_weighed_against_nonop_is_no_plan(text: str) -> None:
    assert _status("23472", "M19.012", text, "TSA-005") != "met", text


def test_a_chosen_arthroplasty_is_still_the_plan() -> None:
    text = "A/P: L shoulder GH OA, failed nonop care. Plan L anatomic TSA; expect pain relief."
    assert _status("23472", "M19.012", text, "TSA-005") == "met"


@pytest.mark.parametrize(
    ("text", "chosen"),
    [
        ("A/P: R shoulder OA. Discussed reverse TSA vs continued nonop; pt elects surgery.", True),
        ("A/P: R shoulder OA. Discussed reverse TSA vs non-op; she prefers to wait.", False),
    ],
)
def test_the_choice_made_right_after_the_options_is_the_plan(text: str, chosen: bool) -> None:
    assert (_status("23472", "M19.012", text, "TSA-005") == "met") is chosen, text
