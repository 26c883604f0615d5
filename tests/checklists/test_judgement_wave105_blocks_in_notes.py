"""Blind wave 105 (OK/ipn-03): an ablation's diagnostic blocks told only in their own procedure
notes ("R C4-6 MBB, bupivacaine. Pre 6/10, post 3/10"), with no Procedure coded, still date the
series the ablation rests on: the exam and baseline scores of the consult that began it count,
though more than 90 days before the order. A block only planned ("Plan R C4-C6 MBB", with no
colon: plan_leads.py) is no block done and dates nothing."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.plan_leads import opens_with_bare_plan

from .test_judgement import _note, record, status

_AS_OF = date(2026, 9, 28)
_ORDER = {"authoredOn": "2026-09-28", "occurrenceDateTime": "2026-10-12"}
#: The consult that began the series, 105 days before the order.
_CONSULT = ("Axial neck pain since a car accident (2024-25). PT x 10 wks 2025, HEP. "
            "NDI 42%, NRS 6. Neuro intact UE. Facet TTP R C4-5, C5-6. Plan R C4-C6 MBB.")
_FOLLOW_UP = _note("n4", "2026-09-28", "A/P: R cervical facet pain. Plan R C4-5, C5-6 RFA.")


def _items(consult: str, *blocks: str, code: str = "64633") -> tuple[str, str]:
    notes = [_note(f"b{i}", day, text) for i, (day, text) in enumerate(blocks)]
    bundle = record(code, _note("n1", "2026-06-15", consult), *notes, _FOLLOW_UP,
                    reason="M47.812", order=_ORDER)  # fmt: skip
    return tuple(status(bundle, i, as_of=_AS_OF)["status"] for i in ("IPN-004", "IPN-007"))


@pytest.mark.parametrize("blocks", [
    (("2026-07-20", "R C4, C5, C6 MBB, lidocaine. Pre 6/10 -> post 1/10."),
     ("2026-08-31", "R C4-6 MBB, bupivacaine. Pre 6/10, post 3/10 at 1 h.")),
    (("2026-07-20", "Procedure: right C4-C6 medial branch blocks under fluoroscopy."),),
    (("2026-08-31", "Cervical medial branch block #2 performed R C4-6, tolerated well."),),
])  # fmt: skip
def test_blocks_told_in_their_own_notes_date_the_series(blocks):
    assert _items(_CONSULT, *blocks) == ("met", "met")


def test_with_no_block_but_the_planned_one_the_consult_is_too_old():
    assert _items(_CONSULT) == ("missing", "missing")
    colon = _CONSULT.replace("Plan R", "Plan: R")
    assert _items(colon) == ("missing", "missing")


def test_a_block_of_another_region_dates_no_series():
    lumbar = (("2026-07-20", "L L4-5, L5-S1 MBB under fluoro. Pre 7/10, post 1/10."),)
    assert _items(_CONSULT, *lumbar) != ("met", "met")


def test_a_block_series_older_than_six_months_dates_none():
    old = (("2026-02-20", "R C4-6 MBB, bupivacaine. Pre 6/10, post 1/10."),)
    assert _items(_CONSULT, *old) == ("missing", "missing")


@pytest.mark.parametrize("text", ["Plan R C4-C6 MBB.", "PLAN R L4-5 MBB", "plan is to 2 MBBs",
                                  "Planning L4-5 RFA"])  # fmt: skip
def test_a_bare_plan_lead_opens_a_plan(text):
    assert opens_with_bare_plan(text)


@pytest.mark.parametrize("text", ["Plan reviewed with patient.", "Care plan R knee",
                                  "Planned R MBB 7/20", "Plan of care discussed"])  # fmt: skip
def test_words_about_a_plan_are_no_lead(text):
    assert not opens_with_bare_plan(text)
