"""CPAP-003: the sleep test the evaluation must precede is dated by the study performed (brief
s85-sleepdate, blind wave 100).

NS/cpap-01: a faxed home test's banner "***FAX RECEIVED 02/03/2026 ... PG 1/2***" had its page
count read as 2 January, and the office visit of 1/14 before the 1/29 study read as after it. A
page of pages is no date; and the study's own header ("Study date: O1/29/2026", its zero scanned
as a letter) dates the report, not the day the fax came in. NS/cpap-02: "HST done 3/2026
through employer wellness vendor only recorded 2.9 h - technically inadequate. Will get in-lab
PSG." (and its result, "REI 11 - only 2.9 h valid; technically inadequate per reader") dated the
test in March, before the 4/08 consult that ordered the PSG of 5/11: a study its reader could
not read is no sleep test (``adequate``). Near misses: a visit after the only readable test, a
prior test that was readable or negative, the words said of another study or of another thing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from smartapp.checklists.golden import build_bundle
from smartapp.checklists.inadequate_studies import inadequate_statement
from smartapp.notes.report_headers import study_dated_reports
from smartapp.notes.text_cleanup import blank_noise
from smartapp.notes.written_dates import find_dates
from smartapp.scoring import score_bundle

_VISIT_NOTE = (
    "S: loud snoring, witnessed pauses, dozes at red lights. ESS 13/24.\n"
    "O: BMI 36.1, neck 16.5 in, Mallampati IV, crowded oropharynx.\n"
    "A: Suspected OSA.\nP: sleep study ordered."
)


def _cpap_003(
    visit: str,
    notes: list[dict[str, Any]],
    reports: list[dict[str, Any]] = (),  # type: ignore[assignment]
    observations: list[dict[str, Any]] = (),  # type: ignore[assignment]
    as_of: dt.date = dt.date(2026, 6, 22),
) -> str:
    """CPAP-003's status for an E0601 ordered 6/01/2026, an in-person visit on ``visit``."""
    bundle = build_bundle({
        "service_request": {"code": "E0601", "requester_npi": "1234567893",
                            "authored": "2026-06-01", "occurrence": "2026-06-29",
                            "reason": ["icd10:G47.33"]},
        "encounters": [{"code": "cpt:99204", "date": visit, "with_requester": True}],
        "notes": [{"date": visit, "text": _VISIT_NOTE}, *notes],
        "reports": [{"code": r["code"], "text": r["text"], "date": r["date"]} for r in reports],
        "observations": [{"code": o["code"], "text": o["text"], "date": o["date"]}
                         for o in observations],
    })  # fmt: skip
    resources = [e["resource"] for e in bundle["entry"]]
    for kind, given in (("DiagnosticReport", reports), ("Observation", observations)):
        of_kind = [r for r in resources if r["resourceType"] == kind]
        for resource, spec in zip(of_kind, given, strict=True):
            resource.update(spec.get("extra", {}))
    report = score_bundle(bundle, service="E0601", as_of=as_of)
    return {i["id"]: i["status"] for i in report["items"]}["CPAP-003"]


# ---- a page count is no date ----


@pytest.mark.parametrize(
    "text",
    [
        "***FAX RECEIVED 02/03/2026 14:22 FROM MIAMI VALLEY SLEEP DIAGNOSTICS   PG 1/2***",
        "Scanned document - Page 2/3",
        "Outside records pg. 1/4",
        "FAX from sleep lab, p. 2/2",
        "Pages 1/3 received",
    ],
)
def test_a_page_count_is_no_date(text: str) -> None:
    assert [m for m in find_dates(text, dt.date(2026, 2, 3)) if m.when.month <= 3
            and m.when.day <= 4 and m.when != dt.date(2026, 2, 3)] == []  # fmt: skip


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("HST 1/2, REI 18", dt.date(2026, 1, 2)),
        ("Seen 1/2 for snoring", dt.date(2026, 1, 2)),
        ("PSG on 1/29/2026 - page 2 of report", dt.date(2026, 1, 29)),
    ],
)
def test_a_day_beside_no_page_word_is_still_a_date(text: str, day: dt.date) -> None:
    assert day in [m.when for m in find_dates(text, dt.date(2026, 2, 3))]


_FAXED_HST = (
    "***FAX RECEIVED 02/03/2026 14:22 FROM MIAMI VALLEY SLEEP DIAGNOSTICS   PG 1/2***\n"
    "HOME SLEEP APNEA TEST REPORT (Type III device)  Study date: 01/29/2026\n"
    "Respiratory Event Index (REI, 4% rule): 18.4 /h     Total respiratory events: 142\n"
    "INTERPRETATION: Moderate obstructive sleep apnea."
)


