"""A drug taken now and then is no sustained trial, however long (blind wave 14, AU/hip-02):
"Has been taking ibuprofen 'on and off' for a few weeks" made three weeks of NSAID before the
note and, with a later visit's prn ibuprofen, 101 days of care for a hip arthroplasty. As an
as-needed order counts on its day only (evidence/resources.py), so does a note's drug said to be
taken on and off, occasionally or sporadically; a daily drug beside an occasional other keeps
its weeks."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _hip(text: str) -> dict:
    return record("27130", _note("n1", "2026-02-20", text), reason="M16.12")


def test_a_drug_taken_now_and_then_is_no_sustained_trial():
    for text in (
        'Has been taking ibuprofen "on and off" for 4 months.',
        "Takes naproxen occasionally for the past 4 months.",
        "Ibuprofen sporadically x 4 mos.",
    ):
        assert status(_hip(text), "THA-002")["status"] != "met", text


def test_a_daily_drug_keeps_its_weeks():
    for text in (
        "Taking ibuprofen 600 TID for the past 4 months.",
        "Naproxen 500 BID x 4 months; occasional tylenol.",
    ):
        assert status(_hip(text), "THA-002")["status"] == "met", text


def _lumbar(*resources: dict) -> dict:
    return record("72148", *resources)


def test_an_otc_drug_taken_sometimes_is_no_provider_directed_care():
    # LMRI-003 asks for provider-directed care: a 5-day burst on 1/5 and "takes tylenol
    # sometimes" seven weeks later are not six weeks of it.
    burst = _note("n0", "2026-01-05", "Prednisone 40 mg daily x 5 days prescribed today.")
    for text in ("Takes tylenol sometimes.", "Occasionally takes ibuprofen."):
        bundle = _lumbar(burst, _note("n1", "2026-02-25", text))
        assert status(bundle, "LMRI-003")["status"] != "met", text
    prescribed = "Cyclobenzaprine 10 mg qhs prescribed 1/5, takes it occasionally."
    assert (
        status(_lumbar(burst, _note("n1", "2026-02-25", prescribed)), "LMRI-003")["status"] == "met"
    )
