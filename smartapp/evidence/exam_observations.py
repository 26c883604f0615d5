"""An examination charted as an Observation is read as the words of an exam.

Epic flowsheets and Oracle Health PowerForms chart a knee or spine exam as an Observation of
category ``exam`` (or one whose name is the test: "Lachman test, right knee"), its result a
``valueString``, a coded answer ("Positive") or a yes/no, and often as one Observation with a
component per test: "Knee ligament exam R" with 'Lachman' "3+ soft endpoint", 'Pivot shift'
"positive", 'Effusion' "moderate" (blind wave 97, NK/kas-02). Only the ``valueString`` at the
top was read (as "name: value", notes.annotation_texts), so a ligament exam recorded only so was
"none found" for KAS-002's exam findings.

Each charted result is written here as one line of text, "[Side: ]exam (body site) - test:
value", which the note reader then reads with the vocabularies, negation and regions it reads
clinic notes with: "Lachman: negative" is a normal test, "Effusion: none" no effusion. The side
goes on every line because a statement carries no region from the line above it; a bare "R" or
"L" in the name ("Knee ligament exam R", "Lachman L") is written as a side label ("Right:"),
which the note reader gives the statement's region (side_labels.py). An Observation withdrawn
(entered-in-error) or cancelled charts no exam; a component with no value says nothing.
Numbers (a TUG's seconds, a walk test's saturations) are left to the record operators that read
them as readings with units (component_readings.py): written as words they would be read twice.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .codes import codes_of
from .regions import SIDES, region_spans, regions_in_text
from .shapes import as_dict, as_str, dicts, status_code

#: Statuses under which an Observation charts no result (FHIR R4 observation-status).
_NO_RESULT = frozenset({"entered-in-error", "cancelled"})
#: The name of an examination or of one of its tests, for an Observation charted without the
#: ``exam`` category ("Lachman test, right knee", "McMurray test right knee").
_EXAM_NAME = lazy_re.compile(
    r"\b(?:exam|examination|lachman'?s?|pivot[- ]shift|drawer|mcmurray'?s?|apley'?s?|"
    r"thessaly|straight[- ]leg[- ]raise|slr|reflex(?:es)?|dtrs?|(?:ankle|knee)[- ]jerks?|"
    r"effusion|joint[- ]line|crepitus|spurling'?s?|hoffmann?'?s?|babinski|clonus|romberg|"
    r"faber|fadir|neer'?s?|hawkins|empty[- ]can|drop[- ]arm|varus stress|valgus stress)\b",
    re.IGNORECASE,
)
#: A side written as a bare letter or abbreviation in a flowsheet name: "Knee ligament exam R",
#: "Lachman (L)", "Rt knee exam". Not "R/O", "L-spine", "L4" nor a letter inside a word.
_BARE_SIDE = lazy_re.compile(
    r"(?<![\w/-])\(?(?P<side>right|left|rt|lt|r|l)\)?\.?(?![\w/-])", re.IGNORECASE
)
_SIDE_WORDS = {"r": "Right", "rt": "Right", "right": "Right", "l": "Left", "lt": "Left",
               "left": "Left"}  # fmt: skip


#: A coded answer sent without its words: SNOMED CT's qualifier values and HL7's v2/v3 answers
#: (10828004 Positive, 260385009 Negative, 52101004 Present, 2667000 Absent, 373066001 Yes,
#: 373067005 No; "POS", "NEG", "Y", "N").
_ANSWER_CODES = {
    "10828004": "positive", "260385009": "negative", "52101004": "present", "2667000": "absent",
    "373066001": "yes", "373067005": "no", "POS": "positive", "NEG": "negative", "Y": "yes",
    "N": "no",
}  # fmt: skip


def _category_words(resource: dict[str, Any]) -> list[str]:
    words = []
    for concept in dicts(resource.get("category")):
        codes, text = codes_of(concept)
        words.extend(c.code.lower() for c in codes)
        words.append(text.lower())
    return words


def is_exam_observation(resource: dict[str, Any]) -> bool:
    """An Observation of category ``exam``, or one whose name is an examination or its test."""
    if as_str(resource.get("resourceType")) != "Observation":
        return False
    if "exam" in _category_words(resource):
        return True
    return bool(_EXAM_NAME.search(codes_of(resource.get("code"))[1]))


def _value_words(holder: dict[str, Any]) -> str:
    """The result of an Observation or component in words: its string, its coded answer's text
    (or display, or code), or a yes/no as positive/negative; "" for a number or no value."""
    value = as_str(holder.get("valueString")).strip()
    if value:
        return value
    codes, text = codes_of(holder.get("valueCodeableConcept"))
    if text or codes:  # its text and displays, else what its bare code means
        return (text or _ANSWER_CODES.get(codes[0].code.upper(), codes[0].code)).strip()
    flag = holder.get("valueBoolean")
    if isinstance(flag, bool):  # "Pivot shift: true" is a positive test
        return "positive" if flag else "negative"
    return ""


def _bare_side(text: str) -> str:
    """ "Right" / "Left" when ``text`` writes its side only as a letter ("exam R"), else ""."""
    if any(region.endswith(tuple(f":{s}" for s in SIDES)) for region in regions_in_text(text)):
        return ""  # "right knee" already says it
    sides = {_SIDE_WORDS[m.group("side").lower()] for m in _BARE_SIDE.finditer(text)}
    return sides.pop() if len(sides) == 1 else ""


def exam_lines(resource: dict[str, Any]) -> list[str]:
    """One line of text per result an exam Observation charts, [] when it charts none."""
    if not is_exam_observation(resource) or status_code(resource.get("status")) in _NO_RESULT:
        return []
    name = codes_of(resource.get("code"))[1].strip()
    site = codes_of(as_dict(resource.get("bodySite")))[1].strip()
    header = f"{name} ({site})" if site and site.lower() not in name.lower() else name
    lines = []
    top = _value_words(resource)
    if top:
        lines.append(_line(_bare_side(header), f"{_site_first(name, site)}: {top}"))
    for part in dicts(resource.get("component")):
        value = _value_words(part)
        test = codes_of(part.get("code"))[1].strip()
        if not value or not test:
            continue  # a component with no value (or no name) records nothing
        side = _bare_side(test) or _bare_side(header)
        lines.append(_line(side, f"{header} - {test}: {value}" if header else f"{test}: {value}"))
    return lines


def _site_first(name: str, site: str) -> str:
    """A test's name with the region it ends on moved before it: "Pivot shift test, right knee"
    is written "right knee - pivot shift test", so that its result stands next to the test and
    "negative" is read as the test's (clauses.py reads a result in its own clause only); the
    bodySite, when the name does not hold it, is written first too."""
    if site and site.lower() not in name.lower():
        return f"{site} - {name}"
    spans: list[list[int]] = []
    for start, end in region_spans(name):  # "Knee (left" and "Knee" overlap: one span
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    if not spans or spans[-1][1] < len(name.rstrip(" )")):
        return name  # "Right knee range of motion": the test already stands last
    start, end = spans[-1]
    rest = name[:start].rstrip(" ,-(")
    return f"{name[start:end]} - {rest}" if rest else name


def _line(side: str, text: str) -> str:
    """``text`` as a statement of its own, labelled with its side when only a letter gave it."""
    return f"{side}: {text}." if side else f"{text}."
