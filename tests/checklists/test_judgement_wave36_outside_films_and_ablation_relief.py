"""Two readings a reviewer does not take as the record's evidence (older errors, blind wave 35).

An assessment that names its source as outside films "not in our system" has no film of its own:
"A: L cuff tear arthropathy (per outside films, Hamada 4 - not in our system)" met TSA-001 though
the only radiograph on file was of the other shoulder (DV/shoulder-02). The reviewer asks for the
films, as for "report not available".

A relief figure is the result of the procedure written nearest it: a repeat ablation's note that
listed two medial branch blocks at 85% and 90% and then "RFA 5/20/2025 - 70% relief through
December" read the ablation's 70% as a block under 80% and called IPN-008 missing (DX/inj-03).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.named_procedure import about_another
from smartapp.notes.second_hand import result_not_in_hand

from .test_judgement import _note, record, status


def _report(ident: str, when: str, title: str, text: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": ident,
        "status": "final",
        "code": {"text": title},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": when,
        "conclusion": text,
    }


_SHOULDER = (
    "S: L shoulder pain and weakness over a year, failed PT and two injections.\n"
    "O: L shoulder pseudoparalysis, ER lag +.\n"
    "A: L rotator cuff arthropathy {source}.\n"
    "P: L reverse shoulder arthroplasty."
)


@pytest.mark.parametrize(
    "source",
    [
        "(per outside films, Hamada 3 - not in our system)",
        "(outside XR, Hamada 4, not in the chart)",
        "per outside radiographs - not on file",
    ],
)
def test_outside_films_not_in_the_record_are_no_film(source: str) -> None:
    other_side = _report("r1", "2026-01-20", "XR Shoulder Right 2 views", "Mild AC arthrosis.")
    visit = _note("n1", "2026-02-10", _SHOULDER.format(source=source))
    bundle = record("23472", other_side, visit, reason="M75.122")
    assert status(bundle, "TSA-001")["status"] != "met"


def test_the_clinicians_own_read_still_counts() -> None:
    visit = _note("n1", "2026-02-10", _SHOULDER.format(source="on XR today (2/10), Hamada 4"))
    assert status(record("23472", visit, reason="M75.122"), "TSA-001")["status"] == "met"


def test_only_a_clause_that_says_the_study_is_not_in_the_record() -> None:
    assert result_not_in_hand("A: severe GH OA - not in our system.", 3, 15)
    assert not result_not_in_hand("A: severe GH OA; pain not in our system of care.", 3, 15)
    assert not result_not_in_hand("A: severe GH OA. Outside films not in our system.", 3, 15)


_AS_OF = dt.date(2026, 2, 20)
_BLOCKS = (
    "Procedure hx: bilateral L4-5/L5-S1 MBB #1 4/14/2025 - 85% relief x 6 hrs. MBB #2 5/5/2025"
    " - 90% relief x 5 hrs.\n{ablation}\nPain back to baseline, NRS 7/10. Facet loading + bilat."
    "\nPlan: repeat bilateral L4-5, L5-S1 radiofrequency ablation."
)


def _block(ident: str, when: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "64493"}]},
        "subject": {"reference": "Patient/p"},
        "performedDateTime": when,
    }


def _ipn8(ablation: str) -> str:
    visit = _note("n1", "2026-02-12", _BLOCKS.format(ablation=ablation))
    bundle = record(
        "64635", visit, _block("b1", "2025-04-14"), _block("b2", "2025-05-05"), reason="M47.816"
    )
    return status(bundle, "IPN-008", as_of=_AS_OF)["status"]


@pytest.mark.parametrize(
    "ablation",
    [
        "Bilateral L4-5, L5-S1 RFA 6/10/2025 - 65% relief until December (about 6 months).",
        "About 70% relief for 6 months after the radiofrequency ablation of 6/10/2025.",
    ],
)
def test_an_ablations_relief_is_no_block_under_80(ablation: str) -> None:
    assert _ipn8(ablation) == "met"


def test_a_block_under_80_is_still_a_gap() -> None:
    assert _ipn8("MBB #3 5/20/2025 gave only 60% relief, so RFA was put off.") != "met"


def test_the_procedure_nearest_the_figure() -> None:
    spec = {"named": ["rfa"], "rather_than": ["mbb"]}
    text = "MBB #1 85% relief; 70% relief after the RFA"
    assert about_another(text, text.index("70%") + 4, spec)
    assert not about_another(text, text.index("85%") + 4, spec)
    assert not about_another("MBB #2 only 60% relief, RFA deferred", 21, spec)
    assert not about_another("60% relief after the second block", 4, spec)
