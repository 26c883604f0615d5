"""A plan whose kind is left undecided names no plan (blind wave 87, LU/shoulder-arthroplasty-02).

"Plan L shoulder replacement - type TBD." was read as TSA-005's surgical plan; the item asks
for the kind (anatomic, reverse, hemiarthroplasty), and the note says it is not chosen. The same
open choice in other words ("anatomic vs reverse - will decide", "considering reverse vs
anatomic", "TBD after CT"), and a spine surgery's level or a bariatric procedure left open, name
no plan either. Another part of the plan left open (date, anesthesia, setting), a choice made
and a kind named stay the plan.
"""

from __future__ import annotations

import pytest

from smartapp.checklists.undecided_choice import choice_left_open

from .test_judgement import _note, record, status


def _shoulder(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record("23472", note, reason="M19.012"), "TSA-005")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L shoulder OA, r/o cuff tear. MRI ordered. Plan L shoulder replacement - type TBD.",
        "A/P: L GH OA. Plan: L TSA, anatomic vs reverse - will decide.",
        "A/P: L GH OA. Plan L shoulder arthroplasty, considering reverse vs anatomic.",
        "A/P: L GH OA. Plan L shoulder arthroplasty (anatomic vs reverse TBD after CT).",
        "A/P: L GH OA. Plan L shoulder arthroplasty - TBD after CT.",
        "A/P: L GH OA. Plan L shoulder replacement. Implant type to be determined.",
        "A/P: L GH OA. Plan L shoulder replacement, type: undecided.",
        "A/P: L GH OA. Plan L shoulder arthroplasty; type pending MRI.",
        "A/P: L GH OA. Plan L shoulder replacement, anatomic or reverse depending on MRI.",
    ],
)
def test_a_shoulder_plan_of_undecided_kind_is_no_plan(text: str) -> None:
    assert _shoulder(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L GH OA, cuff intact. Plan L aTSA - date TBD. Expect pain relief.",
        "A/P: L GH OA. Plan L reverse TSA; anesthesia type TBD. Expect pain relief.",
        "A/P: L GH OA. Plan L aTSA; nerve block type TBD by anesthesia. Expect pain relief.",
        "A/P: L GH OA. Plan L RSA, outpatient or 23h obs TBD. Expect pain relief.",
        "A/P: L GH OA. Plan: L reverse TSA given cuff tear on MRI. Expect pain relief.",
        "A/P: L GH OA. Plan L aTSA 3/10. Surgeon TBD. Expect improved ROM.",
        # a kind chosen by what the surgeon finds (LW/tsa-03)
        "A/P: L TSA (anatomic vs hemi per intra-op glenoid). Expected pain relief, improved ADLs.",
    ],
)
def test_a_shoulder_plan_with_its_kind_stays_the_plan(text: str) -> None:
    assert _shoulder(text) == "met"


@pytest.mark.parametrize(
    "sentence",
    [
        "Plan L4-5 decompression and fusion, levels TBD after CT myelogram.",
        "Plan lumbar fusion, approach (TLIF vs ALIF) undecided.",
        "Plan bariatric surgery, deciding between sleeve and bypass.",
        "Plan R L5 TFESI, side to be determined.",
    ],
)
def test_other_plans_left_open(sentence: str) -> None:
    start = sentence.index(" ") + 1
    assert choice_left_open(sentence, start, start + 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "Plan L4-5 TLIF 3/10, date TBD. Expect leg pain relief.",
        "Plan laparoscopic sleeve gastrectomy; pt prefers sleeve over bypass.",
        "Plan R L5 TFESI under fluoroscopy; follow-up visit TBD.",
        "Plan lap sleeve. Discussed risks and benefits.",
        "Plan L4-5 TLIF; pain level unclear on some days.",
        "Plan R TKA 3/10. Contralateral side TBD next year.",
    ],
)
def test_other_plans_decided(sentence: str) -> None:
    start = sentence.index(" ") + 1
    assert not choice_left_open(sentence, start, start + 10)
