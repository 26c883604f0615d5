"""A line under an A/P heading that tells how care worked, or dates it in a past season, reports
care had, not care planned (blind wave 35, DY/hya-02 and EB/hya-02).

"CSI L knee 3/10/26 - 50% better for ~8 wks" and "Kenalog 9/2025 - 3 wks relief" measure the
relief an injection gave; "PT 12 visits summer 2025" in a 2026 note is therapy had that summer.
A plan that names relief as its aim, or a season still to come, stays a plan.
"""

from __future__ import annotations

from datetime import date

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 6, 18))])
    return any(f.concept == concept and f.asserted for f in found)


def test_a_measured_result_reports_the_injection_given() -> None:
    assert _asserted("A/P: L knee OA. CSI L knee 3/10/26 - 50% better for ~8 wks.",
                     "corticosteroid-injection")  # fmt: skip
    assert _asserted("A/P: L knee OA. Kenalog L knee 9/2025 - 3 wks relief.",
                     "corticosteroid-injection")  # fmt: skip


def test_a_plan_for_relief_is_still_a_plan() -> None:
    assert not _asserted("A/P: L knee OA. CSI L knee next visit for relief.",
                         "corticosteroid-injection")  # fmt: skip


def test_a_past_season_reports_care_had() -> None:
    assert _asserted("A/P: L knee OA. PT 12 visits summer 2025, ibuprofen 800 TID x 1 yr.",
                     "physical-therapy")  # fmt: skip
    assert not _asserted("A/P: L knee OA. PT 2x/wk this summer 2026.", "physical-therapy")


def test_an_order_history_label_orders_nothing() -> None:
    said = "Order history: Supartz L knee x5 weekly 12/15/25-1/12/26."
    assert _asserted(said, "viscosupplementation")
