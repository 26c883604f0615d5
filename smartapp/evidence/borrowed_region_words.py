"""Region words that name no region of the record: the arms a patient rises on, the neck's lymph
nodes. Blanked (same length, so offsets hold) before :mod:`.regions` reads a text's regions;
evidence left with no region is never excluded for it."""

from __future__ import annotations

import re

from .. import lazy_re

#: Arms or hands that are how a patient rises, not the limb the note is about: "needs arms to
#: stand from chair", "pushes up with both arms from the chair", "uses arms of chair to rise",
#: "arm rests" (a knee or hip limitation's usual words, blind wave 15, AZ/hya-04). Not "arm pain
#: when rising" nor "uses arms to reach overhead": nothing there rises on the arms.
_RISING_ON_ARMS = lazy_re.compile(
    r"\b(?:uses?|using|needs?|needing|requires?|with|relies\s+on|relying\s+on"
    r"|push(?:es|ing)?\s+(?:up|off)\s+(?:with|using))\s+"
    r"(?:(?:his|her|their|both|bilateral|bilat|b/l|the)\s+)?"
    r"(?:arms?|hands?|upper\s+extremit(?:y|ies)|ues?)(?:\s+(?:support|assist(?:ance)?))?"
    r"(?=\s+(?:to|for|from|when|while|of)\b[^.;,]{0,25}?\b(?:stand\w*|ris(?:e|es|ing)"
    r"|get(?:ting)?\s+up|sit-to-stand|chairs?|transfer\w*|toilet|couch|stairs?))"
    # ... or written after the seat: "gets up from chair w/ arms", "rises from the recliner
    # using both hands" (blind wave 81, KX/knee-arthroplasty-02).
    r"|\b(?:gets?|getting|rises?|rising|stands?|standing|comes?|coming)\s+(?:up\s+)?"
    r"(?:from|out\s+of|off)\s+(?:(?:a|the|his|her|low|any)\s+)*"
    r"(?:chairs?|couch|sofa|recliner|seat|toilet|commode|bed)\b[^.;,]{0,12}?"
    r"\b(?:w/|with|using)\s*(?:(?:his|her|their|both|bilateral|bilat|b/l|bil|b|the)\s+)*"
    r"(?:arms?|hands?|ues?|upper\s+extremit(?:y|ies))\b"
    r"|\barms?\s+of\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:chair|couch|sofa|recliner)\b"
    r"|\barm\s*-?\s*rests?\b",
    re.IGNORECASE,
)

#: ... and the arms a rise is pushed off with, told after the rise in its clause: "Can't get up
#: from the couch without pushing off w/ both arms" (blind wave 100, NS/tka-01: read as both
#: arms' limit, so a right knee's replacement saw no functional deficit), "stands from the chair
#: by pushing up with her hands". Only the limb is blanked: a region the gap names stays ("rises
#: from chair slowly, L knee stiff" is cut at the comma anyway). Not the arm's own push ("can't
#: push up with R arm", no rise before it), which is the shoulder's limit.
_PUSHED_OFF_ON_ARMS = lazy_re.compile(
    r"\b(?:get(?:s|ting)?\s+up|ris(?:e|es|ing)|stand(?:s|ing)?(?:\s+up)?|sit[- ]to[- ]stand"
    r"|chairs?|couch|sofa|recliner|toilet|commode)\b[^.;,]{0,30}?"
    r"\bpush(?:es|ing|ed)?\s+(?:(?:up|off|herself|himself|themselves)\s+){1,2}"
    r"(?:w/|with|using)\s*(?:(?:his|her|their|both|bilateral|bilat|b/l|bil|b|the)\s+)*"
    r"(?P<limb>arms?|hands?|ues?|upper\s+extremit(?:y|ies))\b",
    re.IGNORECASE,
)


#: Lymph-node stations named by a region's word: "no LAD cervical/supraclav", "no cervical or
#: axillary lymphadenopathy", "neck nodes shotty" are the nodes of a general exam, not the
#: cervical spine (blind wave 46, FQ/imaging-other-02: a lung-nodule exam read as the neck's, so
#: a chest CT saw no exam of its region).
_STATION = r"(?:cervical|neck|supraclav\w*|axillary|inguinal|submandibular|occipital)"
_NODES = r"(?:lymph\s*nodes?|nodes?|(?:lymph)?adenopathy|LAD|LNs?)"
_LYMPH_NODE_STATION = lazy_re.compile(
    rf"\b{_STATION}(?:\s*(?:/|,|\bor\b|\band\b|&)\s*{_STATION})*\s+{_NODES}\b"
    rf"|\b{_NODES}\s*(?:[:-]\s*|\s(?:in\s+the\s+)?)"
    rf"{_STATION}(?:\s*(?:/|,|\bor\b|\band\b|&)\s*{_STATION})*\b",
    re.IGNORECASE,
)


