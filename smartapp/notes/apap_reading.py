"""The word "APAP": the auto-titrating PAP device in sleep medicine, acetaminophen everywhere else;
and "titration", a PAP's pressure setting or a drug's dose worked up.

Sleep clinicians write the auto-adjusting CPAP (HCPCS E0601 set to auto mode) as "APAP":
"start APAP 5-15 cm H2O", "APAP trial", "on APAP 4-20, 6.8 h/night". Pharmacy and pain notes
write acetaminophen (N-acetyl-p-aminophenol) the same way: "APAP 650 mg TID", "hydrocodone/APAP".
The targets file gives the word both readings (treatment-plan|pap-settings and
conservative-treatment|analgesic); this module keeps the one its context gives, so a sleep
note's device plan is a PAP plan (CPAP-005) and never a knee's analgesic trial (HYA-002), and a
pain note's Tylenol is never a PAP setting. "Titration" and "titrated" are read the same way: a
PAP setting unless a drug is what is titrated ("diuretic titration per protocol", "titrated lasix
to 40 mg"), the nurse's medicine management a home health note asks for (blind wave 81,
KX/home-health-02), never a PAP plan.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .clause_spans import clause_text

#: The readings the word carries in targets.yaml.
DEVICE_LABEL = "treatment-plan|pap-settings"
DRUG_LABEL = "conservative-treatment|analgesic"

#: A pressure right after the word: "APAP 4-20", "APAP (5-15 cm H2O)", "APAP set at 6 to 14",
#: "APAP min 5 max 15". Not a dose: "APAP 1-2 tabs", "APAP 325-650 mg" (PAP pressures run
#: 4 to 25 cm H2O, so two digits at most).
_PRESSURE_AFTER = lazy_re.compile(
    r"\s*[(:]?\s*(?:(?:set|range|at|of|to|@|min(?:imum)?|pressures?)\s*:?\s*)*"
    r"(?:\d{1,2}(?:\.\d)?\s*(?:-|–|to|/|,?\s*max(?:imum)?:?)\s*\d{1,2}(?:\.\d)?\b"
    r"(?!\s*(?:mg|mcg|g\b|grams?|tabs?|tablets?|pills?|caps?|capsules?|times|x\b|days?|"
    r"weeks?|wks?|hours?|hrs?|h\b|%))"
    r"|\d{1,2}(?:\.\d)?\s*cm\b)",
    re.IGNORECASE,
)

#: A dose right after the word: "APAP 650", "APAP 1000 q8h" (a PAP pressure has two digits).
_DOSE_AFTER = lazy_re.compile(r"\s*\d{3,4}\b")

#: The drug's own words in the clause: a dose, a schedule, pain, relief, another analgesic, a
#: medication list ("Meds: lisinopril, APAP"), other conservative care or a joint. "Tylenol" is
#: the drug.
_DRUG = lazy_re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|g|grams?)\b|\b(?:tabs?|tablets?|caps?|capsules?|pills?|prn|"
    r"p\.r\.n\.|tid|bid|qid|q\s*\d+\s*h(?:rs?)?|otc|over[- ]the[- ]counter|pain|painful|ache|"
    r"aches|arthritis|headaches?|fever|relief|analgesics?|tylenol|acetaminophen|nsaids?|"
    r"ibuprofen|naproxen|meloxicam|diclofenac|celecoxib|tramadol|hydrocodone|oxycodone|"
    r"codeine|norco|gabapentin|duloxetine|diphenhydramine|benadryl|meds|premed\w*|"
    r"medications?|"
    # Conservative care listed beside it, or the joint it is for: a knee note's "HEP, APAP" is
    # Tylenol even when the problem list names OSA.
    r"hep|home exercises?|exercises|stretch\w*|ice|heat|braces?|bracing|physical therapy|physio|"
    r"injections?|cortisone|steroids?|knees?|hips?|back|shoulders?|neck|joints?|spine)\b",
    re.IGNORECASE,
)

#: The device's words in the clause: its pressure unit, auto-titration, the PAP family, the
#: mask and humidifier, the sleep disorder, the download's usage and AHI.
_DEVICE = lazy_re.compile(
    r"\bcm\s*(?:h2o|of\s+water)\b|\bcmh2o\b|\bauto\b|\bauto-?(?:pap|cpap|titrat\w*|set)\b|"
    r"\btitrat\w*|\b(?:c|bi|auto)-?pap\b|\bpap\b|\bbi-?level\b|\bmasks?\b|\bhumidif\w*|"
    r"\bahi\b|\bosa\b|\bapneas?\b|\bsleep\b|\bdownloads?\b|\bh(?:rs?|ours?)?\s*/\s*night\b|"
    r"\bramp\b|\bepr\b|\bnasal pillows\b",
    re.IGNORECASE,
)

#: A note about sleep-disordered breathing or its device: in it, "APAP" with no drug word
#: beside it is the device ("Plan: APAP trial, f/u download in 6 wks").
_SLEEP_NOTE = lazy_re.compile(
    r"\b(?:osa|obstructive sleep apnea|sleep apnea|sleep[- ]disordered breathing|c-?pap|"
    r"bi-?pap|bi-?level|auto-?pap|polysomnogra\w*|psg|hsat|home sleep (?:apnea )?test(?:ing)?|"
    r"sleep study|ahi)\b",
    re.IGNORECASE,
)

#: A drug titrated, named in the clause: its dose or unit, its class or name ("diuretic
#: titration per protocol", "insulin titration per sliding scale", "dose titration of metoprolol").
_DRUG_TITRATED = lazy_re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|units?|u)\b|\b(?:doses?|dosing|dosage|units|meds|"
    r"medications?|drugs?|diuretics?|diuresis|insulin|glargine|lantus|basal|bolus|sliding scale|"
    r"lasix|furosemide|torsemide|bumex|bumetanide|metolazone|spironolactone|beta[- ]?blockers?|"
    r"metoprolol|carvedilol|lisinopril|losartan|entresto|sacubitril|opioids?|morphine|"
    r"hydromorphone|oxycodone|methadone|gabapentin|pregabalin|duloxetine|steroids?|prednisone|"
    r"levothyroxine|warfarin|coumadin|heparin|anticoag\w*|antihypertensives?|pressors?)\b",
    re.IGNORECASE,
)

#: The PAP's own words beside "titration": its pressure unit, the device, its mask.
_PAP_TITRATED = lazy_re.compile(
    r"\bcm\s*(?:h2o|of\s+water)\b|\bcmh2o\b|\b\d{1,2}(?:\.\d)?\s*cm\b|"
    r"\b(?:c|bi|auto)-?pap\b|\bpap\b|\bbi-?level\b|\bmasks?\b",
    re.IGNORECASE,
)

_CLAUSE_END = lazy_re.compile(r"[.;\n]")


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: up to a period, semicolon or line break either side
    (commas stay in: "APAP, ibuprofen without relief" is one list of drugs)."""
    return clause_text(text, start, end, _CLAUSE_END)


