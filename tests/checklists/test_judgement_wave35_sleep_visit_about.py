"""The in-person sleep evaluation is a visit about sleep (SLEEP-004, CPAP-003; LCD L33718).

Blind wave 35 showed both sides of one rule. DY/sleep-03: a home sleep test ordered after a
portal message and a telephone call, the only in-person visit with the orderer three months
earlier for a knee sprain ("mild effusion, ligaments stable"); SLEEP-004 took that visit and its
exam for the sleep evaluation (false met). EA/cpap-02: a new-patient office visit with the
orderer, no note of its own, five weeks before the polysomnography that followed; CPAP-003 asked
the visit's name or a note by then to speak of sleep, so the work-up visit did not count (false
missing). The rule a reviewer applies is the PMD face-to-face's (visit_about.py): a visit whose
notes of its day say nothing of sleep was for another problem; a visit with no note of its day
says no more than its type, and before a dated sleep test it is the visit that led to it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from smartapp.checklists.golden import build_bundle
from smartapp.scoring import score_bundle

_SPRAIN = "S: rolled R ankle on stairs. O: lateral swelling, drawer stable. A/P: sprain, RICE."
_SLEEPY = "S: loud snoring, wife sees pauses in breathing, dozes at red lights. O: Mallampati IV."


def _status(service: str, item: str, record: dict[str, Any], as_of: date) -> str:
    scored = score_bundle(build_bundle(record), service=service, as_of=as_of)
    return {i["id"]: i["status"] for i in scored["items"]}[item]


def _sleep_study(visit_note: str | None) -> dict[str, Any]:
    notes = [{"date": "2026-08-14", "type": "loinc:34748-9",
              "text": "Telephone encounter 10 min. Snoring, witnessed apneas, tired all day. "
                      "Will order home sleep test."}]  # fmt: skip
    if visit_note is not None:
        notes.append({"date": "2026-05-20", "text": visit_note})
    return {
        "service_request": {"code": "95806", "requester_npi": "1234567893",
                            "authored": "2026-08-14", "occurrence": "2026-08-28",
                            "reason": ["icd10:G47.33"]},
        "encounters": [{"code": "cpt:99213", "date": "2026-05-20", "with_requester": True}],
        "notes": notes,
    }  # fmt: skip


def test_another_problems_visit_is_no_sleep_evaluation() -> None:
    status = _status("95806", "SLEEP-004", _sleep_study(_SPRAIN), date(2026, 8, 17))
    assert status != "met"


def test_a_visit_about_sleep_or_without_a_note_still_counts() -> None:
    assert _status("95806", "SLEEP-004", _sleep_study(_SLEEPY), date(2026, 8, 17)) == "met"
    assert _status("95806", "SLEEP-004", _sleep_study(None), date(2026, 8, 17)) == "met"


def _pap(visit_note: str | None, *, with_test: bool = True) -> dict[str, Any]:
    record: dict[str, Any] = {
        "service_request": {"code": "E0601", "requester_npi": "1234567893",
                            "authored": "2026-06-20", "occurrence": "2026-07-01",
                            "reason": ["icd10:G47.33"]},
        "encounters": [{"code": "cpt:99204", "date": "2026-03-30", "with_requester": True}],
        "notes": [{"date": "2026-06-20", "text": "Will order CPAP 5-15, f/u 60 days."}],
    }  # fmt: skip
    if visit_note is not None:
        record["notes"].append({"date": "2026-03-30", "text": visit_note})
    if with_test:  # (without one, no note may state an AHI either: that dates a test too)
        record["reports"] = [{"code": "loinc:95807-2", "text": "Polysomnography study",
                              "date": "2026-05-06"}]  # fmt: skip
    return record


def test_a_noteless_visit_before_the_sleep_test_is_the_evaluation() -> None:
    assert _status("E0601", "CPAP-003", _pap(None), date(2026, 6, 22)) == "met"


def test_another_problems_visit_before_the_test_is_still_no_evaluation() -> None:
    assert _status("E0601", "CPAP-003", _pap(_SPRAIN), date(2026, 6, 22)) != "met"


def test_a_noteless_visit_with_no_sleep_test_is_still_a_gap() -> None:
    # Nothing ties the visit to a sleep work-up (the sandbox's cpap-gapped patient).
    assert _status("E0601", "CPAP-003", _pap(None, with_test=False), date(2026, 6, 22)) != "met"
