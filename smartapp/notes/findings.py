"""Note findings: medspaCy target matching + ConText over clinical note text.

Targets come from ``targets.yaml`` (data, one concept per documentation element); ConText's
default rules plus a few of ours mark each match negated / hypothetical / historical / family,
so "has not tried physical therapy" is evidence of absence, never of presence. Durations in the
same sentence attach to the finding; durations next to symptom words are findings of their own
(``symptom-duration``). The pipeline uses spaCy's rule-based sentencizer instead of PyRuSH:
9× faster on this machine (../shared/domain/measurements.md) and PyRuSH logs every token.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .durations import find_durations

TARGETS_FILE = Path(__file__).with_name("targets.yaml")
SNIPPET_CHARS = 240
SYMPTOM_WORDS = re.compile(
    r"\b(pain|ache|symptoms?|numbness|tingling|radiat\w*|stiffness|swelling|snoring|sleepiness|"
    r"weakness|unsteady|falls?|sciatica)\b",
    re.IGNORECASE,
)
#: Phrasings the default ConText rules miss (checked against our scenario notes).
EXTRA_CONTEXT = [
    ("has not tried", "NEGATED_EXISTENCE"),
    ("have not tried", "NEGATED_EXISTENCE"),
    ("not yet started", "NEGATED_EXISTENCE"),
    ("never had", "NEGATED_EXISTENCE"),
    ("has not had", "NEGATED_EXISTENCE"),
    ("has not taken", "NEGATED_EXISTENCE"),
    ("declined", "NEGATED_EXISTENCE"),
    ("will consider", "HYPOTHETICAL"),
    ("asks about", "HYPOTHETICAL"),
    ("requests imaging", "HYPOTHETICAL"),
]


@dataclass(frozen=True)
class NoteInput:
    ref: str
    text: str
    date: dt.date | None = None


@dataclass(frozen=True)
class NoteFinding:
    note_ref: str
    category: str
    concept: str
    text: str
    start: int
    end: int
    negated: bool
    historical: bool
    hypothetical: bool
    family: bool
    duration_days: int | None
    snippet: str

    @property
    def asserted(self) -> bool:
        """Counts as presence: not negated, not hypothetical, not about a family member."""
        return not (self.negated or self.hypothetical or self.family)


def load_targets(path: Path = TARGETS_FILE) -> dict[str, dict[str, list[Any]]]:
    """category -> concept -> phrases (strings or ``{pattern: [...]}``), from the targets file."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document["categories"]


_lock = threading.Lock()


@cache
def _pipeline() -> Any:
    """Build the spaCy + medspaCy pipeline once (thread-safe, cached)."""
    with warnings.catch_warnings():
        # spaCy's CLI module imports a click API that click 8.2 deprecates; not our code path.
        warnings.simplefilter("ignore", DeprecationWarning)
        import medspacy  # noqa: F401 -- registers the medspacy_* pipeline factories
        import spacy
        from medspacy.context import ConTextRule
        from medspacy.ner import TargetRule
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    matcher = nlp.add_pipe("medspacy_target_matcher")
    context = nlp.add_pipe("medspacy_context")
    rules = []
    for category, concepts in load_targets().items():
        for concept, phrases in concepts.items():
            label = f"{category}|{concept}"
            for phrase in phrases:
                if isinstance(phrase, dict):  # a spaCy token pattern
                    rules.append(TargetRule(concept, label, pattern=phrase["pattern"]))
                else:
                    rules.append(TargetRule(phrase, label))
    matcher.add(rules)
    context.add(
        [ConTextRule(literal, kind, direction="FORWARD") for literal, kind in EXTRA_CONTEXT]
    )
    return nlp


def _snippet(sentence: Any) -> str:
    text = " ".join(sentence.text.split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


def _sentence_findings(note: NoteInput, sentence: Any) -> list[NoteFinding]:
    durations = find_durations(sentence.text, note.date)
    longest = max((d.days for d in durations), default=None)
    out: list[NoteFinding] = []
    for ent in sentence.ents:
        category, _, concept = ent.label_.partition("|")
        out.append(
            NoteFinding(
                note.ref,
                category,
                concept,
                ent.text,
                ent.start_char,
                ent.end_char,
                bool(ent._.is_negated),
                bool(ent._.is_historical),
                bool(ent._.is_hypothetical),
                bool(ent._.is_family),
                longest,
                _snippet(sentence),
            )
        )
    if durations and SYMPTOM_WORDS.search(sentence.text):
        negated = any(f.negated for f in out) and not any(f.asserted for f in out)
        for duration in durations:
            start = sentence.start_char + duration.start
            end = sentence.start_char + duration.end
            out.append(
                NoteFinding(
                    note.ref,
                    "symptom-duration",
                    "duration",
                    note.text[start:end],
                    start,
                    end,
                    negated,
                    False,
                    False,
                    False,
                    duration.days,
                    _snippet(sentence),
                )
            )
    return out


def find_findings(notes: Iterable[NoteInput]) -> list[NoteFinding]:
    """All findings in the notes, in note order then text order."""
    notes = [note for note in notes if note.text and note.text.strip()]
    if not notes:
        return []
    nlp = _pipeline()
    findings: list[NoteFinding] = []
    with _lock:  # spaCy pipelines are not documented as thread-safe for concurrent pipe()
        docs = list(nlp.pipe(note.text for note in notes))
    for note, doc in zip(notes, docs, strict=True):
        for sentence in doc.sents:
            findings += _sentence_findings(note, sentence)
    return findings
