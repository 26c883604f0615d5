"""Note text → short segments with their section: the unit the NLP reads, in linear time.

Clinicians write in sections (SOAP letters, Epic template headers, "A/P:"), lists (medications,
problems) and tables (exam grids, read here as one row per line). A segment is one sentence, list
item or table row, labelled with the section it sits in, so that

- negation and other ConText modifiers stay inside the statement they belong to (a medication
  list's "…injectable, preservative free" must not negate the next drug);
- the meaning of a section applies (family history is never the patient's; a plan section states
  the plan);
- analysis time grows linearly with note length: no segment is longer than ``MAX_SEGMENT`` and
  pathological runs of punctuation (OCR rulers, "=====") are blanked before tokenising, because
  spaCy's suffix splitting is quadratic in the length of such a run.

Offsets always point into the original note text (blanking keeps the length), so evidence can be
highlighted where it was found. The blanking and the joining of hard-wrapped lines are
:mod:`.text_cleanup`; unpunctuated dictation is cut by :mod:`.run_on_dictation`; where a sentence
or list item ends is :mod:`.statement_cuts`; this module cuts lines into sentences, list items and
table rows and labels their sections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .. import lazy_re
from .addendum_lines import addendum_line
from .care_tables import care_table_head
from .list_ends import ends_the_list, opens_a_list, page_break, patients_again
from .page_wraps import join_across_pages
from .ros_exam_rows import exam_row
from .run_on_dictation import run_on_pieces
from .section_headers import dictated_header, header_at, header_remark, resumes
from .statement_cuts import LIST_SPLIT, SENTENCE_END
from .text_cleanup import blank_noise, unwrap
from .titled_readings import join_titled_readings

MAX_SEGMENT = 320
LIST_SECTIONS = frozenset({"medications", "problem_list", "allergies", "pmh", "family"})
#: The lists whose items carry such remarks (a problem list's bracket may hold whole sentences).
_REMARKED_LISTS = frozenset({"medications", "allergies"})
#: Lists whose one line a field after it ends (list_ends.py): a past history on its header's
#: line too ("PSH: R TKA 3/2025 - doing great." then "L knee: failed PT, naproxen since May").
#: So do goals written on their label's line: "Goals: TBD." then "Physician certification:
#: signed A. Pemberton MD" is a signature, not a goal (brief s72-w4).
_LISTED_INLINE = _REMARKED_LISTS | {"family", "pmh", "goals"}
#: A line under a list header that opens with a denial is the history's sentence, not the list's
#: next item ("Current Outpatient Medications: ...\nDenies numbness/weakness, bowel/bladder sx,
#: fever, wt loss."): cut at commas, "fever" stands alone and loses its "Denies" (blind wave 23,
#: CC/lmri-02).
_DENIAL_LINE = lazy_re.compile(r"\s*(?:[-*•]\s*)?(?:denies|denied|negative for)\b", re.IGNORECASE)
#: Words before a header on its line: the header is written inline, not opening the line.
_WORDED = lazy_re.compile(r"\w")
_BULLET = lazy_re.compile(r"\s*(?:[-*•▪◦·>]+|\d{1,2}[.)]|[a-z][.)])\s+")


@dataclass(frozen=True, slots=True)
class Segment:
    """One statement: its span in the note, its text, and the section it belongs to."""

    start: int
    end: int
    text: str
    section: str


Cuts = list[re.Match[str]] | None


def _pieces(
    text: str, offset: int, pattern: re.Pattern[str], bracketed: bool = False, cuts: Cuts = None
) -> list[tuple[int, int]]:
    """Split [offset, offset+len(text)) at ``pattern`` (at its matches ``cuts`` when the caller
    found them already); spans of non-blank pieces. ``bracketed``: no cut just before or inside a
    round or square bracket that closes on the line (a list item's remark; a bracket left open is
    a typo, and cuts as before)."""
    bracketed = bracketed and not _open_bracket(text)
    spans, position = [], 0
    for match in pattern.finditer(text) if cuts is None else cuts:
        if bracketed and (
            _open_bracket(text[: match.start()]) or text.startswith(("(", "["), match.end())
        ):
            continue
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(offset + a, offset + b) for a, b in spans if text[a:b].strip()]


#: A family history opened without a colon inside a history line ("PMH: none. FHx significant
#: for stroke (father), HTN (mother)."): the rest of the line is the family's, as after "FHx:".
_FAMILY_LEAD = lazy_re.compile(
    r"\s*(?:(?:strong|significant|positive|\+)\s+)?(?:family\s+(?:history|hx)|fam\s+hx|fhx|fh)\b"
    r"(?!\s*(?:[:\-–]|neg(?:ative)?\b|non-?contributory\b|unremarkable\b|none\b|unknown\b))",
    re.IGNORECASE,
)


#: A history line's sentence that ends on a number, the next opening with a word ("Wt hx: max
#: 121 kg 2024. Enrolled in Medically Supervised Weight Loss program 9/2025-3/2026"): two
#: statements, or the weight's year dates the program (blind wave 44, FK/bariatric-02). A number
#: is no abbreviation, whose full stop ("1 tab p.o. Daily") a drug list keeps; so a history,
#: problem or family line, whose items carry no such remarks, is cut there.
_AFTER_A_NUMBER = lazy_re.compile(r"\d\.\s+[A-Z][a-z]")
#: Nor is a word of three lower-case letters or more, nor a closing bracket or quote: "inj 3/2025
#: - 2 months. Hyalgan series Oct 2025 (\"best in years\"). PT 2024 x 12 visits" is three
#: sentences. Left whole, the series' and the PT's sentences were one statement, so the finding
#: of PT quoted the shot's "2 months." and took the series' October 2025 for its own date
#: (blind wave 44, FJ/hya-02). An abbreviation's stop follows a letter after a stop ("p.o.") or
#: a short word ("Dr.", "wk."), which keep their statement.
_AFTER_A_WORD = lazy_re.compile(r"(?:[a-z]{3}|..[)\]\"'])\.\s+[A-Z]")


def _list_pieces(
    line: str, offset: int, pattern: re.Pattern[str], bracketed: bool, listed: bool
) -> list[tuple[int, int]]:
    """:func:`_pieces` of the line; a list line is first cut where a sentence ends before a
    header written inline, so the header opens its own piece and its section (below): "PMH:
    none. No HTN, no stroke. FHx: father - stroke age 70, HTN." lists the father's stroke and
    HTN, not the patient's (blind wave 24, CH/cpap-02). Only before a header: a list item's own
    full stop ("1 tab p.o. Daily") is no cut."""
    if not listed:
        # A medication or allergy list opened after a sentence of the line ("Crohn's dx 11/2024.
        # Meds: mesalamine 2024-25 (not effective), azathioprine 3/2025-11/2025") is a list from
        # its header on: one drug's "not effective" denied the next (blind wave 38, EM/inf-01).
        # The line's sentence ends, found once: they are its cuts too when no list opens.
        ends = list(SENTENCE_END.finditer(line))
        at = next((m.end() for m in ends if opens_a_list(line[m.end() :], _REMARKED_LISTS)), 0)
        if not at:
            cuts = ends if pattern is SENTENCE_END else None
            return _pieces(line, offset, pattern, bracketed, cuts)
        return [
            *_pieces(line[:at], offset, pattern, bracketed),
            *_pieces(line[at:], offset + at, LIST_SPLIT, True),
        ]
    cuts = [
        m.end()
        for m in SENTENCE_END.finditer(line)
        if header_at(line[m.end() :]) or _FAMILY_LEAD.match(line, m.end())
        or (not bracketed and _AFTER_A_NUMBER.match(line, m.start() - 2, m.end() + 2))
        or (not bracketed and _AFTER_A_WORD.match(line, m.start() - 4, m.end() + 1))
    ]  # fmt: skip
    bounds = [0, *cuts, len(line)]
    return [
        span
        for start, end in pairwise(bounds)
        for span in _pieces(
            line[start:end], offset + start,
            SENTENCE_END if not bracketed and _denies_its_list(line[start:end]) else pattern,
            bracketed,
        )
    ]  # fmt: skip


#: A history sentence that opens with a denial denies each thing it lists: "PMH: none. No h/o
#: HTN, stroke, or heart disease." has no stroke (blind wave 45, FM/cpap-02); cut at its commas,
#: "stroke" lost its "No h/o". Not in a drug or allergy list, whose items are apart ("No
#: insulin, metformin 500 bid").
_DENIAL_SENTENCE = lazy_re.compile(
    r"\s*(?:no|denies|denied|negative for)\b(?!\s+(?:other|further)\b)", re.IGNORECASE
)


def _denies_its_list(sentence: str) -> bool:
    """True when ``sentence``, after any header opening it, opens with a denial."""
    found = header_at(sentence)
    return bool(_DENIAL_SENTENCE.match(sentence, found[1] if found else 0))


def _open_bracket(text: str) -> bool:
    """True when ``text`` opens more round or square brackets than it closes."""
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a long span into pieces of at most MAX_SEGMENT, at whitespace or commas if possible."""
    out = []
    while end - start > MAX_SEGMENT:
        chunk = text[start : start + MAX_SEGMENT]
        cut = max(chunk.rfind(", "), chunk.rfind(" "))
        cut = cut if cut > MAX_SEGMENT // 3 else MAX_SEGMENT
        out.append((start, start + cut))
        start += cut
    out.append((start, end))
    return out


