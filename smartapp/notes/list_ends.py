"""Where a list written on one line ends: the reading segments.py gives a list section's bounds.

- A line that opens with a label of its own ("Tx to date: PT 12 visits ...", "Injections: R knee
  ...") after a list written on its header's line ("Allergies/intolerances: ibuprofen - GI
  bleed; naproxen - dyspepsia.") opens the next field: the list was that line. Read as the
  allergy list's next items, the PT and the injection were reactions, no care (blind wave 38,
  EL/hyaluronan-02). A label that names a drug or a kind of care the note reader knows
  ("Naproxen: 500 mg BID", "PT: 6 wks") is the list's next item still. So does a past history
  on its header's line ("PSH: R TKA 3/2025 - doing great." then "L knee: failed PT (12 visits),
  naproxen since May"): read as past history with no date, the naproxen was dropped from the
  knee's months of care (blind wave 76, KF/surgery-knee-arthroplasty-03).
- So a family history written on its header's line ("FHx: mother - T2DM, HTN; father - OSA on
  CPAP.") ends at the next line that labels a field of the patient's own ("Wt loss: 6 mo
  supervised program with PCP + RD (10/2025-3/2026)"): read as the family's, the patient's own
  weight-loss program was no care of theirs (blind wave 39, EO/bariatric-03, EQ/bariatric-02).
  Not a line that names a relative ("Maternal aunt: ovarian ca 51"), and not the clinician's
  talk about the history ("Education: explained the panel looks for BRCA1/2 ...", "Counseling:
  ..."), which is no finding of the patient's either and stays in it. A label of the patient's
  function ends it even where it names a kind of finding the note reader knows ("FHx: mother -
  RA, CAD" then "ADLs: needs help bathing": blind wave 39, ER/tka-01, the patient's limits read
  as the mother's), as does a label of the patient's exercise ("Exercise: walks 2 mi most
  mornings": blind wave 69, JA/cardiac-imaging-02). So does a label telling counseling given
  ("Counseling done: Lynch implications, cascade testing for children/siblings"): the visit's
  act, not talk about it.
- A family history labelled inside a line of narrative ("HPI: 60F, PMH: breast ca 2021. FHx:
  mother - breast ca, father - stroke. New low back pain x 3 wks, worse at night.") ends at the
  next sentence that names no relative: the history goes on about the patient, and read as the
  family's, the patient's own pain, its duration and weight loss were no findings of theirs
  (blind wave 39, DR/lumbar-mri-03). Only at a sentence's end: an item after a semicolon ("FHx:
  mother - DM; colon ca") is the list's.
- A medication or allergy list opened after a sentence of the line ("Crohn's dx 11/2024. Meds:
  mesalamine 2024-25 (not effective), azathioprine 3/2025-11/2025") is a list from its header
  on, cut into items as a list line is: one drug's "not effective" denied the next (blind wave
  38, EM/inf-01).
- A fax's page banner ("FAX  09/29/2026 14:12  FROM: Riverbend Cancer Genetics   PAGE 2/2",
  "Page 2 of 3") ends a family history above it, on its header's line or under it: a page
  break is no item of the history, and read on to the fax's end, the patient's own plan and the
  counselor's sign-off after it were the family's (brief s65-k; blind wave 67, IU/genetic-03).
- A line that opens with the patient ("Pt seen by our genetic counselor ... 7/8/26 (pretest
  counseling completed)", "Patient had colonoscopy 2024") after a family history on its
  header's line tells of the patient again, unless it names a relative ("Pt's father also ..."):
  read as the family's, the patient's own counseling was the father's (brief s66-d; blind wave
  68, IW/genetic-testing-02). The relatives its counseling is for ("implications for relatives")
  name none (relatives_served.py).
- An allergy list written on its header's line ("Allergies: PCN (rash), sulfa") ends at the next
  line that is no allergy entry: the history or plan goes on under it ("Tried naproxen x 5 wks.
  PT trial offered -> declined", "Pt declined injection", "ODI 46%"). Read as the list's next
  items, the care, limits and scores were reactions cut at their commas, the care no care and a
  denial's items loose of it (brief s70-f; ~30 corpus notes, e.g. DS/surgery-shoulder-
  arthroplasty-02, EA/hyaluronan-02). An entry is a name of up to three words and its reaction
  after a bracket, dash or colon ("codeine (nausea)", "sulfa - rash", "- latex: hives"), a lone
  word ("latex", "sulfa, iodine") or "NKDA"; a table row goes on as before.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from .. import lazy_re
from .relatives_served import without_relatives_served
from .section_headers import header_at

#: "Tx to date:", "Injections:", "Home eval:": a capitalised label of up to four words, its colon
#: and something written after it.
_LABEL_LINE = lazy_re.compile(r"\s*(?P<label>[A-Z][A-Za-z]*(?:[ /&'-]+[A-Za-z]+){0,3})\s*:\s*\S")


def labels_a_field(line: str) -> bool:
    """Whether ``line`` opens with the label of a field of its own, not with a word a list
    holds: a drug, a therapy or another target the note reader knows."""
    match = _LABEL_LINE.match(line)
    if match is None:
        return False
    label = " ".join(match.group("label").lower().split())
    phrases, first_words = _known_words()
    return label not in phrases and not (" " not in label and label in first_words)


#: The clinician's talk about the history, not a field of the patient's own (see above).
_TALK = lazy_re.compile(
    r"\b(?:educat\w*|counsel\w*|discuss\w*|explain\w*|review\w*|consent\w*|impact|"
    r"implications?|recommend\w*|risks?|criteria|pedigree)\b",
    re.IGNORECASE,
)
#: A label that names a history of its own ("Wt hx:", "Surgical history:", "Prior surgeries:").
_HISTORY_LABEL = lazy_re.compile(
    r"\b(?:hx|history|h/o|prior|past|previous|remote|surgical|surgeries|medical)\b", re.IGNORECASE
)
#: A relative named anywhere on the line: the family history's next item.
_RELATIVE = lazy_re.compile(
    r"\b(?:mother|father|mom|dad|parents?|sisters?|brothers?|siblings?|sons?|daughters?|"
    r"children|child|aunts?|uncles?|cousins?|nieces?|nephews?|twins?|grand\w+|maternal|"
    r"paternal|mat|pat|relatives?|family|kindred|proband)\b",
    re.IGNORECASE,
)


#: "Function:", "Functional status:", "ADLs:", "Mobility:": a label only the patient's own
#: state is written under (how the patient manages, scores of the patient's function). So are
#: "Exercise:" and "Activity:" (blind wave 69, JA/cardiac-imaging-02: "Exercise: walks 2 mi most
#: mornings w/ his dog" under "FHx: mother - MI age 61" read as the family's).
_FUNCTION_LABEL = lazy_re.compile(
    r"\s*(?:function(?:al)?(?:\s+(?:status|history|limitations?|limits|impact))?|adls?|"
    r"activities of daily living|mobility|exercise(?:\s+(?:tolerance|capacity|habits?|hx))?|"
    r"(?:physical\s+)?activity(?:\s+level)?)\s*(?:\([^)]{0,30}\))?\s*:\s*\S",
    re.IGNORECASE,
)

#: "Counseling done:", "Pre-test counseling provided:": the visit's own act told done, not talk
#: about the history, though it names the relatives cascade testing is for (blind wave 51,
#: GK/genetic-03: read as the family's, the counseling GEN-002 asks for was the father's).
_COUNSELING_GIVEN = lazy_re.compile(
    r"\s*(?:(?:genetic|pre-?test|genetics)\s+)?counsell?ing\s+(?:was\s+)?"
    r"(?:done|provided|completed|given|performed)\s*[:\-]\s*\S",
    re.IGNORECASE,
)
#: A line that opens with the counseling given at the visit, told by its verb: "Counseled re
#: Lynch syndrome, autosomal dominant inheritance, cascade testing for his 2 kids and sister"
#: under "FHx: father colon ca ~55" (blind wave 77, KJ/genetic-testing-03: the relatives cascade
#: testing is for made the patient's counseling the family's); "Pt counseled re ...", "We
#: counseled him ...", "Extensive counseling provided re: ...". A relative who opens the line
#: ("Sister counseled at UC 2021") is still the family's. Not a line that sends the patient on
#: for the counseling ("Counseled briefly re: hereditary cancer risk; ... referral to genetics
#: for formal counseling - appt 4/30", a PCP's annual exam, HN/gen-02): kept as before, for
#: the few words before a referral are no qualified provider's counseling.
_COUNSELED_LEAD = lazy_re.compile(
    r"\s*(?:[-*\u2022]\s*)?(?:(?:pt|patient|we|i)\s+(?:was\s+|were\s+)?)?"
    r"(?:(?:extensive(?:ly)?|detailed|pre-?test|genetic)\s+)?"
    r"(?:counsell?ed\b|counsell?ing\s+(?:was\s+)?(?:done|provided|completed|given|performed)\b)"
    r"(?![^\n]*?\b(?:refer\w*|formal|to see|to meet with)\b[^\n]{0,40}?\b(?:genetic|counsel))",
    re.IGNORECASE,
)


#: "Pt seen by ...", "Patient had ...", "The pt reports ...": a line whose subject is the
#: patient (not "He"/"She", who may be the relative just listed).
_PATIENT_LEAD = lazy_re.compile(
    r"\s*(?:[-*\u2022]\s*)?(?:the\s+|this\s+)?(?:pt|patient)\b\.?(?!\s*'s)", re.IGNORECASE
)


#: A page's banner or number line: "PAGE 2/2", "Page 2 of 3" on a short line, one ending on its
#: bare number ("Riverside Oncology Associates   Page 2": blind wave 82, LB/genetic-testing-03),
#: or a line that opens with "FAX" and its date.
_PAGE_BREAK = lazy_re.compile(
    r"^(?=[^\n]{0,120}$)[^\n]*?\b(?:page|pg\.?)\s*\d{1,3}\s*(?:(?:/|of)\s*\d{1,3}\b|$)|"
    r"^[\s\-=*_]*fax(?:ed)?\b[^\n]{0,30}?\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.IGNORECASE,
)


def page_break(line: str) -> bool:
    """Whether ``line`` is a page's banner or number line of a faxed or scanned record."""
    return bool(_PAGE_BREAK.match(line))


