"""Section headers at a line's start: the labels a note's sections open with (sections.yaml).

"A/P:", "Assessment and Plan", "Plan / DME", "Left knee exam |", a template's decorated
"*** ASSESSMENT/PLAN ***", "Exam today:" inside a paragraph of another section, and in dictation
a lower-case section word with no colon ("plan we discussed ..."). segments.py cuts a note at them.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .. import lazy_re
from ..yamlfile import safe_load

SECTIONS_FILE = Path(__file__).with_name("sections.yaml")

#: "Exam today:", "PE this visit:", "Exam at today's visit:": the label of this visit's part,
#: written inside a paragraph of another section (a letter, a problem of an A/P): it labels
#: that paragraph only.
_TODAY = r"(?P<today>\s+(?:today|this visit|at (?:this|today'?s) visit))?"
#: "Left knee exam |" heads an Epic exam table: a side before the header, a cell bar after it.
#: "Exam 3/9:", "PE on 3/9/26:", "Exam dated 03/09/2026:": the visit's date after an exam label,
#: as "Exam (3/9):" writes it in brackets (blind wave 68, IZ/img-01: "Exam 3/9: small effusion
#: ..." under "Assessment and Plan:" read as plan, so the exam was missed). It holds like the
#: label. Only an exam's: "Follow-up 9/4/26 - CNP" titles a note, it opens no plan (GV/lmri-01).
_DATED = r"\s+(?:on\s+|of\s+|dated\s+)?\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?"
_SIDE = r"(?:(?:left|right|lt|rt|l|r|bilateral|b/l)\.?\s+)?"
#: "STG 1:", "LTG #2 -", "Goal 3 (4 wks):": a goal's number after its label heads the goals as
#: the bare label does (brief s67-d). Only a goal's, and only before its colon or bracket: "Goal
#: 150 ft by discharge" is a sentence.
_NUMBERED = r"\s*#?\s*\d{1,2}(?=\s*[(:\-–])"
#: A hyphen joining a goal header's word to the next: "Goal-directed", not "Goal - 150 ft".
_JOINED = lazy_re.compile(r"-[A-Za-z]")
#: "Exam R shoulder:", "Exam - left knee:", "PE, lumbar spine:": an exam header that names the
#: part examined after it (blind wave 20, BS/aim-01: the exam table after a medication table
#: was read as medications). Only an exam header, and only with its colon or cell bar.
_BODY = (
    r"(?:shoulders?|knees?|hips?|ankles?|feet|foot|wrists?|hands?|"
    r"elbows?|neck|(?:low(?:er)? )?back|(?:lumbar |cervical |thoracic )?spine|[lct]-?spine|"
    r"(?:lower |upper )?extremit(?:y|ies)|[lu]es?)"
)
_PART = r"\s*[,\-–]?\s+(?P<part>" + _SIDE + _BODY + r")(?=\s*[:|])"
#: "Shoulder exam |", "R hip exam:", "Hand/wrist examination:", "Bilateral knee PE:": the part
#: named before the exam's word (blind wave 78, KL/advanced-imaging-other-01: "Shoulder exam |
#: Right | Left |" heading an exam table after the medication table was read as medications;
#: sections.yaml listed only the knee's, spine's and lumbar exams so). Only with its colon, dash
#: or cell bar, as any header: "Shoulder exam pending" is a sentence.
_PART_EXAM = (
    rf"(?P<partexam>{_BODY}(?:\s*(?:/|&|and)\s*{_BODY})?\s+(?:physical\s+)?(?:exam(?:ination)?|pe))"
)


@cache
def _header_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    document = safe_load(SECTIONS_FILE.read_text(encoding="utf-8"))
    category_of: dict[str, str] = {}
    for category, headers in document["sections"].items():
        for header in headers:
            category_of[str(header).lower()] = category
    alternatives, exams, goals = (
        "|".join(
            re.escape(h).replace(r"\ ", r"\s+") for h in sorted(headers, key=len, reverse=True)
        )
        for headers in (
            category_of,
            [h for h, c in category_of.items() if c == "exam"],
            [h for h, c in category_of.items() if c == "goals"],
        )
    )
    # A header starts the line (after a bullet or '#'); a one-letter SOAP header needs a colon.
    # Templates decorate it on both sides ("*** ASSESSMENT/PLAN ***" in a PowerNote, "== PLAN ==",
    # Markdown's "**Plan**"): the closing marks are part of the header line. "Exam today:" /
    # "Exam this visit:" labels today's part of the note as the bare label does (a problem-based
    # A/P with "Exam today: SLR + R 40 deg" under a problem).
    # A remark in brackets, round or square, may stand between the header and its colon
    # ("Exam (video):", "PHYSICAL EXAM [macro]:" of a template): it qualifies the section, it
    # does not hide it (blind wave 33, DQ/spine-03: the exam under "[macro]:" read as the ROS
    # above it, so the attending's Hoffmann and clonus were no exam).
    pattern = re.compile(
        rf"^(?P<open>[\s#*>=~\-]*){_SIDE}(?:(?P<exam>{exams}){_PART}|(?P<dated>{exams}){_DATED}"
        rf"|(?P<numbered>{goals}){_NUMBERED}|{_PART_EXAM}|(?P<header>{alternatives}))"
        rf"(?:\s*[/&]\s*[A-Za-z][A-Za-z ]{{0,25}}?)?"
        rf"(?:\s*(?:\((?P<remark>[^)]{{0,40}})\)|\[[A-Za-z][^\]]{{0,39}}\]))?{_TODAY}(?P<close>\s*[*#=~]+)?"
        rf"(?:\s*(?P<colon>[:\-–|])\s*|\s*$)",
        re.IGNORECASE,
    )
    return pattern, category_of


def header_categories() -> dict[str, str]:
    """Each header's words (lower case) -> its section category."""
    return _header_pattern()[1]


