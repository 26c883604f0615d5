"""Care a visit starts by an order verb, its weeks prescribed (blind wave 37, EG/spine-02).

"Start meloxicam 15, PT 6 wks, MRI." on a first visit (nothing tried before) starts the drug and
orders six weeks of therapy: the weeks are to come. They were counted back from the visit as
six weeks already done, and a fusion's three months of nonoperative care were met on ten weeks.
The care still begins on that visit; "Started meloxicam 6 wks ago" and a statement that says the
care ran keep their weeks.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.started_this_visit import started_this_visit
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_SPONDY = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M43.16"}]},
    "onsetDateTime": "2025-12-01",
}


def _items(first_visit: str) -> dict[str, str]:
    first = _note("n1", "2026-01-05", f"Initial visit. L leg pain since December. {first_visit}")
    later = _note(
        "n2",
        "2026-03-20",
        "S: L L5 leg pain 7/10, cannot walk a block. Finished 6 wks PT (1/12-2/23). Naproxen some "
        "help only.\nA/P: L4-5 spondylolisthesis with instability. L4-5 TLIF.",
    )
    order = {"authoredOn": "2026-03-20", "occurrenceDateTime": "2026-04-10"}
    bundle = record("22630", _SPONDY, first, later, reason="M43.16", order=order)
    report = score_bundle(bundle, as_of=date(2026, 3, 25))
    return {i["id"]: i["status"] for i in report["items"]}


@pytest.mark.parametrize(
    "plan",
    [
        "Nothing tried yet. Start naproxen 500 BID, PT 6 wks, lumbar MRI.",
        "No prior care. Plan: begin naproxen 500 mg BID x 6 wks and PT.",
    ],
)
def test_weeks_ordered_with_the_start_are_to_come(plan: str) -> None:
    items = _items(plan)
    assert items["SPS-009"] != "met"  # 1/5 to 3/20: 74 days, short of three months
    assert items["SPS-003"] == "met"  # six weeks of care are there


def test_weeks_said_done_before_the_visit_still_count() -> None:
    assert _items("Took naproxen 500 BID x 6 wks, no relief. Start PT.")["SPS-009"] == "met"


def _started(text: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 1, 5))])
    return [started_this_visit(f, bool(f.dates)) for f in found if f.duration_days]


@pytest.mark.parametrize(
    "text",
    [
        "Started meloxicam 6 wks ago, no help.",
        "Start PT again; did PT x 6 wks last year w/o relief.",
        "Continue naproxen x 8 wks total.",
    ],
)
def test_care_that_ran_is_not_started_this_visit(text: str) -> None:
    assert not any(_started(text)), text
