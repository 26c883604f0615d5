"""Which notes declare themselves remote, for criteria that need an in-person visit.

LCD L33718 (sleep tests, PAP devices) requires an in-person clinical evaluation before the sleep
test: a "VIDEO VISIT" or "Telephone encounter" note that says "face to face today" or "F2F visit
for OSA eval" held no such visit. The note NLP already reads the same cue (statement_kinds.REMOTE,
on the title and the note's opening) to discount a remote note's exam findings; a criterion with
``in_person: true`` discounts its visit findings the same way. An earlier visit it reports with a
date of its own ("in-person visit 7/2; today video follow-up") still counts, and so does a note
that says the contact was converted to an in-person visit. Home health (OAC 5160-12-01) and CGM
(LCD L33822) allow telehealth and do not set ``in_person``.

``or_video: true`` beside ``in_person`` on ``has_encounter`` lets an Encounter of a synchronous
video visit count (:func:`by_video`): the reviewers of the sleep tests read L33718's evaluation
as one in person "or by synchronous telehealth" (AC/sleep-03, DT/sleep-03; blind wave 42,
FA/sleep-03: a "Sleep Medicine Video Visit" with the ordering sleep physician), the interactive
audio and video of 42 CFR 410.78(a)(3). A telephone or audio-only call, an e-visit, a portal
exchange or a chart review still holds no visit, and a remote note's own "F2F today" still
supplies none. The PAP device's evaluation before the test (CPAP-003) is the same LCD's and
sets it too (blind wave 56, HD/cpap-01: a "Sleep medicine video visit" before the HSAT). The
oxygen and hospital-bed face-to-face items (OXY-002, BED-002) set it too: 42
CFR 410.38(d) as amended by CMS-1713-F lets the F2F/WOPD list's encounter be held by telehealth
meeting 42 CFR 410.78 and 414.65. An Encounter named "Telehealth visit" is such a visit unless
its words make it a call, and a virtual Encounter named only by its slot is one when its own note
that day, by its practitioner, calls it a video visit (:func:`video_by_its_note`).

``or_video: examined`` (CPAP-003) takes such a visit only when its own note did not put off the
examination ("exam deferred", "unable to examine over video"): the PAP device's evaluation before
the test is a clinical evaluation with a physical examination (BMI, neck, upper airway), and a
video visit that deferred it to an in-person visit held the history only (blind wave 76,
KF/dme-cpap-02: "Video visit (pt at home) ... exam deferred", the in-person visit only planned;
a video visit that charted the neck and BMI, HD/cpap-01, still counts) (:func:`exam_put_off`).

``not_messages: true`` leaves out less: only an asynchronous message (a portal or MyChart
message, a patient's message, and the reply written under it) supplies no evaluation of its own,
where a telephone or video visit with the practitioner still does. The patient's "still having
the chest pain sometimes, can we do that heart CT?" is the request, not the recent evaluation of
the symptom a cardiac study asks for (blind waves 48-49, GB/cardiac-imaging-03 and
GD/cardiac-imaging-03: the last visit 75 days before, then a refill call and a portal message).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.remote_contact import remote_contact
from .context import Context

#: A synchronous audio-video contact ("Video visit", "audio/video", "audiovisual"), or one named
#: telehealth or telemedicine with nothing that makes it a call ("Telehealth visit - PM&R": blind
#: wave 60, HT/bed-03): Medicare telehealth is interactive audio and video (42 CFR 410.78(a)(3)),
#: and an audio-only one is named so ("Telehealth - audio only", "telephone telehealth").
_VIDEO = lazy_re.compile(
    r"\b(?:video|audio[- ]?(?:/|and|&|-)\s*video|audio-?visual|tele(?:health|medicine)|"
    r"tele-?visit)\b",
    re.I,
)
#: A note that opens naming its contact a video visit ("PM&R video visit:", "Seen via video").
_VIDEO_VISIT = lazy_re.compile(
    r"\b(?:video|audio[- ]?(?:/|and|&)\s*video)\s+(?:visit|encounter|consult\w*|appointment|"
    r"appt|follow[- ]?up|evaluation|eval)\b|\b(?:via|by|over)\s+(?:secure\s+)?video\b",
    re.I,
)
#: What makes a contact no video visit: the telephone, audio only, an asynchronous exchange, or
#: no contact at all ("chart review", "refill"), or a video that did not happen.
_NOT_VIDEO = lazy_re.compile(
    r"\b(?:telephone|phone|audio[- ]only|e-?visit|portal|mychart|message|asynchronous|"
    r"store[- ]and[- ]forward|chart review|orders? only|refill|no video|without video|"
    r"video (?:failed|unavailable|not available|not working))\b",
    re.IGNORECASE,
)


#: An asynchronous message named in a note's title or opening: "Patient Portal Message", "mychart
#: message", "Portal message from pt:", "Patient message: ...".
MESSAGE = lazy_re.compile(
    r"\b(?:(?:patient\s+)?portal\s+message|mychart\s+message|my\s?chart\s+msg|"
    r"patient\s+message|message\s+from\s+(?:the\s+)?(?:pt|patient)|secure\s+message)\b",
    re.IGNORECASE,
)


def message_notes(ctx: Context) -> set[str]:
    """The references of the notes whose title or opening names an asynchronous message."""
    return {
        n.ref
        for n in ctx.record.all_texts()
        if n.text and MESSAGE.search(f"{n.title} {n.text[:200]}")
    }


def by_video(text: str) -> bool:
    """Whether ``text`` (an Encounter's type and reason) names a synchronous video contact, and
    nothing that makes it a telephone or asynchronous one."""
    return bool(_VIDEO.search(text)) and not _NOT_VIDEO.search(text)


def video_by_its_note(item: Any, ctx: Context) -> bool:
    """Whether an Encounter that names no telephone or asynchronous contact (``item``: a virtual
    class, "Virtual visit") was a video visit as its own note tells: a note of its day, written by
    one of its participants, whose title or opening calls it one ("PM&R video visit: C6 SCI ...").
    The EHR's type names the schedule slot; the practitioner's note says how the visit was held."""
    if item.date is None or _NOT_VIDEO.search(item.text or ""):
        return False
    who = {p.rstrip("/").rsplit("/", 1)[-1] for p in item.participants}
    return any(
        n.kind == "note" and n.date == item.date and n.text
        and (not who or who & set(n.authors))
        and _VIDEO_VISIT.search(f"{n.title} {n.text[:200]}")
        and by_video(f"{n.title} {n.text[:200]}")
        for n in ctx.record.notes
    )  # fmt: skip


#: A note that says its visit held no physical examination: "exam deferred", "physical exam not
#: performed", "no exam today", "unable to examine (video)", "exam to be done in person". Not one
#: that names a part it could not see ("Mallampati not assessable by video": the rest was done).
_EXAM_PUT_OFF = lazy_re.compile(
    r"\b(?:(?:physical\s+)?(?:exam|examination|pe)\s+(?:was\s+|is\s+)?(?:deferred|postponed|"
    r"not\s+(?:performed|done|possible|completed)|limited\s+to\s+(?:observation|visual)|"
    r"(?:to\s+be\s+done|will\s+be\s+done|at\s+(?:the\s+)?next)\s+(?:in[- ]person|in\s+clinic|"
    r"in\s+office|visit))|(?:defer(?:red)?|no)\s+(?:physical\s+)?(?:exam|examination)\b"
    r"(?!\s+(?:findings?\s+)?(?:of|showed|shows|reveal))|unable\s+to\s+examine)",
    re.IGNORECASE,
)


def exam_put_off(item: Any, ctx: Context) -> bool:
    """Whether a video Encounter's own note (of its day, by one of its participants, or filed to
    it) says the visit held no physical examination (:data:`_EXAM_PUT_OFF`), or could not be
    read: an unread note may say so, and a visit it cannot show examined is none (bench/unread.py
    found KF/dme-cpap-02's video visit met once its "exam deferred" note was a 404)."""
    if item.date is None:
        return False
    who = {p.rstrip("/").rsplit("/", 1)[-1] for p in item.participants}
    return any(
        n.kind == "note" and n.date == item.date
        and (not who or who & set(n.authors))
        and (n.text is None or _EXAM_PUT_OFF.search(n.text))
        for n in ctx.record.notes
    )  # fmt: skip


def remote_notes(ctx: Context) -> set[str]:
    """The references of the notes whose title or opening names a remote contact."""
    return {
        n.ref
        for n in ctx.record.all_texts()
        if n.text
        and remote_contact(n.title, n.text)
    }


def remote_visit(finding: Any, remote: set[str], dates: dict[str, date | None]) -> bool:
    """Whether a visit finding is the remote note's own contact: in a remote note, and not an
    earlier visit the statement dates itself."""
    if finding.note_ref not in remote:
        return False
    written = dates.get(finding.note_ref)
    return not (finding.when and written and finding.when < written)