def segment(text: str) -> list[Segment]:
    """The note's statements in order, each with its section ("" before any header)."""
    # Hard-wrapped lines (dictation, scanned text) continue their sentence: a line that does not
    # end a sentence, followed by one that starts in lower case, is one statement.
    clean, titled = join_titled_readings(unwrap(join_across_pages(blank_noise(text))))
    section, resume = "", None
    inline_list = False  # a list opened by a header with its items on its line (list_ends.py)
    list_line = ""  # that header's line
    segments: list[Segment] = []
    position = 0
    for line in clean.split("\n"):
        line_start, position = position, position + len(line) + 1
        if not line.strip():
            section, resume = (resume, None) if resume is not None else (section, None)
            continue
        found = header_at(line) or dictated_header(line)
        if found is not None:  # a header line sets the section for its own body and what follows
            resume = resumes(line, section, resume)
            section = found[0]
            # A drug, allergy or family list on this line ends at a field after it (list_ends.py).
            inline_list = section in _LISTED_INLINE and bool(line[found[1] :].strip())
            list_line = line
        elif line_start in titled and section != "plan":  # "ECG today: NSR 78" (titled_readings)
            section, resume = "results", section if resume is None else resume
        elif section == "ros" and exam_row(line):  # "SLR | R + at 40 deg |" (ros_exam_rows.py)
            section, resume = "exam", None
        elif section == "family" and page_break(line):  # a fax's page banner: list_ends.py
            section, inline_list = "", False
        elif care_table_head(line, section):  # "Therapy | Dates | Visits |" (care_tables.py)
            section, inline_list = "", False
        elif inline_list and section in _LISTED_INLINE and ends_the_list(line, section, list_line):
            section, inline_list = "", False
        elif addendum_line(line, section):  # "ADDENDUM 9/25/26:" (addendum_lines.py)
            section, inline_list = "", False
        # A table row is one statement wherever it sits: its first cell's comma ("Ambulation,
        # room air (3 min) | 85 % |") is no list, and a cut there parts the row from its header.
        listed = section in LIST_SECTIONS and line.count("|") < 2 and not _DENIAL_LINE.match(line)
        pattern = LIST_SPLIT if listed else SENTENCE_END
        remarks = listed and section in _REMARKED_LISTS
        line_section, inline_family = section, listed
        for a, b in _list_pieces(line, line_start, pattern, remarks, listed):
            piece = clean[a:b]
            found = header_at(piece)
            if found is None and not listed and inline_family and section == "family":
                section = patients_again(clean, a, b, line_section, section)  # list_ends.py
            if found is None and listed and _FAMILY_LEAD.match(piece):
                section = "family"  # "FHx significant for stroke (father), HTN (mother)"
            if found is not None and found[0] == "family" and _WORDED.search(clean, line_start, a):
                inline_family = True  # "HPI: snoring. FHx: father - stroke." (below)
            if found is not None:
                # The header stays in its statement: "Goals (8 wks): NDI <= 10" states goals,
                # "Plan of care: PT 2x/wk" a plan of care.
                resume = resumes(piece, section, resume)
                section = found[0]
                if not clean[a + found[1] : b].strip():
                    # A header alone on its line is not a statement; its bracketed remark is
                    # one, of no section (the note's, not the section's it heads): "A/P (Dr.
                    # Volkov, seen in person 8/12/26):" tells the visit held, no plan (blind
                    # wave 62, HZ/oxy-02), "Goals (8 wks):" no goal.
                    remark = header_remark(piece)
                    if remark is not None:
                        r_start, r_end = a + remark[0], a + remark[1]
                        segments.append(Segment(r_start, r_end, clean[r_start:r_end], ""))
                    continue
            bullet = _BULLET.match(clean, a, b)
            if bullet:
                a = bullet.end()
            for c_start, c_end, opens in run_on_pieces(clean, a, b):
                section = opens or section  # "...BMI 36 assessment new daily headache"
                for w_start, w_end in _windows(clean, c_start, c_end):
                    window = clean[w_start:w_end]
                    lead = len(window) - len(window.lstrip())
                    trail = len(window.rstrip())
                    if trail > lead:
                        body = clean[w_start + lead : w_start + trail]
                        segments.append(Segment(w_start + lead, w_start + trail, body, section))
        if inline_family and section == "family" != line_section:
            # A family history labelled inside a history line ("PMH: none. FHx: mother and
            # father with T2DM.") is that line's: the next line ("Wt loss: 6-mo supervised
            # program") goes on in the line's own section (blind wave 16, BN/bar-02). So in a
            # line of narrative ("HPI: 52M, loud snoring. FHx: father - stroke."): the AHI and
            # HTN on the lines after it are the patient's (noticed after blind wave 24). A
            # family header opening its own line holds for the lines under it.
            section = line_section
    return segments
