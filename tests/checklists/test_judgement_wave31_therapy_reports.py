"""Therapy progress reports: daily notes under a generic title, and a recertification that
says no re-assessment was done.

Blind wave 30, DE/pt-02: the daily notes ("OT Daily note 03/04/26 visit #16") came typed "Progress
note" with the US Core category "Clinical Note" beside it, a title that names no kind of note;
only the bare "Progress note" was read as generic, so none was counted a treatment day and PT-004
found "0 visits, no report due yet" at visit 18. Blind wave 31, DK/pt-ot-chiro-02: a CarePlan
"PT POC recert" whose own words say "MD signature only, no re-assessment performed" reset PT-004
and PT-007 by its title; a document that denies its re-assessment is no report (MBPM ch. 15
§220.3, OAC 5160-8-32).
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_GENERIC = {
    "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3",
                         "display": "Progress note"}]},
    "category": [{"coding": [{"code": "clinical-note", "display": "Clinical Note"}]}],
}  # fmt: skip


def _items(*resources: dict, as_of: date) -> dict:
    order = {"authoredOn": as_of.isoformat(), "occurrenceDateTime": "2026-06-01"}
    bundle = record("97110", *resources, reason="M17.11", order=order)
    return {i["id"]: i for i in score_bundle(bundle, as_of=as_of)["items"]}


def _evaluation(day: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": "eval",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97162"}]},
        "performedDateTime": day,
    }


def test_daily_notes_under_progress_note_and_clinical_note_are_treatment_days():
    days = ["03-02", "03-05", "03-09", "03-12", "03-16", "03-19", "03-23", "03-26", "03-30",
            "04-02", "04-06"]  # fmt: skip
    daily = [
        _note(f"d{n}", f"2026-{day}", f"PT Daily note {day.replace('-', '/')}/26 visit #{n + 2}\n"
              "Ther ex, gait training. Tolerated well. Plan: continue per POC.", extra=_GENERIC)
        for n, day in enumerate(days)
    ]  # fmt: skip
    items = _items(_evaluation("2026-02-26"), *daily, as_of=date(2026, 4, 8))
    assert items["PT-004"]["status"] == "missing"


def _recert(words: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "recert",
        "status": "active",
        "intent": "plan",
        "title": "PT POC recert",
        "description": f"Recertification 4/20/26 ({words}): continue 2x/wk x 8 wks. Goals: "
        "LEFS > 55, knee flexion 115.",
        "period": {"start": "2026-04-20", "end": "2026-06-15"},
    }


def test_a_recertification_without_re_assessment_is_no_re_evaluation():
    items = _items(_evaluation("2026-02-02"), _recert("MD signature only, no re-assessment "
                   "performed"), as_of=date(2026, 5, 12))  # fmt: skip
    assert items["PT-007"]["status"] == "missing"


def test_a_recertification_with_its_re_assessment_still_is():
    items = _items(_evaluation("2026-02-02"), _recert("re-assessment performed, LEFS 41"),
                   as_of=date(2026, 5, 12))  # fmt: skip
    assert items["PT-007"]["status"] == "met"


def test_a_blank_recertification_field_on_a_re_evaluation_denies_nothing():
    # Blind wave 31, DJ/pt-02: "[Recertification: ***]" under a re-evaluation that measured again.
    reeval = _note("reeval", "2026-05-04", "OT PROGRESS NOTE / RE-EVAL 05/04/2026 (visit 20)\n"
                   "QuickDASH 30 (from 64). Grip R 18 kg.\nPlan: continue per POC. "
                   "[Recertification: ***]", extra=_GENERIC)  # fmt: skip
    items = _items(_evaluation("2026-02-02"), reeval, as_of=date(2026, 5, 12))
    assert items["PT-007"]["status"] == "met"