#: An organ a drug harmed, named as why it was stopped or held: "naproxen which he stopped in the
#: fall because of his kidneys", "d/c'd 10/2025 due to renal function", "held for acute kidney
#: injury", "discontinued d/t abdominal pain". The drug treated the note's complaint, the organ
#: is its side effect (or the reason it cannot go on): read as the region, it made a shoulder's
#: PT, NSAID and injections the abdomen's, and none was conservative care for the arthroplasty
#: (blind wave 70, JF/tsa-01). Only the viscera and the headache a drug's harm is told by, and
#: only after a stop, a hold or a drug that cannot go on; an activity stopped is the patient's
#: limit, not a drug's harm: "stopped working due to kidney disease", "stopped walking due to
#: abdominal pain", "naproxen for kidney stone pain" and "CT abdomen" stay the organ's. Either
#: order: "because of his kidneys he stopped the naproxen".
_STOP = (
    r"(?:stop(?:ped|s)?|d/c(?:'?d)?|dc'?d|discontinu(?:ed|e)|held|hold|quit|came\s+off"
    r"|taken\s+off|went\s+off|tapered\s+off"
    r"|(?:could\s+not|couldn'?t|cannot|can'?t|unable\s+to)\s+(?:continue|tolerate|take)"
    # A drug kept from the patient for an organ is the same reason ("NSAIDs avoided, renal").
    r"|avoid(?:ed|s)?|contraindicated)"
)
_WHY = r"(?:because\s+of|due\s+to|d/t|2/2|secondary\s+to|given|b/c(?:\s+of)?|for)"
_MODIFIERS = (
    r"(?:(?:his|her|their|the|poor|worsening|worse|declining|reduced|decreased|impaired"
    r"|elevated|abnormal|rising|high|chronic|acute|mild|some)\s+){0,3}"
)
_ORGAN = r"(?:kidneys?|renal|liver|abdominal|headaches?)"
_WATCHED = r"(?:kidneys?|renal|liver)"
_HARMED_ORGAN = lazy_re.compile(
    # Not an activity stopped: "stopped working", "stops to rest", "stop-breathing spells".
    rf"\b{_STOP}\b(?!\s+(?:work|school|to\s+[a-z]+|(?!taking\b|using\b)[a-z]+ing)\b|-)"
    # A kidney or liver anywhere in the stop's clause, its "because" unwritten ("held, acute
    # kidney injury", "stopped (renal)", "d/c'd when his kidney numbers went up", brief s67-n):
    # the organs a drug's labs watch. A headache or abdominal pain so placed is as often a
    # symptom of its own ("now stops to rest when walking, and morning headaches").
    rf"[^.;\n]{{0,60}}?\b(?:{_WHY}\s+{_MODIFIERS}(?P<organ>{_ORGAN})|(?P<watched>{_WATCHED}))\b"
    rf"|\b(?:because\s+of|due\s+to|given)\s+{_MODIFIERS}(?P<first>{_ORGAN})\b"
    rf"(?=(?:\s+[a-z]+){{0,2}},?\s+(?:he|she|they|pt|patient|we)\s+(?:had\s+to\s+)?{_STOP}\b)",
    re.IGNORECASE,
)


def _blank_organs(text: str) -> str:
    """``text`` with the organs of :data:`_HARMED_ORGAN` blanked (the stop's words kept)."""
    spans = [m.span(m.lastgroup or 0) for m in _HARMED_ORGAN.finditer(text)]
    for start, end in spans:
        text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
    return text


#: Feet that are a length or a posture, not the feet: "walks 50 feet", "fell ~6 ft"'s "a 6-foot
#: fall", "a few feet"; and the idiom of standing, "can't finish his shift on his feet", "on her
#: feet all day", "back on his feet", "stays off her feet" (blind wave 87, LV/hyaluronan-02: a
#: line cook's knee limit read as the foot's, so a knee request saw no functional deficit). Not
#: what is on the feet ("ulcers on his feet", "numbness on her feet"): the feet themselves.
_FEET_LENGTH = lazy_re.compile(
    r"(?<=\d)\s*(?:-|to)?\s*(?:feet|foot)\b|\b(?:\d+(?:\.\d+)?|a\s+few|few|several|couple\s+of"
    r"|a\s+couple\s+of|ten|twenty|fifty|hundred)\s*(?:-\s*)?(?:feet|foot)\b",
    re.IGNORECASE,
)
_ON_ONES_FEET = lazy_re.compile(
    r"(?<!\bulcers )(?<!\bulcer )(?<!\bsores )(?<!\bwounds )(?<!\bblisters )(?<!\bcalluses )"
    r"(?<!\blesions )(?<!\brash )(?<!\bnumbness )(?<!\bpain )(?<!\bburning )(?<!\btingling )"
    r"(?<!\bswelling )(?<!\bedema )"
    r"\b(?:on|off)\s+(?:(?:his|her|their|my|your|one's|ones)\s+)?feet\b",
    re.IGNORECASE,
)


