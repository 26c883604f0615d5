"""The film shorthand terse notes write in lower case: "oa" (osteoarthritis) and "xr" (X-ray).

"R knee xr 1/2026 severe oa", "hip xr jan 2026 mild oa": the targets file read only the capitals
"OA" and "XR", so a radiograph told in lower case was no film and no arthritis, and the knee and
hip arthroplasty and hyaluronan items (TKA-001, THA, HYA-001) called a documented radiograph
missing (a false alarm, s70-k). The lower-case words are targets too (targets.yaml); this module
keeps them where the note is about a joint or its imaging, and drops "OA" in either case where it
is another abbreviation:

* "OA" on arrival ("SpO2 84% RA OA", "BP 190/100 OA", "OA to ED"), a program or payer ("OA
  insurance", "the OA clinic", "OA meetings"), a signer's initials ("... will sign order. - OA",
  "per OA"), an oral appliance for sleep apnea, the occiput anterior of a fetal position;
* a lower-case "oa" in a statement that names no joint, no imaging and no grade ("pt seen, oa");
* a lower-case "xr" that is a drug's extended release ("metformin xr 500 bid", "seroquel xr"):
  a film is named after a joint, side or study word, or followed by a colon, a date, a side or
  a joint, or a verb of its reading ("xr: severe oa", "xr R knee today", "knee xr 1/2026");
* the capitals "XR" too, after a drug or before a dose ("metformin XR 500 mg", "Seroquel XR",
  "Adderall XR 20mg"): a medication list stood as a radiograph for the imaging items (noticed
  at stop 52, s71-f). "XR" elsewhere reads as before, the film terse notes write.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.regions import regions_in_text

#: The readings the words carry in targets.yaml.
ARTHRITIS_LABEL = "diagnostic-results|oa-findings"
FILM_LABEL = "diagnostic-results|x-ray"

#: "OA" read as on arrival: right after a reading ("SpO2 84% RA OA", "BP 190/100 OA", "BG 38
#: OA") or before the place arrived at ("OA to ED", "OA in the ER").
_READING_BEFORE = lazy_re.compile(
    r"(?:\d+\s*%|\b(?:bg|glucose|fsbg|sats?|spo2|o2|bp|hr|pulse|temp|rr)\s*:?\s*\d+(?:[./]\d+)?"
    r"(?:\s*(?:mg/dl|bpm|mmhg))?)\s*(?:(?:on\s+)?(?:ra|room air))?\s*$",
    re.IGNORECASE,
)
_ARRIVED_AFTER = lazy_re.compile(
    r"\s+(?:to|in|at)\s+(?:the\s+)?(?:ed|er|ems|floor|unit|icu|hospital|triage)\b", re.I
)
#: "OA" naming a program, payer or place rather than a finding ("OA insurance", "the OA
#: clinic", "OA meetings" of Overeaters Anonymous), or the oral appliance's device words.
_INSTITUTION_AFTER = lazy_re.compile(
    r"\s*(?:insurance|ins\b|coverage|member|card|clinic|office|program|class|group|"
    r"meetings?|sponsor|staff|device|appliance|therapy|titration)",
    re.IGNORECASE,
)
#: A signer's initials: "- OA" or "per OA" closing its statement, "OA, RN".
_SIGNER_BEFORE = lazy_re.compile(
    r"(?:(?:^|[.;)]\s*)[-–—]\s*|\b(?:per|by|cc|signed|/s/)\s+)$", re.IGNORECASE
)
_SIGNER_AFTER = lazy_re.compile(r"\s*(?:[.)]?\s*$|,\s*(?:rn|lpn|md|do|pa|np|ma|pt|ot)\b)", re.I)
#: Another subject in the statement: the oral appliance of sleep apnea, a fetal position.
_OTHER_SUBJECT = lazy_re.compile(
    r"\b(?:oral\s+appliance|mandibular\s+advancement|occiput|vertex|fetal|fetus)\b", re.I
)

#: What makes a lower-case "oa" the joint's: imaging, a joint region (regions_in_text), or a
#: grade or pattern of arthritis beside it.
_IMAGING = lazy_re.compile(
    r"\b(?:x-?rays?|xrs?|films?|radiographs?|radiographic\w*|imaging|views?|mri|ct|"
    r"weight[- ]bearing|standing)\b",
    re.IGNORECASE,
)
_GRADE = lazy_re.compile(
    r"\b(?:mild|mod|moderate|severe|advanced|end[- ]stage|primary|secondary|tricompartmental|"
    r"bicompartmental|compartment|medial|lateral|patellofemoral|pf|gh|kl\s*\d|grade)\b",
    re.IGNORECASE,
)

#: A lower-case "xr" is a film after a joint, a side or a study word ("R knee xr", "standing
#: xr") or at the statement's opening, and before a colon, a date, a side or joint or a verb of
#: its reading; never before a dose ("xr 500 mg", "xr 1000 bid").
_FILM_BEFORE = lazy_re.compile(
    r"(?:^|\b(?:r|l|rt|lt|right|left|bilat\w*|b/l|both|standing|weight[- ]bearing|repeat|"
    r"outside|prior|previous|recent|last|old|new|plain|an?|the|no|on|per|of|and)\s+)\W*$",
    re.IGNORECASE,
)
_FILM_AFTER = lazy_re.compile(
    r"s?\s*(?:[:=-]|\d{1,2}/\d{1,4}|(?:19|20)\d\d\b|(?:r|l|rt|lt|right|left|bilat\w*|b/l|both|"
    r"today|shows?|showed|reviewed|reveals?|revealed|demonstrates?|demonstrated|c/w|"
    r"consistent|of|from|dated|done|taken|obtained|(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|sept|oct|nov|dec)\w*)\b)",
    re.IGNORECASE,
)
_DOSE_AFTER = lazy_re.compile(r"s?\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g\b|units?|bid|tid|qd|daily)", re.I)
#: Drugs sold as extended release ("XR", "ER", "XL", "CR"), generic and brand, the word right
#: before "XR": "metFORMIN XR", "Seroquel XR qhs", "carbidopa-levodopa XR".
_RELEASED_DRUG = lazy_re.compile(
    r"\b(?:metformin|glucophage|glumetza|fortamet|seroquel|quetiapine|wellbutrin|bupropion|"
    r"effexor|venlafaxine|adderall|amphetamine|mydayis|xanax|alprazolam|lamictal|lamotrigine|"
    r"keppra|levetiracetam|depakote|divalproex|valproate|tegretol|carbamazepine|trileptal|"
    r"oxcarbazepine|topamax|topiramate|ambien|zolpidem|requip|ropinirole|mirapex|pramipexole|"
    r"sinemet|levodopa|toprol|metoprolol|nifedipine|procardia|glipizide|glucotrol|paxil|"
    r"paroxetine|concerta|ritalin|methylphenidate|focalin|dexmethylphenidate|tramadol|ultram|"
    r"oxycontin|oxycodone|morphine|hydrocodone|nucynta|tapentadol|oxybutynin|ditropan|detrol|"
    r"tolterodine|niacin|niaspan|diltiazem|cardizem|verapamil|propranolol|clonidine|guanfacine|"
    r"invega|paliperidone|lithium|lithobid|trazodone|gabapentin|gralise|pregabalin|lyrica|"
    r"memantine|namenda|doxazosin|isosorbide|imdur|fluvoxamine|pristiq|desvenlafaxine|"
    r"galantamine|razadyne|ampyra|dalfampridine|mucinex|guaifenesin|potassium|klor-con)\W{0,2}$",
    re.IGNORECASE,
)


def arthritis(statement: str, start: int, end: int) -> bool:
    """Whether "OA" (any case) at ``statement[start:end]`` is osteoarthritis."""
    before, after = statement[:start], statement[end:]
    if _OTHER_SUBJECT.search(statement) or _INSTITUTION_AFTER.match(after):
        return False
    if _READING_BEFORE.search(before) or _ARRIVED_AFTER.match(after):
        return False
    if _SIGNER_BEFORE.search(before) and _SIGNER_AFTER.match(after):
        return False
    if statement[start:end] == "OA":
        return True
    return bool(
        _IMAGING.search(statement) or _GRADE.search(statement) or regions_in_text(statement)
    )


def film(statement: str, start: int, end: int) -> bool:
    """Whether a lower-case "xr" at ``statement[start:end]`` is an X-ray, not extended release."""
    before, after = statement[:start], statement[end:]
    if _DOSE_AFTER.match(after):
        return False
    last_words = " ".join(before.split()[-2:])
    return bool(
        _FILM_BEFORE.search(before) or regions_in_text(last_words) or _FILM_AFTER.match(after)
    )


def extended_release(statement: str, start: int, end: int) -> bool:
    """Whether the capitals "XR" at ``statement[start:end]`` are a drug's extended release: a
    drug named right before them, or a dose right after ("Adderall XR 20mg")."""
    return bool(
        _RELEASED_DRUG.search(statement[:start].rstrip()) or _DOSE_AFTER.match(statement[end:])
    )


def kept(label: str, seg: Any, ent: Any) -> bool:
    """Whether the ``label`` reading of "OA" or a lower-case "xr" (``ent``, a span of the
    statement ``seg``) fits its statement; other words and labels are kept as they are."""
    word = ent.text
    if label == ARTHRITIS_LABEL and word.lower() == "oa":
        return arthritis(seg.text, ent.start_char, ent.end_char)
    if label == FILM_LABEL and word in ("xr", "xrs", "Xr", "Xrs"):
        return film(seg.text, ent.start_char, ent.end_char)
    if label == FILM_LABEL and word in ("XR", "XRs"):
        return not extended_release(seg.text, ent.start_char, ent.end_char)
    return True
