"""A 5-ASA given rectally is topical therapy, not the conventional drug a biologic follows.

Mesalamine by suppository, enema or foam acts on the mucosa it reaches (the rectum, the left
colon); the ACG's 2019 ulcerative colitis guideline puts it first for proctitis and left-sided
disease, and oral 5-ASA for extensive colitis. The step therapy an infliximab request asks for
(INF-001, INF-002, INF-007: "5-ASA in UC") is the oral drug: a "Mesalamine 1 g PR suppository qHS
x 6 wks - minimal help" in a pancolitis is no trial of it (blind wave 96, NG/inf-03). A statement
is read as rectal only when the drug's own words name a rectal route and no oral one: "mesalamine
PO + PR", "Lialda 4.8 g" or "oral mesalamine" still count.

A coded order is read the same way (``rectal_order``): a mesalamine MedicationRequest or
MedicationStatement whose route (``dosageInstruction.route`` "Rectal route"), dosage text ("1 supp
PR qHS"), drug text or form (medicationCodeableConcept.text "mesalamine 1000 MG Rectal
Suppository", a contained Medication's form "Enema") is rectal and nothing of it oral counted as
the conventional drug while the note saying the same did not (brief s82-inf).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from ..evidence.codes import codes_of
from ..evidence.shapes import as_str, dicts
from ..notes.clause_spans import clause_end, clause_start

#: Concepts a rectal route can take from a drug (mesalamine's names, targets.yaml).
_CONCEPTS = frozenset({"mesalamine"})
#: A rectal route in the drug's words: "PR", "per rectum", "rectal", "suppository", "enema",
#: "foam", the rectal brands (Canasa, Rowasa), "topical".
_RECTAL = lazy_re.compile(
    r"\b(?:pr|p\.r\.|per\s+rectum|rectal(?:ly)?|suppositor(?:y|ies)|supps?|enemas?|foam|"
    r"canasa|rowasa|sfrowasa|topical(?:ly)?)\b",
    re.IGNORECASE,
)
#: An oral route or an oral brand: "PO", "oral", "by mouth", "tabs", "DR", "Lialda", "Asacol".
_ORAL = lazy_re.compile(
    r"\b(?:po|p\.o\.|oral(?:ly)?|by\s+mouth|tab(?:let)?s?|cap(?:sule)?s?|dr(?!\.)|"
    r"delayed[- ]release|granules|lialda|asacol(?:\s+hd)?|pentasa|apriso|delzicol|"
    r"balsalazide|colazal|olsalazine|sulfasalazine)\b",
    re.IGNORECASE,
)
#: A 5-ASA named by a coded record's label or text (its generic, the 5-ASA, a rectal brand).
_MESALAMINE = lazy_re.compile(r"\b(?:mesalamine|mesalazine|5-?asa|canasa|rowasa|sfrowasa)\b", re.I)
#: Where the drug's own words end: the next clause, line or sentence, or the next item of a
#: list of drugs ("Mesalamine 4.8 g/d since Oct 2025 + rectal mesalamine", "... with rectal
#: mesalamine": blind BJ/inf-03, CM/inf-03; the oral drug's own words name no rectal route).
_CLAUSE_END = lazy_re.compile(
    r"[;\n+&]|\.(?:\s|$)|,\s+(?=[A-Z])|\bw/|\b(?:and|plus|then|with|added|adding)\b",
    re.IGNORECASE,
)
#: How far before the drug's name a route word is read ("rectal mesalamine", "PR 5-ASA").
_BEFORE = 20


def given_rectally(finding: Any, text: str) -> bool:
    """Whether ``finding`` is a 5-ASA whose own words give a rectal route and no oral one."""
    if finding.concept not in _CONCEPTS or not text:
        return False
    start, end = finding.start, finding.end
    if _ORAL.fullmatch(finding.text or ""):
        return False  # "Lialda" names the oral drug itself
    opens = clause_start(text, start, _CLAUSE_END, low=max(0, start - _BEFORE))
    words = text[opens : clause_end(text, end, _CLAUSE_END)]
    return bool(_RECTAL.search(words)) and not _ORAL.search(words)


def without_rectal(found: Iterable[Any], texts: dict[str, str]) -> list[Any]:
    """``found`` without the 5-ASA statements that give the drug rectally only."""
    return [f for f in found if not given_rectally(f, texts.get(f.note_ref, ""))]


def rectal_order(item: Evidence) -> bool:
    """Whether the coded medication ``item`` is a 5-ASA its route, form, dosage or drug text
    gives rectally, with no oral word: no conventional drug (the note path's rule above)."""
    if not item.kind.startswith("Medication") or not _MESALAMINE.search(item_words(item)):
        return False
    words = f"{item_words(item)} {_dosage_words(item.raw)}"
    return bool(_RECTAL.search(words)) and not _ORAL.search(words)


def item_words(item: Evidence) -> str:
    """The drug's text and codes' displays, with the route and form words the record kept."""
    displays = " ".join(c.display for c in item.codes if c.display)
    return f"{item.text} {displays} {item.route}"


def _dosage_words(resource: dict[str, Any]) -> str:
    """The dosage's route, method and text: "Rectal route", "Insert 1 supp PR qHS"."""
    words = []
    for dosage in dicts(resource.get("dosageInstruction")) + dicts(resource.get("dosage")):
        words += [codes_of(dosage.get("route"))[1], codes_of(dosage.get("method"))[1]]
        words.append(as_str(dosage.get("text")))
    return " ".join(words)
