"""A chiropractor's re-examination is the therapy evaluation for a chiropractic request, found
by blind wave 14 (g2, AU/pt-03): "CHIROPRACTIC RE-EXAMINATION 02/09/2026" with ROM and palpation.
One still to come ("re-exam in 30 days") is none. Each test names the class of record scored
wrong."""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _evaluation(text: str) -> bool:
    return any(
        f.concept == "therapy-evaluation" and f.asserted
        for f in find_findings([NoteInput("D/1", text)])
    )


def test_a_discipline_re_examination_is_an_evaluation():
    assert _evaluation("CHIROPRACTIC RE-EXAMINATION 02/09/2026")
    assert _evaluation("PT re-evaluation completed today.")
    assert _evaluation("Chiro reexam: cervical AROM improved.")
    assert not _evaluation("Chiropractic re-exam in 30 days.")
    assert not _evaluation("PT re-eval next visit.")
    assert not _evaluation("PT re-eval scheduled 3/30.")


def test_a_chiropractic_re_examination_meets_the_evaluation_item():
    text = (
        "CHIROPRACTIC RE-EXAMINATION 02/09/2026\nO: Cervical AROM rot L 60 R 55. Palpation: "
        "hypomobility C5-6 R.\nP: CMT 1x/wk x 6 wks. Re-exam in 30 days.\n"
    )
    bundle = record("98940", _note("n1", "2026-02-09T10:00:00Z", text), reason="M54.2")
    assert status(bundle, "PT-002")["status"] == "met"
    later = "Daily visit: CMT C5-6. Chiropractic re-exam in 30 days.\n"
    bundle = record("98940", _note("n1", "2026-02-09T10:00:00Z", later), reason="M54.2")
    assert status(bundle, "PT-002")["status"] == "missing"
