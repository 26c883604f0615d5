"""A fax's page banner ends a family history written above it (brief s65-k; blind wave 67,
IU/genetic-03's shape: "FHx: mother endometrial ca age 50; maternal uncle colon ca 60s." then
"FAX 09/29/2026 14:12 FROM: ... PAGE 2/2" and the patient's own plan and the counselor's
sign-off). Read to the fax's end as the family's, the counseling told after the page break was
a relative's. A relative's item after the banner, or a history with no page break, stays the
family's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.segments import segment


def _counseled(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/f1", text, dt.date(2026, 10, 2))])
    return any(f.concept == "genetic-counseling" and f.asserted for f in found)


_AFTER = "Pre-test genetic counseling completed 9/29/26 (40 min)."


@pytest.mark.parametrize(
    "banner",
    [
        "FAX  09/29/2026 14:12  FROM: Riverbend Cancer Genetics   PAGE 2/2",
        "PAGE 2/2",
        "Page 2 of 3",
        "-- page 2 of 2 --",
        "Rcvd 09/29/2026 14:12 from Lakeside Genetics  pg 2/2",
        "FAXED 9/29/26 10:02 AM  Lakeside Oncology",
        "fax 09/29/2026 p. 2",
    ],
)
def test_a_page_banner_ends_the_family_history(banner: str) -> None:
    text = f"FHx: mother breast ca 45; maternal aunt ovarian ca 60s.\n{banner}\n{_AFTER}"
    assert _counseled(text)
    assert segment(text)[-1].section == ""


def test_under_a_header_line_too() -> None:
    text = f"Family history:\nmother breast ca 45\nmaternal aunt ovarian ca\nPAGE 2/2\n{_AFTER}"
    assert _counseled(text)


@pytest.mark.parametrize(
    "text",
    [
        # No page break: the family's line goes on as the family's.
        "FHx: mother breast ca 45; sister genetic counseling completed 2019.",
        # After the banner, a relative who had it is still not the patient.
        "FHx: mother breast ca 45.\nPAGE 2/2\nSister completed genetic counseling 2019.",
        # A banner with no family history above changes nothing said of relatives.
        "PAGE 1/2\nFHx: father had genetic counseling in 2020.",
    ],
)
def test_the_familys_own_items_stay_the_familys(text: str) -> None:
    assert not _counseled(text)
