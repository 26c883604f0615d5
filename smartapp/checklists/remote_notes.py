"""Which notes declare themselves remote, for criteria that need an in-person visit.

LCD L33718 (sleep tests, PAP devices) requires an in-person clinical evaluation before the sleep
test: a "VIDEO VISIT" or "Telephone encounter" note that says "face to face today" or "F2F visit
for OSA eval" held no such visit. The note NLP already reads the same cue (statement_kinds.REMOTE,
on the title and the note's opening) to discount a remote note's exam findings; a criterion with
``in_person: true`` discounts its visit findings the same way. An earlier visit it reports with a
date of its own ("in-person visit 7/2; today video follow-up") still counts, and so does a note
that says the contact was converted to an in-person visit. Home health (OAC 5160-12-01) and CGM
(LCD L33822) allow telehealth and do not set ``in_person``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..notes.statement_kinds import CONVERTED_IN_PERSON, REMOTE
from .context import Context


def remote_notes(ctx: Context) -> set[str]:
    """The references of the notes whose title or opening names a remote contact."""
    return {
        n.ref
        for n in ctx.record.all_texts()
        if n.text
        and REMOTE.search(f"{n.title} {n.text[:300]}")
        and not CONVERTED_IN_PERSON.search(n.text)
    }


def remote_visit(finding: Any, remote: set[str], dates: dict[str, date | None]) -> bool:
    """Whether a visit finding is the remote note's own contact: in a remote note, and not an
    earlier visit the statement dates itself."""
    if finding.note_ref not in remote:
        return False
    written = dates.get(finding.note_ref)
    return not (finding.when and written and finding.when < written)
