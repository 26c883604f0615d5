"""A table of the care tried ends the list written above it (brief s83-tables).

"Allergies/Intolerances: meloxicam - dyspepsia" then a table headed "Therapy | Dates | Visits |
Result |": its rows went on as the allergy list's entries, so seven weeks of PT and an injection
were reactions, no care (blind wave 98, NM/aio-01). A heading row naming the care in its first
column heads a table of care (care_tables.py); an allergy table's own heading, a row of values
and a plan's table keep their list or section.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.care_tables import care_table_head
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.segments import segment

_ROW = (
    "PT (Riverside Rehab) RC strengthening + HEP | 1/5/26 - 2/20/26 | 12 | "
    "no sustained improvement |"
)


def _section_of(text: str, words: str) -> str:
    return next(s.section for s in segment(text) if words in s.text)


@pytest.mark.parametrize(
    "text",
    [
        # the blind case: an allergy list on its header's line, the therapy table under it
        "Allergies/Intolerances: meloxicam - dyspepsia (stopped 1/2026 after 4 wks)\n\n"
        f"Therapy | Dates | Visits | Result |\n\n{_ROW}\n",
        # the list under its own header line
        f"Allergies:\nPCN - rash\nsulfa\n\nTreatment | Dates | Response |\n{_ROW}\n",
        f"Meds: ibuprofen 600 mg prn\nPrior treatment | Dates | Visits | Outcome |\n{_ROW}\n",
        f"PSH: R knee scope 2019.\nConservative care | Dates | Result |\n{_ROW}\n",
        f"FHx: mother - RA\nIntervention | Date | Result |\n{_ROW}\n",
        f"Allergies: codeine (nausea)\nMedication | Dates | Response |\n{_ROW}\n",
        f"Allergies: NKDA\n| Therapy | Dates | Visits | Result |\n{_ROW}\n",
    ],
)
def test_a_care_table_ends_the_list_above_it(text: str) -> None:
    assert _section_of(text, "Riverside") == ""


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # an allergy table's own heading: its rows are the allergies
        (
            "Allergies:\nMedication | Reaction | Severity |\nMeloxicam | dyspepsia | mild |\n",
            "allergies",
        ),
        ("Allergies: see below\nDrug | Reaction |\nNaproxen | GI upset |\n", "allergies"),
        # an allergy table headed by its agent: its rows are entries, a drug class first
        (
            "Allergies\n\nAgent | Reaction |\n\nNSAIDs | GI upset/dyspepsia |\n\n"
            "Codeine | nausea |\n",
            "allergies",
        ),
        # a row of values is no heading
        ("Allergies: PCN (rash)\nPT | 6 wks | failed |\n", "allergies"),
        # a table of drugs under a medication list is that list's
        (
            "Meds: see table\nMedication | Dose | Started |\nMeloxicam | 15 mg | 2025 |\n",
            "medications",
        ),
        # a plan's table of care to come keeps the plan
        ("Plan:\nTherapy | Frequency | Duration |\nPT | 2x/wk | 6 wks |\n", "plan"),
    ],
)
def test_other_tables_keep_their_section(text: str, section: str) -> None:
    last = text.strip().splitlines()[-1]
    assert _section_of(text, last.split(" |")[0]) == section


def test_the_heading_alone() -> None:
    assert care_table_head("Therapy | Dates | Visits | Result |", "allergies")
    assert not care_table_head("Therapy | Dates | Visits | Result |", "plan")
    assert not care_table_head("Therapy | Dates | Visits | Result |", "")
    assert not care_table_head("Therapy: PT 12 visits", "allergies")
    assert not care_table_head("Allergen | Reaction |", "allergies")
    assert not care_table_head("Medication | Dates |", "medications")


def test_the_therapy_row_is_care_with_its_dates() -> None:
    text = (
        "Allergies/Intolerances: meloxicam - dyspepsia (stopped 1/2026 after 4 wks)\n\n"
        f"Therapy | Dates | Visits | Result |\n\n{_ROW}\n\n"
        "Subacromial CSI | 1/12/26 | 1 | ~2 wks relief |\n"
    )
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 3, 9))]
    care = {
        f.concept: f
        for f in find_findings(notes)
        if f.category == "conservative-treatment" and "|" in f.snippet
    }
    assert care["physical-therapy"].section == ""
    assert care["physical-therapy"].dates == (date(2026, 1, 5), date(2026, 2, 20))
    assert care["corticosteroid-injection"].section == ""
