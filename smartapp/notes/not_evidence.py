"""Words in a note that are no evidence of what they name (blind waves 15, 16, 21, 25, 26): what an
amendment says was written in error or a statement corrects, an operation's date read as an
injury's, care only offered, a bed's head raised at will, a patient's quoted wish for an item.
:mod:`.statements` reads them when it flags a statement's findings. A payer's criteria restated
or pasted are :mod:`.payer_criteria`, a form field answered no :mod:`.field_answers`, what the
note has at second hand :mod:`.second_hand`; what is planned, declined or still to come is
ConText's (context.yaml) and :mod:`.finding_flags`'.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.regions import region_opening
from .literal_check import LiteralCheck

#: What a note says an earlier version got wrong ("Amendment 5/7: prior version stated 80% relief
#: x 4 months in error (template copied from another pt)", blind wave 16 BD/inj-03; "erroneously
#: documented PT x 6 wks"): the words retracted are no evidence; the correction after them is.
RETRACTED = lazy_re.compile(
    r"\b(?:stated|documented|recorded|listed|charted|noted|entered|reported|written|said|read)"
    r"(?:\s+as)?\b([^.;()]{1,120}?)\s*\b(?:in error|erroneously|incorrectly|by mistake|"
    r"mistakenly)\b"
    r"|\b(?:erroneously|incorrectly|mistakenly|wrongly)\s+(?:stated|documented|recorded|listed|"
    r"charted|noted|entered|reported|written|copied)\b(?:\s+as)?([^.;()]{1,120})"
    r"|([^.;:()]{1,120}?)\s+(?:was|were|had been|has been)\s+(?:(?:erroneously|incorrectly|"
    r"mistakenly|wrongly)\s+(?:stated|documented|recorded|listed|charted|noted|entered)|"
    r"(?:stated|documented|recorded|listed|charted|noted|entered)\s+in error)\b",
    re.IGNORECASE,
)


#: ...and a mention the same sentence corrects ('"Had a steroid shot in the knee" per med history
#: form refers to a topical steroid cream for eczema per pt clarification', blind wave 26
#: CR/hya-03; "Cortisone injection listed on intake actually refers to a steroid cream", "was
#: actually a topical cream"). Only a mention quoted, sourced ("per", "listed", "on intake") or
#: corrected with "actually": "hip pain refers to the knee" is referred pain, and "was actually
#: helpful" names no other thing.
CORRECTED = lazy_re.compile(
    r"([^.;:()]{1,120}?)\s+(?P<actually>actually\s+)?(?:refers\s+to|(?:was|were)\s+actually)\s+"
    r"(?:an?|the|his|her|their|some)\b",
    re.IGNORECASE,
)
_CORRECTED_SOURCE = lazy_re.compile(
    r"[\"\u201c\u201d]|\b(?:per|listed|reported|noted)\b", re.IGNORECASE
)


#: Both patterns open with a gap of up to 120 characters tried at every position; a statement
#: that says nothing "in error", "incorrectly", "refers to", "actually" ... (most of them) is not
#: scanned.
_RETRACTED_WORDS = LiteralCheck(RETRACTED)
_CORRECTED_WORDS = LiteralCheck(CORRECTED)


def retracted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a statement that an amendment says were written in error, or that the
    statement itself corrects."""
    spans = []
    for found in RETRACTED.finditer(text) if _RETRACTED_WORDS.may_match(text) else ():
        group = next(g for g in (1, 2, 3) if found.group(g) is not None)
        spans.append((found.start(group), found.end(group)))
    for found in CORRECTED.finditer(text) if _CORRECTED_WORDS.may_match(text) else ():
        if found.group("actually") or _CORRECTED_SOURCE.search(found.group(1)):
            spans.append((found.start(1), found.end(1)))
    return spans


#: An operation the date right after it belongs to ("Pt s/p L ACL recon 6/2/26, injured at work
#: earlier this year": the surgery's day, no date of injury; blind wave 15, AX/occ-03).
SURGERY_BEFORE_DATE = lazy_re.compile(
    r"\b(?:s/p|status post|post[- ]?op|surgery|surgical|recon(?:struction)?|repair(?:ed)?|orif|"
    r"arthroscop\w*|scope|\w+ectomy|\w+plasty|\w+otomy|fusion|fixation|replacement|"
    r"operated)\b[^,;.()]{0,30}$",
    re.IGNORECASE,
)


