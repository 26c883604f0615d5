"""A drug taken "once in a while" is no NSAID trial, and a gel a plan names begins no drug by
mouth (brief s85-tsa, blind wave 100, NP/tsa-03).

TSA-002 asks three months of failed nonoperative care. The case: PT declined, an injection
"planned - did not get", diclofenac gel ~3 weeks, and ibuprofen taken "once in a while". Two
readings made it an episode 1/6-4/20:

- the clause breaker cut 'Takes ibuprofen "once in a while"' at "while" (a conjunction to it),
  so occasional_use.py did not see the seldom use and the mention ran as a course;
- the first visit's "Plan: ... Diclofenac 1% gel QID" named the NSAID modality, and a later
  bare mention of a drug by mouth was carried back to it (care_begun.named_by_plans): a gel,
  which is no NSAID trial for a shoulder, began the ibuprofen (topical_plans.py).

A drug taken on a schedule with its weeks, or since a date, still counts; so does a drug by
mouth a plan begins.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.occasional_use import taken_now_and_then
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

AS_OF = date(2026, 4, 22)
FIRST = (
    "ORTHO NEW: 66M R shoulder pain since mid-Nov, worse with overhead work. XR today: severe GH "
    "OA.\nPlan: offered PT and GH injection. Pt declines PT (\"no time, I'm a contractor\"). Will "
    "consider injection next visit. {plan}"
)
CASE_PLAN = "Diclofenac 1% gel QID. OTC ibuprofen prn."


def _tsa(follow_up: str, plan: str = CASE_PLAN) -> str:
    bundle = record(
        "23472",
        _note("n1", "2026-01-06", FIRST.format(plan=plan)),
        _note("n2", "2026-04-20", f"ORTHO f/u: still painful. {follow_up}"),
        reason="M19.011",
        order={"authoredOn": "2026-04-20", "occurrenceDateTime": "2026-05-26"},
    )
    return status(bundle, "TSA-002", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "follow_up",
    [
        # the case's own words
        'Used diclofenac gel ~3 wks then stopped. Takes ibuprofen "once in a while". Injection '
        "planned - did not get. No PT.",
        "Takes ibuprofen every once in a while. No PT.",
        "Ibuprofen once in a great while, helps a little.",
        "Naproxen once in a while when it flares; gel didn't help.",
        "Aleve 'once in a while', no injection yet.",
    ],
)
def test_a_drug_taken_once_in_a_while_is_no_trial(follow_up: str) -> None:
    assert _tsa(follow_up) != "met"


@pytest.mark.parametrize(
    "follow_up",
    [
        # a bare mention of a drug by mouth: the gel planned on 1/6 did not begin it
        "Takes ibuprofen 600 TID, no relief. No PT.",
        "Takes meloxicam daily. No PT.",
        "Used diclofenac gel ~3 wks then stopped. Taking naproxen, not helping.",
    ],
)
def test_a_gel_planned_begins_no_drug_by_mouth(follow_up: str) -> None:
    assert _tsa(follow_up) != "met"


@pytest.mark.parametrize(
    ("follow_up", "plan"),
    [
        ("Naproxen daily since Jan, no relief.", CASE_PLAN),
        ("Ibuprofen 600 TID x 14 wks, no relief.", CASE_PLAN),
        ("Took ibuprofen 600 TID since 1/6, no relief; gel once in a while.", CASE_PLAN),
        # a plan that begins a drug by mouth still dates it
        ("Takes ibuprofen 600 TID, no relief.", "Start ibuprofen 600 mg TID."),
        ("Taking meloxicam daily, no relief.", "Meloxicam 15 mg daily. Diclofenac gel prn."),
    ],
)
def test_a_drug_taken_on_a_schedule_for_months_still_counts(follow_up: str, plan: str) -> None:
    assert _tsa(follow_up, plan) == "met"


def _seldom(text: str) -> bool:
    """Whether the statement's first drug named is taken seldom."""
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 4, 20))])
    drugs = [f for f in found if f.category == "conservative-treatment" and f.asserted]
    assert drugs, text
    first = min(drugs, key=lambda f: f.start)
    return any(taken_now_and_then(f) for f in drugs if f.start == first.start)


@pytest.mark.parametrize(
    "text",
    [
        'Takes ibuprofen "once in a while".',
        "Uses naproxen once in a while for the shoulder.",
        "Ibuprofen every once in a while, some relief.",
        "Has Flexeril at home, takes it once in a great while.",
    ],
)
def test_once_in_a_while_is_seldom_though_its_while_breaks_the_clause(text: str) -> None:
    assert _seldom(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ibuprofen 600 TID x 8 wks, no relief.",
        "Naproxen daily since Jan.",
        # the seldom word is another drug's, after the clause break
        "Naproxen 500 BID x 8 wks, while tylenol once in a while.",
        "Meloxicam daily for a while now.",
    ],
)
def test_a_drug_on_a_schedule_is_not_seldom(text: str) -> None:
    assert not _seldom(text)
