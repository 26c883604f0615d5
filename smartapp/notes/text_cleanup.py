"""The note text segments.py cuts, the same length as the note's so offsets still point into
it: runs of punctuation (OCR rulers, "=====") and giant tokens blanked, because spaCy's suffix
splitting is quadratic in the length of such a run; OCR's digit-for-letter swaps inside words
undone; hard-wrapped lines joined into their statement. Split out of segments.py.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .section_headers import dictated_header, header_at

_OCR_ZERO = lazy_re.compile(r"(?<=[A-Za-z])0(?=[A-Za-z])")
_OCR_ONE = lazy_re.compile(r"(?<=[a-z])1(?=[a-z])")
#: ... and its lower-case "l" for a capital "I" inside a word written in capitals: a faxed sleep
#: study's "AHl 14.9/h" hid its AHI from every reader (blind wave 70, JH/cpap-02), as would
#: "RDl", "PHYSlCAL". Only a word of capitals with at least two of them, and not a chloride's
#: "Cl" ("KCl", "HCl", "NaCl"), where the small l is the element's own.
_OCR_ELL = lazy_re.compile(r"\b(?=(?:[A-Zl]*[A-Z]){2})[A-Zl]*l[A-Zl]*\b(?<!Cl)")
#: A sleep study's index misread in other ways (brief s68-k): its I as a "1" ("AH1 14.9/h"), its
#: H too in lower case ("Ahl 14.9"), a WatchPAT's "pAHl" (the small p kept _OCR_ELL off), and the
#: index written with full stops ("A.H.I. 14.9/h", which also cut the statement). Only AHI, REI
#: and RDI, and only before the index's value (a number, after at most a bracketed rule and a
#: ":", "=", "of", "was" or "is"; not a date, a time or a size): "AHA", "AH 14 on exam", a name
#: "Dr. Ahl 3/2026" and "Rel 2 wks" stay.
_INDEX_VALUE = (
    r"(?=\s*(?:\([^()]{0,20}\)\s*)?(?:[:=~]|of\b|was\b|is\b)?\s*\d+(?:\.\d+)?(?!\d|[/.-]\d)"
    r"(?!\s*(?:d|days?|wks?|weeks?|mos?|months?|y|yrs?|years?|mm|cm|mg)\b))"
)
_OCR_INDEX = lazy_re.compile(r"\b(?:p-?)?(?:AH|Ah|RE|Re|RD|Rd)([l1])" + _INDEX_VALUE)
_DOTTED_INDEX = lazy_re.compile(r"\b(?:A\.H|R\.E|R\.D)\.I\b\.?" + _INDEX_VALUE)
#: ... and the other way round in a date: a scanned report's leading zero read as a letter O
#: ("Study date: O1/29/2026", "DOS 1O/02/2025", "01/O9/2026"), which left the study undated and
#: the faxed sleep test dated by the day it was received (blind wave 100, NS/cpap-01). Only an
#: O in a whole numeric date with its year, where a letter cannot stand.
_OCR_DATE_ZERO = lazy_re.compile(
    r"(?<![\w/])(?=[\dOo]{1,2}/[\dOo]{1,2}/(?:\d{4}|\d{2})\b)(?=[^/]*\d|[^/]*/[^/]*\d)"
    r"[\dOo]{1,2}/[\dOo]{1,2}/"
)
#: ... and a capital I read as a "1" inside a word of capitals ("SIGNIF1CANT" on a faxed
#: genetics report: blind wave 109, OX/genetic-02). Three capitals either side, so gene and drug
#: names that hold a real 1 ("BRCA1", "MLH1", "H1N1", "GLP1RA") stay.
_OCR_ONE_CAPS = lazy_re.compile(r"(?<=[A-Z]{3})1(?=[A-Z]{3})")
#: The BRCA genes as records write them apart from "BRCA1/2": a scan's "BRCAl"/"BRCAI" for
#: BRCA1 (the l already made I by _OCR_ELL), "BRCA 1/2", "BRCA 1 and 2", "BRCA1 & 2" (blind
#: wave 109, OX/genetic-02). Written "BRCA1", "BRCA1/2" and padded to keep the length, so every
#: reader of the genes (prior-germline-test, the ordered scope's names) finds them.
_BRCA_SPELLED = lazy_re.compile(
    r"\bBRCA(?:(?:\s?[lI]|\s[12])(?:\s*(?:/|&|\band\b)\s*(?:BRCA\s?)?[12]\b)?"
    r"|1\s*(?:&|\band\b)\s*2\b)(?!\w)",
    re.IGNORECASE,
)
_PUNCT_RUN = lazy_re.compile(r"([^\w\s])(?:\1|[^\w\s]){5,}")
_LONG_TOKEN = lazy_re.compile(r"\S{80,}")
#: An unfilled field's "***" inside such a run is kept where it stands: Epic writes an unfilled
#: SmartList as '{Blank single:19197::"***"}', a run of eight marks, and blanking it from the
#: third mark on left 'ECG: {Blank single:19197::"' a field that read as the ECG itself (blind
#: wave 55, GZ/cardiac-03). Only three stars alone: a ruler of stars is no field.
_RUN_PLACEHOLDER = lazy_re.compile(r"(?<!\*)\*{3}(?!\*)")
#: An abbreviation's full stop inside a statement ("34 genes incl. MLH1, MSH2", "e.g. a panel")
#: ends no sentence: blanked, so the statement is not cut there and a target's span reads past
#: it (blind wave 36, EE/genetic-03: a faxed panel "(34 genes incl. MLH1 ...): NEGATIVE" lost
#: its result to the cut). Only abbreviations that never end a statement of their own.
_ABBREVIATION_STOP = lazy_re.compile(r"(?i)\b(?:incl|e\.g|i\.e|esp)(\.)(?=\s*[\w(])")
#: A title's full stop before a name ("Mr. Obi was seen for pre-test counseling", "seen by Dr.
#: Patel") ends no statement either: a faxed genetic counseling summary opening "Mr. Obi was seen
#: for pre-test counse1ing on 9/29/26" lost the counseling to the cut, the statement read from
#: "Obi" on and the target's "[^.;]" stopped at "Mr." (blind wave 67, IU/genetic-03). Only the
#: title written capitalised and followed by a capitalised name on the same line; before an
#: initial ("Dr. A. Moreau") the statement is kept whole by initials (segments.py) instead.
_TITLE_STOP = lazy_re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr)(\.)(?= [A-Z][a-z])")
_SOFT_WRAP = lazy_re.compile(r"(?<=[a-z0-9,)])\n(?=[a-z(])")
#: A hard wrap breaks anywhere, a dictated paragraph ends on a whole clause: a line ending on one
#: of these words continues on the next even when that starts with a section word ("Settings
#: and\nequipment per your therapist").
CONTINUES = _CONTINUES = frozenset(
    "a an the and or but nor to of for with without in on at by from as than that which who "
    "her his their its my your our is are was were be been has have had will would should "
    "could may might not no very".split()
)

#: A medication list's next entry: a line that opens with a drug's name (one to three words, no
#: word of prose or directions) and its own strength, "azathioprine 125 mg - 10/2024 to 07/2026",
#: "budesonide MMX 9 mg", "folic acid 1 mg". Such a line starting in lower case after an entry
#: ending in a word ("- partial response", "125 mg bid") is no wrapped sentence: joined, the
#: entries read as one statement and one drug took another's dates ("sulfasalazine 1 g bid" +
#: "folic acid 1 mg - 2019 to present" made six years of sulfasalazine; brief s68-l).
_NOT_A_NAME = "|".join(
    sorted(_CONTINUES)
    + "take taking takes took taken tk apply inject use using used uses inhale instill insert "
    "place dissolve chew give po one two up then x q qd bid tid start started starting restart "
    "restarted continue continued cont stop stopped hold held tried failed increase increased "
    "decrease decreased reduce reduced taper tapered dose dosed total about approx "
    "approximately over under after before every each plus also pt patient reports currently "
    "now still weight wt bmi".split()
)
_NAME_WORD = rf"(?!(?:{_NOT_A_NAME})\b)[A-Za-z][\w-]*"
_LIST_ENTRY = lazy_re.compile(
    rf"(?!(?:{_NOT_A_NAME})\b)[a-z][a-z-]*(?:\s+{_NAME_WORD}){{0,2}}\s+\d+(?:\.\d+)?\s*"
    r"(?:mg|mcg|g|units?|ml)\b"
)


def blank_noise(text: str) -> str:
    """Same-length text with runs of punctuation and giant tokens blanked, an abbreviation's full
    stops blanked ("incl." → "incl ", "Mr. Obi" → "Mr  Obi"), and OCR's digit-for-letter swaps
    inside words undone ("N0T" → "NOT", "ca1f" → "calf", "AHl", "Ahl 14", "A.H.I. 14" → "AHI"),
    and in dates ("O1/29/2026" → "01/29/2026")."""
    text = _OCR_ZERO.sub("O", text)
    text = ocr_dates(text)
    text = _OCR_ONE.sub("l", text)
    text = _OCR_ELL.sub(lambda m: m.group(0).replace("l", "I"), text)
    text = _OCR_ONE_CAPS.sub("I", text)
    text = _BRCA_SPELLED.sub(_brca_written, text)
    text = _OCR_INDEX.sub(lambda m: m.group(0)[:-1].upper().replace("P", "p") + "I", text)
    text = _DOTTED_INDEX.sub(lambda m: m.group(0).replace(".", "").rjust(len(m.group(0))), text)
    text = _ABBREVIATION_STOP.sub(lambda m: m.group(0).replace(".", " "), text)
    text = _TITLE_STOP.sub(lambda m: m.group(0).replace(".", " "), text)
    text = _PUNCT_RUN.sub(_blank_run, text)
    return _LONG_TOKEN.sub(lambda m: re.sub(r"[^\w]", " ", m.group(0)), text)


def _brca_written(match: re.Match[str]) -> str:
    """A BRCA gene or pair written as "BRCA1" or "BRCA1/2", padded to the match's length."""
    found = match.group(0)
    second = re.search(r"[12]$", found) if re.search(r"/|&|\band\b", found, re.I) else None
    first = found[4:].lstrip()[:1]
    first = "1" if first in "lI" else first
    word = found[:4] + first + ("/" + second.group(0) if second else "")
    return word.ljust(len(found))


