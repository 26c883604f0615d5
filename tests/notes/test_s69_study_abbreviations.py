"""A prior study named by its shorthand label is a result done (s69-p).

"Renal US 2/10/2026: mild L hydronephrosis" and "KUB 1/5/26: no obstruction" were not read as a
prior result, so advanced-imaging-other AIM-002 (and any element taking an ultrasound or a
radiograph) called the study missing. "US" is an ultrasound only where a study label makes it
one - an organ or region before it, a date, a colon or the region after it - never the country,
nor the guidance of an injection; "KUB" is the abdominal film. Ordered or denied, it stays no
result (ConText reads those the same as for the spelled-out names).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 3, 10))])
    return {f"{f.category}|{f.concept}" for f in found if f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "Renal US 2/10/2026: mild L hydronephrosis, no stone seen.",
        "Pelvic US 2026-03-01 normal.",
        "RUQ US 1/12/26 - cholelithiasis without wall thickening.",
        "Thyroid US: 2.1 cm solid nodule R lobe, TI-RADS 4.",
        "US 2/20/2026: complex adnexal structure 4 cm.",
        "US (1/3/26): gallstones, CBD 5 mm.",
        "US abdomen 1/3/26: fatty liver.",
        "Carotid US 12/2025 - 50-69% R ICA stenosis.",
        "Transvaginal US 2/2/26 showed 3 cm simple cyst.",
    ],
)
def test_an_ultrasound_by_its_label_is_a_result(text):
    assert "diagnostic-results|ultrasound" in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "KUB 1/5/26: no obstruction, nonspecific gas pattern.",
        "KUB negative for stones.",
        "AXR 2/1/2026: dilated small bowel loops.",
    ],
)
def test_an_abdominal_film_by_its_label_is_a_result(text):
    assert "diagnostic-results|x-ray" in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patient moved to the US in 2019.",
        "Moved to US 2019 from Honduras.",
        "Born outside the US, here since 2015.",
        "R hip injection with US guidance 1/15/26, triamcinolone 40 mg.",
        "Knee injection under US.",
        "Renal US ordered.",
        "No prior renal US.",
        "Will get pelvic US next week.",
        "KUB ordered.",
    ],
)
def test_no_study_done_or_no_study_named(text):
    found = _asserted(text)
    assert "diagnostic-results|ultrasound" not in found
    assert "diagnostic-results|x-ray" not in found
