"""The infliximab requested is no prior biologic (blind wave 20, BR/inf-02): with mesalamine set
aside for Crohn's disease, INF-001 (conventional therapy or another biologic tried first) was still
met by the order's own 'Inflectra 5 mg/kg (61.4 kg) = 300 mg IV weeks 0, 2, 6 then q8 weeks',
since the biosimilars' names (infliximab-dyyb, Inflectra, Renflexis) stood among the other TNF
biologics while infliximab and Remicade did not. Another TNF biologic tried still counts."""

from __future__ import annotations

from .test_judgement import _note, record, status

ORDER = {"note": [{"text": "Inflectra 5 mg/kg (61.4 kg) = 300 mg IV weeks 0, 2, 6 then q8 weeks."}]}


def _prior(text: str | None) -> str:
    notes = [_note("n1", "2026-02-20", text)] if text else []
    bundle = record("Q5103", *notes, reason="M05.79", order=ORDER)
    return status(bundle, "INF-001")["status"]


def test_the_requested_infliximab_is_no_prior_biologic():
    assert _prior(None) != "met"
    assert _prior("Plan: start Renflexis 5 mg/kg IV weeks 0, 2, 6 (infliximab-abda).") != "met"


def test_another_tnf_biologic_tried_still_counts():
    assert _prior("Adalimumab 40 mg q2wk x 6 months 2025, secondary loss of response.") == "met"
    assert _prior("Failed Humira 6/2025, switched.") == "met"
