"""Care lost to a list's bounds, a label, a month and a metre (blind wave 38's false alarms).

- An allergy list written on its header's line ends with that line when the next line opens a
  field of its own ("Prior treatment: PT ..."): that care is no reaction (EL/hyaluronan-02).
- A bare depot steroid named by its generic name ("L knee triamcinolone 3/3/26") is the
  injection, as a bare "kenalog" already was; its cream or nasal spray is not (EL/hyaluronan-02).
- "Non-op tx:" names a kind of care, as "non-operative" does, not a denial (EN/hip-01).
- "May" opening a range of months ("May-Jul 2025") is the month, not the verb (EN/hip-01).
- A medication list opened after a sentence on the same line is cut into its items: one drug's
  "(not effective)" denies no other drug (EM/inf-01).
- A walker that bounds the walk at a few metres, and a manual chair pushed a few metres and
  called not functional, are devices that fail (EL/wheelchair-03).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_DAY = date(2026, 5, 4)


def _found(text: str, concept: str) -> list[bool]:
    """Whether each mention of ``concept`` in ``text`` is asserted."""
    notes = [NoteInput("DocumentReference/n1", text, _DAY)]
    return [f.asserted for f in find_findings(notes) if f.concept == concept]


def _sections(text: str, concept: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, _DAY)]
    return [f.section for f in find_findings(notes) if f.concept == concept]


def _knee_items(text: str) -> dict[str, str]:
    order = {"authoredOn": "2026-05-04", "occurrenceDateTime": "2026-05-20"}
    bundle = record("J7325", _note("n1", "2026-05-04", text), reason="M17.12", order=order)
    report = score_bundle(bundle, as_of=date(2026, 5, 10))
    return {i["id"]: i["status"] for i in report["items"]}


_KNEE = (
    "Sports medicine\nCC: L knee pain for 3 years.\n"
    "Allergy: celecoxib - hives; meloxicam - GI upset.\n"
    "Prior treatment: PT 10 visits 10/2025-1/2026 with HEP, acetaminophen 650 TID since Oct, "
    "activity modification; little help.\n"
    "Prior injection: L knee triamcinolone 2/9/26 - relief 2 weeks.\n"
    "Plan: Synvisc-One 48 mg L knee 5/20/26."
)


def test_care_on_a_labelled_line_after_a_one_line_allergy_list_is_care() -> None:
    assert "allergies" not in _sections(_KNEE, "physical-therapy")
    items = _knee_items(_KNEE)
    assert items["HYA-002"] == "met"  # October to May: more than three months of care
    assert items["HYA-003"] == "met"  # the bare triamcinolone is the steroid injection


def test_an_allergy_list_goes_on_over_a_drug_written_as_a_label() -> None:
    text = "Allergies: penicillin - hives\nNaproxen: GI bleed 2024\nPlan: PT."
    assert _sections(text, "nsaid") == ["allergies"]


@pytest.mark.parametrize(
    "text",
    [
        "Meds: triamcinolone 0.1% cream BID to shins.",
        "Meds: triamcinolone acetonide 0.1% ointment.",
        "triamcinolone nasal spray daily for allergies",
    ],
)
def test_a_steroid_for_the_skin_or_nose_is_no_injection(text: str) -> None:
    assert not _found(text, "corticosteroid-injection"), text


def test_a_depot_steroid_by_name_is_the_injection() -> None:
    assert _found("R knee Depo-Medrol 80 mg 1/5/26 - helped 3 wks.", "corticosteroid-injection")


@pytest.mark.parametrize(
    "text",
    [
        "Non-op tx: PT 8 visits, meloxicam 6 months, cane.",
        "Nonop care tried: meloxicam since 2024.",
    ],
)
def test_non_op_names_the_care_tried(text: str) -> None:
    assert _found(text, "nsaid") == [True], text


@pytest.mark.parametrize(
    "text",
    [
        "Tx: PT 2x/wk (May-Jul 2025), meloxicam 6/2025-12/2025, cane.",
        "Tx: PT May to July, meloxicam, cane.",
    ],
)
def test_may_opening_a_range_of_months_is_the_month(text: str) -> None:
    assert _found(text, "nsaid") == [True], text
    assert _found(text, "bracing") == [True], text


def test_may_the_verb_still_leaves_care_open() -> None:
    assert _found("Tx: may try meloxicam.", "nsaid") == [False]


@pytest.mark.parametrize(
    "text",
    [
        "44M ileocolonic Crohn's since 2023. Meds: mesalamine 2023-24 (not effective), "
        "methotrexate 25 mg weekly 2/2025-10/2025 - inadequate response.",
        "Seen today. Meds: sulfasalazine (not tolerated), methotrexate 2/2025-10/2025.",
    ],
)
def test_a_med_list_opened_mid_line_is_cut_into_its_drugs(text: str) -> None:
    assert _found(text, "methotrexate") == [True], text
    assert _sections(text, "methotrexate") == ["medications"]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Paraplegia, UE 3/5; uses walker < 4 m.", "cane-walker-insufficient"),
        ("Walks only 8 m with rollator, then sits.", "cane-walker-insufficient"),
        (
            "MWC: trialed, self-propels 15 m then shoulder pain - not functional.",
            "manual-chair-insufficient",
        ),
    ],
)
def test_a_device_bounded_at_a_few_metres_fails(text: str, concept: str) -> None:
    found = _found(text, concept)
    assert found and all(found), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Walks 150 ft with rollator at home.", "cane-walker-insufficient"),
        ("Walks 40 m with rollator, no falls.", "cane-walker-insufficient"),
        ("Self-propels 200 m independently.", "manual-chair-insufficient"),
    ],
)
def test_a_longer_or_unbounded_distance_is_no_failure(text: str, concept: str) -> None:
    assert not _found(text, concept), text