#: An allergy entry's name: up to three words, each opening with a letter.
_ALLERGEN = r"[A-Za-z][\w/.'+&-]*(?:\s+[A-Za-z][\w/.'+&-]*){0,2}"
#: An entry: the name and its reaction after a bracket, dash or colon, one sentence of at most
#: ten words; or a lone word (a drug or allergen named alone).
_ALLERGY_ENTRY = lazy_re.compile(
    rf"(?:{_ALLERGEN})\s*(?:\(|[-\u2013:]\s)(?!.*\.\s)(?:\S+\s*){{0,10}}|[A-Za-z][\w/.'+&-]*\.?"
    r"|(?i:nk(?:d)?a|no\s+known\b.*)",
)
#: A bullet before an entry ("- codeine (nausea)").
_BULLET_LEAD = lazy_re.compile(r"\s*(?:[-*\u2022]\s+)")
#: Where one entry of an allergy line ends: a semicolon, or a comma outside brackets.
_ENTRY_CUT = lazy_re.compile(r";\s*|,\s*(?![^()]*\))")


def allergy_entries(line: str) -> bool:
    """Whether ``line`` reads as more entries of an allergy list (see above), not narrative."""
    body = _BULLET_LEAD.sub("", line, count=1).strip()
    if line.count("|") >= 2 or not body:
        return True  # a table's row: the list's as before
    if body.endswith(":"):
        return False  # "Medication history (reconciled):" heads the lines under it
    pieces = [piece.strip() for piece in _ENTRY_CUT.split(body)]
    return all(_ALLERGY_ENTRY.fullmatch(piece) for piece in pieces if piece)


