"""A sentence a fax's page break cut in two is read whole: "Sister had" at the foot of page 1,
the banner "Riverside Oncology Associates   Page 2", then "BRCA testing 2021 (negative) for her
breast cancer." was read as the patient's own prior germline test (blind wave 82,
LB/genetic-testing-03). A sentence that ended before the banner stays apart from what follows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.page_wraps import join_across_pages


def _own_prior_test(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/g1", text, dt.date(2026, 6, 2))])
    return any(f.concept == "prior-germline-test" and f.asserted for f in found)


@pytest.mark.parametrize(
    ("before", "banner", "after"),
    [
        ("Sister had", "Riverside Oncology Associates   Page 2", "BRCA testing 2021 (negative)."),
        ("FHx: sister had", "PAGE 2/2", "germline BRCA1/2 testing 2021, negative."),
        ("Mother underwent", "Page 2 of 3", "genetic testing (BRCA) in 2019 - negative."),
        ("FHx: brother had", "-- page 2 of 2 --", "Lynch panel 2022, negative."),
        ("Daughter had,", "FAX 06/02/2026 10:14 FROM: Lakeside Oncology", "BRCA testing neg 2020."),
        ("Pt's sister completed", "pg 2/3", "multigene panel testing in 2023 (negative)."),
        ("Father had genetic testing for", "Lakeside Cancer Genetics  Page 3", "Lynch, neg 2018."),
        ("Sister w/ breast ca had", "Riverside Oncology  Page 2", "BRCA testing 2021 - neg."),
    ],
)
def test_a_relative_s_test_cut_by_a_page_break_stays_the_relative_s(
    before: str, banner: str, after: str
) -> None:
    text = f"48 y/o male with colon adenocarcinoma.\n{before}\n{banner}\n{after}"
    assert not _own_prior_test(text)


@pytest.mark.parametrize(
    "text",
    [
        # A sentence ended before the banner: the patient's own test after it stays his.
        "Sister has breast cancer.\nRiverside Oncology  Page 2\nBRCA testing 2021 (negative).",
        # No banner between: two lines are not joined.
        "Sister has breast cancer.\nGermline BRCA testing 2021 (negative).",
    ],
)
def test_the_patient_s_own_test_after_a_finished_sentence_is_still_his(text: str) -> None:
    assert _own_prior_test(text)


def test_the_text_keeps_its_length() -> None:
    text = "Sister had\nRiverside Oncology Associates   Page 2\nBRCA testing 2021."
    joined = join_across_pages(text)
    assert len(joined) == len(text) and "\n" not in joined
