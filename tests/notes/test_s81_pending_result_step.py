"""A plan's next step waiting on the study's result with one option, found by blind wave 96
(NG/lmri-02): "MRI lumbar to eval for HNP, pending result consider ESI referral" says how the
MRI will change management (LMRI-007) as "if HNP -> ESI referral" does, but "pending" was read
only before the study's name and two options ("pending MRI: ESI vs surgery"). The result may be
named alone ("pending result", "once results back"); the step must be named after it. Not a
step with nothing it waits on ("ESI planned", "consider ESI"), nor another result's wait
("pending results of the PT eval, consider NSAID")."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _decisions(text: str) -> list[tuple[str, bool]]:
    notes = [NoteInput("DocumentReference/a1", text, dt.date(2026, 4, 17))]
    return [(f.text, f.asserted) for f in find_findings(notes) if f.concept == "decision-dependent"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: LBP w/ possible R L4 radic. MRI lumbar to eval for HNP, pending result consider "
        "ESI referral. Re-sent PT referral.",
        "Plan: pending MRI results, will consider surgical referral.",
        "Plan: MRI L-spine. Once results back, refer to spine surgery.",
        "Plan: MRI lumbar; depending on results, consider TFESI.",
        "P: MRI L spine. Pending MRI, consider ESI.",
    ],
)
def test_a_step_waiting_on_the_result_is_a_decision_on_it(text: str) -> None:
    found = _decisions(text)
    assert any(asserted for _, asserted in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Plan: ESI planned. MRI lumbar.",
        "Plan: MRI lumbar. Consider ESI.",
        "Plan: MRI lumbar, consider ESI referral.",
        "Plan: pending results of the PT eval, consider NSAID.",
        "Plan: f/u pending results.",
    ],
)
def test_a_step_with_nothing_it_waits_on_is_none(text: str) -> None:
    assert not any(asserted for _, asserted in _decisions(text))