def _clause_at(statement: str, start: int, end: int, note_text: str, at: int | None) -> str:
    """The clause around ``statement[start:end]``, read in ``note_text`` when ``at`` places the
    statement there (a list's items are statements of their own)."""
    if at is not None and note_text[at + start : at + end] == statement[start:end]:
        return _clause(note_text, at + start, at + end)
    return _clause(statement, start, end)


def means_device(
    statement: str, start: int, end: int, note_text: str, at: int | None = None
) -> bool:
    """Whether "APAP" at ``statement[start:end]`` is the auto-titrating PAP device, not
    acetaminophen: a pressure right after it (a dose there is the drug's); else no drug word in
    its clause and the device's words in it, or a note about sleep apnea or its device.
    ``at``: where the statement starts in ``note_text``; the clause is then read there, since a
    list's items are statements of their own ("Knee: HEP, APAP." gives "APAP" alone)."""
    if _DOSE_AFTER.match(statement, end):
        return False
    if _PRESSURE_AFTER.match(statement, end):
        return True
    clause = _clause_at(statement, start, end, note_text, at)
    if _DRUG.search(clause):
        return False
    return bool(_DEVICE.search(clause) or _SLEEP_NOTE.search(note_text))


def titration_kept(label: str, seg: Any, ent: Any, note_text: str) -> bool:
    """Whether "titration" or "titrated" (``ent``) keeps its ``label``: as a PAP setting, only
    when its clause names the PAP's words or no drug; other labels are kept as they are."""
    if label != DEVICE_LABEL:
        return True
    clause = _clause_at(seg.text, ent.start_char, ent.end_char, note_text, seg.start)
    return bool(_PAP_TITRATED.search(clause)) or not _DRUG_TITRATED.search(clause)


def kept(label: str, seg: Any, ent: Any, note_text: str) -> bool:
    """Whether the ``label`` reading of the word "APAP" (``ent``, a span of the statement
    ``seg``) fits its context (the other reading is dropped); other labels are kept as they are."""
    if label not in (DEVICE_LABEL, DRUG_LABEL):
        return True
    device = means_device(seg.text, ent.start_char, ent.end_char, note_text, seg.start)
    return device == (label == DEVICE_LABEL)