def test_a_faxed_studys_page_count_does_not_date_it_before_the_visit() -> None:
    notes = [{"date": "2026-02-03", "text": _FAXED_HST}]
    assert _cpap_003("2026-01-14", notes, as_of=dt.date(2026, 3, 9)) == "met"


def test_a_visit_after_the_faxed_study_still_comes_after_it() -> None:
    # Seen 2/01, after the 1/29 study and before the fax of 2/03: no evaluation before the test.
    notes = [{"date": "2026-02-03", "text": _FAXED_HST}]
    assert _cpap_003("2026-02-01", notes, as_of=dt.date(2026, 3, 9)) == "partial"


# ---- a technically inadequate study is no sleep test ----

_PSG = {
    "code": "loinc:28633-6",
    "text": "Polysomnography (in-lab diagnostic)",
    "date": "2026-05-11",
    "extra": {"conclusion": "Mild obstructive sleep apnea: AHI 9.6/h (61 events)."},
}


def _consult(ap: str) -> list[dict[str, Any]]:
    """The 4/08 consult's A/P (a second note of the visit's day)."""
    return [{"date": "2026-04-08", "text": f"A/P: Hx + exam c/w OSA. {ap}"}]


@pytest.mark.parametrize(
    "ap",
    [
        "HST done 3/2026 through employer wellness vendor only recorded 2.9 h - technically "
        "inadequate. Will get in-lab PSG.",
        "Prior HST 3/5/26 non-diagnostic (insufficient recording time). Will get in-lab PSG.",
        "Technically inadequate home sleep test 03/05/2026; repeat in lab.",
        "HST 3/2026: REI 11, invalid study - only 2.9 h. In-lab PSG ordered.",
    ],
)
def test_a_technically_inadequate_test_does_not_date_the_sleep_test(ap: str) -> None:
    status = _cpap_003("2026-04-08", _consult(ap), reports=[_PSG])
    assert status == "met", ap


def test_the_inadequate_tests_own_result_record_does_not_date_it() -> None:
    vendor = {"code": "local:hst-rei", "text": "Home sleep test (vendor) REI", "date": "2026-03-05",
              "extra": {"valueString": "REI 11 - only 2.9 h valid, 32 events; technically "
                                       "inadequate per reader"}}  # fmt: skip
    assert _cpap_003("2026-04-08", [], reports=[_PSG], observations=[vendor]) == "met"


@pytest.mark.parametrize(
    "ap",
    [
        "HST 3/5/26: REI 11, 32 events, 6.1 h valid. Will get in-lab PSG to confirm.",
        "HST 3/2026 negative (REI 3) despite symptoms. Will get in-lab PSG.",
        "Inadequate response to oral appliance. HST 3/5/26 REI 11. In-lab PSG.",
        "HST 3/5/26 REI 11; prior PSG 2025 technically inadequate. In-lab PSG now.",
    ],
)
def test_a_readable_earlier_test_still_comes_before_the_visit(ap: str) -> None:
    status = _cpap_003("2026-04-08", _consult(ap), reports=[_PSG])
    assert status == "partial", ap


def test_a_visit_after_the_only_readable_test_does_not_count() -> None:
    # The 5/11 PSG is the test; a consult of 5/20 is after it, whatever came before.
    ap = "HST 3/2026 technically inadequate. PSG 5/11/26 reviewed: AHI 9.6."
    assert _cpap_003("2026-05-20", _consult(ap), reports=[_PSG]) == "partial"


@pytest.mark.parametrize(
    ("text", "study", "reading", "expected"),
    [
        ("HST 3/2026 only recorded 2.9 h - technically inadequate.", "HST", False, True),
        ("Technically inadequate HST 3/2026.", "HST", False, True),
        ("HST 3/2026 technically inadequate: REI 11.", "REI", True, True),
        ("PSG 5/11: AHI 9.6; prior HST technically inadequate.", "PSG", False, False),
        ("PSG 5/11: AHI 9.6; prior HST technically inadequate.", "AHI", True, False),
        ("Prior HST technically inadequate; PSG 5/11 AHI 9.6.", "PSG", False, False),
        ("Inadequate response to oral appliance; HST 3/5 REI 11.", "HST", False, False),
        ("HST 3/5: adequate study, REI 11.", "HST", False, False),
        ("PSG 1/20: technically limited (poor sleep), AHI 32, diagnostic.", "PSG", False, False),
    ],
)
def test_the_words_are_said_of_their_own_study(
    text: str, study: str, reading: bool, expected: bool
) -> None:
    at = text.rindex(study) if study == "PSG" and text.startswith("Prior") else text.index(study)
    assert inadequate_statement(text, at, at + len(study), reading) is expected


