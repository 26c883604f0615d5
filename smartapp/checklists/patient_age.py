"""``patient_age``: met when the patient is under ``under_years`` on the proposed date of service.

Ohio Medicaid's developmental therapy is defined by age before diagnosis: therapy for a child
from birth through six to attain skills not yet achieved (OAC 5101:3-34-01.1(C), kept in
5160-8-32), whose re-evaluation is due every six months rather than every 60 days. A criterion
that reads "developmental" from the kind of care (auditory rehabilitation of a hearing loss the
child was born with) needs the age too: the same care for an adult is rehabilitative (blind
wave 72, JM/therapy-speech-language-03, against DY/slp-03 and IE/therapy-speech-language-03).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..evidence.dates import parse_date
from .context import Context, Outcome, cite


def _years_on(born: date, day: date) -> int:
    """Whole years of age on ``day`` (a birthday not yet reached this year not counted)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def patient_age(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Met when the Patient's ``birthDate`` makes them younger than ``under_years`` on the
    service date (the therapy is given then); missing when older or when no birth date is
    known: an unknown age is no ground for the longer clock."""
    limit = int(spec["under_years"])
    patient = ctx.record.resolve(ctx.record.patient_ref) or {}
    born = parse_date(patient.get("birthDate"))
    on = ctx.service_date
    if born is None:
        searched = f"Searched Patient for a birth date (age under {limit}): none found."
        return Outcome("missing", [], searched)
    age = _years_on(born, on)
    said = f"Patient aged {age} on {on.isoformat()} (under {limit} asked)."
    if age < limit:
        evidence = [cite(ctx.record.patient_ref, f"age {age} on {on.isoformat()}")]
        return Outcome("met", evidence, said)
    return Outcome("missing", [], said)
