"""Care a history line says goes on now: "h/o: naproxen x 9 mos 2024-25 (d/c'd), PT 12 visits
2024 + HEP ongoing" (blind wave 24, CI/hya-01).

The HEP's own words ("HEP ongoing") give no date, so it took the whole line's dates (2024 and
2025, all before the window), or, in an "h/o:" line, was dropped as undated past history. Its
words say it is done now: it runs to the note's day. A home program joined to the therapy named
before it ("PT 12 wks 2024 + HEP ongoing", "PT and HEP, continues") began with that therapy (it
is taught there), so it runs from that therapy's start (blind wave 18, BV/hya-01, which the line's
"since 2022" had carried by chance). Alone ("HEP ongoing"), it is care on the note's day.

The verb may come first: "Did PT 8 wks in fall 2025 and continues stationary bike HEP" (blind
wave 25, CN/hya-02), "still doing her HEP", "keeps up with home exercises", "remains on HEP".
A symptom that goes on ("continues to have pain despite HEP"), a struggle with the program
("continues to struggle with HEP": it says nothing of the program being done), care to come
("will be continuing HEP") or not kept up ("not continuing HEP") is no care now.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .. import lazy_re
from .context import Context

#: Own words of one piece of care that say it goes on now, right after its name and with
#: nothing else to say: "HEP ongoing", "HEP (continues)", "home exercises - current", "PT,
#: continuing". Not a symptom that goes on ("HEP - ongoing pain"), nor care that went on until
#: something ("continued until 3/2025": a date of its own, read as such first).
_ONGOING = lazy_re.compile(
    r"[\w/.' -]{2,30}?[\s(,:-]+(?:ongoing|continu(?:es|ing)|cont'?d?|current(?:ly)?|still doing)"
    r"\s*\)?\s*[,;.]?\s*$",
    re.IGNORECASE,
)
#: A home program written with how often it is done, and nothing more of its own: "PT 2023 +
#: HEP daily, acetaminophen" (blind wave 46, FR/hyaluronan-03), "home exercises 3x/wk". The
#: routine is what the patient keeps up now. A drug's frequency is its dose ("tried naproxen
#: BID"), which says nothing of now: only the home program.
_ROUTINE = lazy_re.compile(
    r"(?:hep|home\s+exercises?(?:\s+program)?|home\s+program|home\s+stretch(?:es|ing))"
    r"\s*[(,:-]?\s*(?:daily|nightly|every\s+(?:day|night|morning|evening)|"
    r"(?:once|twice|[1-9]\s*(?:x|times))\s*(?:a\s+|per\s+|/\s*)?(?:day|d|wk|week))"
    r"\s*\)?\s*[,;.]?\s*$",
    re.IGNORECASE,
)
#: Care that goes on from the therapy it was taught in: a home program. A drug that goes on
#: ("PT 8 wks 2024 and continues naproxen") says nothing of when it began, nor does a home
#: program joined to a drug ("naproxen 2024 + HEP ongoing").
_TAUGHT = frozenset({"home-exercise"})
_THERAPY = frozenset({"physical-therapy", "occupational-therapy"})
#: What joins a modality to the one named before it: "PT 12 wks 2024 + HEP", "PT and HEP".
_JOINED = lazy_re.compile(r"(?:\+|&|\band|\bplus|\bwith|\bw/)\s*$", re.IGNORECASE)
#: The therapy an ongoing home program was taught in, named after it: "continues HEP from PT
#: (completed 12 visits 2025)" (blind wave 48, FY/hya-02), "HEP learned in PT".
_TAUGHT_IN = lazy_re.compile(
    r"\s*(?:from|taught\s+(?:in|at|by)|learned\s+(?:in|at)|given\s+(?:in|at|by))\s+"
    r"(?:(?:the|her|his|their|prior|previous|last|formal|outpatient)\s+){0,2}$",
    re.IGNORECASE,
)


#: The verb before a piece of care that says it goes on now, ending where its name begins:
#: "continues (to do) ", "is continuing with ", "still doing her ", "keeps up with ", "remains
#: on ", "ongoing ". Bare "continue" is an instruction or a plan ("continue HEP", "will
#: continue"): not here. Up to three words may describe the care ("stationary bike", "daily"),
#: none of them a symptom, a struggle or a stop ("continues to have pain despite").
_VERB = (
    r"\b(?:(?:continu(?:es|ing)|maintain(?:s|ing))(?:\s+(?:to\s+(?:do|use|perform|attend|go\s+to|"
    r"work\s+on|follow)|with|w/|on|in|doing|using|performing|attending))?"
    r"|(?:still|currently)\s+(?:doing|does|using|uses|performing|performs|attending|attends|"
    r"going\s+to|goes\s+to|taking|takes|on|in|with)"
    r"|keep(?:s|ing)\s+up(?:\s+with)?|ongoing"
    # Present tense with no "still": "Hx: ... currently HEP daily", "uses diclofenac gel",
    # "taking acetaminophen" (blind wave 44, FJ/hya-02): what the patient does now, whatever
    # the line's heading; "used", "took" and "s/p" stay history.
    r"|(?:currently|presently)|(?:uses|using|takes|taking)"
    # "Did PT 2023 (12 visits) and does HEP" (blind wave 46, FS/hyaluronan-02): the program done
    # now, after the therapy done then; not how the patient does with it ("does well with PT").
    r"|(?:does|doing|performs|performing)(?!\s+(?:well|better|worse|poorly|fine|great|good|ok|"
    r"okay|so|much|a\s+lot|not)\b)"
    r"|(?:remains?|remaining|stays?|staying)\s+(?:on|compliant\s+with|adherent\s+(?:to|with)))"
    r"\s+(?:(?!(?:and|or|but|to|have|has|had|having|pain\w*|ache\w*|hurt\w*|struggl\w*|"
    r"issues?|problems?|concerns?|symptoms?|swelling|stiffness|instability|weakness|soreness|"
    r"discomfort|limitations?|flares?|complaints?|"
    r"difficult\w*|trouble|despite|without|after|before|since|not|no|never|fail\w*|avoid\w*|"
    r"skip\w*|miss\w*|declin\w*|refus\w*|stop\w*|quit\w*|unable)\b)[\w'/-]+\s+){0,3}"
)
_CONTINUED = lazy_re.compile(_VERB + "$", re.IGNORECASE)
#: Words before that verb that make it no report of care done now: "not continuing", "no
#: longer doing", "will be continuing", "to be maintaining".
_NOT_NOW = lazy_re.compile(
    r"(?:\b(?:not|never|no\s+longer|will|would|should|shall|to|plans?|planned|must|was|were|"
    r"had|stopped|quit|previously|formerly)|n't)"
    r"(?:\s+be)?\s*$",
    re.IGNORECASE,
)


#: Who does the care, or the verb's auxiliary, between the joining word and the verb: "PT 8 wks
#: and (she) is still doing her HEP".
_WHO = r"(?:\b(?:is|are|has\s+been|have\s+been|she|he|they|pt|patient|she's|he's)\s+)"
_SUBJECT = lazy_re.compile(_WHO + "+$", re.IGNORECASE)
#: The same words kept in front of the care's own (care_parts.OwnWords.part).
_CONTINUED_FIRST = lazy_re.compile(_WHO + "*" + _VERB, re.IGNORECASE)
#: A history line's heading written before its first item ("Hx: ", "h/o: ").
_LABEL = lazy_re.compile(r"^\s*[A-Za-z/ ]{1,20}:\s*")


def continued_before(lead: str) -> int | None:
    """Where the words at the end of ``lead`` (a statement's words before a piece of care) that
    say the care goes on now begin, with their subject ("she is still doing "), if any do."""
    found = _CONTINUED.search(lead)
    if found is None or _NOT_NOW.search(lead[: found.start()]):
        return None
    subject = _SUBJECT.search(lead[: found.start()])
    return subject.start() if subject else found.start()


def ongoing(words: str | None) -> bool:
    """Whether a finding's own words (care_parts.OwnWords.part) say it goes on now: the word
    after its name ("HEP ongoing"), or the verb before it, which OwnWords.part keeps in front
    ("continues stationary bike HEP")."""
    if words is None:
        return False
    words = _LABEL.sub("", words, count=1)  # "Hx: uses diclofenac gel": the line's heading
    if _ONGOING.match(words) or _ROUTINE.match(words):
        return True
    return bool(_CONTINUED_FIRST.match(words))


def begun_with_joined(entries: list[tuple[Any, Any, bool]], ctx: Context) -> list[Any]:
    """The pieces of ``entries`` (finding, piece, ongoing), an ongoing one beginning with the
    care its statement names just before it when the two are joined ("+", "and", "with")."""
    texts = {n.ref: n.text or "" for n in ctx.record.all_texts()}
    out = []
    for finding, piece, now in entries:
        before = [
            (f, p)
            for f, p, _ in entries
            if now and piece.modality in _TAUGHT and f.note_ref == finding.note_ref
            and f.snippet == finding.snippet
            and f.end <= finding.start and p.modality in _THERAPY
        ]  # fmt: skip
        if before:
            f, p = max(before, key=lambda e: e[0].start)
            gap = texts.get(finding.note_ref, "")[f.end : finding.start]
            verb = continued_before(gap)  # "PT 8 wks fall 2025 and continues HEP"
            gap = gap if verb is None else gap[:verb]
            if _JOINED.search(gap) and p.start < piece.start:
                piece = replace(piece, start=p.start, timed=p.timed)
        taught = [
            (f, p)
            for f, p, _ in entries
            if now and piece.modality in _TAUGHT and f.note_ref == finding.note_ref
            and f.snippet == finding.snippet and f.start >= finding.end
            and p.modality in _THERAPY and p.start < piece.start
            and _TAUGHT_IN.match(texts.get(finding.note_ref, "")[finding.end : f.start])
        ]  # fmt: skip
        if taught:  # "Continues HEP from PT (12 visits 2025)": begun with the therapy after it
            p = min(taught, key=lambda e: e[0].start)[1]
            piece = replace(piece, start=p.start, timed=p.timed)
        out.append(piece)
    return out
