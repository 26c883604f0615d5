"""Conservative care counted as a reviewer counts it (blind wave 32).

- DP/bariatric-03: "scheduled intake 9/14/26 for supervised program" is a program still to
  come: a regex target after "scheduled" / "booked" / "awaiting" in its clause is hypothetical,
  as ConText reads a spaCy one.
- DP/hyaluronan-03: "R knee pain ... h/o L knee injection 10/2025 helped", one statement for the
  splitter, made the left knee's injection the right knee's too.
- DN/lmri-02: 'the muscle relaxer "a few times"' is a handful of doses, no course; "muscle
  relaxer" names the class.
- DN/whc-02: "Ambulates < 10 ft with hemi-walker and contact guard" is a walker that does not
  resolve the limitation.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from smartapp.checklists.occasional_use import taken_now_and_then
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str, when: date, concept: str):
    return [
        f for f in find_findings([NoteInput("DocumentReference/n", text, when)])
        if f.concept == concept
    ]  # fmt: skip


def test_booked_care_is_still_to_come():
    for text in (
        "Coordinator call: intake booked 10/2/26 for supervised weight program.",
        "Phone note: scheduled first visit 10/2/26 for supervised program.",
    ):
        found = _found(text, date(2026, 9, 1), "weight-loss")
        assert found and not any(f.asserted for f in found), text


def test_visits_counted_against_those_scheduled_stand():
    (program,) = _found(
        "Finished 6 of 6 scheduled supervised program visits, lost 9 lb, regained.",
        date(2026, 9, 1),
        "weight-loss",
    )
    assert program.asserted


def test_the_other_knee_in_its_own_sentence_keeps_its_side():
    text = (
        "S: Right knee pain since April, worse on stairs and after 20 min walking. h/o L knee "
        "steroid injection 1/2026 gave relief. A: Right knee OA."
    )
    (shot,) = _found(text, date(2026, 6, 2), "corticosteroid-injection")
    assert "knee:left" in shot.regions
    assert "knee:right" not in shot.regions


def test_a_handful_of_doses_is_no_course():
    (relaxer,) = _found(
        'Tried ice packs and the muscle relaxer "a couple times". Back pain unchanged.',
        date(2026, 4, 9),
        "muscle-relaxant",
    )
    assert taken_now_and_then(relaxer)


def _said(snippet: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(snippet=snippet, text=text)


def test_doses_counted_per_day_or_week_are_not_a_handful():
    assert taken_now_and_then(_said("naproxen a few times a week", "naproxen"))
    assert not taken_now_and_then(_said("naproxen 500 mg two times daily", "naproxen"))
    assert not taken_now_and_then(_said("naproxen 2-3 times per day x 6 wks", "naproxen"))


# DN/whc-02: "Ambulates < 10 ft with hemi-walker and contact guard" says why a walker does not
# resolve the limitation (NCD 280.3): a few feet, and only with someone's hands on.


def test_a_few_feet_with_the_walker_and_hands_on_help_is_a_walker_that_fails():
    for text in (
        "Ambulates ~15 ft with a quad cane and mod assist before needing to sit.",
        "Gait: 12 feet using front-wheeled walker, CGA.",
    ):
        assert _found(text, date(2026, 2, 2), "cane-walker-insufficient"), text


def test_walking_with_the_walker_alone_or_far_is_no_such_finding():
    for text in (
        "Walks 200 ft with rollator, supervision only.",
        "Walks 30 ft with walker independently.",
        "Ambulates 150 ft with rolling walker and min assist.",
    ):
        assert not _found(text, date(2026, 2, 2), "cane-walker-insufficient"), text
