"""ConText rules: one rule a phrase, a relative read forward only, an informant no relative.

A phrase in both medspaCy's shipped rules and context.yaml was two rules over one span, of which
ConText keeps one by the rules' order, so an edit anywhere in context.yaml turned some relatives
backward and others not (blind wave 15's merges moved "husband", "sister" and "brother").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.context_rules import context_rules, default_context_phrases, spared_labels
from smartapp.notes.pipeline import load_targets


def test_a_phrase_of_ours_is_no_default_rule_too():
    ours = {phrase for phrase, *_ in context_rules()}
    assert ours & {phrase for phrase, *_ in default_context_phrases()} == set()
    assert {"mother", "husband", "declined", "evaluate for"} <= ours  # what medspaCy lists too


def test_a_phrase_of_ours_has_one_category():
    categories: dict[str, set[str]] = {}
    for phrase, category, *_ in context_rules():
        categories.setdefault(phrase, set()).add(category)
    assert {phrase: c for phrase, c in categories.items() if len(c) > 1} == {}


def family(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 11, 17))])
    (finding,) = [f for f in found if f.concept == concept]
    return finding.family


@pytest.mark.parametrize(
    "text",
    [
        "Physical therapy, husband drives her.",
        "Physical therapy - brother drives her.",
        "Completed physical therapy, sister drives her.",
    ],
)
def test_a_relative_after_the_patients_care_does_not_make_it_theirs(text):
    assert not family(text, "physical-therapy")


@pytest.mark.parametrize(
    "text",
    [
        "Mother had physical therapy for her back.",
        "Brother had physical therapy.",
        "Sister's physical therapy helped her.",
    ],
)
def test_a_relative_before_the_care_makes_it_theirs(text):
    assert family(text, "physical-therapy")


@pytest.mark.parametrize(
    "text",
    [
        "Per mom, physical therapy x 8 wks without improvement.",
        "Dad states she did physical therapy at school.",
        "Hx per grandma (guardian): physical therapy x 6 wks, no better.",
        "History provided by foster mother: completed physical therapy in June.",
        "Parents report he finished physical therapy.",
    ],
)
def test_a_parent_or_carer_giving_the_history_is_no_relatives_history(text):
    # CareSource covers children (Medicaid): their history is told by whoever brings them.
    assert not family(text, "physical-therapy")


def test_a_rule_spares_only_targets_that_exist():
    """A label misspelt in a rule's ``spares`` would leave that test denied without a word."""
    labels = {f"{category}|{concept}" for category, cs in load_targets().items() for concept in cs}
    spared = set().union(*spared_labels().values())
    assert spared and spared <= labels, spared - labels
