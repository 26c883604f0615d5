"""A form field answered by a yes/no grid: the ticked box is the answer, the empty one beside it
the option not taken (form_grids.grid_answer).

A PowerForm's "Overnight oximetry reviewed: [X] Yes [ ] No" was read as a denial: the empty box
made the line an unfilled field, and the option "No" beside it sat on the same line. The mirror
grid is the field answered no, whatever the boxes look like; a grid with neither ticked is left
unfilled.
"""

from __future__ import annotations

import pytest
from stated_findings import found, stated

from smartapp.notes.form_grids import grid_answer

_HEAD = "Pulmonary f/u, COPD on 2L exertional O2.\n"


@pytest.mark.parametrize(
    "answer",
    ["[X] Yes [ ] No", "(x) Yes ( ) No", "[x] Y [ ] N", "☒ Yes ☐ No", "[ ] No [X] Yes"],
)
def test_a_ticked_yes_beside_an_empty_no_states_the_field(answer: str) -> None:
    text = f"{_HEAD}Overnight oximetry reviewed: {answer}\nDesats overnight per report.\n"
    assert stated(text, "oximetry") == ["Overnight oximetry"]


@pytest.mark.parametrize("answer", ["[ ] Yes [X] No", "☐ Yes ☒ No", "( ) Y (x) N"])
def test_a_ticked_no_beside_an_empty_yes_denies_the_field(answer: str) -> None:
    findings = found(f"{_HEAD}Overnight oximetry reviewed: {answer}\n", "oximetry")
    assert findings and all(f.negated for f in findings)


def test_a_grid_with_nothing_ticked_states_nothing() -> None:
    text = f"{_HEAD}Overnight oximetry reviewed: ☐ Yes ☐ No\n"
    assert stated(text, "oximetry") == []
    assert grid_answer("Oximetry: [ ] Yes [ ] No", len("Oximetry")) == "blank"


def test_the_grid_must_answer_the_findings_own_field() -> None:
    # The grid belongs to the next field, after the oximetry field's own answer.
    line = "Oximetry: 91% RA. Smoker: [X] Yes [ ] No"
    assert grid_answer(line, len("Oximetry")) is None
    assert grid_answer("Oximetry: [X] Yes [X] No", len("Oximetry")) is None
