"""A steroid injection the note gives to the other knee is no injection of the requested one
(brief s77-side, blind wave 91, MJ/hyaluronan-02; HYA-003 under LCD L39260: a prior
intra-articular corticosteroid injection of the knee to be treated).

- A medication list entry whose remark names the side after its spaced dash or in brackets:
  "triamcinolone acetonide 40 mg/mL inj - last given 11/03/2025 (L knee)" (entry_remarks.py).
  The entry was cut at the dash, so its side was a statement of its own and the drug matched
  the right knee.
- A procedure note's header: "Procedure: L knee injection" then "Triamcinolone 40 mg injected
  under sterile prep." (procedure_headers.py).

Near misses still count: an entry or header naming the requested knee or both, an injection with
no side anywhere, "R knee: CSI 3/2026 (triamcinolone 40 mg)" under another knee's header.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.evidence.region_match import compatible
from smartapp.notes import NoteInput, find_findings
from smartapp.notes.procedure_headers import procedure_spans

RIGHT_KNEE = frozenset({"knee", "knee:right"})


def _right_knee_injection(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/k1", text, dt.date(2026, 5, 15))])
    return any(
        f.concept == "corticosteroid-injection"
        and f.asserted
        and not f.hypothetical
        and compatible(RIGHT_KNEE, f.regions)
        for f in found
    )


MEDS = "Current Outpatient Medications (reconciled 05/15/2026):\n"


@pytest.mark.parametrize(
    "text",
    [
        MEDS + " triamcinolone acetonide 40 mg/mL inj - last given 11/03/2025 (L knee)\n",
        MEDS + " Kenalog 40 mg/mL inj - given into left knee 10/2025\n meloxicam 15 mg daily\n",
        MEDS + " methylprednisolone acetate 80 mg inj - L knee 9/2025\n",
        "Procedure: L knee injection\nTriamcinolone 40 mg injected under sterile prep. Tolerated.",
        "PROCEDURE PERFORMED: Left knee intra-articular corticosteroid injection\n\nIndication: OA."
        "\n\nConsent obtained. 40 mg triamcinolone with 4 mL lidocaine injected via superolateral"
        " approach. Tolerated well.",
        "Procedure note: Lt knee injection\nKenalog 40 mg injected.",
    ],
)
def test_an_injection_the_note_gives_to_the_other_knee_is_not_the_right_knees(text: str) -> None:
    assert not _right_knee_injection(text)


@pytest.mark.parametrize(
    "text",
    [
        MEDS + " triamcinolone acetonide 40 mg/mL inj - last given 11/03/2025 (R knee)\n",
        MEDS + " triamcinolone 40 mg inj - last given 11/2025 (bilateral knees)\n",
        MEDS + " triamcinolone acetonide 40 mg/mL inj - last given 11/03/2025\n",
        "Procedure: R knee injection\nTriamcinolone 40 mg injected under sterile prep.",
        "Procedure: Bilateral knee injection\nTriamcinolone 40 mg injected into each knee.",
        "Procedure: knee injection\nTriamcinolone 40 mg injected under sterile prep.",
        "Procedure: L knee injection\nTriamcinolone 40 mg injected.\n"
        "R knee: CSI 3/2026 (triamcinolone 40 mg), 4 weeks relief.",
        "Procedures discussed: L knee injection vs gel\nTriamcinolone 40 mg injection 11/2025 "
        "helped 2 wks.",
        "R knee OA. Triamcinolone 40 mg injection 11/2025, 2 wks relief.",
        "R knee: CSI 3/2026 (triamcinolone 40 mg)",
    ],
)
def test_the_requested_knee_both_knees_or_no_side_still_count(text: str) -> None:
    assert _right_knee_injection(text)


@pytest.mark.parametrize(
    "text",
    [
        "R knee: offered CSI today; pt declined.",
        "R knee CSI offered and declined twice.",
        "Steroid injection R knee deferred.",
        "Discussed steroid injection for R knee, pt wishes to defer.",
        "Offered R knee cortisone shot x2 - declined both times.",
    ],
)
def test_an_injection_offered_declined_or_deferred_is_none(text: str) -> None:
    assert not _right_knee_injection(text)


def test_a_procedure_header_reaches_to_the_next_one() -> None:
    text = "Procedure: L knee injection\nTolerated.\n\nProcedure: R knee aspiration\nClear fluid."
    spans = procedure_spans(text)
    assert [regions for _, _, regions in spans] == [
        frozenset({"knee", "knee:left"}),
        frozenset({"knee", "knee:right"}),
    ]
    assert spans[0][1] == text.index("Procedure: R")


def test_a_header_without_a_side_or_a_planned_one_reaches_nothing() -> None:
    assert procedure_spans("Procedure: knee injection\nTolerated.") == []
    assert procedure_spans("Procedure planned: L knee injection\nNext week.") == []


def test_a_surgical_history_line_heads_nothing() -> None:
    assert procedure_spans("Procedures: L knee arthroscopy\nPT x 6 wks.") == []
    assert procedure_spans("Procedure: L knee injection 11/2023\nPT x 6 wks.") == []
