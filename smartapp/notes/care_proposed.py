"""Care only proposed to the patient, told around a regex-matched drug or treatment.

A clinician offers, recommends or talks over a treatment in many words and orders: "Trial of
insulin offered", "Basal insulin recommended; pt wants diet first", "Lantus was suggested by
endo", "Insulin initiation proposed", "Recommend starting glargine", "Advised insulin, pt not
ready". None is the treatment taken (blind wave 57, HG/cgm-02: "Discussed basal insulin - pt
declines ... Trial of insulin offered." met CGM-001's insulin treatment). spaCy-matched care
reads the word after it in care_had.py (``not_evidence.offered_after``), and the words before it
there too (:func:`proposed_before`); a regex target reads both sides here (:func:`only_proposed`,
read by regex_target_hypothetical.py). Not an offer the clause says was taken up ("offered in
Jan, started 3/2026"), nor the dose or technique of a drug in use talked over ("Lantus titration
discussed", "On Lantus 20 u, recommended increase by 2 u").

A visit note tells the same talk in plain words: "we talked about starting Lantus in April but
she didn't want shots yet", "Spoke with her about glargine", "Went over bedtime NPH", "Glargine
was brought up" (blind wave 64, IC/dme-cgm-02, beside a glargine order cancelled because the
patient declined); and the patient's own putting off, right before the drug: "doesn't want
insulin yet", "holding off on Toujeo", "reluctant re insulin" (label_refused.REFUSAL's words,
with the hesitation a visit writes). Not "her Lantus dose" talked over, nor "was reluctant but
started glargine 3/2".

Also the drug put forward as an option or the next step ("Mentioned insulin as next step",
"Reviewed insulin option with pt"), and one reviewed or mentioned that the patient then puts
off ("Reviewed insulin with pt, she prefers to wait"; "insulin reviewed - wants to hold off"),
even when a semicolon cuts the putting off into a statement of its own ("Reviewed insulin with
pt; she prefers to wait": :func:`put_off_past_cut`, s65-e). Not "reviewed insulin dosing" nor
"mentioned her Lantus makes her gain weight", which tell a drug in use. And a change of its
dose turned down ("Refuses to increase Lantus above 20 u") is a drug in use: the refusal does
not deny it (:func:`dose_declined`, read by regex_target_flags.py).

And the drug named as the alternative not taken: "Pt wants CGM instead of starting insulin"
(blind wave 66, IO/cgm-03), "metformin + GLP-1 rather than insulin", "to avoid insulin", "in
lieu of basal insulin", "before considering insulin". Not "prior to / before starting insulin",
which dates a drug that was started.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .label_refused import NO_OBJECT, REFUSAL

#: Who a talk is held with: "talked w/ pt about", "spoke with her about".
_WITH = r"(?:\s+(?:with|w/|to)\s+(?:the\s+)?(?:pt|patient|her|him|them|family|parents?))?"
_PROPOSE = (
    r"(?:offer(?:ed|ing)?|recommend(?:ed|s)?|suggest(?:ed|s)?|propos(?:ed|es?)|"
    r"discuss(?:ed|ing)?|advis(?:ed|es?)|considered|"
    rf"(?:talked|talking|spoke|spoken){_WITH}\s+(?:about|abt|over|re:?)|"
    r"went\s+over|brought\s+up|raised)"
)
#: The talk named as a noun, before the drug with its preposition ("discussion about Lantus",
#: "conversation re: insulin") or right after it ("insulin discussion", "basal insulin
#: recommendation given"): a cancelled pen-needle order's "Entered with insulin discussion" met
#: CGM-001 for a patient on metformin and semaglutide (blind wave 78, KK/cgm-02).
_TALK = r"(?:discussions?|conversations?|talks?|recommendations?|proposals?|suggestions?)"
#: Words that say the proposal was taken up, in the rest of the statement.
_TAKEN_UP = (
    r"(?![^.;]*\b(?:started|began|begun|took|taking|tried|accepted|agreed|initiated|now on)\b)"
)
#: What of a drug in use may be talked over without proposing the drug.
_OF_A_DRUG_IN_USE = (
    r"(?:dose|dosing|titrat\w*|adjust\w*|increas\w*|decreas\w*|reduc\w*|technique|sites?|"
    r"timing|side effects|storage|rotation|compliance|adherence)"
)
#: Words between the talk and the drug that make it one in use: "talked about her Lantus dose".
_OWN = r"(?!(?:her|his|their|current|usual|home)\b)"
#: The drug said to be in use right before it: "on Lantus discussed ..." is no proposal.
_IN_USE_BEFORE = lazy_re.compile(
    r"\b(?:on|taking|uses?|using)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)

#: What of a drug in use is talked over, right after it: "Humalog technique", "Lantus dose".
_OF_A_DRUG_USED = lazy_re.compile(rf"^\s*(?:\d+\s*(?:u|units?)\s+)?{_OF_A_DRUG_IN_USE}\b", re.I)

#: The proposal written after the drug, in the same clause: "insulin (trial) offered", "Glargine
#: 10 u qHS was offered", "Insulin initiation proposed at last visit".
_AFTER = lazy_re.compile(
    rf"^(?:(?!\b{_OF_A_DRUG_IN_USE}\b)[^.;,:\n]){{0,25}}?"
    rf"(?:\s*[-–]\s*)?\b(?:(?:was|were|is|has been|had been)\s+)?{_PROPOSE}\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:relief|benefit|improvement|help|response)\b)" + _TAKEN_UP,
    re.IGNORECASE,
)
#: ... or the talk's noun right after the drug, a kind of start between: "insulin discussion",
#: "insulin initiation conversation"; not "insulin dose discussion" (a drug in use).
_NOUN_AFTER = lazy_re.compile(
    rf"^\s*(?:(?:initiation|start|therapy|treatment|trial|option)\s+)?{_TALK}\b" + _TAKEN_UP,
    re.IGNORECASE,
)
#: ... or before it, with its preposition: "discussion about starting Lantus", "conversation
#: re: insulin". A drug's reading only: "discussion of PT progress" tells of therapy had.
_NOUN_BEFORE = lazy_re.compile(
    rf"\b{_TALK}\s+(?:of|about|abt|re:?|regarding|on)\s+(?:(?:starting|initiating|adding)\s+)?"
    rf"(?:{_OWN}[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
#: The proposal written before it: "Recommend starting basal insulin", "Advised insulin".
_BEFORE = lazy_re.compile(
    rf"\b(?:{_PROPOSE}|i (?:would )?recommend|we recommend)\s+(?!that\b)"
    r"(?:(?:starting|initiating|adding|beginning|trying|switching to|(?:a\s+)?trial of|"
    rf"(?:a\s+)?course of)\s+)?(?:{_OWN}[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
#: The patient putting it off, right before it: "doesn't want insulin yet", "holding off on
#: Toujeo", "pt reluctant re insulin", "not ready for shots of glargine".
_PUT_OFF = lazy_re.compile(
    rf"(?:{REFUSAL.pattern}|\b(?:reluctant|hesitant|not\s+ready)\b)"
    r"(?:\s+(?:re:?|about|to|for|on|with))?"
    r"(?:\s+(?:start|starting|take|taking|try|trying|begin|beginning|use|using))?\s+"
    # ... not one taken after all, or one in use: "doesn't want to keep taking insulin".
    r"(?:(?!(?:but|yet|then|now|started|began|takes|and|keep|continue|continuing|stop|"
    r"stopping|increase|increasing|more|higher)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

#: The drug as the alternative not taken, right before it: "instead of starting insulin",
#: "rather than basal insulin", "to avoid insulin", "before considering Lantus". The words
#: between may not be a preposition: "to avoid lows on insulin" tells of a drug in use.
_INSTEAD_OF = lazy_re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+(?:lieu|place)\s+of|"
    r"to\s+(?:avoid|delay|postpone|put\s+off)|avoid(?:s|ing)?|delaying|"
    r"before\s+(?:considering|resorting\s+to)|prior\s+to\s+considering)\s+"
    r"(?:(?:starting|initiating|adding|beginning|trying|needing|going\s+on(?:\s+to)?|"
    r"using|taking)\s+)?"
    rf"(?:{_OWN}(?!(?:on|with|while|from|of|and|but|or|in|at|to|for)\b)[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)


#: The drug put forward as an option or the next step, right after it: "insulin option",
#: "Mentioned insulin as next step", "Insulin mentioned as a possible next step", "glargine is
#: an option"; not "Lantus as prescribed".
_AN_OPTION = lazy_re.compile(
    r"^(?:[^.;:\n]{0,30}?\b(?:as|is|remains)\s+(?:(?:an?|the)\s+)?|\s*)"
    r"(?:(?:possible|potential|likely|future|reasonable|best)\s+)?"
    r"(?:options?|next\s+steps?|alternatives?)\b" + _TAKEN_UP,
    re.IGNORECASE,
)
#: A review or mention right before the drug, read as a talk only when the patient then puts it
#: off (below): "Reviewed insulin with pt", "Mentioned Lantus" (not "her Lantus").
_TOLD_BEFORE = lazy_re.compile(
    rf"\b(?:{_PROPOSE}|reviewed|mentioned)\s+(?:{_OWN}[\w-]+\s+){{0,2}}$", re.IGNORECASE
)
#: ... or right after it: "insulin reviewed - wants to hold off", "Insulin mentioned, pt
#: reluctant".
_TOLD_AFTER = lazy_re.compile(
    r"^\s*(?:(?:was|were|is|has been)\s+)?(?:reviewed|mentioned)\b", re.IGNORECASE
)
#: The rest of the sentence a semicolon cut from the drug's statement: "; she prefers to wait".
_CUT_REST = lazy_re.compile(r";[^.\n]{0,60}")
#: The patient putting it off later in the sentence: "...; she prefers to wait", ", wants to
#: hold off"; what the refusal's object is, is read after it (label_refused.NO_OBJECT).
_PUT_OFF_AFTER = lazy_re.compile(
    rf"^[^.\n]{{0,50}}?(?:{REFUSAL.pattern}|\b(?:reluctant|hesitant|not\s+ready)\b)",
    re.IGNORECASE,
)
#: A change of the drug's dose turned down, right before it: "Refuses to increase Lantus",
#: "declines uptitrating glargine", "declined a dose increase of Lantus".
_DOSE_DECLINED_BEFORE = lazy_re.compile(
    r"\b(?:declin\w*|refus\w*)\s+(?:to\s+)?(?:(?:a|any|the)\s+)?(?:dose\s+)?"
    rf"(?:{_OF_A_DRUG_IN_USE}|go(?:ing)?\s+up)(?:\s+(?:of|on|in))?\s+"
    r"(?:(?:the|her|his|their|current|dose\s+of)\s+)*$",
    re.IGNORECASE,
)
#: ... or after the drug named with its dose: "Declines Lantus increase", "refuses Lantus dose
#: changes".
_DECLINED_RIGHT_BEFORE = lazy_re.compile(r"\b(?:declin\w*|refus\w*)\s+(?:(?:her|his)\s+)?$", re.I)


def _put_off_after(after: str) -> bool:
    """Whether ``after`` (the text after the drug) goes on to the patient putting it off, the
    refusal's object nothing or the drug ("prefers to wait", "wants to hold off for now")."""
    refusal = _PUT_OFF_AFTER.match(after)
    return bool(refusal and NO_OBJECT.match(after[refusal.end() :]))


