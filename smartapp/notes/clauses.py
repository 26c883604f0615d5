"""Which clause of a statement a "normal" or a denial belongs to.

ConText reads "negative", "normal", "intact" a few tokens either side of the word, across commas:
in "Lachman neg, McMurray positive" it marks McMurray normal too, in "AC joint normal, GH
arthrosis" the arthrosis. A result word belongs to its own clause's subject. A clause that says
more than the finding it names ("GH arthrosis with crepitus", "McMurray positive", "medial joint
line tenderness") has its own result; a bare one ("Strength, sensation, reflexes intact") is an
item of a list whose result comes after it, so it is normal only when the next clause that says
more is normal.

A denial reaches further ("Denies bowel or bladder changes, saddle anesthesia, fever" denies all
three), so it is taken back only from a clause that asserts its own finding: "No effusion,
positive McMurray", "Denies numbness, reports weakness", "Has not tried injections, completed 6
wks PT" (a positive sign, a report, care done, a degree), with no denial of its own. A verb's
own "not" ("cannot passively extend", "McM not tested") reaches no further than its clause when
the next clause says more than a list item ("lg effusion, MJL ttp"): :func:`says_more_apart`.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_around
from .context_rules import phrases_pattern

_BREAK = lazy_re.compile(r"[,;]|\s[-–]\s|\b(?:but|except|however|while|whereas)\b", re.IGNORECASE)
#: Words a list item may carry beside its finding and still be bare.
_FILLER = frozenset(
    "and or the a an both bilateral bilaterally b/l l r left right lt rt on of to in".split()
)
_WORD = lazy_re.compile(r"[\w/+]+")


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [p for m in _BREAK.finditer(text) for p in (m.start(), m.end())] + [len(text)]
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]


def _bare(clause: str, target: str = "") -> bool:
    rest = clause.replace(target, " ", 1) if target else clause
    return all(word.lower() in _FILLER for word in _WORD.findall(rest))


def normal_in_own_clause(text: str, start: int, end: int) -> bool:
    """Whether a finding at [start, end) of the statement ``text`` that ConText marked normal is
    normal in its own clause (see the module docstring)."""
    clauses = _clauses(text)
    index = next((i for i, (a, b) in enumerate(clauses) if a <= start < b), None)
    if index is None:
        return True
    low, high = clauses[index]
    own = text[low:high]
    if phrases_pattern("NORMAL_RESULT").search(own):
        return True
    if not _bare(own, text[start:end]):
        return False  # "GH arthrosis with crepitus": a clause with its own result
    for a, b in clauses[index + 1 :]:
        if not _bare(text[a:b]):
            return bool(phrases_pattern("NORMAL_RESULT").search(text[a:b]))
    return True  # a list with no result after it: as ConText read it


#: What asserts a clause's own finding; "uses" is care going on ("Can't take NSAIDs (GI bleed) -
#: uses acetaminophen since April": blind wave 31, DJ/hya-03). A verb that says what the patient
#: does now ("walks", "ambulates", "wears", "needs", "relies on") asserts its clause too: a list
#: headed by an inability ("Can't put on socks, walks <1 block w/ cane") lists what is still
#: done beside what is not, and the cane is in use (blind wave 44, FI/hip-arthroplasty-01).
_ASSERTS = lazy_re.compile(
    r"(?:^|\s)\+|\b(?:positive|pos|reports?|reported|endorses?|endorsed|complains? of|c/o|"
    r"completed|underwent|started|tried|has had|uses|using|mild|moderate|severe|marked|"
    r"walks|ambulates|wears|needs|relies on)\b",
    re.IGNORECASE,
)
_DENIES = lazy_re.compile(
    r"\b(?:no|not|denies|denied|without|never|none|negative|neg|declined|refused|unable)\b|n't\b",
    re.IGNORECASE,
)


#: A verb of care closing its clause with "yet" or "so far": the frame of a denial before it
#: ("Has not done PT, injections or NSAIDs tried yet", "No PT, injections, or NSAIDs tried to
#: date"), no care told had: "tried yet" asserts nothing without the "not" it answers (s71-f;
#: the NSAIDs read as tried). "So far" and "to date" only after an "or" that joins the clause
#: to the list: "No PT, NSAIDs tried so far" may be two statements, and "NSAIDs tried so far
#: with partial relief" goes on, and asserts them.
_STILL_TO_COME = lazy_re.compile(
    r"\b(?:tried|trialed|trialled|used|done|had|taken|started|attempted|completed)\s+"
    r"(?:(?:as\s+of\s+)?yet|(?P<so_far>so\s+far|thus\s+far|to\s+date))\s*[.!]?\s*$",
    re.IGNORECASE,
)
_LIST_JOIN = lazy_re.compile(r"\b(?:or|nor)\b", re.IGNORECASE)


#: Care's own words of a course had, beside _ASSERTS: "PT 6 wks done", "naproxen x 3 months",
#: "meloxicam trialed 6 wks", "naproxen taken since Jan" (brief s72-a); member_reach.py reads a
#: list member's by it too.
CARE_HAD = lazy_re.compile(
    r"\b(?:tried|trialed|trialled|took|taken|taking|done|completed|finished|attended|used|"
    r"failed|since|for\s+\d+|x\s*\d+|\d+\s*(?:visits?|sessions?|d|days?|wks?|"
    r"weeks?|mos?|months?|yrs?|years?))\b",
    re.IGNORECASE,
)


def denial_in_own_clause(text: str, start: int, end: int) -> bool:
    """Whether a finding at [start, end) of ``text`` that ConText marked negated is denied in its
    own clause: False when its clause asserts it and denies nothing (see the module docstring).
    An outcome is no denial of the clause's own ("No injections, NSAIDs tried so far without
    relief": brief s72-a), and a span or a "done" asserts care unless an "or" joins the clause
    to the denied list ("No injections, or NSAIDs x 6 wks")."""
    clauses = _clauses(text)
    index = next((i for i, (a, b) in enumerate(clauses) if a <= start < b), None)
    if index is None or index == 0:
        return True
    own = text[clauses[index][0] : clauses[index][1]]
    frame = _STILL_TO_COME.search(own)
    if frame and (not frame.group("so_far") or _LIST_JOIN.search(own, 0, frame.start())):
        return True  # "Has not done PT, injections or NSAIDs tried yet": the list's last item
    if _DENIES.search(phrases_pattern("OUTCOME").sub(" ", own)):
        return True
    said = own.replace(text[start:end], " ", 1)
    return not (_ASSERTS.search(said) or (CARE_HAD.search(said) and not _LIST_JOIN.search(said)))


#: A need said of the clause's finding after it: "HOB elevation needed", "turning q2h required".
_NEEDED = lazy_re.compile(r"\b(?:needed|required)\b", re.IGNORECASE)
#: A limit said in a clause of its own, the finding's words included: "Pain with reaching
#: overhead, unable to lift 10 lb", "pain with stairs, difficulty dressing" (brief s67-d).
#: A gait that fails, or a walk that must stop, is a limit in any clause: no activity brings it
#: on, so it is never one more item of a trigger's list ("Pain w/ stairs, limps after 20 min
#: walking", "pain with standing, has to sit after 10 min"; blind wave 90, MG/hyaluronan-03).
_LIMIT_SAID = lazy_re.compile(
    r"\b(?:unable|cannot|can\s+not|not\s+able|difficulty|trouble|struggles?|limps|limping|"
    r"(?:has|have|had|needs?|must)\s+to\s+(?:stop|sit|rest))\b|\bcan'?t\b",
    re.IGNORECASE,
)


def asserted_apart(text: str, trigger: int, start: int, end: int) -> bool:
    """Whether the finding at [start, end) of ``text`` sits in a clause after the one holding
    ``trigger`` and that clause asserts it with words of its own ("needs", "uses", "reports",
    "needed"): in "Pain w/ repositioning, needs HOB elevation" the pain's trigger is the
    repositioning, and the head elevation a need (blind wave 64, IJ/hospital-bed-03). A bare
    item ("pain with standing, walking") stays in the trigger's list; an inability, a
    difficulty, a limp or a forced stop in that clause ("..., unable to lift 10 lb", "...,
    difficulty dressing", "..., limps after 20 min walking") is a limit of its own."""
    clauses = _clauses(text)
    own = next(((a, b) for a, b in clauses if a <= start < b), None)
    if own is None or own[0] <= trigger:
        return False
    rest = text[own[0] : own[1]].replace(text[start:end], " ", 1)
    limit = _LIMIT_SAID.search(text, own[0], own[1])
    return bool(_ASSERTS.search(rest) or _NEEDED.search(rest) or limit)


#: A test's own result written right after it: a grade ("5/5", "4+/5", "DTRs 1+", "2+"), or a
#: normal result ("intact", "neg", "symmetric", "WNL"), after a verb or a colon and a word or two
#: ("strength: 5/5", "sensation grossly intact", "SLR neg bilat").
_RESULT_AFTER = lazy_re.compile(
    r"\s*(?::\s*|\s(?:is|are|was|were)\s+)?"
    r"(?:(?:grossly|globally|bilat(?:erally)?|b/l|all|[rl])\s+){0,2}"
    r"(?:[0-5][+-]?\s*/\s*5(?!\d)|[0-4]\s*\+(?![\w/])|intact\b|normal\b|nl\b|wnl\b|"
    r"within\s+normal\s+limits\b|neg\b|negative\b|symmetric\w*|sym\b|equal\b)",
    re.IGNORECASE,
)


def result_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether the test at [start, end) of ``text`` sits in a clause after the statement's first
    and gives itself a result there, with no denial of its own: "No saddle numbness, strength 5/5,
    DTRs 1+ sym, SLR neg" (blind wave 62, HY/surgery-spine-03). ConText's "no" reaches to the
    sentence's end across commas, but a test graded or found normal was done; a negative
    straight-leg raise is a result, not an absent test. "Strength not tested" keeps its "not"."""
    clauses = _clauses(text)
    index = next((i for i, (a, b) in enumerate(clauses) if a <= start < b), None)
    result = _RESULT_AFTER.match(text, end)
    if index is None or index == 0 or result is None or result.end() > clauses[index][1]:
        return False
    low, high = clauses[index]
    rest = text[low:start] + " " + text[result.end() : high]
    return not _DENIES.search(rest)


def says_more_apart(text: str, trigger: tuple[int, int], start: int, end: int) -> bool:
    """Whether the finding at [start, end) of ``text`` sits in another clause than the trigger
    at ``trigger`` and its own clause says more than the finding ("lg effusion", "MJL ttp",
    "lachman firm endpt"): a sign of its own, graded or placed, not an item of a list."""
    clauses = _clauses(text)
    own = next(((a, b) for a, b in clauses if a <= start < b), None)
    if own is None or own[0] <= trigger[0] < own[1]:
        return False
    if trigger[0] > start:
        # Written after the finding, the denial is its own clause's only when that clause has a
        # subject of its own ("lg effusion, McM not tested"); alone it is the status of what
        # went before ("initial evaluation requested by fax 2/23 - not yet received").
        theirs = next(((a, b) for a, b in clauses if a <= trigger[0] < b), None)
        if theirs is None or _bare(text[theirs[0] : theirs[1]], text[trigger[0] : trigger[1]]):
            return False
    return not _bare(text[own[0] : own[1]], text[start:end])


#: The rest of a list of tests joined by "/", "and", "or", "&" up to the result word written after
#: the last one: "Lachman/ant drawer neg", "Lachman and anterior drawer negative". ConText reads a
#: result word only a few tokens away, so the list's first item kept no result (blind wave 40,
#: ES/kas-02). Each item is a few plain words; a sign, a grade or a number of its own ("+", "2B",
#: "positive") ends the list, and a comma starts another clause (normal_in_own_clause).
_JOINED_THEN_RESULT = lazy_re.compile(
    r"(?:\s*(?:/|&|\band\b|\bor\b)\s*(?:[a-z][a-z'.-]*\s*){1,3})+", re.IGNORECASE
)

#: Where the list can end at the latest: a clause break or a sentence's end.
_LIST_END = lazy_re.compile(r"[,;:\n]|\.\s+(?=[A-Z])")


def list_after(text: str, end: int) -> str:
    """The words after the finding ending at ``end`` of ``text``, up to where a list of tests
    joined to it can end at the latest (_LIST_END)."""
    return _LIST_END.split(text[end : end + 80], maxsplit=1)[0]


def joined_up_to(rest: str, result_at: int) -> bool:
    """Whether ``rest`` (:func:`list_after`) up to ``result_at``, where a result word begins, is
    only more tests joined by "/" or "and", none with a sign of its own (_JOINED_THEN_RESULT)."""
    joined = rest[:result_at]
    return bool(_JOINED_THEN_RESULT.fullmatch(joined)) and not _ASSERTS.search(joined)


def joined_list_result(text: str, end: int) -> bool:
    """Whether the finding ending at ``end`` of ``text`` opens a list of tests joined by "/" or
    "and" whose result word, written after the last item, is normal (see _JOINED_THEN_RESULT)."""
    rest = list_after(text, end)
    result = phrases_pattern("NORMAL_RESULT").search(rest)
    return result is not None and joined_up_to(rest, result.start())


def clause_of(text: str, position: int) -> str:
    """The clause of ``text`` that holds ``position``."""
    for low, high in _clauses(text):
        if low <= position < high:
            return text[low:high]
    return text


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """Where the clause of ``text`` that holds ``position`` starts and ends."""
    for low, high in _clauses(text):
        if low <= position < high:
            return low, high
    return 0, len(text)


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line of ``text`` around ``text[start:end]`` (``end`` defaults to ``start``)
    starts and ends: the line breaks before and after it, else the text's ends."""
    right = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, (right if right >= 0 else len(text))


#: Where a statement's clause ends for a reading inside it: a semicolon, a line break, or a full
#: stop that is no decimal point ("70% relief x 4.5 mo" stays one). Commas do not end it. The one
#: statement scan of the project: walker_serves.py ("TUG 15.2 s" is one statement) and
#: episode_readings.py (the statement before a reading) read theirs by it too (brief s71-h).
_STATEMENT_STOP = lazy_re.compile(r"[;\n]|\.(?!\d)")


def stop_bounded_clause(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the clause around ``text[start:end]`` (``end`` defaults to ``start``) starts and
    ends, counting only semicolons, line breaks and full stops as breaks (see _STATEMENT_STOP)."""
    return clause_around(text, start, start if end is None else end, _STATEMENT_STOP)
