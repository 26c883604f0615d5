"""A repeat ablation asked more than a year after the one it repeats still rests on the blocks
that qualified that one (brief s83-blocks).

Blind wave 98, NL/inj-03: medial branch blocks 12/2024 (90%, 85%), an RFA 3/2025 that held ~70%
for about 10 months, a repeat asked 6/2026. The prior ablation was 15 months back, past the 12
months IPN-008's repeat branch looked for it, and the blocks read as "found only outside the
window". LCD L38773 puts no time on the ablation a repeat follows (the repeat is judged on its
response, IPN-009), so the branch looks two years back for it and a year before that for its
blocks. Near misses stay gaps: no prior ablation (a first RFA with blocks over a year old), an
ablation of another region, a block under 80% before the ablation.
"""

from __future__ import annotations

import datetime as dt

from .test_judgement import _note, record, status

_AS_OF = dt.date(2026, 6, 8)
_CPT = "http://www.ama-assn.org/go/cpt"


def _procedure(ident: str, code: str, when: str, text: str, remark: str = "") -> dict:
    resource = {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "code": {"coding": [{"system": _CPT, "code": code}], "text": text},
        "subject": {"reference": "Patient/p"},
        "performedDateTime": when,
    }
    if remark:
        resource["note"] = [{"text": remark}]
    return resource


_VISIT = (
    "R-sided axial LBP returned ~January; pain back to 7/10 (was 2/10 after RFA 3/4/25).\n"
    "Relief after RFA: ~70% for about 10 months.\n"
    "A/P: Recurrent R facet pain. Repeat R L4-5, L5-S1 RFA under fluoro; continue HEP."
)
_BLOCKS = (
    _procedure("b1", "64493", "2024-12-03", "Medial branch block L4-5, L5-S1 right",
               "90% relief x 6 h, lidocaine"),
    _procedure("b2", "64493", "2024-12-20", "Medial branch block L4-5, L5-S1 right",
               "85% relief x 10 h, bupivacaine"),
)  # fmt: skip
_LUMBAR_RFA = _procedure("r1", "64635", "2025-03-04", "RFA lumbar facet right L4-5")


def _ipn8(*extra: dict) -> str:
    visit = _note("n1", "2026-06-03", _VISIT)
    bundle = record(
        "64635", visit, *extra, reason="M47.816", order={"authoredOn": "2026-06-08"}
    )
    return status(bundle, "IPN-008", as_of=_AS_OF)["status"]


def test_the_blocks_before_an_ablation_15_months_back_qualify_its_repeat() -> None:
    assert _ipn8(*_BLOCKS, _LUMBAR_RFA) == "met"


def test_a_first_ablation_with_blocks_over_a_year_old_is_still_a_gap() -> None:
    assert _ipn8(*_BLOCKS) != "met"


def test_an_ablation_of_another_region_is_no_prior_one() -> None:
    cervical = _procedure("r1", "64633", "2025-03-04", "RFA cervical facet right C5-6")
    assert _ipn8(*_BLOCKS, cervical) != "met"


def test_a_block_under_80_before_the_ablation_is_still_a_gap() -> None:
    low = _procedure("b3", "64493", "2025-01-15", "Medial branch block L4-5, L5-S1 right",
                     "50% relief x 2 h")  # fmt: skip
    assert _ipn8(*_BLOCKS, low, _LUMBAR_RFA) != "met"
