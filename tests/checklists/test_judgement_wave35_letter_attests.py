"""A letter of medical necessity attests; the medical record must show the criterion (blind wave
35, DY/cgm-02; CMS Program Integrity Manual ch. 5 §5.7).

"LMN: Patient is an insulin-treated diabetic requiring CGM." beside a chart of oral agents only
is no insulin regimen (CGM-001); the same words in the visit note are the record's.
"""

from __future__ import annotations

from smartapp.checklists.letters import is_letter_of_necessity
from smartapp.evidence.record import Note

from .test_judgement import _note, record, status

_VISIT = _note("n1", "2026-02-20", "S: DM2 f/u. On metformin BID. Denies lows. A/P: A1c 8.6.")
_CLAIM = "Patient is an insulin-treated diabetic requiring CGM."


def _cgm(*notes: dict) -> str:
    bundle = record("A4239", _VISIT, *notes, reason="E11.65", order_type="DeviceRequest")
    return status(bundle, "CGM-001")["status"]


def test_a_letter_claiming_insulin_is_no_insulin_regimen() -> None:
    assert _cgm(_note("n2", "2026-02-21", f"LMN: {_CLAIM}")) == "missing"
    titled = {"description": "Letter of medical necessity"}
    assert _cgm(_note("n2", "2026-02-21", _CLAIM, extra=titled)) == "missing"


def test_the_visit_note_saying_so_is_the_record() -> None:
    assert _cgm(_note("n2", "2026-02-21", f"HPI: {_CLAIM} Lantus 20 units nightly.")) == "met"


def _text(title: str, text: str) -> Note:
    return Note("DocumentReference/x", None, (), "current", lambda: text, title=title)


def test_what_makes_a_letter() -> None:
    assert is_letter_of_necessity(_text("note", "RE: Letter of Medical Necessity\nDear ..."))
    assert is_letter_of_necessity(_text("medical necessity letter", "To whom it may concern"))
    assert not is_letter_of_necessity(_text("progress note", "Plan: will send LMN to payer."))
