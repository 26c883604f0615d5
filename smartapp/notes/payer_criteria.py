"""A payer's words in a note, which are no evidence of what they name (blind waves 15, 16, 21,
23, 24): criteria restated ("CareSource requires ..."), a template's claim that they are met
("meets all CareSource criteria"), and a pasted criteria list under its label. Split out of
not_evidence.py; :mod:`.statements` reads them when it flags a statement's findings.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .quoted_criteria import QUOTED_LABEL, quoted_from, still_quoted
from .requirements_stated import required_from

#: Text that restates what a payer asks for, or claims it is met, rather than what was done (blind
#: wave 15: a coordinator pasting the policy, "CareSource requires ... genetic counseling by a
#: qualified provider prior to testing", "Policy (copied): \"Two ... MBBs ... are required\"", a
#: letter template "Patient has completed two diagnostic blocks", "meets all CareSource criteria"):
#: from the cue to the end of its statement nothing is evidence. Care written before the cue
#: ("Completed 6 wks PT as CareSource requires") and evidence further down the note (its own
#: statement) still count; "CareSource-required 6-mo program" is an adjective, no requirement.
#: Who sets the criteria, before "criteria" in a label or a discussion of them.
_PAYER = r"(?:caresource|payer|insurance|insurer|medicaid|medicare|coverage|lcd|ncd|policy)"
RESTATED_CRITERIA = lazy_re.compile(
    r"\b(?:caresource|payer|insurance|insurer|health plan|medicaid|medicare|policy|lcd|ncd|rbm|"
    r"coverage|guidelines?|criteria|criterion)\b[^.;]{0,40}?(?<![-\w])(?:requires?|mandates?)\b"
    # A coverage condition ("CGM covered when on insulin or with problematic hypoglycemia",
    # "Medicare covers CGM only if ...", blind wave 29 DD/cgm-02): the payer's rule, not history.
    r"|\b(?:covered|covers|will cover|pays? for)\b[^.;]{0,30}?\b(?:only\s+)?"
    r"(?:when|if|provided|as long as)\b"
    # A policy's condition of medical necessity ("Attended PSG is considered medically necessary
    # when: HSAT was negative/inconclusive; or ...", pasted under a banner): the payer's rule,
    # not a finding; a necessity argued from the patient ("necessary because of CHF") is not it.
    r"|\b(?:considered\s+|deemed\s+)?medically\s+necessary\s+(?:only\s+)?(?:when|if|provided)\b"
    # So is a study's indication put as a rule, whatever label heads it or none ("Criteria:
    # attended PSG indicated when significant cardiopulmonary disease, ... or prior HST
    # negative/inconclusive" in an order's note, blind wave 52 GP/sleep-02; "indicated for
    # patients with ..."): the conditions a patient would need, not ones this patient has.
    # "Contraindicated" is no match (no word boundary), nor "indicated for OSA" (no population).
    r"|\bindicated\s+(?:only\s+)?(?:when|if|provided)\b"
    # ... or as when it is fit ("-- In-lab PSG is appropriate when HSAT is inappropriate:
    # significant cardiopulmonary disease, ... --" pasted under a note whose patient has none of
    # them, blind wave 69 JB/sleep-03): a rule's condition, not this patient's reason.
    r"|\b(?:appropriate|preferred|recommended|warranted|reasonable)\s+(?:only\s+)?(?:when|if)\b"
    r"|\bindicated\s+(?:only\s+)?(?:for|in)\s+(?:patients|members|individuals|beneficiaries|"
    r"adults|children|those)\s+(?:with|who)\b"
    r"|\b(?:(?:medical\s+|coverage\s+)?policy(?:\s+text)?|coverage criteria|payer criteria|"
    r"letter template|template letter|template (?:text|language))"
    r"\s*(?:\(\s*(?:copied|pasted|verbatim)\s*\))?\s*:"
    r"|\bmeets?\s+all\s+(?:\w+\s+){0,2}?(?:criteria|requirements)\b"
    # Criteria named to the patient ("discussed coverage criteria (insulin use or problematic
    # hypoglycemia)", blind wave 24 CH/cgm-02): the payer's words, not the patient's history.
    r"|\b(?:discussed|explained|reviewed with (?:pt|patient)|counsell?ed (?:on|about|re:?)|"
    r"educated (?:on|about|re:?))\s+(?:the\s+)?"
    # Also a payer's kind of criteria, or a word between ("Explained Medicare-type criteria:",
    # "Medicare's CGM criteria:", blind wave 29 DD/cgm-02).
    rf"{_PAYER}(?:-(?:type|style|like)|'s)?\s+(?:\w+\s+)?(?:criteria|requirements)\s*[(:]",
    re.IGNORECASE,
)


#: What a criteria label may name before its colon: what the criteria are for and where they come
#: from ("Payer criteria for in-lab study (from CareSource policy): significant cardiopulmonary
#: disease; ... suspected sleep-related hypoventilation; ...", blind wave 23 CD/sleep-02) -- not a
#: verdict that they are met ("CareSource criteria for in-lab PSG met: CHF, EF 30%").
#: What they are for may follow a dash instead ("Payer criteria - attended PSG indicated for:
#: significant cardiopulmonary disease, ..., or prior inconclusive HSAT", blind wave 75,
#: KA/sleep-studies-03, pasted into a note whose patient had none of them).
_LABEL_TAIL = (
    r"(?:(?:\s+(?:for|of|on)\s+|\s*(?:-{1,3}|\u2013|\u2014)\s*)"
    r"(?![^:.;\n]*\b(?:met|meets|fulfilled|satisfied)\b)[^:.;\n()]{1,40}?)?"
    r"(?:\s*\(\s*(?:from|per|source:?|see|copied|pasted|verbatim)\b[^)]{0,40}\))?"
)


#: A rule that opens a list of the conditions it asks for ("Attended polysomnography (95810) is
#: considered medically necessary when one of the following: significant cardiopulmonary disease;
#: ...; previous inconclusive HST.", blind wave 58 HK/sleep-studies-02; "In-lab PSG indicated if
#: any of:", "CareSource covers attended PSG only when:"): the list's items, each its own
#: statement once split at the semicolons or written one a line, are the payer's words as the
#: rule's own statement is (RESTATED_CRITERIA), whatever label heads it or none. A necessity
#: argued from the patient ("medically necessary because:") or a verdict ("criteria met:") is
#: no rule. So is a payer's requirement ("CareSource requires one of the following for in-lab
#: PSG:").
_RULE_CUE = (
    r"\b(?:(?:considered\s+|deemed\s+)?medically\s+necessary|indicated|covered|covers|"
    r"will\s+cover|pays?\s+for)\s+(?:[^.;:\n]{0,30}?\s)?(?:only\s+)?(?:when|if|provided)\b"
    rf"|\b(?:{_PAYER}|health\s+plan|plan)\b[^.;:\n]{{0,40}}?(?<![-\w])requires?\b"
)
#: A list item written on its own line: "- CHF", "* prior HST", "• opioids", "1. COPD", "(b) ...".
_ITEM_LINE = lazy_re.compile(r"[ \t]*(?:[-*\u2022\u25aa\u2023>]|\(?\d{1,2}[.)]|\(?[a-h][.)])")


#: A pasted criteria list's label ("CareSource criteria (pasted): \"BMI >=40 ...; documented
#: failure of a medically supervised weight-loss program; ...\"", blind wave 16 BC/bar-03): a
#: list split at its semicolons is many statements, all of them the payer's words.
CRITERIA_LABEL = lazy_re.compile(
    r"\b(?:(?:(?:medical\s+|coverage\s+)?policy(?:\s+text)?|(?:caresource|payer|insurance|"
    r"insurer|plan|medicaid|medicare|coverage|lcd|ncd|policy)\s+criteria|criteria|"
    r"letter template|template letter|template (?:text|language))"
    r"\s*\(\s*(?:copied|pasted|verbatim)[^)]{0,30}\)"
    # Any label that says it was copied from the payer ("Surgical scheduling note (copied from
    # payer guideline for reference): \"Criteria for TKA: ...; functional limitation ...\"",
    # blind wave 30 DF/tka-02): the quotation it opens is the payer's words.
    rf"|\w+\W{{0,3}}\(\s*(?:copied|pasted|quoted|taken)\s+(?:verbatim\s+)?from\s+(?:the\s+)?(?:\w+\s+){{0,2}}?"
    rf"(?:{_PAYER}|caresource|health plan)\b[^)]{{0,40}}\)"
    r"|(?<!meets\s)(?<!meet\s)(?<!met\s)(?<!meeting\s)"
    rf"{_PAYER}\s+criteria{_LABEL_TAIL}"
    # Criteria the label says were pasted, the word before them ("Pasted criteria: in-lab PSG
    # for CHF, opioids, or inconclusive HST", "[pasted] Criteria for attended PSG:"): the list
    # is copied, not this patient's findings (blind wave 75's class). "Criteria met:" is none.
    rf"|\b(?:pasted|copied)\]?\s*(?:\w+\s+)?criteria{_LABEL_TAIL})\s*:"
    # A bracketed banner that says the text after it was pasted from the payer ("[Pasted from
    # payer policy] \"Attended PSG is indicated when HSAT is contraindicated: ... prior inadequate
    # HSAT.\"", blind wave 47, FV/sleep-studies-02; "[Pasted from payer policy for reference]"
    # over the policy's paragraph, FW/genetic-02): no colon closes it, the bracket does. A bare
    # "[pasted]" or "[copied forward from 3/1]" names no payer and is the clinician's own text.
    rf"|\[\s*(?:copied|pasted|quoted|taken)\s+(?:verbatim\s+)?from\s+(?:the\s+)?(?:\w+\s+){{0,2}}?"
    rf"(?:{_PAYER}|caresource|health plan)\b[^\]\n]{{0,40}}\]"
    # A rule's conditions listed after its colon: see RULE_LIST.
    r"|(?P<rule>" + _RULE_CUE + r")[^.;:\n]{0,40}?:"
    # A bare "Criteria:" over a quotation (quoted_criteria.py).
    r"|" + QUOTED_LABEL,
    re.IGNORECASE,
)
_OPEN_QUOTE = lazy_re.compile(r"\s*[\"\u201c'\u2018]")
#: A label that says its text was pasted, and ends its own line: the text is the next line.
_PASTED_WORD = lazy_re.compile(r"\b(?:copied|pasted|quoted|verbatim|taken)\b", re.IGNORECASE)
_LINE_END = lazy_re.compile(r"[ \t]*\r?\n")


#: Words one of which every CRITERIA_LABEL match holds: each alternative names "copied",
#: "pasted", "verbatim", "quoted" or "taken", or "criteria", or a rule's "necessary",
#: "indicated", "cover", "pay" or "require". A note with none of them, read case-folded, holds no
#: label, and the search of the whole note (~0.3 ms: its alternatives tried at every position,
#: ~3 ms of a small bundle's CPU) is skipped for it (issue 19, stop 49).
_LABEL_WORDS = (
    "copied", "pasted", "verbatim", "quoted", "taken", "criteria", "necessary", "indicated",
    "cover", "pay", "require",
)  # fmt: skip


def _may_hold_label(text: str) -> bool:
    """False only when ``text`` cannot hold a CRITERIA_LABEL match (see _LABEL_WORDS)."""
    if "\u0130" in text or "\u0131" in text:
        return True  # re's IGNORECASE reads a dotted or dotless I as "i"; casefold does not
    folded = text.casefold()  # every other letter re's IGNORECASE takes for ours folds to it
    return any(word in folded for word in _LABEL_WORDS)


#: How far back a pasted criteria list's label is looked for.
_LABEL_REACH = 600
#: (note text, whether a criteria label is anywhere in it) for the note last asked about.
_labelled_note: tuple[str, bool] = ("", False)


def _labelled(text: str) -> bool:
    """Whether a criteria label stands anywhere in the note: most notes hold none, and one search
    of the note answers for all its statements instead of one search of ~600 characters before
    each (issue 19). Every label's match ends on its own colon or bracket and nothing in the
    pattern looks past that, so a label found in a window of the note is one in the whole note:
    none in the note, none in any window. The note's statements are read one after another, so
    remembering the last note is enough (keyed by the text object itself)."""
    global _labelled_note
    last = _labelled_note  # one read: another thread may replace it meanwhile
    if last[0] is not text:
        found = _may_hold_label(text) and CRITERIA_LABEL.search(text) is not None
        last = _labelled_note = (text, found)
    return last[1]


def pasted_criteria_near(text: str, start: int, end: int) -> bool:
    """Whether a criteria label stands within reach of a statement's span: when none does, no
    finding in the span can be under one (checked once a statement, not for every finding)."""
    if not _labelled(text):
        return False
    return CRITERIA_LABEL.search(text, max(0, start - _LABEL_REACH), end) is not None


def under_pasted_criteria(text: str, at: int, end: int | None = None) -> bool:
    """Whether ``at`` lies in a pasted criteria list: the rest of its label's line, or the
    quotation the label opens, however many lines it runs, or the next line under a pasted
    text's label that ends its own line (evidence after it still counts).
    A finding read from the start of its statement (``at`` to ``end``) may open with the label
    itself ('Criteria (pasted from policy): "Genetic counseling ... must be performed prior to
    testing"', blind wave 21 BX/gen-02): the whole finding is then the payer's words."""
    if not _labelled(text):
        return False  # no label anywhere in the note: none in the window (``_labelled``)
    window = max(0, at - _LABEL_REACH)
    labels = [m for m in CRITERIA_LABEL.finditer(text, window, max(at, end or at))
              if m.start() <= at]  # fmt: skip
    if not labels:
        return False
    end = labels[-1].end()
    between = text[end:at]
    alone = _LINE_END.match(between)
    if alone and _PASTED_WORD.search(labels[-1].group()):
        # "[Pasted from payer policy for reference]" alone on its line, the policy below it
        # (blind wave 47, FW/genetic-02): the pasted text is the next line. A label that only
        # names the criteria ("CareSource criteria:") may head the clinician's own list of the
        # patient's facts, so it keeps the rest of its own line only.
        between = between[alone.end() :]
    if _OPEN_QUOTE.match(between):
        return still_quoted(between)  # still inside the quotation
    if labels[-1].group("rule") and "\n" in between:
        return _listed_under(between)
    return "\n" not in between


def _listed_under(between: str) -> bool:
    """Whether the text after a rule's colon up to a finding is the rule's list written one item
    a line ("Attended PSG medically necessary when any of:\\n- CHF\\n- prior HST inconclusive"):
    every line from the first down to the finding's is an item; a line that is none ends it."""
    lines = between.split("\n")
    if lines[0].strip():
        return False  # the rule's own line went on past its colon: the list was there
    return all(_ITEM_LINE.match(line) for line in lines[1:])


def restated_from(text: str) -> int | None:
    """Where a statement starts restating a payer's criteria (None when it does not)."""
    found = RESTATED_CRITERIA.search(text)
    starts = [found.start()] if found else []
    required = required_from(text)  # "... program required before surgery": asked, not done
    quoted = quoted_from(text)  # "Criteria: 'documented failure of ...' [pasted]" (s90b)
    starts += [at for at in (required, quoted) if at is not None]
    return min(starts) if starts else None


#: A letter's verdict that the criteria are met ("Ms. Haverford has failed medically supervised
#: weight loss and meets all CareSource criteria for bariatric surgery", blind wave 15 AZ/bar-03):
#: what it claims beside the verdict is no evidence either, unless the statement dates it or
#: says how long it ran ("completed a 6-month program 1/2025-6/2025 and meets all criteria").
CRITERIA_MET = lazy_re.compile(
    r"\bmeets?\s+all\s+(?:\w+\s+){0,2}?(?:criteria|requirements)\b", re.I
)


def bare_claim(text: str, dated: bool) -> bool:
    """Whether a whole statement is a letter's bare claim that the criteria are met."""
    return not dated and bool(CRITERIA_MET.search(text))
