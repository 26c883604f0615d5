"""A past history written on its header's line ends at the next labelled field (s69-s).

"PSH: R TKA 3/2025 - doing great.\\par L knee: failed PT (12 visits), naproxen since May, steroid
inj 5/18 lasted ~3 wks." (blind wave 76, KF/surgery-knee-arthroplasty-03): the surgical history
ran on over the "L knee:" line, so the naproxen taken since May was past history with no date
and TKA-002 read only May-June (1 month 13 days). As a medication, allergy or family list on its
header's line ends at a field after it (list_ends.py), so does a past history. A line that
goes on with no label of its own, a label that names a history ("Prior hx:", "Wt hx:"), and a
history whose header opens its own line, stay history.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_FIRST = "Ortho: L knee OA. Start PT 2x/wk x 6 wks, naproxen 500 BID. Steroid inj L knee today."
_PT = "PT discharge summary: 12 visits 5/20-6/30. Goals not met."


def _tka_002(history: str, follow: str) -> str:
    later = f"Ortho f/u\n{history}\n{follow}\nExam: L knee ROM 5-100, medial JLT.\nPlan: L TKA."
    bundle = record(
        "27447",
        _note("n1", "2026-05-18", _FIRST),
        _note("n2", "2026-07-06", _PT),
        _note("n3", "2026-10-14", later),
        reason="M17.12",
        order={"authoredOn": "2026-10-14", "occurrenceDateTime": "2026-11-17"},
    )
    return status(bundle, "TKA-002", as_of=date(2026, 10, 20))["status"]


_CARE = "failed PT (12 visits), naproxen since May, steroid inj 5/18 lasted ~3 wks."


@pytest.mark.parametrize(
    ("history", "follow"),
    [
        ("PSH: R TKA 3/2025 - doing great.", f"L knee: {_CARE}"),
        ("PSH: R TKA 3/2025 - doing great.", f"Left knee: {_CARE}"),
        ("PMH: HTN, DM2.", f"L knee: {_CARE}"),
        ("Past surgical history: R TKA 2025.", f"L knee: {_CARE}"),
        ("PSH: R TKA 3/2025.", f"Tx to date: {_CARE}"),
        ("PSH: appendectomy, R TKA 3/2025.", f"Conservative tx: {_CARE}"),
        ("Surgical history: R TKA (3/2025), doing well.", f"Treatment so far: {_CARE}"),
        ("PMH: obesity, GERD", f"Nonop care: {_CARE}"),
        ("Past history: R TKA 3/2025", f"L knee course: {_CARE}"),
        ("PSH: R TKA 3/2025 - doing great.", f"Left knee tx: {_CARE}"),
    ],
)
def test_a_field_after_an_inline_history_is_the_visits_own(history: str, follow: str) -> None:
    assert _tka_002(history, follow) == "met", follow


@pytest.mark.parametrize(
    ("history", "follow"),
    [
        ("PSH: R TKA 3/2025 - doing great.", "naproxen since May for the R knee, stopped."),
        ("PSH:", "R TKA 3/2025, PT and naproxen after it."),
        ("PMH: HTN.", "Plan: start naproxen, PT referral."),
        ("PSH: R TKA 3/2025 - doing great.", "L knee: naproxen x 2 wks, stopped (GI upset)."),
        ("PMH: HTN.", f"Prior hx: {_CARE}"),
        ("PSH: R TKA 3/2025.", f"Past surgical history: {_CARE}"),
    ],
)
def test_history_or_short_care_after_it_is_not_three_months(history: str, follow: str) -> None:
    assert _tka_002(history, follow) != "met", follow
