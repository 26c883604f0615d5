"""CPAP-005 reads a PAP plan from an order sent with no object and a follow-up in months
(session s90, blind wave 106, OM/cpap-02; the reading itself: tests/notes/
test_s90_pap_follow_up_months.py). A relative's CPAP and a CPAP put off to a sleep study's
result remain no plan."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    ("said", "met"),
    [
        ("Pt still wants CPAP 'like my brother'. Order sent per MD; f/u 3 months.", True),
        ("FHx: brother on CPAP. Order sent per MD; f/u 3 months.", False),
        ("If HST positive will get him set up w/ CPAP. F/u 3 months.", False),
    ],
)
def test_cpap_005_reads_the_phone_notes_plan(said: str, met: bool) -> None:
    text = f"Phone note RN: HST results called to pt. AHI 22/h. Dr aware. {said}"
    bundle = record("E0601", _note("s1", "2026-02-20", text), reason="G47.33")
    assert (status(bundle, "CPAP-005")["status"] == "met") is met
