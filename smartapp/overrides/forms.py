"""Reading the override form: what the person said, validated, with a clear message for each
thing that cannot be used (nothing is saved then)."""

from __future__ import annotations

from dataclasses import dataclass

from werkzeug.datastructures import MultiDict

from ..errors import InputError
from ..models import OVERRIDE_KINDS

MAX_REASON = 1000
MAX_PASSAGE = 500
#: How the page and the audit trail name each kind.
KIND_WORDS = {"documented": "documented here", "not_applicable": "does not apply"}


@dataclass(frozen=True)
class Passage:
    """The words a "documented here" points at, their range in the note, and whether they were
    found in the note as the app reads it."""

    text: str | None
    start: int | None
    end: int | None
    checked: bool


NO_PASSAGE = Passage(None, None, None, False)


@dataclass(frozen=True)
class OverrideForm:
    kind: str
    reason: str
    reference: str | None
    passage: str
    span: tuple[int, int] | None


def _span(form: MultiDict[str, str]) -> tuple[int, int] | None:
    start, end = form.get("passage_start", "").strip(), form.get("passage_end", "").strip()
    if not start and not end:
        return None
    if not (start.isdigit() and end.isdigit()) or len(start) > 9 or len(end) > 9:
        raise InputError("The selected passage's position cannot be read. Select it again.")
    return int(start), int(end)


def parse_form(form: MultiDict[str, str], pointable: dict[str, str]) -> OverrideForm:
    """Validate the posted form against what the report's record holds (``pointable``)."""
    kind = form.get("kind", "")
    if kind not in OVERRIDE_KINDS:
        raise InputError("Choose “documented here” or “does not apply”.")
    reason = form.get("reason", "").strip()
    if not reason:
        raise InputError("Say why: an override needs a reason (a comment the team can read).")
    if len(reason) > MAX_REASON:
        raise InputError(
            f"The reason can be at most {MAX_REASON} characters; this one has {len(reason)}. "
            "Shorten it and save again: nothing was saved."
        )
    if kind == "not_applicable":
        return OverrideForm(kind, reason, None, "", None)
    reference = form.get("reference", "").strip().partition("#")[0]
    if not reference:
        raise InputError("Say where it is documented: pick the note or record entry.")
    if reference not in pointable:
        raise InputError(
            f"{reference[:200]} is not in this patient's record as this check read it. Pick "
            "an entry from the list (re-check first if the documentation was added since)."
        )
    passage = " ".join(form.get("passage", "").split())
    if len(passage) > MAX_PASSAGE:
        raise InputError(
            f"The passage can be at most {MAX_PASSAGE} characters; this one has "
            f"{len(passage)}. Quote only the words that document the item."
        )
    return OverrideForm(kind, reason, reference, passage, _span(form))
