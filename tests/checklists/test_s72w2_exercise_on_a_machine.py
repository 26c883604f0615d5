"""CARD-003 reads exercise done on a machine as the patient's ability to exercise (blind wave 81,
KW/cardiac-imaging-03); the wordings are tests/notes/test_s72w2_exercise_on_a_machine.py."""

from __future__ import annotations

from .test_judgement import _note, record, status


def test_the_exercise_mpi_request_reads_the_elliptical() -> None:
    note = _note(
        "n1",
        "2026-02-20",
        "HPI: 60 yo F, L chest pressure since May, comes w/ stairs. Exam: heart RRR. Gait "
        "normal, exercises on elliptical 3x/wk.\nA/P: Exercise nuclear stress test.",
    )
    assert status(record("78452", note, reason="R07.89"), "CARD-003")["status"] == "met"
