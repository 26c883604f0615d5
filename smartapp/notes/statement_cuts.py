"""Where a note's line is cut into statements (segments.py): the end of a sentence, and the
commas, semicolons and dashes between a list's items.

A full stop after a title ("Dr.") or a person's initial ends no sentence; a family history after a
comma, an Epic wildcard or an EHR's bracketed tag after a full stop opens a statement of its own; a
relative's dash and a test's result after its dash are no cut between list items.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .dated_courses import COURSE_ONLY
from .written_dates import MONTH_PATTERN, MONTHS

#: Titles and abbreviations whose full stop does not end a sentence ("send to Dr. Ostrander").
_TITLES = ("Dr", "Mr", "Ms", "Mrs", "Sr", "Jr", "St", "vs", "No", "approx")
#: A person's initial after the word that introduces them ends no sentence either: "GC visit
#: booked 05/12 with L. Baptiste, CGC" is one statement, whose booking keeps the counselor's
#: credential from reading as counseling held (blind wave 36, ED/genetic-02); "Lab tech R.
#: Boggs". Only after such a word: "vitamin D. Recheck in 3 mo" ends where it stops.
_BEFORE_A_PERSON = (
    "with", "by", "per", "from", "to", "tech", "see", "seen", "w/", "cc", "dr", "dr.", "counselor",
    "counsellor", "nurse", "therapist", "physician", "provider", "np", "pa", "rn", "md",
)  # fmt: skip
_NOT_AN_END = "".join(rf"(?<!\b{word}\.)" for word in _TITLES) + "".join(
    rf"(?<!\b(?i:{re.escape(word)}) [A-Z]\.)" for word in _BEFORE_A_PERSON
)
#: A month's abbreviation before its year or its day in a date ends no sentence: "PT Oct.-Dec.
#: 2025 & HEP since then" cut after "Dec." left the home program after it dated by the bare year,
#: from 1 Jan 2025 (s69-d). Only a year ("Dec. 2025", "Dec. '25"), a day with its year ("Dec. 5,
#: 2025") or an ordinal day ("Dec. 5th"): "pred taper Nov. 5-7 loose BMs/day" counts stools in a
#: sentence of its own (GX/infliximab-01), and "Nov. 5" alone may be either.
#: "May" is a whole word, and a full stop after it may well end a sentence.
_MONTH_ABBREVIATIONS = [name for name in MONTHS if len(name) == 3 and name != "may"] + ["sept"]
_MONTH_STOP = "|".join(rf"(?<=\b(?i:{month})\.)" for month in _MONTH_ABBREVIATIONS)
_DATE_AFTER_MONTH = (
    r"(?:(?:19|20)\d{2}(?!\d)|['\u2019]\d{2}\b"
    r"|(?:[1-9]|[12]\d|3[01])(?:(?:st|nd|rd|th)\b|,?\s+(?:19|20)\d{2}(?!\d)))"
)
_NOT_A_MONTH_STOP = rf"(?!(?:{_MONTH_STOP})\s+{_DATE_AFTER_MONTH})"
#: A family history written after a comma starts a statement of its own: ConText reads "FHx"
#: both ways, and "HTN and insomnia, family hx of stroke" must leave the patient's HTN and
#: insomnia theirs (blind wave 24, CH/cpap-02).
_FAMILY_AFTER_COMMA = (
    r",\s+(?=(?i:(?:(?:no|neg|negative|positive|strong|significant|premature|\+)\s+)?"
    r"(?:family\s+(?:history|hx)|fam\s+hx|fhx|fh)\b))"
)
#: Reported speech opens a sentence whatever its case: a rushed note's "LBP x 5 mo. pt says the
#: ESI helped 2 wks" is two sentences, as "Pt says" makes them. Glued to the sentence before,
#: the patient's report took that one's months, dates and regions for its own: a relief that held
#: two weeks "lasted" the pain's five months and met a repeat epidural's 3 months (s46-c). Not
#: after a question: "Work related? pt says 'not sure'" is the field's answer, kept with it.
_REPORTED_SPEECH = (
    r"(?:pt|patient|she|he)\s+(?:says|said|reports|reported|states|stated|notes|noted|"
    r"endorses|endorsed|describes|described|relates|related|tells|told|feels|felt|believes|"
    r"recalls|admits|admitted|complains|complained)\b"
)
#: An Epic wildcard ("***") after a full stop opens the next sentence, as a capital would: it is
#: that sentence's unfilled field, not the end of the one before ("PLAN: R TKA - anticipate pain
#: relief. *** Order updated R knee standing films?": blind wave 21, BW/tka-03).
#: So does an EHR's square-bracketed tag after a full stop, whatever its case ("walking 30 min
#: 5x/wk. [copied forward] Pt motivated, tried phentermine 2024"): the tag and what follows are
#: the next statement, and a year written there does not date the care before the stop (blind
#: wave 38, DU/bariatric-03).
#: A template's question answered in one capitalised word ("Unsteady gait? No.", "Falls in past
#: year? None.", "Dizziness? Yes.") is one statement, as "Unsteady gait? no" is: cut after the
#: question mark, the answer's "No" denied nothing and the question read as the finding stated
#: (a review-of-systems template's "Falls? No." as falls). A rooming form's one-letter answer is
#: the same ("Fall in past year? N", blind wave 88, LZ/walker-03's class).
_ONE_WORD_ANSWER = (
    r"(?!(?:No|None|Yes|Neg|Negative|Denies|Denied|Never|N/A|Unknown|Unsure|N|Y)"
    r"(?=\s*(?:$|[.,;:!)\-\u2013\u2014])))"
)
#: A form's yes/no grid ends its field where the next field opens: in a PowerForm's "Nocturnal
#: oximetry reviewed: [X] Yes [ ] No   Result: T88 14 min, nadir 81%" (its column gap collapsed
#: to one space when the text is tidied) the empty box and its "No" are the grid's answer not
#: given, and kept with the result they read as an unfilled field and a denial of it (blind wave
#: 55, GZ/oxygen-03). Only after both options of the grid, before a capitalised field label.
_BOXES = ("[ ]", "[X]", "[x]", "☐", "☒", "☑")
_AFTER_GRID = "|".join(
    rf"(?<={re.escape(f'{first} {box}{gap}{second}')})"
    for first, second in (("Yes", "No"), ("No", "Yes"), ("YES", "NO"), ("NO", "YES"))
    for box in _BOXES
    for gap in ("", " ")
)
#: The blank and the last letter of "Yes"/"No" are looked at first: Python's re tries every one of
#: the 48 look-behinds at each position of a line otherwise, which made this the costliest part
#: of cutting a note (four fifths of SENTENCE_END's time; issue 19, stop 49). Each look-behind
#: ends in one of those letters, and a blank follows, so the matches are the same.
_GRID_END = rf"(?<=[soSO])(?=[ \t])(?:{_AFTER_GRID})[ \t]+(?=[A-Z][A-Za-z0-9 /()'-]{{0,40}}:)"
#: An Epic SmartList's braces hold one field, its name too: "{Desc; Yes/No:20125::"Yes","No"}"
#: is not cut at its semicolon, so the statement keeps the list it leaves unchosen (blind wave 62,
#: IA/genetic-testing-03; placeholders.py). Inside such braces: the list's ":<id>" and its "}"
#: ahead on the line, no "{" before them (a closing brace alone, an RTF group's, is none).
_IN_SMARTLIST = r"(?![^{}\n]*:\d{3,}(?:::[^{}\n]*)?\\?\})"
#: A semicolon before a course told only by its time and length is no cut: "PT x 2 courses
#: (spring 2025, 12 wks; winter 2026, 8 wks), chiro" keeps its second course with the PT it is
#: of (brief s73-f, blind wave 84 LK/sps-02: cut off, "winter 2026, 8 wks)" was care of no kind
#: and the chiro's); an item with care of its own after the time is cut as before.
_NOT_BEFORE_A_COURSE = rf"(?!(?<=;)\s+{COURSE_ONLY})"
SENTENCE_END = lazy_re.compile(
    rf"{_GRID_END}|(?<=[.!;]){_IN_SMARTLIST}{_NOT_AN_END}{_NOT_A_MONTH_STOP}{_NOT_BEFORE_A_COURSE}"
    rf"\s+(?=[\"'(\[]?[A-Z0-9]|\*\*\*|\[[a-z])"
    rf"|(?<=\?)\s+{_ONE_WORD_ANSWER}(?=[\"'(\[]?[A-Z0-9]|\*\*\*|\[[a-z])"
    rf"|(?<=[.!]){_NOT_AN_END}\s+(?={_REPORTED_SPEECH})|;{_IN_SMARTLIST}{_NOT_BEFORE_A_COURSE}\s+"
    rf"|(?<!\s)\s+[•▪◦]\s+"
    rf"|{_FAMILY_AFTER_COMMA}"
)
#: A medication's own remark in brackets stays with it: "insulin glargine 100 u/mL - (historical,
#: not taking)", "mesalamine 1.2 g (pt stopped on his own 2025, \"didn't help\")" (blind wave
#: 20, BT/cgm-02, BR/inf-02): no cut before the bracket opens nor inside it.
#: A relative's dash introduces what is theirs and is no cut: "FHx father - stroke", "mother -
#: breast ca @52" keep the relative with the condition, as ConText reads it (blind wave 24,
#: CH/cpap-02).
_RELATIVE = (
    "mother", "father", "mom", "dad", "sister", "brother", "sibling", "siblings", "son",
    "daughter", "aunt", "uncle", "cousin", "grandmother", "grandfather", "parents",
)  # fmt: skip
_NOT_AFTER_RELATIVE = "".join(rf"(?<!\b{word})" for word in _RELATIVE)
#: A test's result after its dash is the item's own and no cut either: "germline hereditary
#: cancer panel 2023 - negative" under PMH is one test and its result, and a cut leaves the
#: test without the result that shows it done (blind wave 35, EA/genetic-testing-03); "Hep C -
#: negative" keeps its negative with it.
_RESULT_AFTER_DASH = (
    r"(?!(?:negative|neg|positive|normal|abnormal|unremarkable|vus|benign|"
    r"(?:likely\s+)?pathogenic|no\s+(?:pathogenic|deleterious|mutations?|variants?))\b)"
)
#: A list item's word that its drug is not in use stays with the drug after a dash too: Epic's
#: reconciled list writes "insulin glargine (LANTUS) 100 u/mL - NOT TAKING, never started", and
#: cut at the dash the drug stood alone as a current one (blind wave 40, ES/cgm-02). Only such
#: status words: "HTN - stopped PT" or "knee OA - s/p inj" keep their cut. So does a stop with
#: its when or why: "Insulin glargine - d/c 2023", "gabapentin - stopped d/t dizziness" (blind
#: wave 50, GH/cgm-02: the drug stood alone as a current one).
_STATUS_AFTER_DASH = (
    r"(?!(?:pt\s+|patient\s+)?(?:not\s+(?:currently\s+)?(?:taking|using)|"
    r"never\s+(?:started|taken|filled|used))\b)"
    r"(?!(?:pt\s+|patient\s+)?(?:stopped|discontinued|d/c'?d|dc'?d|d/c|quit)\b"
    r"(?=\s*(?:$|[,.;:()]|\d|(?:in|on|due|d/t|because|for|last|early|after|when|by)\b)))"
)
#: A list item's own dates or time stay with it too, after its dash or comma: a reconciled drug
#: list writes "azathioprine 125 mg daily - 10/2024 to 07/2026 (d/c'd: ongoing bleeding)",
#: "mesalamine 4.8 g/day - 05/2022 to present", and cut at the dash the drug had no day and its
#: dates no drug, so twelve weeks of it were none (blind wave 71, JL/inf-03). After a dash, a date
#: written with its year (or a "since"/"from"/"started" one) or a stated time ("- x 21 months",
#: "- for ~21 months"): no item opens with a date. After a comma only a span ("10/2024 to
#: 07/2026", "since 10/2024", "2024-present"): a comma's bare date may open the next item ("PT x 6
#: wks, 2025 injections").
_A_DATE = (
    rf"(?:\d{{1,2}}/(?:\d{{1,2}}/)?(?:19|20)\d{{2}}(?!\d)|\d{{1,2}}/\d{{1,2}}/\d{{2}}(?![\d/])"
    rf"|{MONTH_PATTERN}\s+(?:19|20)\d{{2}}(?!\d)|(?:19|20)\d{{2}}(?![\d/]|\s*(?:mg|mcg|ml|units?)\b))"
)
_DATE_FROM = rf"(?:(?:since|from|started|began|begun)\s+){_A_DATE}"
_DATE_SPAN = (
    rf"{_A_DATE}\s*(?:[-\u2013]|\b(?:to|through|thru|until)\b)\s*"
    rf"(?:{_A_DATE}|(?:the\s+)?(?:present|now|current)\b)"
)
_DATES_AFTER_DASH = (
    rf"(?!\s*(?:{_DATE_FROM}|{_A_DATE}|(?:x|for)\s*~?\s*\d{{1,2}}\+?\s*"
    r"(?:days?|wks?|weeks?|mos?|months?|mths?|yrs?|years?)\b))"
)
_DATES_AFTER_COMMA = rf"(?!\s*(?:{_DATE_FROM}|{_DATE_SPAN}))"
#: The dash is looked for before the sixteen look-behinds for a relative: they ran at every
#: position of a list line, nearly all of LIST_SPLIT's time (issue 19, stop 49); the match is
#: the same, since what follows the look-behinds starts with that blank, dash and blank.
LIST_SPLIT = lazy_re.compile(
    rf",\s+{_DATES_AFTER_COMMA}|;{_IN_SMARTLIST}\s+"
    rf"|(?=\s+-\s)(?<!\s){_NOT_AFTER_RELATIVE}\s+-\s+{_RESULT_AFTER_DASH}{_STATUS_AFTER_DASH}"
    rf"{_DATES_AFTER_DASH}",
    re.IGNORECASE,
)
