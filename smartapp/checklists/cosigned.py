"""A note the ordering practitioner co-signed or attested, as the note itself says.

A nurse practitioner's or a resident's visit note is the ordering physician's own when the
physician signs it with them: "Kara Webb NP / cosign M. Greer MD" (blind wave 18, BK/cgm-01),
"Attending attestation: I saw and examined the patient with Dr. Qureshi and agree with the
findings and plan. - R. Stein MD" (BK/cgm-03). EHRs often carry the co-signer only in the text
(DocumentReference.authenticator, when sent, is already an author). A line counts when it holds a
co-signature or attestation cue and the requester's family name; a co-signature still asked for
("please cosign", "routed to Dr. Greer for cosign", "pending cosign") is none, and a name on a
line without a cue (a copy sent, a referral, a supervising physician listed) says nothing of who
signed.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.record import Note
from .context import Context
from .signature_contact import family_names

#: A co-signature or attending attestation given (CMS teaching-physician rules, 42 CFR 415.172:
#: the attending's attestation of having seen the patient with the resident).
_CUE = lazy_re.compile(
    r"\b(?:co-?sign(?:ed|ature)?|counter-?sign(?:ed|ature)?|attending attestation|"
    r"teaching physician attestation|attested by|i (?:personally )?(?:saw|examined|evaluated) "
    r"(?:and (?:examined|evaluated) )?the patient)\b",
    re.IGNORECASE,
)
#: A co-signature asked for, not given.
_NOT_YET = lazy_re.compile(
    r"\b(?:please|pending|awaiting|routed|sent|needs?|requires?|for)\s+(?:\w+\s+){0,3}?"
    r"(?:co-?sign|counter-?sign)",
    re.IGNORECASE,
)


def cosigned_by_requester(text: Note, names: set[str]) -> bool:
    """Whether ``text`` is a note whose own lines say the requester co-signed or attested it;
    ``names`` are the requester's family names (lower case)."""
    if text.kind != "note" or not names:
        return False
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b", re.I)
    for line in (text.text or "").splitlines():
        cue = _CUE.search(line)
        if cue and not _NOT_YET.search(line) and named.search(line):
            return True
    return False


def requester_names(ctx: Context) -> set[str]:
    """The order's requester's family names, lower case (empty without an order)."""
    return family_names(ctx.order, ctx) if ctx.order else set()
