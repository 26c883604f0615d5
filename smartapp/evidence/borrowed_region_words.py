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
    r"|\barms?\s+of\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:chair|couch|sofa|recliner)\b"
    r"|\barm\s*-?\s*rests?\b",
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


def without_borrowed_words(text: str) -> str:
    """``text`` with the region words that are about something else blanked."""
    text = _RISING_ON_ARMS.sub(lambda m: " " * len(m.group()), text)
    if re.search(r"(?i)nodes?|adenopathy|LAD|LN", text):
        text = _LYMPH_NODE_STATION.sub(lambda m: " " * len(m.group()), text)
    return text
