"""``opens_as`` and ``written_by``: a note that names itself at its head, by a discipline's hand.

A speech-language pathologist's evaluation is often filed under a generic type ("Consult note",
LOINC 11488-4) and says what it is only in its first word: "Eval: 14F stutter since age 7; ...
Informal: frequent blocks in conversation ... POC: group fluency 1x/wk x 12 wks" by "Cordelia
Amsel, MS, CCC-SLP" (blind wave 107, OR/therapy-slp-03). The evaluation OAC 5160-8-33 asks for is
that note, whatever its type says.

``opens_as`` keeps a note whose first non-blank line opens with one of the names as its heading
label ("Eval:", "Initial evaluation -"), unless the rest of that clause puts the evaluation off
("Eval: scheduled 5/2", "Evaluation - deferred, pt ill", "Eval: not indicated, passed screen")
or the note is another setting's or discipline's by its heading (report_settings.elsewhere: a
school's "Eval: Lincoln Elementary IEP team", a "PT" note).

``written_by`` keeps a note only when its author is known to hold a credential of the roles:
the Practitioner's suffix or qualification (signers.author_credentials), the credentials after
a comma in the author's display ("Cordelia Amsel, MS, CCC-SLP"), or a signature in its text.
Unlike ``signed_by``, an author not known is not kept: a bare "Eval:" heading is any
discipline's, and only the credential makes it the speech-language pathologist's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from .. import lazy_re
from .context import Context
from .note_heading import first_text_line
from .report_settings import elsewhere
from .signers import author_credentials, credentials, held_credentials

#: Credentials by discipline, for ``written_by`` (the therapist role of signers.py, told apart).
DISCIPLINES: dict[str, frozenset[str]] = {
    "slp": frozenset({"SLP", "CCC-SLP"}),
    "pt": frozenset({"PT", "DPT", "MPT"}),
    "ot": frozenset({"OT", "OTR", "OTR/L", "OTD"}),
}

#: The heading's own clause putting the document off, or saying none is needed: not done yet.
_PUT_OFF = lazy_re.compile(
    r"^[^.;\n]*?\b(?:scheduled|planned|pending|requested|ordered|referr\w*|deferred|declined|"
    r"refused|cancel+ed|cancel\w*|postponed|resched\w*|no[- ]show|to follow|to be\b|will\b|"
    r"not\s+(?:yet\s+)?(?:done|completed|performed|indicated|needed|warranted|necessary)|"
    r"next\s+(?:visit|session|week|month|appt|appointment))",
    re.IGNORECASE,
)


@cache
def _heading(names: tuple[str, ...]) -> re.Pattern[str]:
    """The names as a heading label opening a line: "Eval:", "Initial evaluation -"."""
    alternatives = "|".join(
        r"\s+".join(re.escape(w) for w in name.split()) for name in sorted(names, key=len)[::-1]
    )
    return re.compile(rf"^\W*(?:{alternatives})\s*(?::|-+|\u2013|\u2014)\s*", re.IGNORECASE)


def opens_as(text: str | None, names: Iterable[str]) -> bool:
    """Whether ``text``'s first non-blank line opens with one of ``names`` as its heading label,
    the clause after it not putting the document off."""
    line = first_text_line(text)
    found = _heading(tuple(names)).match(line)
    return bool(found) and not _PUT_OFF.match(line[found.end() :])


def _display_credentials(raw: dict[str, Any]) -> set[str]:
    """Credentials after the first comma of the author displays of a DocumentReference."""
    words: list[str] = []
    for author in raw.get("author") or ():
        if isinstance(author, dict) and isinstance(author.get("display"), str):
            words += author["display"].split(",")[1:]
    return held_credentials(words)


def written_by(ctx: Context, note: Any, disciplines: Iterable[str]) -> bool:
    """Whether ``note``'s author or signer is known to hold a credential of ``disciplines``
    (an author not known is not kept)."""
    wanted = frozenset().union(*(DISCIPLINES[d] for d in disciplines))
    held = credentials(note.text or "")
    for ident in note.authors:
        held |= author_credentials(ctx, ident)
    held |= _display_credentials(ctx.record.resolve(note.ref) or {})
    return bool(held & wanted)


def headed_kept(spec: dict[str, Any], ctx: Context, note: Any) -> bool:
    """``has_document``'s ``opens_as`` and ``written_by`` for one note (true when neither is
    asked): its heading names it, it is not another setting's or discipline's, and its hand is
    the discipline's."""
    roles = spec.get("written_by") or ()
    names = spec.get("opens_as")
    discipline = "slp" if "slp" in roles else None  # the disciplines report_settings tells
    if names and not (opens_as(note.text, names) and not elsewhere(note, discipline)):
        return False
    return not roles or written_by(ctx, note, roles)
