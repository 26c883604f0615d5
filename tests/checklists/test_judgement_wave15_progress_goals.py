"""A progress note that says how the patient is progressing toward the goals is the progress
report (blind wave 15, AY/pt-02): "PT Progress Note - visit 14 - 3/30/26 ... A: Progressing
toward goals; ROM improved ~35 deg flex" was no report, since "Progress note" (every visit note's
name) counts only beside a comparison with the goals, and "progressing toward goals" was not
read as one. It is one where the note measures again what the goals name (QuickDASH, ROM): as a
daily note's copied line ("Pt progressing well towards goals", U/therapy-03) it is none."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_EVALUATION = {
    "resourceType": "Procedure",
    "id": "eval",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97162"}]},
    "performedDateTime": "2025-12-01",
}
_ORDER = {"authoredOn": "2026-04-01", "occurrenceDateTime": "2026-04-15"}


def _report(text: str) -> str:
    note = _note("n2", "2026-03-30", text)
    bundle = record("97140", _EVALUATION, note, reason="M75.01", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 4, 10))
    return {i["id"]: i for i in report["items"]}["PT-007"]["status"]


def test_progressing_toward_the_goals_in_a_progress_note_is_a_report():
    for assessment in (
        "A: Progressing toward goals; ROM improved ~35 deg flex.",
        "A: Good progress towards all LTGs.",
        "A: Pt progressing slowly toward stated goals.",
    ):
        text = f"PT Progress Note - visit 14 - 3/30/26\nO: QuickDASH 40.9.\n{assessment}\n"
        assert _report(text) == "met", assessment


def test_a_progress_note_without_the_goals_or_a_daily_note_is_none():
    for text in (
        "PT Progress Note - visit 14 - 3/30/26\nA: Tolerated tx well, progressing.\n",
        "PT Daily Note - visit 14\nA: Progressing toward goals.\n",
        # A daily note's copied line under a "Progress Note" title, measuring nothing again
        # (U/therapy-03).
        "PROGRESS NOTE   DOS 2026-03-30   Visit 16\nO: Ther ex per flowsheet: bike 8 min, quad "
        "sets, SLR x 20.\nA: Pt tol tx well. Pt progressing well towards goals.\n",
    ):
        assert _report(text) != "met", text
