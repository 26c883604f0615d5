"""Note language found by blind wave 12 (w12b): names reviewers know for tests and procedures,
and good results that read like deficits. Each test names the class of record scored wrong."""

from __future__ import annotations

from smartapp.evidence.score_bands import little_limitation_in_text
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept)


def test_a_germline_assay_named_by_its_product_name_with_a_result_is_a_prior_test():
    assert _asserted("Outside records: myRisk hereditary cancer panel 2021 - negative.",
                     "prior-germline-test")  # fmt: skip
    assert _asserted("CancerNext 2020: no pathogenic variant identified.", "prior-germline-test")
    assert not _asserted("Plan: send BRACAnalysis CDx; if positive, refer.", "prior-germline-test")
    note = _note("n1", "2026-02-10", "Prior testing: BRACAnalysis 2018 negative per outside fax.")
    assert status(record("81162", note, reason="Z80.3"), "GEN-004")["status"] == "missing"


def test_spine_procedures_written_by_their_abbreviations_are_the_surgical_plan():
    for text in ("Recommend C6-7 ACDF, expect relief of arm pain.",
                 "Plan: L4-5 TLIF; consent signed.", "Proceed with L5-S1 ALIF."):  # fmt: skip
        note = _note("n1", "2026-02-10", text)
        assert status(record("22551", note, reason="M50.122"), "SPS-006")["status"] == "met", text


def test_a_good_timed_up_and_go_or_rating_with_a_walker_is_no_limitation_at_home():
    assert little_limitation_in_text("TUG", " 10.2 sec") and not little_limitation_in_text(
        "TUG", " 19 sec"
    )
    good = "Inside her home: TUG 10.2 sec with rollator. Sitting balance good with walker."
    assert status(record("K0001", _note("n1", "2026-02-10", good), reason="M48.062"),
                  "WHC-002")["status"] == "missing"  # fmt: skip
    poor = "Inside her home: TUG 24 sec with rollator, unsteady; needs walker to reach bathroom."
    assert status(record("K0001", _note("n1", "2026-02-10", poor), reason="M48.062"),
                  "WHC-002")["status"] == "met"  # fmt: skip


def _tug(seconds: float, comment: str) -> dict:
    return {
        "resourceType": "Observation",
        "id": "tug",
        "status": "final",
        "code": {"text": "Timed Up and Go"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-02-10",
        "valueQuantity": {"value": seconds, "unit": "s"},
        "note": [{"text": comment}],
    }


def test_a_comment_on_a_timed_up_and_go_in_its_band_is_no_limitation():
    good = _tug(8.7, "With rollator.")
    assert status(record("K0001", good, reason="M48.062"), "WHC-002")["status"] == "missing"
    poor = _tug(23.0, "With rollator.")
    assert status(record("K0001", poor, reason="M48.062"), "WHC-002")["status"] == "met"