def dose_declined(text: str, start: int, end: int) -> bool:
    """Whether a refusal before the drug at [start, end) of ``text`` turns down only a change of
    its dose (the drug in use), not the drug."""
    before = text[max(0, start - 50) : start]
    return bool(
        _DOSE_DECLINED_BEFORE.search(before)
        or (_DECLINED_RIGHT_BEFORE.search(before) and _OF_A_DRUG_USED.match(text[end : end + 40]))
    )


def only_proposed(text: str, start: int, end: int) -> bool:
    """Whether the care at [start, end) of ``text`` is only offered, recommended or discussed."""
    after = text[end : end + 80]
    before = text[max(0, start - 50) : start]
    proposal_after = _AFTER.match(after) or _AN_OPTION.match(after) or _NOUN_AFTER.match(after)
    if proposal_after and not _IN_USE_BEFORE.search(before):
        return True
    if _OF_A_DRUG_USED.match(after):
        return False  # "went over Humalog technique", "talked about her Lantus dose"
    said = (
        _BEFORE.search(before)
        or _NOUN_BEFORE.search(before)
        or _PUT_OFF.search(before)
        or _INSTEAD_OF.search(before)
        or (_TOLD_BEFORE.search(before) and _put_off_after(after))
        or ((told := _TOLD_AFTER.match(after)) and _put_off_after(after[told.end() :]))
    )
    return bool(said and re.match(_TAKEN_UP, after, re.IGNORECASE))


