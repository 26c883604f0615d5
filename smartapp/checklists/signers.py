"""Who wrote a note, by the credentials after the names that sign it.

Some documentation counts only from the right hand (blind wave 12): a home-health plan of care is
reviewed by the certifying practitioner, not by the agency therapist whose visit note says
"Reassessment"; a power-mobility specialty evaluation is a PT's, OT's or physician's, not the
supplier ATP's "seating & mobility assessment". ``signed_by: [roles]`` keeps a note when a name in
it carries a credential of one of the roles ("Signed: Desmond Achterberg, MD 12/03/2025",
"Brianna Whitcomb OTR/L 11/18/2025") or when no signing credential is written at all (the
author is then unknown, not wrong); a note signed only by other hands does not count.

``not_by: [therapist]`` drops a therapy discipline's own document (blind wave 20, BS/aim-02): a
note titled "PT Progress Note", or opening "PHYSICAL THERAPY PROGRESS NOTE - visit 11 of 12", is
what the therapist measured ("Quad strength improved 4/5 -> 4+/5"), not the clinician's
evaluation behind an imaging order, signed or not, unless a practitioner co-signed it. It goes by
the title (therapy_documents.py), not by credentials alone: "Finished PT 3/10" in a physician's
note reads as a signer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .. import lazy_re
from ..evidence.record import Note
from ..notes.signed_back import asked_and_signed
from .context import Context
from .nurse_notes import by_nurse_only, relayed
from .supplier_notes import by_supplier_only
from .therapy_documents import therapy_document

#: Credentials by role (a name may carry several: "Jane Roe, PT, ATP" is a therapist).
ROLES: dict[str, frozenset[str]] = {
    "practitioner": frozenset(
        {"MD", "DO", "NP", "APRN", "CNP", "FNP", "PA", "PA-C", "MBBS", "DPM", "CNS"}
    ),
    "therapist": frozenset({"PT", "DPT", "MPT", "OT", "OTR", "OTR/L", "OTD", "SLP", "CCC-SLP"}),
    "nurse": frozenset({"RN", "LPN", "BSN", "MSN", "CWON", "CWOCN", "WOCN"}),
    "supplier": frozenset({"ATP", "CRTS", "SMS"}),
    # A therapy assistant carries out the therapist's plan; the evaluation is the PT's or OT's
    # (blind wave 23, CE/whc-03: a school COTA's note is no specialty seating evaluation).
    "assistant": frozenset({"PTA", "COTA", "OTA", "COTA/L", "SLPA"}),
    # A home health aide carries out the plan of care; an aide's visit note "per POC" is no
    # practitioner's plan (blind wave 30, DH/hh-02: "Per POC. -I. Wallace HHA").
    "aide": frozenset({"HHA", "STNA", "CNA"}),
}
_ALL = sorted({c for creds in ROLES.values() for c in creds}, key=len, reverse=True)
_CRED = "|".join(re.escape(c) for c in _ALL)
#: A name followed by its credentials, at a signature's end: "Marcus Iyer, PT (Hocking Valley)",
#: "F. Oyelaran MD 11/21/2025", "Janelle Harrow APRN-CNP 09/03/2026" (not "Home PT for gait",
#: nor a state before its ZIP code: "Pittsburgh, PA 15213").
_SIGNER = lazy_re.compile(
    # "CARDIOLOGY NEW PT", "EST PT f/u": a new or established patient, no therapist signing
    # (blind wave 53, GS/cardiac-03: a cardiologist's consult read as a PT's note).
    r"(?!(?i:new|est|established|returning)[ \t]+PT\b)"
    rf"(?:\b[A-Z][A-Za-z'’-]+|\b[A-Z]\.)\s*,?[ \t]+((?:(?:{_CRED})(?:[-/,]\s*|[ \t]+)?)+)"
    # ... not a discipline ordered at its frequency: "CONTINUE HHA 3W9, SN Q2WK" (an order in
    # capitals, not an aide's signature), "Resume PT 2x/wk".
    rf"(?![ \t]*\d{{5}}\b)(?![ \t]*\d{{1,2}}[ \t]*(?:[wWxX](?:\d|/|\b)|/[ \t]*(?:wk|week)))"
    rf"(?=[ \t]*(?:$|[\d(;|]|--|\bon\b|[ \t]{{2}}"
    # ... or the date it was signed on: "Certifying MD: Monica Serrano MD signed 12/03/2025"
    # closing an agency PT's evaluation and plan of care (blind wave 48, GB/home-health-03: the
    # record keeps one space, so the two that set the signature apart are gone).
    r"|(?i:(?:e-?|co-?)?signed)[ \t]+(?:on[ \t]+)?\d{1,2}/\d{1,2}\b))",
    re.MULTILINE,
)

#: Who performed it, named with its credentials after "by", whatever follows them: "SEATING &
#: MOBILITY ASSESSMENT - performed by Jon Riggs, ATP, Ability Wheels DME (supplier)" (blind wave
#: 23, CE/whc-03), "completed by Ann Cole, OTR/L, seating clinic"; not "referred by Dr. X".
_PERFORMER = lazy_re.compile(
    r"\b(?:performed|completed|conducted|done|evaluated|assessed|examined|written|prepared)"
    r"\s+by:?\s+(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)){0,3}\s*,?[ \t]+"
    rf"((?:(?:{_CRED})(?![\w])(?:[-/,]\s*|[ \t]+)?)+)"
)

#: A sign-off by credential alone after a long dash, ending its line: "Advised PA pending. --
#: LPN", "— RN" (blind wave DC/card-02: a nurse's triage call is no practitioner's evaluation).
#: The long dash sets it apart from prose ("seen by the LPN") and from "CCTA - PA" (a prior
#: authorization); PA, PT and OT alone name a step or a service as often as a hand, so only
#: credentials that name nothing else sign this way.
_BARE = "|".join(re.escape(c) for c in _ALL if c not in {"PA", "PT", "OT"})
_SIGN_OFF = lazy_re.compile(
    rf"(?:--|\u2013|\u2014)[ \t]*((?:(?:{_BARE})(?:[-/,][ \t]*|[ \t]+)?)+)[ \t]*$",
    re.MULTILINE,
)


#: A signature closed by a full stop at its line's end: "Signed R. Vance DPT." (blind wave 45's
#: helper found it read as no signing credential, so a therapist's own plan passed as the
#: physician's). Only credentials that name nothing else sign this way, as after a dash: "Continue
#: home PT." ends a plan, not a signature.
_SIGNER_STOP = lazy_re.compile(
    rf"(?:\b[A-Z][A-Za-z'’-]+|\b[A-Z]\.)\s*,?[ \t]+((?:(?:{_BARE})(?:[-/,]\s*|[ \t]+)?)+)"
    r"\.[ \t]*$",
    re.MULTILINE,
)


#: A signature given by a doctor named by title, not credential: "Signed Dr. Borowski 3/21/26"
#: closing an agency PT's evaluation and plan of care (blind wave 38, EL/homehealth-03), "e-signed
#: by Dr. Achebe"; not a signature still to come ("to be signed by Dr. X", "pending signature").
#: "Dr." before the signer's name stands for a physician's credential.
_SIGNED_DOCTOR = lazy_re.compile(
    r"(?<!\bbe )(?<!\bnot )(?<!\byet )(?<!\bfor )(?<!\bbeing )"
    r"\b(?i:(?:e-?|electronically\s+)?signed)(?:\s+(?i:by))?\s*:?\s+(?i:dr)\.?\s+[A-Z]"
)


def credentials(text: str) -> set[str]:
    """The credentials written after signing names, after who performed it, or alone after a
    dash that ends a line, in ``text``."""
    found: set[str] = set()
    signers = (
        *(m for m in _SIGNER.finditer(text) if not relayed(text, m.start())),  # "Per J. Mbeki NP"
        *_SIGNER_STOP.finditer(text),
        *_PERFORMER.finditer(text),
        *_SIGN_OFF.finditer(text),
    )
    for match in signers:
        found |= {c for c in re.split(r"[-/,\s]+", match[1]) if c} | {
            c for c in _ALL if re.search(rf"(?<![\w/-]){re.escape(c)}(?![\w/-])", match[1])
        }
    if _SIGNED_DOCTOR.search(text):
        found.add("MD")
    return found & set(_ALL)


def signed_by(text: str, roles: Iterable[str]) -> bool:
    """True when a signing name in ``text`` carries a credential of one of ``roles``, or when
    no signing credential is written at all."""
    found = credentials(text)
    if not found:
        return True
    wanted = frozenset().union(*(ROLES[r] for r in roles))
    return bool(found & wanted)


def written_only_by(note: Note, roles: Iterable[str]) -> bool:
    """Whether ``note`` is the document of one of ``roles`` (only ``therapist`` is told, by its
    title) that no hand outside them signed ("A. Ferrante, DPT / cosign T. Wielgus MD" is not)."""
    if "therapist" not in roles or not therapy_document(note):
        return False
    return not credentials(note.text or "") - ROLES["therapist"]


#: Roles written out in a Practitioner's qualification or a PractitionerRole's code, longest
#: first so a therapist assistant is no therapist.
_TITLES = (
    ("physical therapist assistant", "PTA"), ("physical therapy assistant", "PTA"),
    ("occupational therapy assistant", "COTA"), ("occupational therapist assistant", "COTA"),
    ("speech-language pathologist", "SLP"), ("speech language pathologist", "SLP"),
    ("licensed practical nurse", "LPN"), ("licensed vocational nurse", "LPN"),
    ("nurse practitioner", "NP"), ("physician assistant", "PA"), ("registered nurse", "RN"),
    ("home health aide", "HHA"), ("nursing assistant", "CNA"),
    ("physical therapist", "PT"), ("physiotherapist", "PT"), ("occupational therapist", "OT"),
    ("physician", "MD"),
)  # fmt: skip


def _words(concepts: Any) -> list[str]:
    """The codes, displays and texts of CodeableConcepts."""
    out: list[str] = []
    for concept in concepts if isinstance(concepts, list) else [concepts]:
        if isinstance(concept, dict):
            out.append(str(concept.get("text") or ""))
            for coding in concept.get("coding") or ():
                if isinstance(coding, dict):
                    out += [str(coding.get("code") or ""), str(coding.get("display") or "")]
    return out


def author_credentials(ctx: Context, ident: str) -> set[str]:
    """The credentials of the author ``ident``: a Practitioner's name suffix, name text and
    qualification, or a PractitionerRole's code and its Practitioner's."""
    role: dict[str, Any] = ctx.record.resolve(f"PractitionerRole/{ident}") or {}
    person: dict[str, Any] = ctx.record.resolve(f"Practitioner/{ident}") or {}
    if role and not person:
        reference = (role.get("practitioner") or {}).get("reference")
        person = ctx.record.resolve(reference) or {} if isinstance(reference, str) else {}
    words = _words(role.get("code") or [])
    for name in person.get("name") or ():
        if isinstance(name, dict):
            words += [str(s) for s in name.get("suffix") or ()]
            words += str(name.get("text") or "").split(",")[1:]  # "Elliot Brandt, PT"
    for held in person.get("qualification") or ():
        words += _words((held or {}).get("code") if isinstance(held, dict) else None)
    return held_credentials(words)


def held_credentials(words: Iterable[str]) -> set[str]:
    """The credentials that ``words`` (suffixes, qualifications, "Ann Roe, MS, CCC-SLP") hold,
    titles written out read as their credential ("speech-language pathologist" is SLP)."""
    found: set[str] = set()
    for word in words:
        word = word.lower()
        for title, credential in _TITLES:
            if title in word:
                found.add(credential)
                word = word.replace(title, " ")
        found |= {w.upper().rstrip(".") for w in re.split(r"[,\s]+", word) if w}
    return found & set(_ALL)


def note_signed_by(ctx: Context, note: Note, roles: Iterable[str]) -> bool:
    """``signed_by`` for a note of the record: when its text signs with no credential, its
    authors' (DocumentReference.author and authenticator) decide: an agency PT's reassessment
    with no signature line, authored by "Elliot Brandt, PT", is no practitioner's (blind wave
    24, CH/hh-02). An author whose credentials are not known keeps it (unknown is not wrong)."""
    wanted = frozenset().union(*(ROLES[r] for r in roles))
    signing = credentials(note.text or "")
    if by_supplier_only(note, roles, signing, wanted):
        return False  # the supplier's ATP assessment, filed under the MD (supplier_notes.py)
    if by_nurse_only(note, roles, signing, wanted):
        return False  # "TELEPHONE ENCOUNTER - RN triage", unsigned (nurse_notes.py)
    if signing or not note.authors:
        return signed_by(note.text or "", roles)
    held = [author_credentials(ctx, ident) for ident in note.authors]
    if not all(held):
        return True
    return bool(set().union(*held) & wanted)


#: A practitioner's review another hand records: "Reviewed with Dr. Ainsley by phone 6/27/2026 -
#: agrees to recertify" closing an agency nurse's 60-day summary (blind wave 29, DC/hh-02); not
#: one still to come ("to be reviewed with Dr. X", "not yet discussed with the MD").
REVIEWED_WITH = lazy_re.compile(
    r"(?<!\bbe )(?<!\bnot )(?<!\byet )\b(?i:reviewed|discussed|went over)\s+(?:\w+\s+){0,3}?"
    r"(?i:with)\s+(?:(?i:dr)\.?\s+[A-Z]|[A-Z][\w'’-]+,?\s+(?:MD|DO)\b)"
    # ... or the physician's dated countersignature it records: "Signed S. Oduya DPT; Dr
    # Kingsley signed 5/28/26" under an agency PT's plan (blind wave 45, FM/homehealth-03).
    r"|(?:\b(?i:dr)\.?\s+[A-Z][\w'’-]+,?\s+(?:(?:MD|DO)\s+)?"
    # ... or by the credential or title alone: "MD signed POC 9/15", "physician co-signed 3/4".
    r"|\b(?:MD|DO|(?i:physician|pcp))\s+)(?i:(?:co-?|counter-?)?signed)"
    r"\s+(?i:(?:the\s+)?(?:hh\s+)?(?:poc|plan\s+of\s+care|485|plan|re-?cert\w*)\s+)?"
    r"(?i:on\s+)?\d{1,2}/\d{1,2}"
)


def by_role(ctx: Context, ref: str, roles: Iterable[str]) -> bool:
    """True unless ``ref`` is a text of the record signed only by hands outside ``roles``
    (records without text, such as procedures and care plans, are not judged here). A text
    that records its review with a physician by name, or the physician's dated countersignature,
    counts as a practitioner's."""
    note = next((t for t in ctx.record.all_texts() if t.ref == ref), None)
    if note is None or note.text is None or note_signed_by(ctx, note, roles):
        return True
    if "practitioner" not in roles:
        return False
    # ... or the plan it sent the physician for a signature, recorded back signed with the day
    # ("sent to Dr. Marchetti for signature 9/14; signed 9/15": blind wave 73, JS/home-health-03).
    return bool(REVIEWED_WITH.search(note.text)) or asked_and_signed(note.text)
