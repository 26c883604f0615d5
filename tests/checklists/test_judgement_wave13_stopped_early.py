"""A course the notes say was stopped ends there (blind wave 13, AO/inf-03): "started 5/11, pt
stopped it on his own around 6/22" is six weeks of hydroxychloroquine, not a course running on
from 5/11 to the day the note was written. Each test names the class of record scored wrong."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _dmard(text: str, when: str = "2026-02-20") -> dict:
    return record("J1745", _note("n1", when, text), reason="M06.09")


def test_a_drug_started_then_stopped_runs_from_start_to_stop_not_to_the_note():
    for text in (
        "Hydroxychloroquine 200 BID started 11/3/25, pt stopped it on his own around 12/15/25 "
        '("it wasn\'t doing anything") - about 6 weeks.',
        "Sulfasalazine started 11/3/25, discontinued 12/15/25 for GI upset.",
        "Methotrexate 15 mg weekly initiated 11/3/25, d/c'd 12/15/25 (transaminases).",
        "Hydroxychloroquine started 11/3/25 and stopped 12/15/25 - not helping.",
    ):
        item = status(_dmard(text), "INF-002")
        assert item["status"] != "met", text
        assert "2026-02-20" not in item["searched"], text


def test_a_drug_started_and_still_taken_runs_to_the_note():
    # Near misses: nothing stopped, or something else stopped, or stopped and taken up again.
    for text in (
        "Methotrexate 15 mg weekly started 11/3/25, tolerating it, still 6 swollen joints.",
        "Methotrexate started 11/3/25, stopped ibuprofen 12/1/25 (GI upset), continues MTX.",
    ):
        assert status(_dmard(text), "INF-002")["status"] == "met", text
