"""A prior hyaluronan series however the record writes it (blind wave 14, AU/hya-03): billed as
the joint injection (CPT 20610, "Arthrocentesis/injection major joint - Gelsyn-3 R knee #1") with
the product only in the Procedure's text, or named in a note with its number ("Completed Gelsyn-3
series R knee in Nov 2025"). Either makes the request a repeat series (HYA-006), due only 6
months after the last. A steroid injection coded 20610 is no series."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _injection(ident: str, when: str, text: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {
            "coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "20610"}],
            "text": text,
        },
        "performedDateTime": when,
        "bodySite": [{"text": "Right knee"}],
    }


def test_a_series_coded_as_the_joint_injection_is_a_prior_series():
    shots = [
        _injection(f"p{i}", when, f"Arthrocentesis/injection major joint - Gelsyn-3 R knee #{i}")
        for i, when in enumerate(("2025-11-04", "2025-11-11", "2025-11-18"), 1)
    ]
    item = status(record("J7328", *shots, reason="M17.11"), "HYA-006")
    assert item["status"] == "missing"


def test_a_series_named_with_its_number_in_a_note_is_a_prior_series():
    note = _note(
        "n1", "2026-02-20",
        "HPI: Completed Gelsyn-3 series R knee in Nov 2025 (3 injections 11/4, 11/11, 11/18) "
        "with good relief for about 2 months.",
    )  # fmt: skip
    assert status(record("J7328", note, reason="M17.11"), "HYA-006")["status"] == "missing"


def test_a_steroid_injection_coded_20610_is_no_series():
    shot = _injection("p1", "2025-12-01", "Arthrocentesis/injection major joint - Kenalog R knee")
    assert status(record("J7328", shot, reason="M17.11"), "HYA-006")["status"] == "not_applicable"
