"""A late entry is dated by the visit it documents (blind wave 26, CP/card-03): "LATE ENTRY for
visit of 12/10/2025 - documented 01/15/2026" is a 12/10 evaluation, more than 60 days before the
request, however recent the day it was signed; CARD-001 read it as the note's own, recent date.
The label must name the visit ("for", "re", "visit", "DOS"): "Late entry 2/17/2026 09:40 -" is
the day the entry was written (wave 14) and dates nothing; a visit inside the window still
counts; a late entry further down a note dates only its own paragraph."""

from __future__ import annotations

from .test_judgement import _note, record, status

_EVALUATION = (
    "CARDIOLOGY NOTE\nHPI: 46F with atypical chest pain x 2 mos, exertional.\nA/P: Coronary CTA.\n"
)


def _cardiac(text: str) -> dict:
    # I25.10 is no coded symptom: only the note can answer CARD-001.
    return record("75574", _note("n1", "2026-02-20", text), reason="I25.10")


def test_a_late_entry_for_an_old_visit_is_that_visits_evaluation():
    for label in (
        "LATE ENTRY for visit of 12/10/2025 - documented 02/20/2026",
        "Late entry for 12/10/2025 visit (entered 2/20/2026)",
        "** Late Entry re: DOS 12/10/25 **",
        "Late entry - office visit 12/10/2025",
    ):
        text = f"{label}\n\n{_EVALUATION}"
        assert status(_cardiac(text), "CARD-001")["status"] == "missing", label


def test_an_entry_label_or_a_recent_visit_keeps_the_evaluation_recent():
    for label in (
        "Late entry 2/20/2026 09:40 -",  # the day the entry was written
        "LATE ENTRY for visit of 02/10/2026 - documented 02/20/2026",  # 19 days old
        "Office visit 02/20/2026",
    ):
        text = f"{label}\n\n{_EVALUATION}"
        assert status(_cardiac(text), "CARD-001")["status"] == "met", label


def test_a_late_entry_further_down_dates_only_its_own_lines():
    for text in (
        f"{_EVALUATION}\nSeen today.\nVitals stable.\n\n"
        "Phone call (late entry for 12/1/2025): pt asked about the test.\n",
        # appended with no blank line between: the evaluation above is still the note's own
        f"{_EVALUATION}Vitals stable.\nLate entry for 12/1/2025 phone call: pt asked about CT.\n",
    ):
        assert status(_cardiac(text), "CARD-001")["status"] == "met", text


def test_a_late_entry_s_evidence_says_so_not_copied():
    # The quote names what dated it: a late entry is no text copied forward from another note.
    text = f"LATE ENTRY for visit of 02/10/2026 - documented 02/20/2026\n\n{_EVALUATION}"
    quotes = " ".join(str(e) for e in status(_cardiac(text), "CARD-001")["evidence"])
    assert "(late entry for the visit of 2026-02-10)" in quotes
    assert "copied from" not in quotes