#: The hand a task of the whole arm is done with, or brought to the mouth or head: "can't feed
#: himself with R hand", "unable to comb hair with his left hand", "can't get hand to mouth".
#: The task is the arm's (a shoulder's pseudoparalysis shows in it), so the hand word is read as
#: the arm on that side, not as the hand (blind wave 87, LU/shoulder-arthroplasty-03: "can't feed
#: himself with R hand, DASH 68" was the right hand's, no deficit for a right shoulder). Hand
#: work stays the hand's ("can't button with R hand", "grip weak in L hand").
_ARM_TASK = (
    r"(?:feed|eat|drink|comb|brush|wash|reach|lift|rais|bring|dress|shav|wip|groom|tuck|fasten"
    r"|put\s+on|pull\s+on|do\s+(?:his|her|their)\s+hair)\w*"
)
_HAND_OF_ARM_TASK = lazy_re.compile(
    rf"\b{_ARM_TASK}\b[^.;,]{{0,25}}?\b(?:with|using|w/)\s*(?:(?:his|her|their|the|my)\s+)?"
    r"(?:(?:r|l|rt|lt|right|left)\.?\s+)?(?P<hand>hand)s?\b"
    r"|\b(?P<hand2>hand)s?(?:\s+|-)to(?:\s+|-)(?:mouth|face|head)\b",
    re.IGNORECASE,
)


def _arm_for_hand(text: str) -> str:
    """``text`` with the hand of :data:`_HAND_OF_ARM_TASK` written "arm " (same length)."""

    def arm(match: re.Match[str]) -> str:
        name = "hand" if match.group("hand") else "hand2"
        low, high = match.start(name) - match.start(), match.end(name) - match.start()
        whole = match.group()
        return f"{whole[:low]}arm {whole[high:]}"

    return _HAND_OF_ARM_TASK.sub(arm, text)


#: A collateral or cruciate ligament named with another joint is that joint's, not the knee's
#: ("acl", "mcl", "pcl" and "lcl" are knee words): "R elbow MCL reconstruction" (the elbow's
#: ulnar collateral ligament, brief s82-plans: read as a knee's arthroscopy plan), "MCL tear of
#: the L elbow", "thumb MCL sprain". Only the ligament's letters are blanked; the joint stays.
_JOINT = r"(?:elbows?|thumbs?|wrists?|ankles?|fingers?|mcp|mcpj)"
_LIGAMENT_OF_JOINT = lazy_re.compile(
    rf"\b{_JOINT}(?:'s)?\s+\(?(?P<lig>acl|mcl|pcl|lcl)\b"
    r"|\b(?P<lig2>acl|mcl|pcl|lcl)\s+(?:(?:tear|sprain|injury|insufficiency|instability"
    r"|reconstruction|recon|repair)\s+)?(?:of|in|to)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    rf"(?:(?:r|l|rt|lt|right|left)\.?\s+)?{_JOINT}\b",
    re.IGNORECASE,
)


def _blank_ligaments(text: str) -> str:
    """``text`` with the ligament of :data:`_LIGAMENT_OF_JOINT` blanked (the joint kept)."""
    for match in list(_LIGAMENT_OF_JOINT.finditer(text)):
        start, end = match.span(match.lastgroup or 0)
        text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
    return text


def _blank_group(pattern: re.Pattern[str], text: str, group: str) -> str:
    """``text`` with the named ``group`` of each match of ``pattern`` blanked (same length)."""
    for match in list(pattern.finditer(text)):
        start, end = match.span(group)
        text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
    return text


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def without_borrowed_words(text: str) -> str:
    """``text`` with the region words that are about something else blanked."""
    text = _RISING_ON_ARMS.sub(lambda m: " " * len(m.group()), text)
    if re.search(r"(?i)\bpush", text):
        text = _blank_group(_PUSHED_OFF_ON_ARMS, text, "limb")
    if re.search(r"(?i)\bfe?e?t\b|\bfoot\b", text):
        text = _blank(_ON_ONES_FEET, _blank(_FEET_LENGTH, text))
    if re.search(r"(?i)\bhands?\b", text):
        text = _arm_for_hand(text)
    if re.search(r"(?i)nodes?|adenopathy|LAD|LN", text):
        text = _LYMPH_NODE_STATION.sub(lambda m: " " * len(m.group()), text)
    if re.search(r"(?i)kidney|renal|liver|abdominal|headache", text):
        text = _blank_organs(text)
    if re.search(r"(?i)\b[amlp]cl\b", text):
        text = _blank_ligaments(text)
    return text
