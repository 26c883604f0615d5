"""A step-therapy course of twelve weeks counts whenever it ran (older error, DA/inf-03).

Methotrexate for 14 months in 2021-22 and leflunomide for 9 months in 2022-23, both failed, are
the twelve weeks of one conventional agent an infliximab request in 2026 needs: INF-001 already
read the whole record (ACR 2021, ACG 2018: the biologic follows an inadequate response, at any
time), INF-002 kept a 730-day window with no source and called the course "outside the window".

Without the window, a note's "took MTX ~3 wks in 2019" was placed at the end of 2019 (a stated
length in a year with no day is put as late as it can be) and joined the coded MTX of April 2019
into a 265-day course (P/infl-03): a stated length in a year that holds a coded course of its drug
is that course.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

_AS_OF = date(2026, 5, 18)


def _drug(ident: str, code: str, name: str, start: str, end: str) -> dict:
    return {
        "resourceType": "MedicationStatement",
        "id": ident,
        "status": "stopped",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {
            "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": code}],
            "text": name,
        },
        "effectivePeriod": {"start": start, "end": end},
    }


def _inf2(text: str, *drugs: dict) -> str:
    bundle = record("J1745", _note("n1", "2026-05-04", text), *drugs, reason="M06.9")
    return status(bundle, "INF-002", as_of=_AS_OF)["status"]


def test_a_long_course_years_ago_is_the_step() -> None:
    mtx = _drug("m1", "6851", "methotrexate 2.5 MG Oral Tablet", "2021-02-01", "2022-04-01")
    text = "RA. MTX 2021-22, stopped for raised LFTs after 14 months. Plan: infliximab."
    assert _inf2(text, mtx) == "met"


def test_a_short_course_years_ago_is_still_short() -> None:
    mtx = _drug("m1", "6851", "methotrexate 2.5 MG Oral Tablet", "2020-03-02", "2020-03-25")
    text = "PsA. Took methotrexate ~3 wks in 2020, stopped (moved away). Plan: infliximab."
    assert _inf2(text, mtx) != "met"


def test_no_conventional_drug_is_still_missing() -> None:
    assert _inf2("RA on prednisone 10 mg only. Plan: infliximab.") != "met"
