"""A tuberculin skin test charted 'completed' under the name of its placing ("TB skin test
placement", "PPD placed") is a placing done, not a test read: the induration is read 48-72 h
later (CDC), and CPT 86580 is billed when the test is placed. Without its reading it is no TB
screening for INF-003 (blind wave 55, GX/infliximab-03); a skin test charted by its plain name,
or a placing read in the same record, still is."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

CPT = "http://www.ama-assn.org/go/cpt"


def _skin_test(name: str, note: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": "tst1",
        "status": "completed",
        "code": {"coding": [{"system": CPT, "code": "86580", "display": name}], "text": name},
        "subject": {"reference": "Patient/p"},
        "performedDateTime": "2026-01-12",
        "note": [{"text": note}],
    }


def _screened(*resources: dict) -> str:
    return status(record("J1745", *resources, reason="K51.90"), "INF-003")["status"]


@pytest.mark.parametrize(
    "name", ["TB skin test placement", "Tuberculin skin test - PPD placed", "PPD Placement"]
)
def test_a_placing_alone_is_no_screening(name: str) -> None:
    assert _screened(_skin_test(name, "Right forearm; return in 48-72 h")) != "met"


def test_a_skin_test_by_its_plain_name_still_counts() -> None:
    assert _screened(_skin_test("Tuberculin skin test", "Right forearm")) == "met"


def test_a_placing_read_in_a_note_still_counts() -> None:
    read = _note("n1", "2026-01-14", "TB screen: PPD read today 1/14/26 - 0 mm, negative.")
    assert _screened(_skin_test("TB skin test placement", "Right forearm"), read) == "met"
