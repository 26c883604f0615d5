"""A past course of care told in a sentence of its own, beside the same care of this episode.

An assessment may name the same care twice, once for the episode at hand and once for an earlier
one: "Has not completed PT (2 visits in Feb, then stopped). h/o PT 2023 for different episode."
(blind wave 92, MP/lumbar-mri-02). Both sentences are one statement to the NLP, and the care is
one modality, so each mention took the whole statement's dates: the 2023 course ran from 2023 to
February and made 87 days of care inside a three-month window that held two PT visits. The
reviewer: 'the 2023 PT is outside the 3-month window'.

When the care is named again in another sentence of the statement, and one of the two sentences
tells a past course apart ("h/o", "hx of", "history of", "prior", "previous", "for a different
episode"), each mention keeps its own sentence: the other sentence is blanked from its words.
Two sentences of one course ("PT started 1/5. PT discharged 2/20 after 12 visits.") tell no past
course apart and keep sharing their dates.

Care whose own sentence says it was for another episode ("Did chiropractic 'a couple years ago'
for a different episode.", "PT 2024 for an unrelated injury") is no piece of this episode at all,
whatever its time (blind wave 94, MW/lumbar-mri-02: the chiropractic's "a couple years ago" ran
to two months before the note and filled the three-month window). "Prior PT for the same back"
and "previous episode of this pain, PT helped" are this condition's and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lazy_re
from ..notes.clause_spans import pieces

#: Where a sentence ends: a full stop, "!" or "?" and a space (offsets in the statement).
_SENTENCE_END = lazy_re.compile(r"[.!?](?=\s)")
#: A sentence that tells a past course apart: opened by a history word, or naming another
#: episode. Not "PT 2x/wk" nor "prior auth" (the word must stand before the care or an episode).
_PAST_APART = lazy_re.compile(
    r"^\W*(?:h/o|hx\s+(?:of\s+)?|history\s+of|prior|previous|previously|remote)\b"
    r"|\b(?:different|another|separate|prior|previous|earlier|unrelated|old)\s+"
    r"(?:episode|injury|problem|complaint|flare)\b",
    re.IGNORECASE,
)


#: A sentence naming care for another episode than this one: "for a different episode", "for an
#: unrelated injury", "(separate problem)". Not "prior"/"previous episode", which may be this
#: condition's earlier flare.
_OTHER_EPISODE = lazy_re.compile(
    r"\b(?:a\s+|an\s+)?(?:different|another|separate|unrelated)\s+"
    r"(?:episode|injury|problem|complaint|condition|issue|body\s+part)\b",
    re.IGNORECASE,
)


def for_another_episode(text: str, name: str) -> bool:
    """Whether the sentence of ``text`` (a statement) naming the care (``name``, its first
    mention) says the care was for another episode than the one at hand."""
    at = text.lower().find(name.lower()) if name else -1
    own = next(((a, b) for a, b in _sentences(text) if a <= at < b), None)
    return own is not None and bool(_OTHER_EPISODE.search(text, own[0], own[1]))


def _sentences(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of ``text``'s sentences, each with its closing stop."""
    return pieces(text, _SENTENCE_END, with_break=True)


def other_course_spans(text: str, at: int, same_at: Iterable[int]) -> list[tuple[int, int]]:
    """The spans of ``text`` (a statement) to blank from the words of the care named at ``at``:
    each other sentence that names the same care again (``same_at``: where it is named) when
    that sentence or the care's own tells a past course apart; none otherwise."""
    sentences = _sentences(text)
    own = next(((a, b) for a, b in sentences if a <= at < b), None)
    if own is None:
        return []
    own_apart = bool(_PAST_APART.search(text[own[0] : own[1]]))
    out = []
    for start, end in sentences:
        if (start, end) == own or not any(start <= other < end for other in same_at):
            continue
        if own_apart or _PAST_APART.search(text[start:end]):
            out.append((start, end))
    return out
