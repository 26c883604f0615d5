"""A study named only as done, with a pointer to where its result is kept, is no result (brief
s82-pointers; smartapp/notes/pointed_results.py).

"HST done, see media tab", "QFT done - see result", "MRI L-spine 3/2 - see report", "A1c - see
labs": the payer needs the AHI, the TB test's reading, the imaging finding, the value; a note that
only points at them met CPAP-001, INF-003, LMRI-005, CGM-004 though nothing in the record held the
result (blind HP/cpap-03, labelled missing). A finding or a value beside the pointer keeps the
study a result, and so does the pointed-to result when the record holds it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.pointed_results import pointer_only

from .test_judgement import _note, record, status

_DAY = "2026-02-20"
#: (order code, reason, item, the note's opening, its plan) for each study-result reader.
_READERS = {
    "cpap": ("E0601", "G47.33", "CPAP-001", "Sleep f/u\nHPI: snoring, witnessed apneas, ESS 14.\n",
             "\nA/P: OSA. Start APAP 5-15 cm.\n"),
    "inf": ("J1745", "K50.90", "INF-003", "GI f/u\nHPI: Crohn's, failed azathioprine 6 mo.\n",
            "\nA/P: start infliximab 5 mg/kg.\n"),
    "lmri": ("72148", "M54.16", "LMRI-005", "Spine f/u\nHPI: L leg pain 8 wks.\n",
             "\nA/P: MRI L-spine.\n"),
    "cgm": ("E2103", "E11.65", "CGM-004", "Endo f/u\nHPI: T2DM on insulin 4x/day.\n",
            "\nA/P: CGM.\n"),
}  # fmt: skip


def _item(reader: str, line: str, *extra: dict) -> str:
    code, reason, item, opening, plan = _READERS[reader]
    note = _note("n1", _DAY, f"{opening}{line}{plan}")
    return status(record(code, note, *extra, reason=reason), item)["status"]


def _studies(text: str) -> list:
    found = find_findings([NoteInput("n", f"{text}\n", date(2026, 2, 20), "Progress note")])
    return [f for f in found if f.category == "diagnostic-results" and f.asserted]


@pytest.mark.parametrize(
    ("reader", "line"),
    [
        ("cpap", "HST done, see media tab."),
        ("cpap", "F/u: HST done at outside sleep lab 2/10 - see media tab for sleep study."),
        ("cpap", "Sleep study (see scanned)."),
        ("cpap", "Home sleep test 2/2026 - results scanned in media."),
        ("cpap", "PSG 1/27/26 - report in media tab."),
        ("cpap", "HST completed 2/2. See report."),
        ("inf", "QFT done - see result."),
        ("inf", "TB screen: QFT done 2/1 - see result."),
        ("inf", "TB: QuantiFERON on file 1/2026."),
        ("inf", "T-spot drawn 1/20 - see lab tab."),
        ("lmri", "MRI L-spine 1/2/26 - see report."),
        ("lmri", "Imaging: XR L-spine done today - see report."),
        ("lmri", "Outside lumbar MRI 12/2025, see scanned report."),
        ("cgm", "A1c - see labs."),
        ("cgm", "A1c done 2/1, see results tab."),
    ],
)
def test_a_study_told_only_as_done_with_a_pointer_is_no_result(reader: str, line: str) -> None:
    assert _item(reader, line) != "met", line


@pytest.mark.parametrize(
    ("reader", "line"),
    [
        ("cpap", "HST AHI 22 (report in media)."),
        ("cpap", "HST 2/10: REI 18, nadir 84% (see media tab)."),
        ("cpap", "PSG 1/27/26 (scanned in Media tab): severe OSA, AHI 41."),
        ("inf", "QFT negative 2/1."),
        ("inf", "TB: QFT neg 1/2026 (on file)."),
        ("inf", "QFT done 2/1 - negative, see result."),
        ("lmri", "MRI 1/2: L4-5 HNP (see report)."),
        ("lmri", "XR L-spine today: see report, mild spondylosis."),
        ("cgm", "A1c 7.9 (see labs)."),
    ],
)
def test_a_pointer_beside_a_finding_or_value_is_still_a_result(reader: str, line: str) -> None:
    assert _item(reader, line) == "met", line


@pytest.mark.parametrize(
    "text",
    [
        "MRI 3/2: L4-5 HNP (see report)",
        "XR today: see report, no fx.",
        "XR R knee 7/30/2026: severe medial JSN, osteophytes (report in chart).",
        "QFT negative 5/1",
        "MRI see severe OA on report",  # a pointer never swallows a finding
    ],
)
def test_the_study_stays_asserted_when_its_clause_gives_a_finding(text: str) -> None:
    assert _studies(text), text


def test_only_the_pointer_only_clause_is_read() -> None:
    text = "TB: QFT done - see result. Labs: A1c 7.2 on 2/1.\n"
    at = text.index("QFT")
    assert pointer_only(text, at, at + 3)
    at = text.index("A1c")
    assert not pointer_only(text, at, at + 3)


def test_the_pointed_to_result_counts_when_it_is_on_record() -> None:
    hst = {
        "resourceType": "Observation",
        "id": "ahi",
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://loinc.org", "code": "69990-0",
                             "display": "Apnea hypopnea index"}], "text": "AHI"},
        "effectiveDateTime": "2026-02-10",
        "valueQuantity": {"value": 22, "unit": "/h"},
    }  # fmt: skip
    assert _item("cpap", "HST done, see media tab.", hst) == "met"
    qft = {
        "resourceType": "Observation",
        "id": "qft",
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://loinc.org", "code": "71773-6"}],
                 "text": "QuantiFERON-TB Gold Plus"},
        "effectiveDateTime": "2026-02-01",
        "valueString": "Negative",
    }  # fmt: skip
    assert _item("inf", "QFT done - see result.", qft) == "met"
    report = _note(
        "n0",
        "2026-02-10",
        "HOME SLEEP APNEA TEST REPORT\nREI 22/h, 3% rule. Moderate OSA.\n",
        extra={"description": "Home sleep test report"},
    )
    assert _item("cpap", "HST done, see media tab.", report) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "No prior sleep study (see media tab for questionnaire).",  # negated stays negated
        "Mother had a sleep study, see her chart.",  # a relative's
        "Plan: HST, will see results.",  # a plan, not done
    ],
)
def test_near_misses_are_not_turned_into_results(text: str) -> None:
    assert not _studies(text), text


_HPI = "Cardiology\nHPI: 56F DOE x 2 mo, 2 flights before stopping. Walks 30 min daily.\n"
_STRESS = "\nA/P: Exertional dyspnea. Exercise stress echo. If WMA -> angiography.\n"


def _card_004(line: str, *extra: dict) -> str:
    note = _note("n1", _DAY, f"{_HPI}{line}{_STRESS}")
    return status(record("93351", note, *extra, reason="R06.09"), "CARD-004")["status"]


@pytest.mark.parametrize(
    "line",
    [
        "ECG: done 2/2 at PCP, see records.",
        "ECG done at PCP 2/2 - see records.",
        "EKG 2/2 - see scanned.",
        "ECG today (see tracing).",
        "EKG reviewed (see result).",
    ],
)
def test_an_ecg_told_only_as_done_with_a_pointer_is_no_reading(line: str) -> None:
    assert _card_004(line) != "met", line


@pytest.mark.parametrize(
    "line",
    [
        "ECG done 2/2, NSR (see records).",
        "ECG (see PCP records 3/2): NSR, no ST changes.",
        "12-lead ECG today: LBBB (see tracing).",
    ],
)
def test_an_ecg_with_its_reading_beside_a_pointer_is_read(line: str) -> None:
    assert _card_004(line) == "met", line


def test_the_pointed_to_ecg_counts_when_it_is_on_record() -> None:
    tracing = {
        "resourceType": "Observation",
        "id": "ekg-obs",
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {
            "coding": [{"system": "http://loinc.org", "code": "11524-6", "display": "EKG study"}],
            "text": "EKG study",
        },
        "effectiveDateTime": "2026-02-02",
        "valueString": "Normal sinus rhythm, no ST changes",
    }
    assert _card_004("ECG: done 2/2 at PCP, see records.", tracing) == "met"
