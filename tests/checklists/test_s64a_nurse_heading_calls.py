"""A nurse's call named so only in its heading is no practitioner's evaluation (CARD-001).

Blind wave 64, IE/cardiac-imaging-03: "TELEPHONE ENCOUNTER 6/30/2026 - RN triage (K. Dobbs RN) /
Pt calls: chest discomfort 'comes and goes' ... Per J. Mbeki NP (verbal): order coronary CTA"
met CARD-001, the evaluation of the symptom within 60 days (LCD L35083): the heading's nurse was
not read as the writer, and the NP whose verbal order the nurse relayed read as a signer. The
heading decides (checklists/nurse_notes.py), unless a practitioner signs the note too; a
practitioner's own telephone or video visit still counts.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note
from .test_judgement_wave29_false_ready import _OLD_VISIT, _card001


def _typed(ident: str, text: str, title: str) -> dict:
    return _note(ident, "2026-06-20", text, extra={"type": {"text": title}})


@pytest.mark.parametrize(
    "note",
    [
        _note("c1", "2026-06-20",
              "TELEPHONE ENCOUNTER 6/20/2026 - RN triage (K. Dobbs RN)\nPt calls: chest "
              "discomfort comes and goes.\nPer J. Mbeki NP (verbal): order coronary CTA."),
        _note("c2", "2026-06-20",
              "Nurse triage phone 6/20: pt says the chest pressure with exertion is the same."),
        _note("c3", "2026-06-20",
              "Phone note (RN): pt called re CCTA auth. Still gets chest tightness on stairs."),
        _note("c4", "2026-06-20",
              "Phone 6/20/2026 (RN B. Sandoval): pt asks about CT, exertional CP unchanged."),
        _note("c5", "2026-06-20",
              "Telephone Encounter - RN\nPt reports chest pain w/ walking uphill, about the same."),
        _note("c6", "2026-06-20", "RN: pt called to schedule CCTA, still gets chest pressure."),
        _note("c7", "2026-06-20",
              "NURSE TRIAGE - PHONE\nPt reports chest pain with exertion twice this wk. "
              "Advised ED prn."),
        _typed("c8", "Pt called re: stress test date. Chest pain persists, no change.",
               "Nurse note"),
        _note("c9", "2026-06-20",
              "RN phone call: chest pressure continues with yard work; per Dr. Ames ok to "
              "proceed with CTA."),
    ],
)
def test_a_call_a_nurse_heads_is_no_evaluation(note: dict) -> None:
    assert _card001(_OLD_VISIT, note) == "missing"


@pytest.mark.parametrize(
    "note",
    [
        _note("t1", "2026-06-20",
              "Telephone visit (audio only) 6/20. S: chest pressure with exertion x 3 wks, "
              "worse. A: possible angina. P: CCTA.\nR. Ames, MD"),
        _note("t2", "2026-06-20",
              "Video visit. Exertional chest tightness persists. Plan: coronary CTA.\n"
              "L. Chen, NP"),
        _note("t3", "2026-06-20",
              "RN triage: pt reports chest pain with exertion, routed to provider.\n"
              "Addendum: called pt back, CP on exertion x 3 wks, typical features. Will order "
              "CCTA. R. Ames, MD"),
        _note("t4", "2026-06-20",
              "Follow-up. Chest pressure with exertion persists; nurse triage line called "
              "twice.\nR. Ames, MD"),
    ],
)
def test_a_practitioners_own_remote_visit_or_signed_addendum_still_counts(note: dict) -> None:
    assert _card001(_OLD_VISIT, note) == "met"
