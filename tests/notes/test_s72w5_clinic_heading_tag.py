"""A note headed by its clinic or specialty, its day and where the patient was seen is the
record of a visit held there (brief s72-w5, item 2, blind wave 83, LE/dme-cgm-03): the
endocrinologist's note opening "Endocrinology 3/10/26 (in clinic)", with its history, A1c and
A/P, was the face-to-face visit of the CGM order a week later, but the bracketed tag was read
only after a visit word ("f/u 3/10/26 (in clinic)"), so no visit was found. The heading's words
may be a specialty, a service or a clinic, the tag bracketed or set off by a dash. Not a heading
of a telephone, video or portal contact, a nurse's, dietitian's or educator's contact, an
outside ED record, a visit to come, nor a tag that is no place of a visit."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _visits(text: str) -> list[tuple[bool, bool]]:
    """(negated, hypothetical) of each in-person-visit finding of ``text``'s note of 3/10/26."""
    notes = [NoteInput("DocumentReference/a1", text, dt.date(2026, 3, 10))]
    return [(f.negated, f.hypothetical) for f in find_findings(notes)
            if f.concept == "in-person-visit"]  # fmt: skip


_BODY = (
    "\n78M T2DM on glipizide, recurrent lows. A1c 6.4.\nA/P: problematic hypoglycemia. Start CGM."
)


@pytest.mark.parametrize(
    "heading",
    [
        "Endocrinology 3/10/26 (in clinic)",
        "ENDO 03/10/2026 (office)",
        "Diabetes 3/10/26 [in-person]",
        "Endocrinology - 3/10/26 - in clinic",
        "Endocrine 3/10/2026 (in office)",
        "Cardiology 3/10/26 (in person)",
        "Internal Medicine 03/10/26 (in-clinic)",
        "Endocrinology: 3/10/26, in office",
    ],
)
def test_a_heading_with_its_day_and_place_is_a_visit_held(heading: str) -> None:
    found = _visits(heading + _BODY)
    assert found and not any(neg or hyp for neg, hyp in found), found


@pytest.mark.parametrize(
    "heading",
    [
        "Endocrinology 3/10/26 (telephone)",
        "Endocrinology 3/10/26 (video)",
        "RDN 3/12/26 (in clinic)",
        "Dietitian 3/12/26 (in office)",
        "RN phone call 3/12/26",
        "Portal message 3/12/26 (in clinic)",
        "SCANNED OUTSIDE RECORD - Mercy ED 01/05/2026 (office)",
        "Outside ED 1/5/26 (in clinic)",
        "Next endo 6/10/26 (in clinic)",
        "Endocrinology 3/10/26 (clinic closed)",
        "Referred to endocrinology 3/10/26 (in clinic)",
    ],
)
def test_no_visit_of_the_treating_practitioner_held_there(heading: str) -> None:
    assert not [f for f in _visits(heading + _BODY) if not any(f)], heading