#: Care kept up, between a proposal's word and the care: "advised to continue HEP" is care had;
#: and advice, which tells the patient what to take as an order does ("Advised to take naproxen
#: 500 bid with food": test_s54i_visit_that_began_care_in_words.py), is no proposal.
_KEPT_UP = lazy_re.compile(
    r"\b(?:continu\w*|keep|resum\w*|more|another|increas\w*|advis\w*)\b", re.I
)


def proposed_before(text: str, start: int, end: int) -> bool:
    """Whether the words right before the care at [start, end) of ``text`` only propose it
    ("Suggested trial of PT and ibuprofen; pt prefers to wait", "Recommend starting naproxen"),
    the clause not saying it was taken up: any care's reading, where :func:`only_proposed` is
    a drug's (blind wave 69, JC/surgery-hip-arthroplasty-03: a 2025 suggestion began a course).
    Not care kept up ("advised to continue HEP")."""
    before = text[max(0, start - 50) : start]
    said = _BEFORE.search(before)
    return bool(
        said
        and not _KEPT_UP.search(said.group())
        and re.match(_TAKEN_UP, text[end : end + 80], re.IGNORECASE)
    )


def put_off_past_cut(text: str, start: int, end: int, rest: str) -> bool:
    """Whether the drug at [start, end) of ``text`` (a statement) is only talked over, read
    with ``rest`` (the note's text after the statement) when a semicolon cut the sentence there:
    "Reviewed insulin with pt; she prefers to wait". Only the putting off after a review reaches
    past the cut; the proposal's own words are read within their clause."""
    cut = _CUT_REST.match(rest)
    return bool(cut) and only_proposed(text + cut.group(), start, end)
