"""The judgement fixes found by blind wave 11: each test names the class of record that was
scored wrong."""

from __future__ import annotations

from .test_judgement import _note, record, status


def test_the_order_under_review_is_no_evaluation_or_review_of_its_own():
    # A recertification order names what it asks for; the plan was last reviewed 80 days ago.
    old_plan = _note("n1", "2025-12-11", "SN 2x/wk x 8 wks, wound care.",
                     extra={"description": "Home health plan of care"})  # fmt: skip
    asking = {"note": [{"text": "Recertification: SN 3x/wk x 4 wks, wound care."}]}
    bundle = record("G0299", old_plan, reason="L89.154", order=asking)
    assert status(bundle, "HHC-006")["status"] == "missing"
    # The same order citing a dated review on record points at it.
    citing = {"note": [{"text": "SN 3x/wk x 4 wks per recertification 02/20/2026."}]}
    assert status(record("G0299", old_plan, reason="L89.154", order=citing), "HHC-006")[
        "status"
    ] == "met"
    # "Eval and treat" asks for the evaluation; it is not one on record.
    evaluate = {"note": [{"text": "PT eval and treat, 2x/wk x 6 wks."}]}
    assert status(record("97110", order=evaluate), "PT-002")["status"] == "missing"


def test_a_good_score_is_judged_by_its_full_name_and_night_pain_alone_is_no_limit():
    # The vocabulary matches "HOOS"; the score is HOOS JR, in its band of little limitation.
    for text in ("L hip OA. HOOS JR 88.5 / 100.", "L hip OA, night pain."):
        good = record("27130", _note("n1", "2026-02-10", text), reason="M16.12")
        assert status(good, "THA-003")["status"] == "missing", text
    for text in ("L hip OA. HOOS JR 40.2 / 100.", "L hip OA, pain wakes her at night."):
        poor = record("27130", _note("n1", "2026-02-10", text), reason="M16.12")
        assert status(poor, "THA-003")["status"] == "met", text