#: Care the words right after it offer or recommend ("Azathioprine was offered in December",
#: "Methotrexate offered - pt prefers a biologic", "6-MP was recommended by GI"): offered, not
#: taken (blind wave 21, BU/inf-02). context.yaml's "offered" reads forward only, so that care
#: written before an offer ("naproxen, PT; injection offered") still counts. Not what the drug
#: gave ("Naproxen offered some relief"), nor an offer the clause says was taken up ("offered
#: 3/2025 and started 3/15"). An offer made again is still only an offer: "CSI again offered -
#: declines steroid" (blind wave 102, OA/hya-02: offered and declined twice, never given).
OFFERED_AFTER = lazy_re.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?(?:(?:was|were|is|has been|had been)\s+)?"
    r"(?:(?:once\s+)?again\s+|re-?(?=off))?"
    # "disc'd" is discussed in a hurry (context.yaml's "discussed" reads back on its own), and
    # "offerred", "reccomended" are how it is misspelt.
    r"\(?(?:offerr?ed|rec+om+end+ed|suggested|proposed|discussed|disc'?d)\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:relief|benefit|improvement|help|response)\b)"
    r"(?![^.;]*\b(?:started|began|begun|took|taken|taking|tried|accepted|agreed)\b)",
    re.IGNORECASE,
)
#: A drug's shot word, which a drug matched alone leaves after it ("Kenalog inj ..."), then what
#: opens the joint a procedure is offered for: "Steroid injection R knee offered today",
#: "cortisone shot to the right knee was offered", "CSI (R knee) recommended".
_SHOT = lazy_re.compile(r"\s*(?:inj(?:ections?|x|s)?|shots?)\b\.?", re.IGNORECASE)
_SITE_LEAD = lazy_re.compile(r"\s*\(?\s*(?:(?:to|of|in|into|for)\s+(?:the\s+|her\s+|his\s+)?)?")


def offered_after(after: str) -> bool:
    """Whether ``after``, the text after a care's name, offers or recommends it, the joint it is
    for written between ("Steroid injection R knee offered today - pt prefers the gel shots":
    blind wave 70, JH/hya-03). Only a shot word and a region, with its side, may stand between:
    "injection R knee 3/2025, repeat offered" was had."""
    shot = _SHOT.match(after)
    after = after[shot.end() :] if shot else after
    lead = _SITE_LEAD.match(after)
    site = region_opening(after[lead.end() :]) if lead else 0
    if site:
        after = after[lead.end() + site :].lstrip(")")
    return bool(OFFERED_AFTER.match(after))


#: A drug named as what a test clears the patient for: "(pre-MTX screen at PCP)",
#: "pre-methotrexate labs", "screening prior to starting methotrexate", "(TB screen before
#: MTX)". The test's date is no day of the drug (blind wave 29, DC/inf-02: a QuantiFERON nine
#: months before methotrexate began a course of it). Not "labs for MTX monitoring", "on MTX since
#: 3/30" (the drug taken), nor "pre-injection pain 8/10" (no test after the care's name).
_SCREEN = r"(?:screen\w*|labs?|panel|bloodwork|work-?up|clearance|testing)"
_SCREEN_BEFORE = lazy_re.compile(
    rf"\b{_SCREEN}\s+(?:done\s+)?(?:before|prior to|ahead of)\s+"
    r"(?:(?:starting|initiating|beginning|start of)\s+)?$",
    re.IGNORECASE,
)
_PRE = lazy_re.compile(r"\bpre-?\s*$", re.IGNORECASE)
_SCREEN_AFTER = lazy_re.compile(rf"^\s*{_SCREEN}\b", re.IGNORECASE)


def screened_for(before: str, after: str) -> bool:
    """Whether the care named between ``before`` and ``after`` is what a screen is for."""
    tail = before[-60:]
    return bool(_SCREEN_BEFORE.search(tail) or (_PRE.search(tail) and _SCREEN_AFTER.match(after)))


#: A bed's head elevation used at will, written right after it ("HOB elevation as needed", "head
#: elevation prn", "as desired", "for comfort", "per pt preference"): a feature of the bed, not a
#: need for it. LCD L33820 asks for elevation a condition needs most of the time, or positioning
#: an ordinary bed cannot give (blind wave 21, BW/bed-03: GERD controlled on a wedge pillow).
#: So is a field answered so: a bed order's "Head elevation: as needed" parameter (blind wave 78,
#: KN/dme-hospital-bed-03, where it stood as the need a vendor's ticks claimed and the note denied).
AT_WILL = lazy_re.compile(
    r"^\s*[,(:=\-\u2013]?\s*(?:as needed|prn|p\.r\.n\b|when needed|as desired|if desired|"
    r"for comfort|per (?:pt|patient)(?:'s)? (?:request|preference|wishes)|"
    r"at (?:pt|patient)(?:'s)? discretion)",
    re.IGNORECASE,
)
#: A position the patient takes for a liking the same statement gives ("sleeps in recliner some
#: nights because he likes watching TV", blind wave 31, DL/bed-04; "by choice", "out of habit"):
#: a preference, not positioning a condition needs (LCD L33820), whatever the position.
PREFERRED = lazy_re.compile(
    r"^[^.;]{0,30}?\b(?:(?:because|as|since)\s+(?:he|she|they|pt|patient)\s+"
    r"(?:likes?|prefers?|enjoys?|wants? to)\b|by choice\b|by preference\b|out of habit\b)",
    re.IGNORECASE,
)


