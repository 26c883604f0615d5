"""A result field that only points elsewhere is no result; a leftover after a filled value does not
empty it (brief s80-result).

Blind wave 95, NC/cardiac-imaging-02: a cardiology consult's "ECG: see PCP records." met CARD-004
(the resting ECG a stress test needs, LCD L35083), though the PCP note it pointed at read "EKG:
***" and the ECG was only ordered (draft). A value that is only the pointer ("see PCP records",
"per outside records", "see scanned", "on file", "in chart", "see media tab") reads nothing: the
pointed-to result counts when it is itself on record (smartapp/notes/result_pointers.py). A
reading beside the pointer keeps it a result ("ECG (see PCP records 3/2): NSR, no ST changes").

The reverse: "ECG: NSR ***", a reading with the SmartText's rest left after it, read as no ECG.
A "***" closing a result's filled value on its line is a leftover, not a blank
(placeholders.leftover_only); "ECG: ***" alone stays empty.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record
from .test_judgement_wave10 import status

_HPI = "Cardiology\nHPI: 56F DOE x 2 mo, 2 flights before stopping. Walks 30 min daily.\n"
_PLAN = "\nA/P: Exertional dyspnea. Exercise stress echo. If WMA -> angiography.\n"


def _ecg_asserted(text: str) -> bool:
    found = find_findings([NoteInput("n", text, date(2026, 2, 20), "Consult note")])
    return any(f.asserted and f.concept == "ecg" for f in found)


def _card_004(line: str, *extra: dict) -> str:
    note = _note("n1", "2026-02-20", f"{_HPI}{line}{_PLAN}")
    return status(record("93351", note, *extra, reason="R06.09"), "CARD-004")["status"]


_POINTERS = [
    "ECG: see PCP records.",
    "EKG: per outside records.",
    "ECG: see scanned.",
    "ECG: see scanned report 3/2/26.",
    "EKG: on file.",
    "EKG - in chart",
    "ECG: see media tab.",
    "Resting ECG today - see flowsheet.",
    "12-lead ECG: see Care Everywhere.",
    "ECG: per PCP records (requested).",
    "EKG on file.",
    "ECG: refer to PCP note.",
]


@pytest.mark.parametrize("line", _POINTERS)
def test_an_ecg_field_that_only_points_elsewhere_is_no_ecg(line: str) -> None:
    assert not _ecg_asserted(f"{line}\n"), line
    assert _card_004(line) != "met", line


@pytest.mark.parametrize(
    "line",
    [
        "ECG (see PCP records 3/2): NSR, no ST changes.",
        "EKG reviewed: NSR",
        "ECG: see PCP records, NSR.",
        "ECG: on file - NSR, LVH with strain.",
        "ECG: see PCP records. NSR per PCP tracing 3/2.",
        "EKG 2/18: sinus rhythm, no acute ST-T changes (see scanned tracing).",
    ],
)
def test_a_pointer_beside_a_reading_is_still_an_ecg(line: str) -> None:
    assert _ecg_asserted(f"{line}\n"), line
    assert _card_004(line) == "met", line


def test_the_pointed_to_ecg_counts_when_it_is_on_record() -> None:
    tracing = {
        "resourceType": "Observation",
        "id": "ekg-obs",
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://loinc.org", "code": "11524-6",
                             "display": "EKG study"}], "text": "EKG study"},
        "effectiveDateTime": "2026-02-02",
        "valueString": "Normal sinus rhythm, no ST changes",
    }  # fmt: skip
    assert _card_004("ECG: see PCP records.", tracing) == "met"
    pcp = _note("n0", "2026-02-02", "PCP visit\nEKG: NSR, normal axis, no ST changes.\n")
    assert _card_004("ECG: see PCP records.", pcp) == "met"


def test_the_nc_case_pcp_blank_and_consult_pointer_is_no_ecg() -> None:
    pcp = _note("n0", "2026-01-20", "PCP visit (NP)\nO: BP 148/92.\nEKG: ***\nP: EKG ordered.\n")
    assert _card_004("ECG: see PCP records.", pcp) != "met"


@pytest.mark.parametrize(
    "line",
    [
        "ECG: NSR ***",
        "EKG: NSR, no ST changes ***.",
        "ECG: sinus rhythm 72 @ECGRESULT@",
        "ECG today: LBBB ***",
    ],
)
def test_a_leftover_after_a_filled_reading_does_not_empty_it(line: str) -> None:
    assert _ecg_asserted(f"{line}\n"), line
    assert _card_004(line) == "met", line


@pytest.mark.parametrize(
    "line",
    [
        "ECG: ***",
        "EKG: *** NSR",
        "ECG: ordered - results ***",
        "ECG: @ECGRESULT@",
        'EKG: {Blank single:19197::"ordered","done"} ***',
    ],
)
def test_a_blank_result_field_stays_empty(line: str) -> None:
    assert not _ecg_asserted(f"{line}\n"), line
    assert _card_004(line) != "met", line


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Vitals: Ht 5'7\", Wt 224 lb, BMI ***.", "bmi"),  # a later item that only names
        ("A/P: UC. Will request infliximab. Repeat TB screen ***.", "tb-screening"),
        ("Labs: CBC wnl, QFT ***", "tb-screening"),
    ],
)
def test_a_result_named_before_its_own_blank_stays_empty(text: str, concept: str) -> None:
    found = find_findings([NoteInput("n", text, date(2026, 2, 20), "Progress note")])
    assert not any(f.asserted and f.concept == concept for f in found), text


def test_a_later_item_left_blank_leaves_the_values_before_it() -> None:
    found = find_findings([NoteInput("n", "Exam: BMI 31, neck 15.5 in, ***\n", date(2026, 2, 20))])
    assert any(f.asserted and f.concept == "bmi" for f in found)