def ocr_dates(text: str) -> str:
    """Same-length text with a date's zeros read as the letter O put back ("O1/29/2026")."""
    return _OCR_DATE_ZERO.sub(lambda m: m.group(0).replace("O", "0").replace("o", "0"), text)


def _blank_run(match: re.Match[str]) -> str:
    """A run of punctuation past its first three marks blanked, an unfilled "***" in it kept."""
    run = match.group(0)
    out = list(run[:3] + " " * (len(run) - 3))
    for star in _RUN_PLACEHOLDER.finditer(run):
        out[star.start() : star.end()] = "***"
    return "".join(out)


def unwrap(text: str) -> str:
    """Join hard-wrapped lines (a line that does not end a sentence, followed by one that starts
    in lower case, is one statement), except where a dictated paragraph starts with its section
    word ("...no new hip films\nassessment right hip osteoarthritis"): a date, a side or a "no"
    of one paragraph must not reach into the next."""

    def join(match: re.Match[str]) -> str:
        following = text[match.end() : text.find("\n", match.end()) % (len(text) + 1)]
        before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].split()
        if before and before[-1].lower() in _CONTINUES:
            return " "
        if _LIST_ENTRY.match(following):
            return "\n"
        if header_at(following) is None and dictated_header(following) is None:
            return " "
        return "\n"

    return _SOFT_WRAP.sub(join, text)