#: The reason a patient or family gives, in their own words, for asking for the item ('Asks for
#: hospital bed - "it's hard to get in and out of my bed, it's too low."', blind wave 25
#: CM/bed-03; 'wants a bed "so it's easier to get up"'): their wish, no limit the clinician found
#: (LCD L33820: positioning an ordinary bed cannot give; a height for transfers only adds to it).
#: Read on the text up to a bed's own need (transfers, positioning): a request, then a quotation
#: still open. Other limits a patient tells in asking (a walker's falls) are history, and stay.
WISHED_FOR = frozenset(
    {"functional-deficits|transfer-limitation", "functional-deficits|positioning-need"}
)
QUOTED_REQUEST = lazy_re.compile(
    r"\b(?:asks?|asking|asked|requests?|requesting|requested|wants?|wanting|would like)\b"
    r"[^.;\"\u201c\u201d]{0,60}[\"\u201c][^\"\u201d]*$",
    re.IGNORECASE,
)


#: Therapy written as its prescription asks for it, as "referral to PT" and "ordered PT" do
#: (context.yaml): "Rx: PT eval and treat", "Rx for PT", "Prescription for OT given", "PT Rx
#: given today" (noticed in earlier stops; "Rx: PT" was among wave 25's bare orders). Only care
#: that must be attended: a drug prescribed is how it is taken, a home program given is begun.
#: Not a history label's "Rx" ("Prior Rx: PT x 8 wks"), nor a statement that says the therapy ran.
ATTENDED_THERAPIES = frozenset(
    f"conservative-treatment|{concept}"
    for concept in (
        "physical-therapy", "occupational-therapy", "chiropractic", "acupuncture",
        "pulmonary-rehab", "work-therapy",
    )
)  # fmt: skip
_PRESCRIPTION = r"(?:rx|prescription|script)"
_PRESCRIBED_BEFORE = lazy_re.compile(
    rf"(?<![\w/'])(?P<label>(?:prior|previous|past|old|conservative)\s+)?{_PRESCRIPTION}"
    r"\s*(?:[:\-–]\s*|(?:given\s+|written\s+|sent\s+)?for\s+)?$",
    re.IGNORECASE,
)
_PRESCRIBED_AFTER = lazy_re.compile(
    rf"^\s*{_PRESCRIPTION}\b(?!\s*(?:from|dated|of|on|in)\b)(?!\s*\d)", re.IGNORECASE
)
_RAN = lazy_re.compile(
    r"\b(?:attend\w*|complet\w*|finish\w*|tried|fail\w*|underwent|did|had|since|ago|"
    r"relief|benefit|improv\w*|helped|plateau\w*|d/c'?d|discharged|stopped|quit)\b",
    re.IGNORECASE,
)


def therapy_prescribed(before: str, after: str) -> bool:
    """Whether a therapy (between ``before`` and ``after`` in its statement) is written as its
    prescription, with no word that it ran."""
    label = _PRESCRIBED_BEFORE.search(before)
    written = (label and not label.group("label")) or _PRESCRIBED_AFTER.match(after)
    return bool(written) and not _RAN.search(before + " " + after)


#: Care named as what something else was done in place of ('did the exercises at home instead
#: of PT', 'in lieu of formal PT', 'HEP rather than going to therapy') was not had then: no
#: mention of that care on the note's day. Nor a denial that it was ever had, which would undo
#: a course an earlier note gives (finding_dates.newest_wins): 'instead of PT' after an
#: evaluation and a visit says the patient left PT, not that there was none. It reaches only
#: the care right after it, or a list joined by "or"/"and" ("instead of PT or chiro"), never
#: what comes before it or later in the statement: "Completed 8 wks chiro in 2025; now HEP
#: instead of PT" keeps the chiropractic course. Not "rather than continue PT".
_INSTEAD_OF = lazy_re.compile(
    r"\b(?:instead of|in place of|in lieu of|rather than)\s+"
    r"(?:(?:going to|going|attending|doing|getting|formal|outpatient|outpt|out-patient|the|a|"
    r"any|more|further|his|her|their|scheduled|supervised|in-person)\s+){0,3}"
    r"(?:(?:[\w/-]+\s+){1,3}(?:or|and|/)\s+){0,2}$",
    re.IGNORECASE,
)


def done_instead(before: str) -> bool:
    """Whether the care right after ``before`` (its statement up to the care) is what something
    else was done in place of."""
    return bool(_INSTEAD_OF.search(before[-120:]))
