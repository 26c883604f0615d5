"""An organ a drug harmed, named as why it was stopped, is not the region the drug treated (brief
s67-g, blind wave 70, JF/tsa-01): "naproxen which he stopped in the fall because of his kidneys"
made a dictated shoulder history's PT, naproxen and two cortisone shots the abdomen's, and the
arthroplasty saw no conservative care at all. The stopped drug's organ is blanked as a region
word (borrowed_region_words.py); an activity stopped for an organ, care given for one, and an
organ named for itself stay the organ's."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.evidence.regions import regions_in_text

from .test_judgement import _note, record, status

AS_OF = date(2026, 1, 20)


def _tsa(care: str) -> str:
    text = f"R shoulder pain x 2 yrs, worse with reaching. {care}"
    bundle = record(
        "23472", _note("n1", "2026-01-13", text), reason="M19.011",
        order={"authoredOn": "2026-01-13"},
    )  # fmt: skip
    return status(bundle, "TSA-002", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "care",
    [
        # dictated, the case's own way
        "He has had physical therapy from april through june 2025, about 10 weeks, naproxen"
        " which he stopped in the fall because of his kidneys, and 2 cortisone shots, the last"
        " in september.",
        # terse clinic shorthand
        "PT 4/2025-6/2025, naproxen 500 bid d/c'd 10/2025 due to renal function, CSI 9/2025.",
        "Meloxicam 15 mg daily Apr-Sep 2025, held for acute kidney injury, PT x 8 wks.",
        "Naproxen from April until it was discontinued in October d/t abdominal pain, plus PT"
        " in the summer.",
        "PT apr-jun 2025 + naproxen til oct 2025 (came off it b/c of his kidneys)",
        "pt did PT apr-jun 2025 and took naproxen til oct 2025 but came off it b/c kidneys",
        # misspelt drug, the organ first
        "Because of his kidneys he stopped the naprosyn and ibuprofin (4/2025-10/2025), PT"
        " 5/2025-7/2025.",
    ],
)
def test_care_stopped_for_an_organ_it_harmed_is_still_the_shoulder_s(care: str) -> None:
    assert _tsa(care) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "naproxen which he stopped in the fall because of his kidneys",
        "ibuprofen stopped 2/2 kidney function",
        "celecoxib discontinued because of elevated liver enzymes",
        "duloxetine, quit due to headaches",
        "stopped taking meloxicam due to his kidneys",
        "couldn't continue naproxen given his renal function",
    ],
)
def test_the_organ_a_stopped_drug_harmed_names_no_region(text: str) -> None:
    assert regions_in_text(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("stopped working due to kidney disease", "abdomen-pelvis"),  # an activity stopped
        ("stopped walking due to abdominal pain", "abdomen-pelvis"),
        ("naproxen for kidney stone pain", "abdomen-pelvis"),  # care given for the organ
        ("CT abdomen/pelvis for renal colic", "abdomen-pelvis"),
        ("CKD 3b, renal function declining, naproxen 4/2025-10/2025", "abdomen-pelvis"),
        ("headaches x 3 months, tried nothing", "head"),
    ],
)
def test_an_organ_named_for_itself_stays_the_organ_s(text: str, region: str) -> None:
    assert region in regions_in_text(text)


def test_care_given_for_an_organ_is_not_the_shoulder_s() -> None:
    # Near miss: the naproxen and its months treated kidney stones, not the shoulder.
    assert _tsa("Naproxen 4/2025-10/2025 for kidney stone pain, stopped due to GI upset.") != "met"