# ---- the study's own date: its report header, as a scan wrote it ----


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Study date: O1/29/2026", "Study date: 01/29/2026"),
        ("DOS 1O/02/2025", "DOS 10/02/2025"),
        ("PSG 01/O9/2026", "PSG 01/09/2026"),
    ],
)
def test_a_dates_zero_read_as_the_letter_o_is_a_zero(text: str, fixed: str) -> None:
    assert blank_noise(text) == fixed


@pytest.mark.parametrize("text", ["HOLO/12/2026", "Dr. O 1/29", "OO/OO/2026", "O1/29 no year"])
def test_an_o_outside_a_whole_date_stays(text: str) -> None:
    assert blank_noise(text) == text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("HOME SLEEP APNEA TEST REPORT (Type III device)  Study date: 01/29/2026\nREI 18.4",
         dt.date(2026, 1, 29)),
        ("DIAGNOSTIC POLYSOMNOGRAPHY   Date of study: 01/20/2026\nAHI 22", dt.date(2026, 1, 20)),
        ("WatchPAT home sleep test - DOS 01/25/2026\npAHI 19", dt.date(2026, 1, 25)),
        ("Sleep clinic visit  DOS: 01/29/2026\nSnoring.", None),
        ("F2F exam date: 01/14/2026 (prior to HST)\nOrder: CPAP", None),
    ],
)  # fmt: skip
def test_a_sleep_studys_header_dates_its_report(text: str, day: dt.date | None) -> None:
    dated = study_dated_reports(text, dt.date(2026, 2, 3))
    assert (dated[0][2] if dated else None) == day


_SCANNED_HST = _FAXED_HST.replace("Study date: 01/29/2026", "Study date: O1/29/2026")


def test_a_scanned_studys_own_date_dates_the_test() -> None:
    notes = [{"date": "2026-02-03", "text": _SCANNED_HST}]
    assert _cpap_003("2026-01-14", notes, as_of=dt.date(2026, 3, 9)) == "met"


def test_a_visit_between_the_scanned_study_and_its_fax_is_after_the_test() -> None:
    # Performed 1/29, faxed 2/03: a first visit on 2/01 came after the test.
    notes = [{"date": "2026-02-03", "text": _SCANNED_HST}]
    assert _cpap_003("2026-02-01", notes, as_of=dt.date(2026, 3, 9)) == "partial"


# ---- nor is an inadequate study the sleep test CPAP-001 asks, nor its index CPAP-002's ----


def _items(notes: list[dict[str, Any]], reports: list[dict[str, Any]]) -> dict[str, str]:
    bundle = build_bundle({
        "service_request": {"code": "E0601", "requester_npi": "1234567893",
                            "authored": "2026-06-01", "occurrence": "2026-06-29",
                            "reason": ["icd10:G47.33"]},
        "conditions": [{"code": "icd10:I10"}],
        "notes": notes,
        "reports": [{"code": r["code"], "text": r["text"], "date": r["date"]} for r in reports],
    })  # fmt: skip
    of_kind = [e["resource"] for e in bundle["entry"]
               if e["resource"]["resourceType"] == "DiagnosticReport"]  # fmt: skip
    for resource, spec in zip(of_kind, reports, strict=True):
        resource.update(spec.get("extra", {}))
    report = score_bundle(bundle, service="E0601", as_of=dt.date(2026, 6, 22))
    return {i["id"]: i["status"] for i in report["items"]}


_ONLY_HST = [{"date": "2026-04-08", "text": "A/P: OSA suspected, ESS 14, HTN. HST 3/2026 only "
              "recorded 2.9 h - technically inadequate: REI 11. Will get in-lab PSG."}]  # fmt: skip


def test_an_inadequate_study_alone_is_no_sleep_test_nor_an_index() -> None:
    status = _items(_ONLY_HST, [])
    assert status["CPAP-001"] != "met"
    assert status["CPAP-002"] != "met"


def test_the_readable_study_after_it_is() -> None:
    status = _items(_ONLY_HST, [_PSG])
    assert status["CPAP-001"] == "met"
    assert status["CPAP-002"] == "met"  # AHI 9.6 with hypertension


def test_a_readable_home_test_is_a_sleep_test() -> None:
    notes = [{"date": "2026-04-08", "text": "A/P: OSA, ESS 14, HTN. HST 3/5/26: REI 11, 32 "
              "events over 6.1 h valid recording."}]  # fmt: skip
    status = _items(notes, [])
    assert status["CPAP-001"] == "met"
    assert status["CPAP-002"] == "met"