#: A line closed by a full stop: the past history on it said all it had to ("PSH: R THA
#: 3/12/2025 - excellent result.").
_CLOSED = lazy_re.compile(r"[.!?][\s\"')\]]*$")
#: A line that opens a sentence of its own at the margin: a capital, a digit or a problem's '#',
#: not a bullet, not indented under the header (a wrapped list's next items are so).
_OWN_SENTENCE = lazy_re.compile(r"[A-Z0-9#]")
#: Words a line needs to be a sentence, not one more item of the list ("DM2. OSA.").
_SENTENCE_WORDS = 4


def history_told_on(header_line: str, line: str) -> bool:
    """Whether ``line`` goes on with the story after a past history written whole on its
    header's line above it: the header's line closed with a full stop, and this line opens a
    sentence of at least four words at the margin ("PSH: R THA 3/12/2025 - excellent result."
    then "L hip OA, pain since early '24, now rest/night pain. NSAIDs not an option (GI bleed).
    Tylenol 1 g TID. PT x2 rounds, L hip inj 3/18 (1 wk). Cane."). Read as past history with no
    date of its own, the other hip's acetaminophen, PT and cane were no care before the request
    (blind wave 93, MT/hip-arthroplasty-03); the wave 76 reading above needed a label on the
    line. Not a list's next items: "PMH: HTN,\nDM2, OSA" (no full stop), "- DM2", an indented
    line, "HLD. GERD." (too few words)."""
    return bool(
        _CLOSED.search(header_line)
        and _OWN_SENTENCE.match(line)
        and len(line.split()) >= _SENTENCE_WORDS
    )


