"""A table column headed with its unit mark names its measure (blind wave 46, FT/injections-02): a
pain diary's "% relief" column gives each block's relief, as "Relief (%)" and "SpO2 %" would;
read as an unknown header, two blocks of 90% and 85% relief were no relief at all (IPN-008)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _values(text: str, concept: str) -> list[float]:
    found = find_findings([NoteInput("n1", text, dt.date(2026, 4, 2))])
    return [f.value for f in found if f.concept == concept and f.value is not None]


@pytest.mark.parametrize("header", ["% relief", "Relief (%)", "relief %"])
def test_a_relief_column_headed_with_its_unit_gives_each_rows_relief(header):
    text = (
        f"Injection | When | Drug | {header} | Lasted |\n\n"
        "facet MBB R L3-4 | 2/3/26 | lidocaine | 95% | 3 h |\n\n"
        "facet MBB R L3-4 | 2/24/26 | bupivacaine | 80% | 6 h |"
    )
    assert _values(text, "block-relief") == [95, 80]


def test_an_oxygen_column_headed_with_its_unit_gives_each_rows_saturation():
    text = "Activity | SpO2 % | Pulse |\n\nresting | 91 | 80 |\n\nwalking | 87 | 104 |"
    assert _values(text, "spo2") == [91, 87]


def test_a_column_named_by_its_unit_alone_names_no_measure():
    text = "Injection | When | % |\n\nfacet MBB R L3-4 | 2/3/26 | 95% |"
    assert _values(text, "block-relief") == []
