"""A hospital bed's positioning need as a clinic note shortens it (blind wave 16, BA/bed-02):
"aspirates when flat - must keep HOB >= 30 deg; pillows insufficient; needs position changes
q2h" is head elevation of 30 degrees or more for aspiration, pillows tried and not enough, and
frequent repositioning, the need LCD L33820 asks for, though it writes neither "lying flat",
"at least 30 degrees" nor "every 2 hours". Pillows that suffice, a flat bed tolerated, or a
repositioning interval that is not one are none."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _bed(text: str) -> dict:
    return record("E0260", _note("n1", "2026-02-20", text), reason="G12.21")


def test_head_elevation_aspiration_pillows_and_repositioning_as_notes_write_them():
    for text in (
        "ALS with bulbar weakness. Must keep HOB >= 30 deg at all times.",
        "Needs head of bed =>30 degrees per SLP.",
        "Aspirates when flat.",
        "Coughs and chokes when supine.",
        "Pillows insufficient to keep her upright.",
        "Tried wedge and pillows - not enough elevation.",
        "Needs position changes q2h for pain and skin.",
        "Reposition every 2 hrs overnight.",
        "Turned q2-3h by wife overnight.",
    ):
        assert status(_bed(text), "BED-001")["status"] == "met", text


def test_near_misses_are_not_a_positioning_need():
    for text in (
        "Sleeps flat without difficulty; uses 2 pillows.",
        "Pillows are sufficient at home.",
        "Knee aspirated 30 cc in clinic.",
        "Follow up in 2 weeks. BP 128/76.",
        "Ambulates independently, no falls.",
        "Denies choking when lying flat.",
        "Return to clinic every 2 weeks; turn signal on.",
    ):
        assert status(_bed(text), "BED-001")["status"] != "met", text
