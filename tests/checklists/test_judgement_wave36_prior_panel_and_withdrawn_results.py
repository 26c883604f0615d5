"""Two results read wrongly in blind wave 36.

A prior germline panel whose genes are listed in a bracket with an abbreviation ("germline panel
(30 genes incl. MSH2, MLH1 ...): NEGATIVE", a faxed outside record: EE/genetic-03) lost its
result: "incl." was read as a sentence's end and the panel's words stopped there, so GEN-004 (no
repeat of the same germline test, NCD 90.2) was met. An abbreviation's full stop ends no
statement, and the genes' bracket is the test's.

An Observation the EHR marks entered-in-error (a duplicate QuantiFERON "Negative" this year:
EE/infliximab-03) still lent its words to INF-003 as a charted comment; a withdrawn resource
lends nothing, as a withdrawn note does not. A final result still counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.segments import segment

from .test_judgement import record, status


def _prior(text: str) -> bool:
    return any(
        f.asserted and f.concept == "prior-germline-test"
        for f in find_findings([NoteInput("D/1", text)])
    )


@pytest.mark.parametrize(
    "text",
    [
        "Faxed records: Invitae 2021-03-02 germline panel (30 genes incl. MSH2, MLH1): NEGATIVE.",
        "Scanned report: 2020 germline panel (e.g. MLH1, MSH2, MSH6 and 25 more genes, see "
        "attached list) - negative.",
        "Ambry CancerNext 2019-05-01 hereditary panel (incl. APC, MUTYH): no pathogenic variant.",
    ],
)
def test_a_panel_with_its_genes_in_a_bracket_is_a_test_done(text: str) -> None:
    assert _prior(text), text


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 brother had germline panel (incl. MLH1, MSH2): negative.",
        "Plan: 2026 germline panel (incl. MLH1, MSH2); if negative, no further testing.",
    ],
)
def test_a_relatives_panel_or_one_to_come_is_none(text: str) -> None:
    assert not _prior(text), text


def test_an_abbreviation_ends_no_statement() -> None:
    texts = [s.text for s in segment("Panel covers 30 genes incl. MLH1 and MSH2. Next line.")]
    assert len(texts) == 2
    assert "MLH1" in texts[0]


def _qft(state: str, when: str = "2026-02-10") -> dict:
    return {
        "resourceType": "Observation",
        "id": f"qft-{state}",
        "status": state,
        "code": {
            "coding": [{"system": "http://loinc.org", "code": "71774-4"}],
            "text": "QuantiFERON-TB Gold Plus",
        },
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": when,
        "valueString": "Negative",
    }


def _tb(*resources: dict) -> str:
    bundle = record("Q5104", *resources, reason="K51.011")
    return status(bundle, "INF-003", as_of=date(2026, 3, 1))["status"]


def test_a_result_entered_in_error_is_no_tb_screening() -> None:
    assert _tb(_qft("entered-in-error"), _qft("final", "2024-10-01")) != "met"


def test_a_final_result_still_counts() -> None:
    assert _tb(_qft("final")) == "met"
