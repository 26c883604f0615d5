"""A visit about the need: the day's notes say something of what the item asks the visit for.

The power-mobility face-to-face examination is a visit that examines mobility (CMS: the
practitioner evaluates the beneficiary for the condition that supports the device, 42 CFR
410.38(c); the PMD LCD's note "clearly indicates that a major reason for the visit was a
mobility examination"). An in-person visit with the ordering practitioner for another problem is
none: blind wave 22, CB/whc-03, "OFFICE VISIT 04/08/2026 - dysuria x 3 days ... Exam: abd soft,
no CVAT" two months before a power wheelchair order, the mobility exam 197 days before it.

``visit_about: {categories: [...], concepts: [...]}`` keeps an Encounter only when a note of its
day holds an asserted finding of those categories or concepts, or when no note of that day is on
record (the encounter alone says no more than its type: it stands), or when the visit's own type
names the need (``names``: a "Sleep clinic follow-up" is a sleep visit whatever its day's note
dwells on, as a specialty clinic's visit is that specialty's); on ``note_finding`` it keeps
findings only from notes that hold one. A visit that stands only because every note of its day
is unread stands on a note not seen: :func:`unread_visit_note` makes such a met "could not
check", naming the notes (bench/unread.py, invariant a).

``elsewhere: [clinic names]`` asks less: only a visit that its type or its day's note heading
names as another clinic's ("Telehealth video - Dermatology", "Derm video visit 6/5/26: pruritic
rash") must show its day's notes about the need; any other visit stands as before. The home
health face-to-face encounter must be related to the primary reason for home care (42 CFR
424.22(a)(1)(v)), and a dermatology video visit for a rash, with nothing in its note of the
homebound state, the skilled need or the function lost, is not it (blind wave 40, DM/hh-03); a
primary care visit is read as about the need whatever its note dwells on, since what a reviewer
takes as "about" the reason (the diagnosis, the family's request) has no finding of its own.
A visit whose Encounter states another problem as its reason ("reason: dysuria" for a stroke
patient's home therapy) is held to the same test, and so are the notes of its day
(visit_reasons.py), and so is a visit whose note's opening states another problem as its
reason ("Video visit for new itchy rash ...": visit_stated.py).

``specialties: [{names: [clinic names], icd10: [ICD-10-CM categories]}]`` names more such
clinics, each with the categories of the organs it treats: a specialist's visit is another
clinic's unless one of the order's diagnoses falls among them. A "Telehealth Video Visit -
Cardiology" whose note reads "AF rate controlled ... discussed bleeding risk with falls history"
is no encounter for home PT after a stroke (blind wave 65, IN/hh-02), while a cardiology visit is
one for a heart failure patient's home nursing. An order stating no ICD-10-CM diagnosis leaves
nothing to compare: the specialist's visit stands.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from .context import Context
from .visit_reasons import another_problem, order_terms, other_problem_days
from .visit_stated import other_problem_notes


def notes_about(ctx: Context, about: dict[str, Any]) -> set[str]:
    """The notes holding an asserted finding of ``about``'s categories or concepts."""
    categories = set(about.get("categories", ()))
    concepts = set(about.get("concepts", ()))
    return {
        f.note_ref
        for f in ctx.record.findings or ()
        if f.asserted and (f.category in categories or f.concept in concepts)
    }


def named_for(item: Evidence, about: dict[str, Any]) -> bool:
    """Whether the Encounter's own type names the need (``about``'s ``names``)."""
    names = about.get("names", ())
    text = item.text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(name.lower())}(?!\w)", text) for name in names)


def _names(names: Any) -> re.Pattern[str]:
    """``names`` as one pattern of whole words."""
    alternatives = "|".join(re.escape(str(n).lower()) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?!\w)", re.IGNORECASE)


