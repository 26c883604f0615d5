"""A plan of care only promised again is no signed plan (blind wave 26, CO/hh-02): the signed
plan ran to 12/30 and the physician's January note says "Continue home health - will resign new
POC."; HHC-004 read "POC" in it as a signed plan in force, and the order's "SN 2x/wk x 8 wks" as
its frequency. "Will re-sign", "will resign", "will recert(ify)", "to be re-signed" are still to
come, like "will sign" (wave 15); a plan the note says was signed ("Re-signed new POC today")
still counts."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _home_health(text: str) -> dict:
    return record("G0299", _note("n1", "2026-02-20", text), reason="L97.512")


def test_a_plan_promised_again_is_not_signed():
    for promise in (
        "Continue home health - will resign new POC.",
        "Continue home health - will re-sign the POC.",
        "Will recertify plan of care for SN.",
        "New POC to be re-signed at next visit.",
    ):
        text = f"Ulcer healing. {promise} SN 2x/wk x 8 wks wound care."
        assert status(_home_health(text), "HHC-004")["status"] != "met", promise


def test_a_plan_signed_is_still_a_plan():
    text = "Ulcer healing. Re-signed new POC today: SN 2x/wk x 8 wks wound care."
    assert status(_home_health(text), "HHC-004")["status"] == "met"
