"""A refusal said again is a refusal: care reconsidered, offered again or discussed again and
turned down again was not had.

Blind wave 104, OI/hya-02: "Discussed corticosteroid injection - pt declined" in May, then
"Reconsidered steroid injection - again declined." in September met HYA-003 (a failed
intra-articular steroid injection, LCD L39529); the reviewer: "No intra-articular
corticosteroid ever given: declined twice". context.yaml reads a refusal written after the care
only in fixed words ("- declined", "(declined)", "offered, declined", and "pt declined." closing
its clause: pipeline.py); a word of repetition between ("- again declined", "- pt again
refuses.", "declined again.", "still declines.", "continues to decline.", "declined x2.") hid it.

These rules are that refusal with its repetition. Followed by more words it declines what follows,
as the forward "declined" it stands in for does ("pt again refuses CSI", "CSI 2/2026 helped
briefly, again declined surgery" keeps the injection). Closing its clause (punctuation, or the
statement's end, follows) it is read back over the care before it, only where a reviewer would
read a refusal:

- it is set off from what it follows (a dash, comma, semicolon, colon or bracket, "but" or
  "and", the patient as its subject, the care's name itself ("CSI declined x2."), a passive
  "was", or the sentence's start): "walking tolerance has declined again." is a decrease;
- it falls on care, a plan or a test: "Function: still declining." is a limitation;
- the care's own clause does not tell it had ("Had CSI x2, declined again.", "s/p CSI, declines
  again."): what is refused is another round (the LCD's steroid injection was given).

A first token of each pattern is an exact word (parse.GatedMatcher runs them only on statements
holding one of those words).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .clauses import clause_bounds
from .model import CARE_CATEGORIES, PLAN_CATEGORIES

#: The patient's refusal, as the verb (and the nouns a repetition leaves: "still declining").
VERBS = ["declined", "declines", "declining", "refused", "refuses", "refusing"]
#: Repetition before the verb: "again declined", "still declines", "once again refused".
BEFORE = ["again", "still"]
#: ... or after it: "declined again", "declined twice", "refused x2".
AFTER = ["again", "twice", "x2", "x3", "x4", "repeatedly"]
#: What may set a clause-opening refusal off from the words before it ("- again declined",
#: "but declined again", "pt again refuses.").
SUBJECTS = frozenset({"pt", "patient", "he", "she", "they", "member", "pt.", "patient."})
LEADS = ["but", "and"]
#: The categories a refusal can fall on: care tried, a plan, a test (not a limitation or a symptom
#: that can decline, worsen, in the same words).
CATEGORIES = CARE_CATEGORIES | PLAN_CATEGORIES | {"diagnostic-results"}
#: The care's own clause tells it was had: the refusal is of a further round ("Had CSI x2,
#: declined again").
_HAD = lazy_re.compile(
    r"\b(?:had|has\s+had|s/p|status\s+post|received|underwent|got|given|completed|tried)\b",
    re.IGNORECASE,
)
#: A token that closes the refusal's clause: punctuation or a line break. Optional: a refusal
#: ending the statement closes it too, and one followed by words reads forward (module doc).
_CLOSE = {"TEXT": {"REGEX": r"^[^\w]+$"}, "OP": "?"}
#: Marks that set a clause off (with whitespace).
_MARKS = "-–—,;:()/[]. \n\t"
#: A passive refusal: "CSI was declined again."
PASSIVE = frozenset({"was", "were", "been", "is", "are"})


def _closes(modifier: Any) -> bool:
    """Whether the refusal (a modifier span) ends its clause: its last token is punctuation or
    a line break (the optional closing token), or it ends the statement."""
    return modifier.end == len(modifier.doc) or not modifier[-1].text.strip(_MARKS)


def _set_off(target: Any, modifier: Any) -> bool:
    """Whether the refusal opens its own clause after ``target`` (module doc)."""
    if modifier[0].lower_ in LEADS:
        return True
    doc, at = modifier.doc, modifier.start
    if at > 0 and doc[at - 1].lower_ == "once":  # "once again declined"
        at -= 1
    if at == 0 or doc[at].is_sent_start or at == target.end:
        return True
    before = doc[at - 1]
    if before.lower_ in PASSIVE:
        return modifier[-1 if modifier[0].lower_ in BEFORE else 0].lower_ in ("declined", "refused")
    return before.lower_ in SUBJECTS or before.is_space or not before.text.strip(_MARKS)


def _refuses(target: Any, modifier: Any, _between: Any) -> bool:
    """A ConTextRule ``on_modifies`` callback: the repeated refusal reaches ``target`` only as
    the module doc says."""
    if target.start >= modifier.end:  # forward, as "declined" and "refuses" read
        return not _closes(modifier)
    if not _closes(modifier) or not _set_off(target, modifier):
        return False
    if not any(label.split("|")[0] in CATEGORIES for label in target.label_.split(";")):
        return False
    text = target.doc.text
    low, high = clause_bounds(text, target.start_char)
    return not _HAD.search(text, low, target.start_char) and not _HAD.search(
        text, target.end_char, max(target.end_char, min(high, modifier.start_char))
    )


def _patterns() -> list[list[dict[str, Any]]]:
    """Token patterns of a repeated refusal closing its clause, each with an exact first word."""
    verb = {"LOWER": {"IN": VERBS}}
    bodies = [
        # "again declined.", "still declines.", "again refused again."
        [{"LOWER": {"IN": BEFORE}}, verb, {"LOWER": {"IN": AFTER}, "OP": "?"}, _CLOSE],
        # "declined again.", "declined twice.", "refused x2."
        [verb, {"LOWER": {"IN": AFTER}}, _CLOSE],
        # "declined both times.", "refused each time."
        [verb, {"LOWER": {"IN": ["both", "each", "every"]}}, {"LOWER": {"IN": ["time", "times"]}},
         _CLOSE],
        # "continues to decline.", "continued to refuse."
        [{"LOWER": {"IN": ["continues", "continued", "continue"]}}, {"LOWER": "to"},
         {"LOWER": {"IN": ["decline", "refuse"]}}, _CLOSE],
    ]  # fmt: skip
    # The same led by "but" / "and" (medspaCy's "but" ends a scope: it must be in the match).
    return bodies + [[{"LOWER": {"IN": LEADS}}, *body] for body in bodies]


def repeated_refusal_rules(rule_class: Any) -> list[Any]:
    """ConText rules (built with medspaCy's ``ConTextRule``) for a refusal said again: read
    back over the care before it when it closes its clause, else forward."""
    return [
        rule_class("declined again.", "NEGATED_EXISTENCE", direction="BIDIRECTIONAL",
                   pattern=pattern, on_modifies=_refuses)
        for pattern in _patterns()
    ]  # fmt: skip
