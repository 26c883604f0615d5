"""The order's own note speaks of what it orders (LMRI-007: the plan the MRI decides).

A statement with no subject of its own in a ServiceRequest's note ("Radiating pain unchanged
after therapy; will determine ESI candidacy.") is said of the study ordered, as a clause after a
semicolon is said of the clause before it (elided_subject.py). Blind wave 48: an MRI order's
"will guide injection referral" was read as naming no study. A statement with a subject of its
own ("Patient will decide ...") still names none.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from smartapp.checklists.elided_subject import said_of
from smartapp.scoring.report import score_bundle

from .test_judgement import record


def _status(note: str) -> str:
    order = {"code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "72148"}],
                      "text": "Lumbar spine MRI without contrast"},
             "authoredOn": "2026-05-04", "occurrenceDateTime": "2026-05-15",
             "note": [{"text": note}]}  # fmt: skip
    report = score_bundle(record("72148", order=order), as_of=date(2026, 5, 5))
    return {i["id"]: i["status"] for i in report["items"]}["LMRI-007"]


def test_a_subjectless_plan_in_the_order_note_is_the_studys() -> None:
    assert _status("Radiating pain unchanged after therapy; will determine ESI candidacy.") == "met"
    assert _status("Will guide referral for epidural injection.") == "met"


def test_a_plan_with_its_own_subject_names_no_study() -> None:
    assert _status("Radiating pain unchanged; patient will decide on injections later.") != "met"


class _Text:
    def __init__(self, text: str, kind: str) -> None:
        self.text, self.kind = text, kind


def test_only_the_orders_words_take_its_name() -> None:
    order: Any = type("O", (), {"raw": {"code": {"text": "CT head"}}, "codes": ()})()
    text = "Headache x 3 wk; will guide neuro referral."
    at, said = text.index("will"), "will guide neuro referral."
    assert said_of(said, at, _Text(text, "order"), order).startswith("CT head")
    assert "CT head" not in said_of(said, at, _Text(text, "note"), order)
