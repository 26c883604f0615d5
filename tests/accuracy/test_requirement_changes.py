"""Labels on a requirement a checklist dropped are reported apart, never scored (README, "The one
rule"): the corpus keeps its labels; ``requirement-changes.yaml`` says which no longer measure the
judgement, and why.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from smartapp.checklists import load_catalog
from smartapp.checklists.codelist import CodeList
from smartapp.scoring.accuracy import (
    RequirementChange,
    evaluate_corpus,
    load_requirement_changes,
)

HERE = Path(__file__).parent
CASE = "E/walker-07.json"  # face-to-face labelled missing (a 7.5-month-old visit)
#: An element a required walker item names (face-to-face became advisory: see the last test).
SUBJECT = "functional-deficits"


@pytest.fixture(scope="module")
def walker_case():
    return [(CASE, json.loads((HERE / "cases" / CASE).read_text(encoding="utf-8")))]


def _change(**overrides):
    fields = {
        "checklist": "caresource-dme-walker",
        "element": SUBJECT,
        "from_version": "1.0.0",
        "reason": "a requirement the walker checklist dropped",
        "source": "https://example.org/list",
    }
    return RequirementChange(**{**fields, **overrides})


def _evaluate(cases, changes):
    logging.disable(logging.WARNING)
    try:
        return evaluate_corpus(cases, changes)
    finally:
        logging.disable(logging.NOTSET)


def _counted(result):
    t = result.overall
    return t.tp + t.fp + t.fn + t.tn


def test_a_listed_label_is_reported_apart_and_the_others_still_count(walker_case):
    labels = len(walker_case[0][1]["labels"])
    result = _evaluate(walker_case, [_change()])
    listed = [(n.case, n.element, n.label, n.reason) for n in result.not_scored]
    assert (CASE, SUBJECT, "ok", "a requirement the walker checklist dropped") in listed
    assert _counted(result) == labels - len(listed)
    assert SUBJECT not in result.by_element


@pytest.mark.parametrize(
    "change",
    [
        _change(element="treatment-plan", reason="other element"),
        _change(codes=("E0130",)),  # limited to another walker code
        _change(from_version="99.0.0"),  # not yet made in the checklist
        _change(checklist="caresource-dme-cpap"),
        _change(cases=("E/walker-08.json",)),  # limited to another case
    ],
)
def test_an_unlisted_label_still_counts(walker_case, change):
    result = _evaluate(walker_case, [change])
    labels = len(walker_case[0][1]["labels"])
    assert _counted(result) == labels - len(result.not_scored)
    assert [n.element for n in result.not_scored if n.element != "face-to-face"] == (
        ["treatment-plan"] if change.element == "treatment-plan" else []
    )
    assert SUBJECT in result.by_element


def test_a_change_limited_to_cases_covers_those_only(walker_case):
    result = _evaluate(walker_case, [_change(cases=(CASE,))])
    assert sorted(n.element for n in result.not_scored) == ["face-to-face", SUBJECT]


def test_every_recorded_change_is_real():
    """Each entry names a checklist at or past ``from_version`` whose items no longer require the
    element for the codes it names (so an entry cannot hide a label the judgement still owns)."""
    catalog = load_catalog()
    for change in load_requirement_changes(HERE / "requirement-changes.yaml"):
        checklist = catalog.checklists[change.checklist]
        assert tuple(map(int, checklist.version.split("."))) >= tuple(
            map(int, change.from_version.split("."))
        ), change
        assert change.source.startswith("https://") and change.reason, change
        for name in change.cases:
            case = json.loads((HERE / "cases" / name).read_text(encoding="utf-8"))
            assert case["checklist"] == change.checklist and change.element in case["labels"]
        if change.cases:
            continue  # the element stays required; these labels cite what no longer is
        required = [i for i in checklist.items if i.element == change.element and i.required]
        ungated = [i for i in required if i.applies_when is None]
        assert not ungated, f"{change}: {[i.id for i in ungated]} still require it"
        for item in required:
            # A gated item may still require the element, but not for the listed codes.
            lists = _code_lists(item.applies_when)
            for code in change.codes:
                assert not any(c.contains("hcpcs", code) for c in lists), (change, item.id)


def _code_lists(criterion):
    if isinstance(criterion, CodeList):
        return [criterion]
    if isinstance(criterion, dict):
        return [c for value in criterion.values() for c in _code_lists(value)]
    if isinstance(criterion, list):
        return [c for value in criterion for c in _code_lists(value)]
    return []


def test_a_label_on_an_element_only_advisory_items_name_is_reported_apart(walker_case):
    """No report can flag an element that no required item names (a lumbar MRI's red flags, a
    walker's face-to-face since it became advisory), so its label measures nothing."""
    name, case = walker_case[0]
    red_flags = {"label": "missing", "why": "advisory here"}
    labelled = {**case, "labels": {**case["labels"], "red-flags": red_flags}}
    result = _evaluate([(name, labelled)], [])
    apart = {(n.element, n.label) for n in result.not_scored}
    assert ("red-flags", "missing") in apart and ("face-to-face", "missing") in apart
    assert "red-flags" not in result.by_element and "face-to-face" not in result.by_element
    assert _counted(result) == len(case["labels"]) - 1  # face-to-face apart, the rest counted
