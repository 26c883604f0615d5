"""A drug said stopped after some days, with no date, began where an earlier note planned it
(blind wave 35, DZ/imaging-02).

"Start PT and naproxen" in one note, then a phone note weeks later: "PT 4 weeks then stopped;
naproxen stopped after ~1 wk (GI upset)". The week of naproxen is the week after the plan, not
the week before the phone call: placed there it carried the month of PT on to the phone note as
six weeks of care. A plan to begin another drug places nothing.
"""

from __future__ import annotations

from .test_judgement import _note, record, status

_PHONE = _note(
    "n2", "2026-02-24",
    "Phone f/u: did PT 1/8-1/30 (6 visits), then stopped due to work. Naproxen stopped after "
    "~1 wk (GI upset). Still has low back pain.",
)  # fmt: skip


def _lmri(plan: str) -> dict:
    bundle = record("72148", _note("n1", "2026-01-02", plan), _PHONE)
    return status(bundle, "LMRI-003")


def test_a_stopped_drug_ran_from_the_plan_that_began_it() -> None:
    item = _lmri("Assessment and Plan: low back pain x 2 wks. Start naproxen 500 mg BID and PT.")
    assert item["status"] == "partial"
    assert "2026-01-02 to 2026-01-30" in item["searched"]


def test_a_plan_to_begin_another_drug_does_not_place_it() -> None:
    # The naproxen week stays where the phone note puts it: up to the call.
    item = _lmri("Assessment and Plan: low back pain x 2 wks. Start cyclobenzaprine and PT.")
    assert item["status"] == "met"
