"""A study named as the object of its order is asked for, not resulted (study_orders.py;
blind wave 71, JI/lumbar-mri-03: "I placed the MRI order" met the prior-imaging item LMRI-005
with the order for the very MRI under review)."""

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _flags(text: str, concept: str) -> list[bool]:
    found = find_findings([NoteInput("D/9", text)])
    return [f.hypothetical for f in found if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("I placed the MRI order.", "mri"),
        ("Placed order for lumbar MRI.", "mri"),
        ("I put in the order for the MRI and will call with results.", "mri"),
        ("Ordering MRI lumbar spine w/o contrast.", "mri"),
        ("I sent the MRI order to imaging.", "mri"),
        ("Order for X-ray placed.", "x-ray"),
        ("Put in orders for lumbar XR today.", "x-ray"),
        ("Signed the lumbar MRI requisition.", "mri"),
        ("Placed an order for a lumbar MRI.", "mri"),
    ],
)  # fmt: skip
def test_a_study_named_in_its_order_is_not_yet_done(text: str, concept: str) -> None:
    assert _flags(text, concept) == [True]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("MRI 1/2026: L4-5 HNP.", "mri"),
        ("X-ray reviewed today: L4-5 disc space narrowing.", "x-ray"),
        ("X-ray done in order to evaluate alignment: grade 1 spondylolisthesis.", "x-ray"),
        ("Per order of Dr Lee, lumbar x-rays obtained 1/10/26: mild DDD.", "x-ray"),
        ("Ordering provider reviewed MRI 1/2026: L4-5 HNP.", "mri"),
        ("Lumbar X-rays obtained per order 1/10/26: mild DDD.", "x-ray"),
    ],
)  # fmt: skip
def test_a_study_with_its_result_or_another_order_word_stands(text: str, concept: str) -> None:
    assert _flags(text, concept) == [False]