def ends_the_list(line: str, section: str, header_line: str = "") -> bool:
    """Whether ``line`` ends the ``section`` list written on its header's line above it
    (``header_line``: that line)."""
    if section == "pmh" and not _LABEL_LINE.match(line) and history_told_on(header_line, line):
        return True  # "Hx: cortisone shot ..." under "PSH: R knee scope 2019." is more history
    if section == "family" and (
        _FUNCTION_LABEL.match(line) or _COUNSELING_GIVEN.match(line) or _COUNSELED_LEAD.match(line)
    ):
        return True
    # The relatives a counseling is for are no relative the line tells of (relatives_served.py).
    if (
        section == "family" and _PATIENT_LEAD.match(line)
        and not _RELATIVE.search(without_relatives_served(line))
    ):  # fmt: skip
        return True
    if not labels_a_field(line):
        return section == "allergies" and not allergy_entries(line)
    if section == "pmh":  # "Wt hx:", "Prior surgeries:" under "PMH: HTN" are more history
        label = _LABEL_LINE.match(line)
        return not (label and _HISTORY_LABEL.search(label.group("label")))
    if section != "family":
        return True
    label = _LABEL_LINE.match(line)
    return not (label and _TALK.search(label.group("label"))) and not _RELATIVE.search(line)


def patients_again(text: str, start: int, end: int, narrative: str, section: str) -> str:
    """The section of the sentence ``text[start:end]`` after a family history written inside a
    ``narrative`` line: the narrative's again when a sentence ended before it and it names no
    relative, else ``section`` (the family's)."""
    before = text[:start].rstrip()
    if not before.endswith((".", "!", "?")) or _RELATIVE.search(text, start, end):
        return section
    return narrative


def opens_a_list(text: str, lists: Collection[str]) -> bool:
    """Whether ``text`` opens with the header of one of the ``lists`` sections, items after it
    on the same line."""
    found = header_at(text)
    return found is not None and found[0] in lists and bool(text[found[1] :].strip())


@cache
def _known_words() -> tuple[frozenset[str], frozenset[str]]:
    """(every target phrase, every target's first word), lower case."""
    from .pipeline import first_words, targets  # the pipeline reads notes cut by segments.py

    return frozenset(targets()[0]), first_words()
