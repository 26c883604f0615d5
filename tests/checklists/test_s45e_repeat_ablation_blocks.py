"""A repeat ablation rests on the blocks that qualified the ablation it repeats (blind wave 51,
GI/spinalinj-03): two medial branch blocks at 80% and 90% done a few weeks before a first RFA
fall outside the 12 months before the repeat request, and IPN-008 read them as no blocks at all.
The LCD asks a repeat for the prior ablation's response (IPN-009), not for a new pair of blocks.
"""

from __future__ import annotations

import datetime as dt

from .test_judgement import _note, record, status

_AS_OF = dt.date(2026, 5, 4)
_CPT = "http://www.ama-assn.org/go/cpt"


def _procedure(ident: str, code: str, when: str, remark: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "code": {"coding": [{"system": _CPT, "code": code}]},
        "subject": {"reference": "Patient/p"},
        "performedDateTime": when,
        "note": [{"text": remark}],
    }


_VISIT = (
    "Low back pain, axial, for years. Facet loading positive bilaterally at L3-4 and L4-5.\n"
    "Plan: repeat bilateral L3-4, L4-5 radiofrequency ablation."
)


def _ipn8(*extra: dict) -> str:
    blocks = (
        _procedure("b1", "64493", "2025-03-10", "Bilateral L3-4, L4-5 MBB #1: 85% relief x 3 h"),
        _procedure("b2", "64493", "2025-03-31", "Bilateral L3-4, L4-5 MBB #2: 95% relief x 6 h"),
    )
    visit = _note("n1", "2026-04-20", _VISIT)
    bundle = record("64635", visit, *blocks, *extra, reason="M47.816")
    return status(bundle, "IPN-008", as_of=_AS_OF)["status"]


def test_the_blocks_before_the_ablation_repeated_qualify_it() -> None:
    first = _procedure("r1", "64635", "2025-05-19", "Bilateral L3-4 and L4-5 RFA")
    assert _ipn8(first) == "met"


def test_blocks_over_a_year_old_with_no_ablation_since_are_still_a_gap() -> None:
    assert _ipn8() != "met"


def test_a_block_under_80_before_the_ablation_is_still_a_gap() -> None:
    first = _procedure("r1", "64635", "2025-05-19", "Bilateral L3-4 and L4-5 RFA")
    third = _procedure("b3", "64493", "2025-04-14", "Bilateral L3-4, L4-5 MBB #3: 50% relief")
    assert _ipn8(first, third) != "met"
