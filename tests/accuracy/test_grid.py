"""The phrasing grid holds its measured reading rates (smartapp.scoring.phrasing_grid).

The excerpts were written blind (tests/accuracy/grid/README.md); the floor is what
``bench/grid.py --record`` last measured. A change that stops reading a way clinicians document an
item (a false alarm) or starts crediting a near-miss (a false "ready") fails here, with the
excerpts it now reads wrong. The files' shape is checked too, so a broken excerpt cannot quietly
drop out of the figures.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from smartapp.checklists import load_catalog
from smartapp.scoring.phrasing_grid import evaluate_grid, load_grid

GRID = Path(__file__).parent / "grid"
CASES = Path(__file__).parent / "cases"
BASELINE = json.loads((GRID / "baseline.json").read_text(encoding="utf-8"))
_LITERAL_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(19|20)\d\d\b")


@pytest.fixture(scope="module")
def result():
    logging.disable(logging.WARNING)
    try:
        carriers = json.loads((GRID / "carriers.json").read_text(encoding="utf-8"))
        return evaluate_grid(load_grid(GRID), carriers, CASES)
    finally:
        logging.disable(logging.NOTSET)


def test_every_excerpt_names_a_checklist_item_and_a_label():
    items = {i.id for c in load_catalog().checklists.values() for i in c.items}
    for entry in load_grid(GRID):
        assert entry["item"] in items, entry["item"]
        assert {e["label"] for e in entry["excerpts"]} <= {"met", "missing"}, entry["item"]
        for excerpt in entry["excerpts"]:
            # Dates are relative or {d-N} tokens, so every carrier's timeline fits them.
            assert not _LITERAL_DATE.search(excerpt["text"]), (entry["item"], excerpt["text"])


def test_every_carrier_is_a_corpus_case():
    carriers = json.loads((GRID / "carriers.json").read_text(encoding="utf-8"))
    assert all((CASES / name).is_file() for names in carriers.values() for name in names)


def test_the_excerpts_scored_are_the_ones_the_floor_was_recorded_for(result):
    # A carrier left out (its item now read with no evidence) changes what is scored: choose
    # carriers again (`bench/grid.py --choose-carriers`) and re-record the floor.
    assert sum(bool(e.statuses) for e in result.excerpts) == BASELINE["excerpts"]


def test_met_excerpts_read_at_least_as_often_as_recorded(result):
    right, scored = result.rate("met")
    wrong = [f"{e.item}: {e.text[:60]}" for e in result.excerpts if e.wrong and e.label == "met"]
    assert right / scored >= BASELINE["met_read"], wrong


def test_near_misses_stay_flagged_at_least_as_often_as_recorded(result):
    right, scored = result.rate("missing")
    wrong = [f"{e.item}: {e.text[:60]}" for e in result.excerpts
             if e.wrong and e.label == "missing"]  # fmt: skip
    assert right / scored >= BASELINE["near_miss_flagged"], wrong
