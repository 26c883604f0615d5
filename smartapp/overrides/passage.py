"""The passage a "documented here" override points at, checked against the note as the app reads
it: a selected range becomes the note's own words; a typed passage is found in the note (case and
line breaks aside) and gets its range. Read live through the launch (the note is never stored);
when the note cannot be read the passage is kept as typed and marked unchecked.
"""

from __future__ import annotations

import logging
import re

from flask import current_app

from ..checks.viewer import belongs_to, note_text
from ..errors import FatalFhirError, FhirAuthError, InputError
from ..launch.tokens import fhir_client_for
from ..models import AppSession
from .forms import MAX_PASSAGE, Passage

log = logging.getLogger(__name__)


def locate(text: str, passage: str) -> tuple[int, int] | None:
    """(start, end) of ``passage`` in ``text``: case-insensitive, any run of whitespace matching
    any other (a passage copied from a wrapped note), or None. Linear: escaped literal words."""
    words = passage.split()
    if not words:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), text, re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def _read_note(launch: AppSession, reference: str) -> str | None:
    """The note's text as the NLP read it, or None when the EHR will not give it now."""
    client = fhir_client_for(current_app._get_current_object(), launch)  # type: ignore[attr-defined]
    try:
        document = client.get_json(reference)
    except FatalFhirError as error:
        if isinstance(error, FhirAuthError) or error.status not in (403, 404, 410):
            raise
        return None
    if document.get("resourceType") != "DocumentReference" or not belongs_to(document, launch):
        return None
    text, _problems = note_text(launch, document)
    return text


def check_passage(
    launch: AppSession | None,
    reference: str,
    typed: str,
    span: tuple[int, int] | None,
) -> Passage:
    """The passage to keep for ``reference``.

    :param launch: a launch into this patient's chart (None: the note cannot be read now).
    :param typed: the words the user typed or selected ("" for none).
    :param span: the character range the user selected in the note viewer, if any.
    """
    if not typed and span is None:
        return Passage(None, None, None, False)
    if not reference.startswith("DocumentReference/") or launch is None:
        # Not a note (nothing to find words in), or no chart open: keep the words as given.
        return Passage(typed or None, None, None, False)
    text = _read_note(launch, reference)
    if text is None:
        log.info("override passage kept unchecked: the note could not be read")
        return Passage(typed or None, None, None, False)
    if span is not None:
        start, end = span
        if not (0 <= start < end <= len(text)) or end - start > MAX_PASSAGE:
            raise InputError(
                f"The selected passage is not in {reference} as the app reads it, or it is "
                f"longer than {MAX_PASSAGE} characters. Select it again; nothing was saved."
            )
        return Passage(text[start:end], start, end, True)
    found = locate(text, typed)
    if found is None:
        raise InputError(
            f"The passage was not found in {reference} as the app reads it. Copy the words "
            "from the note (or leave the passage empty); nothing was saved.",
        )
    return Passage(text[found[0] : found[1]], found[0], found[1], True)