#: A note's heading: its words up to the first colon, full stop or line end ("Derm video visit
#: 6/5/26: ..."). A clinic named further on ("Stroke f/u. Seen by derm last month") is the
#: history's, not the visit's.
_HEADING = lazy_re.compile(r"[^:.\n]{0,80}")


def _treats(categories: Any, diagnosis: str) -> bool:
    """Whether an ICD-10-CM category ("I50") is among ``categories`` ("I00-I52", "Z95")."""
    for spans in categories:
        low, _, high = str(spans).upper().partition("-")
        if low <= diagnosis <= (high or low):
            return True
    return False


def elsewhere_names(about: dict[str, Any], ctx: Context) -> list[str]:
    """The clinics whose visit is another clinic's: ``elsewhere``, and each of ``specialties``
    none of whose organs the order's diagnoses are of (none when the order states none)."""
    names = list(about.get("elsewhere", ()))
    diagnoses = order_terms(ctx)[1] if about.get("specialties") else set()
    for specialty in about.get("specialties", ()) if diagnoses else ():
        if not any(_treats(specialty["icd10"], d) for d in diagnoses):
            names += specialty["names"]
    return names


def notes_elsewhere(ctx: Context, about: dict[str, Any]) -> set[str]:
    """The notes whose title or heading names another clinic (``about``'s ``elsewhere``)."""
    if not (about.get("elsewhere") or about.get("specialties")):
        return set()
    names = elsewhere_names(about, ctx)
    pattern = _names(names) if names else None
    other_days = other_problem_days(ctx)  # a day's "Telehealth (video): c/o dysuria" note
    stated = other_problem_notes(ctx)  # "Video visit for new itchy rash ..." (visit_stated.py)
    return {
        n.ref
        for n in ctx.record.all_texts()
        if n.text
        and (
            (pattern and pattern.search(f"{n.title} {_HEADING.match(n.text.lstrip()).group()}"))
            or (n.kind == "note" and n.date in other_days)
            or n.ref in stated
        )
    }


def visit_about(item: Evidence, about: dict[str, Any], ctx: Context) -> bool:
    """Whether the Encounter ``item`` was about the need: a note of its day says so, or none of
    its day is on record; with ``elsewhere``, unless the visit is named another clinic's, it is."""
    if item.kind != "Encounter" or item.date is None or named_for(item, about):
        return True
    that_day = {n.ref for n in ctx.record.all_texts() if n.date == item.date and n.text}
    if about.get("elsewhere") or about.get("specialties"):
        names = elsewhere_names(about, ctx)
        named = (
            (names and _names(names).search(item.text))
            or another_problem(item, ctx)
            or that_day & notes_elsewhere(ctx, about)
        )
        if not named:
            return True
    return not that_day or bool(that_day & notes_about(ctx, about))


def unread_visit_note(items: list[Evidence], spec: dict[str, Any], ctx: Context) -> str:
    """Why a ``has_encounter`` met with ``visit_about`` on ``items`` is not judged: every one of
    them stands only because the notes of its day, which could tell another problem's visit,
    are unread; "" when one stands on its own."""
    if not spec.get("visit_about"):
        return ""
    unread: list[str] = []
    for item in items:
        if item.kind != "Encounter" or item.date is None or named_for(item, spec["visit_about"]):
            return ""
        that_day = [n for n in ctx.record.all_texts() if n.date == item.date and n.kind == "note"]
        refs = [n.ref for n in that_day
                if not n.not_fetched and ctx.record.unread_reason(n) is not None]  # fmt: skip
        # Only a note tells what the visit was about: a care plan dated that day says nothing of
        # it (bench/unread.py, MT/home-health-03: the plan of care created on the video visit's
        # day kept the visit standing with its rash note unread).
        read = any(n.text for n in that_day)
        if not refs or read:
            return ""  # no note of its day, or one read (and about the need): it stands
        unread += refs
    shown = ", ".join(list(dict.fromkeys(unread))[:5])
    return f"the note of the visit's day, which says what it was about, is unread ({shown})"
