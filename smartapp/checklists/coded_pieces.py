"""The coded pieces of care a ``care_episode`` (episodes.py) adds up: procedures, therapy-visit
encounters, joint injections and medications, each from its date to its recorded end
(care_piece.py has the ``Piece`` they are; episode_pieces.py the pieces the notes give).

What is no piece of it: a reconciled list's planned drug (no order), an open order a note says was
never taken, a therapy visit coded done that a note says was not kept, an injection a note places
in another joint or says was called off (injection_sites.py); a prn drug (or one ordered with no
sig) the notes say is taken now and then is its day alone (as_needed.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.cues import NO_SHOW
from ..notes.session_counts import session_count
from .as_needed import occasional_uses, taken_seldom
from .care_piece import Piece
from .context import Context, cite
from .injection_sites import called_off, given_elsewhere
from .muscle_route import into_muscle
from .record_filters import _keep
from .records import OPERATORS, _end
from .unread_stops import runs_on_status


def _modality_of(label: str, category: str) -> str:
    """The note concept whose phrases name a coded medication (else its first word)."""
    from ..notes.findings import load_targets

    text = label.lower()
    for concept, phrases in load_targets().get(category, {}).items():
        for phrase in phrases:
            if isinstance(phrase, str) and re.search(
                rf"(?<![\w-]){re.escape(phrase.lower())}(?!\w)", text
            ):
                return concept
    return text.split(" ")[0] if text else "medication"


def structured_pieces(spec: dict[str, Any], ctx: Context) -> list[Piece]:
    """Coded procedures and medications as pieces of care."""
    out = []
    category = spec.get("category", "conservative-treatment")
    for key, operator in (
        ("procedures", "has_procedure"),
        ("injections", "has_procedure"),
        ("encounters", "has_encounter"),
        ("medications", "has_medication"),
    ):
        criterion = spec.get(key)
        if criterion is None:
            continue
        criterion = {**criterion, "same_region": spec.get("same_region", False)}
        types = OPERATORS[operator][0]
        if criterion.get("prescribed"):
            # Provider-directed care: what was prescribed or given, not what the patient reports
            # taking on their own (MedicationStatement: "OTC ibuprofen now and then").
            types = tuple(t for t in types if t != "MedicationStatement")
        occasional = occasional_uses(spec, ctx) if key == "medications" else frozenset()
        for item in ctx.record.of(*types):
            if item.date is None or not _keep(item, operator, criterion, ctx):
                continue
            if item.raw.get("intent") in _NOT_AN_ORDER:
                continue  # a reconciled list's "meloxicam [no start date]": no course given
            end = max(_end(item, ctx) or item.date, item.date)
            if end == item.date and _stopped(item, ctx):
                continue  # an open order a note says was never taken (stopped_orders.py)
            # Coded therapy procedures are the physical-therapy modality of the notes' vocabulary;
            # a therapy visit ("OT Hand Therapy Daily Note (visit 3)") the one its type names.
            modality = (
                "physical-therapy" if key == "procedures" else _modality_of(item.label(), category)
            )
            if key == "injections":
                # Not `route: injection`, whose topical words ("gel") would drop a Gel-One series.
                modality = _injected(item)
                order = ctx.regions_for(spec)
                elsewhere = criterion["same_region"] and given_elsewhere(item, order, ctx)
                if into_muscle(item) or elsewhere or called_off(item.date, ctx):
                    continue  # a shot into a muscle, another joint's, or not given
            if key == "procedures" and _not_kept(item.date, modality, ctx):
                continue  # coded completed, but the note says that visit was not kept
            sporadic = taken_seldom(item, modality, occasional)
            if sporadic:
                end = item.date  # a prn order (or one with no sig) the notes say is taken seldom
            label = f"{item.label()} from {item.date}" + (f" to {end}" if end != item.date else "")
            out.append(
                Piece(
                    item.date,
                    end,
                    modality,
                    cite(item.ref, label),
                    sessions=_counted(item) if key == "procedures" else 0,
                    stopped=_stopped(item, ctx),
                    running=end > item.date and runs_on_status(item, ctx),
                    sporadic=sporadic,  # its day only, as a note's "ibuprofen PRN" is
                )
            )
    return out


#: Hyaluronan billed by product (HCPCS J7321-J7329) or named in the injection's own words.
_HYALURONAN = lazy_re.compile(
    r"\b(?:hyalur\w*|hylan|viscosupplement\w*|synvisc|euflexxa|orthovisc|monovisc|gel-one|"
    r"gelsyn\S*|durolane|supartz|hyalgan|trivisc|visco-3|genvisc|triluron|hymovis)\b",
    re.IGNORECASE,
)


def _injected(item: Any) -> str:
    """The note concept a coded joint injection is: a hyaluronan series, else a steroid's."""
    billed = any(re.fullmatch(r"J732\d", c.code, re.IGNORECASE) for c in item.codes)
    if billed or _HYALURONAN.search(item.text):
        return "viscosupplementation"
    return "corticosteroid-injection"


#: A MedicationRequest that proposes or plans a drug authorises no one to give it (FHIR R4
#: MedicationRequest.intent): Epic sends a medication reconciliation's patient-reported entry
#: as intent "plan". Its authoredOn is when it was listed, not a course begun (blind wave 23,
#: CE/tsa-02: "meloxicam only on a med-rec list (unsure if filled)").
_NOT_AN_ORDER = frozenset({"proposal", "plan"})


def _counted(item: Any) -> int:
    """The visits a coded therapy period's own note counts ("Ther ex 10/16-10/23", note "3
    visits; patient self-discharged"): a course left after them is those visits, not a week of
    care (blind wave 29, DD/occ-03)."""
    notes = item.raw.get("note") or ()
    return session_count(" ".join(n.get("text", "") for n in notes if isinstance(n, dict)))


def _stopped(item: Any, ctx: Context) -> bool:
    """An open medication order a later note says was stopped (stopped_orders.py)."""
    return (
        item.end is None
        and item.kind.startswith("Medication")
        and item.status in ("active", "on-hold", "in-progress")
        and ctx.note_stop(item) is not None
    )


def _not_kept(day: date, modality: str, ctx: Context) -> bool:
    """Whether a note says the care coded on ``day`` did not happen that day: a negated
    statement of the modality dated that day ("PT evaluation was scheduled 3/2 but pt did not
    attend": blind wave 18, BL/tka-02, beside a PT evaluation Procedure coded completed 3/2)."""
    return any(
        f.negated and not f.family and f.when == day and f.concept == modality
        and f.category == "conservative-treatment"
        and (NO_SHOW.search(f.snippet) or _CANCELLED.search(f.snippet))
        for f in ctx.record.findings or ()
    )  # fmt: skip


#: A visit called off: "PT eval 3/2 cancelled", "canceled by pt". "No PT since 3/2" is no
#: word on the visit of 3/2.
_CANCELLED = lazy_re.compile(r"\b(?:cancell?ed|rescheduled)\b", re.IGNORECASE)
