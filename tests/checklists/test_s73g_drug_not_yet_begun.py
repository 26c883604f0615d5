"""A conventional drug still to begin is no step therapy (brief s73-g).

"MTX pending TB screen, prednisone taper done" was already read right (the methotrexate not yet
started, the taper a steroid, which INF-001 does not count alone). Its neighbours were not: the
entry's own remark after a dash under a "Meds tried:" label ("MTX - pending TB screen"; the
label's "tried" read as the entry's clause telling it had: care_done_apart.py), a medication
list's entry "- awaiting TB screen" (entry_remarks.py), and "MTX to start once TB screen back"
(context.yaml 1.16.0): INF-001 met on a drug never taken.
"""

from __future__ import annotations

import pytest

from smartapp.notes.entry_remarks import not_taken

from .test_judgement import _note, record, status

_PLAN = "\nA/P: seropositive RA. Plan infliximab 3 mg/kg IV wk 0, 2, 6 then q8wk."


def _inf_001(history: str) -> str:
    text = "S: RA, 6 swollen joints.\n" + history + _PLAN
    return status(record("J1745", _note("n1", "2026-02-20", text), reason="M05.79"),
                  "INF-001")["status"]  # fmt: skip


@pytest.mark.parametrize("label", ["Meds tried: ", "Treatment history: ", "Medications:\n", ""])
@pytest.mark.parametrize(
    "entry",
    [
        "MTX pending TB screen, prednisone taper done.",
        "MTX - pending TB screen; prednisone taper - done.",
        "MTX - awaiting TB screen.",
        "MTX to start once TB screen back.",
        "MTX to be started after TB screen.",
        "Methotrexate - to start after QFT.",
        "methotrexate 15 mg weekly (awaiting QFT)",
    ],
)
def test_a_drug_still_to_begin_is_no_step_therapy(label: str, entry: str) -> None:
    assert _inf_001(label + entry) != "met"


@pytest.mark.parametrize("label", ["Meds tried: ", "Treatment history: ", ""])
@pytest.mark.parametrize(
    "entry",
    [
        "MTX 15 mg weekly x 4 mo - failed.",
        "MTX - failed; prednisone taper - done.",
        "MTX 20 mg weekly - started 1/2026, inadequate response.",
        "Failed MTX x 6 mo, Humira to start after TB screen.",
    ],
)
def test_a_drug_taken_and_failed_is_step_therapy(label: str, entry: str) -> None:
    assert _inf_001(label + entry) == "met"


@pytest.mark.parametrize(
    ("rest", "begun"),
    [
        (" 15 mg weekly - pending TB screen", False),
        (" (awaiting QFT)", False),
        (" - to start after TB screen", False),
        (" 15 mg weekly (refill pending)", True),
        (" 15 mg weekly - pending refill", True),
        (" 15 mg weekly, on hold pending TB screen", True),
    ],
)
def test_a_list_entry_s_remark_still_to_begin(rest: str, begun: bool) -> None:
    assert not_taken(rest) is not begun