#: A neuro exam table's head row: its first cell names the exam, the others are the sides
#: ("Neuro | R | L |" of an HTML table: blind wave 66, IO/spine-01 read its strength, reflex,
#: sensation and SLR rows as the ROS line above). A side column is what makes it an exam grid:
#: a bare "Neuro:" line stays the review of systems' own. So is a grid of special tests, "Test |
#: R | L |" with its Effusion, McMurray and Lachman rows, after a history paragraph whose inline
#: "PMH/FHx:" label had them read as past history (blind wave 32, DP/knee-scope-01: its exam
#: went unread once the history's "locking episodes" stopped counting as one, brief s69-b).
_GRID_HEAD = lazy_re.compile(
    r"^[\s#*>]*(?:neuro(?:logic(?:al)?)?(?:\s+exam)?|motor|strength|reflexes|sensory|le neuro|"
    r"lower extremit(?:y|ies)(?:\s+neuro)?|(?:special\s+|exam\s+)?tests?|(?:exam\s+)?findings?)"
    r"\s*\|(?:\s*(?:r|l|rt|lt|right|left)\.?\s*\|){2}\s*$",
    re.IGNORECASE,
)


def header_at(line: str) -> tuple[str, int] | None:
    """(category, length of the header prefix) when the line starts with a section header."""
    pattern, category_of = _header_pattern()
    match = pattern.match(line)
    if match is None:
        grid = _GRID_HEAD.match(line.rstrip() + ("" if line.rstrip().endswith("|") else " |"))
        return ("exam", len(line.rstrip())) if grid else None
    named = (
        match.group("exam") or match.group("dated") or match.group("numbered")
        or match.group("header")
        or "exam"  # partexam: "Shoulder exam |" is the exam's header, naming its part
    )  # fmt: skip
    header = " ".join(named.lower().split())
    colon = match.group("colon")
    if colon and category_of[header] == "goals" and _JOINED.match(line, match.start("colon")):
        return None  # "Goal-directed therapy": one word, no label
    if match.group("close") and not re.search(r"[*#=~]", match.group("open")):
        return None  # "Plan ***": a template's blank after the word, not a decorated header
    if len(header) <= 2 and not match.group("colon") and header not in ("pe", "hpi", "cc"):
        return None  # "A" or "P" alone on a line is not a header
    rest = line[match.end() :]
    if not match.group("colon") and rest.strip():
        return None
    if match.group("part"):  # "R shoulder:" stays in the text: the rows below are of its side
        return category_of[header], match.start("part")
    return category_of[header], match.end()


def dictated_header(line: str) -> tuple[str, int] | None:
    """A dictated paragraph opens with its section word and no colon, in lower case as the
    transcription prints it: "plan we discussed right total hip arthroplasty", "exam antalgic
    gait" → (category, where the word starts: it stays in its statement). Capitalised ("Plan
    to start PT", "History of falls") it is prose, not a header; a one- or two-letter word
    ("a", "pe") is too short to tell."""
    _, category_of = _header_pattern()
    match = _dictated_pattern().match(line)
    if match is None:
        return None
    return category_of[" ".join(match.group("header").split())], match.start("header")


@cache
def _dictated_pattern() -> re.Pattern[str]:
    _, category_of = _header_pattern()
    words = sorted((h for h in category_of if len(h) > 2 and h.isascii()), key=len, reverse=True)
    alternatives = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in words)
    # Case-sensitive on purpose: the headers are listed in lower case.
    return re.compile(rf"[ \t]*(?P<header>{alternatives})[ \t]+(?=[a-z0-9(])")


def resumes(text: str, section: str, resume: str | None) -> str | None:
    """The section to go back to at the paragraph's end once the header ``text`` starts with
    opens: the one before an "Exam today:" label, else None (a header holds until the next)."""
    match = _header_pattern()[0].match(text)
    return (section if resume is None else resume) if match and match.group("today") else None


def header_remark(line: str) -> tuple[int, int] | None:
    """Where the round-bracketed remark of the header ``line`` starts with is written, inside its
    brackets: "A/P (Dr. Volkov, seen in person 8/12/26):" -> the span of "Dr. Volkov, seen in
    person 8/12/26". A template's square-bracketed tag ("[macro]") is no remark."""
    match = _header_pattern()[0].match(line)
    if match is None or not (match.group("remark") or "").strip():
        return None
    remark, at = match.group("remark"), match.start("remark")
    return at + len(remark) - len(remark.lstrip()), at + len(remark.rstrip())


def header_of(line: str) -> str | None:
    """The section category of the header ``line`` starts with, if it starts with one."""
    found = header_at(line)
    return found[0] if found else None
