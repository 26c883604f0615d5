"""A mild gait remark beside a note's own word that the patient walks unaided is no limitation.

A walker's or wheelchair's functional item asks for a mobility limitation in the home that the
device resolves (NCD 280.3). "Antalgic gait" or "slight limp" is read as one, and usually is; but
a pre-op H&P that says "Ambulates independently without assistive device, community distances;
no falls. TUG 9 s. Gait mildly antalgic." describes a patient who walks on her own (blind wave
JT/dme-walker-03: the walker was for after a knee replacement not yet done). So a note that says
the patient walks independently or without a device ("ambulatory without AD", "walks
independently, no AD", "independent with gait", "indep ambulation household and community")
outweighs its own antalgic gait or limp, unless the remark is more than mild ("markedly
antalgic", "limps, unsteady on stairs") or names the home, or the same note tells a real limit
the walking statement does not ("needs hand-held assist", "unsteady", a TUG of 22 s, a Berg of
38/56). The patient's own falls are findings of their own and still count; a relative's are not
the patient's. Independence past ("PLOF", "prior to her stroke"), aimed at ("LTG: will
ambulate"), denied, with a device, limited to the household, or another person's outweighs
nothing, and nor does one written in another note.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .. import lazy_re
from ..evidence.score_bands import scored_outside_band
from .home import FALLS, HOME

#: The remark weighed: a limp or an antalgic gait (the words the walking-limitation target read).
_GAIT_REMARK = lazy_re.compile(r"^(?:antalgic(?:\s+gait)?|limp(?:s|ing)?)$", re.IGNORECASE)
#: What makes the remark's own statement more than a mild deviation of the gait.
_MORE_THAN_MILD = lazy_re.compile(
    r"\b(?:unstead\w*|unstable|instability|imbalance|balance|lob|assist\w*|help|furniture|walls?|"
    r"walker|rollator|cane|spc|crutch\w*|wheel\s?chair|w/c|limit\w*|only|unable|cannot|can'?t|"
    r"difficult\w*|needs?|requires?|stairs?|steps?|distances?|ft|feet|blocks?|short|slow\w*|"
    rf"sever\w*|marked\w*|significant\w*|worse\w*|{FALLS})\b",
    re.IGNORECASE,
)
_WALK = r"\b(?:ambulat\w*|amb|walk\w*|gait|mobility)\b"
_NO_DEVICE = (
    r"\b(?:without|w/o|w/out|no)\s+(?:an?\s+|any\s+)?(?:ad|assistive\s+devices?|devices?|"
    r"(?:gait\s+)?aids?|dme)\b|\bunassisted\b"
)
#: The patient walks on her own: "ambulates independently", "ambulatory without AD", "gait:
#: independent", "walks indepndently w/o device"; "independent with gait", "indep ambulation".
_UNAIDED = lazy_re.compile(
    rf"{_WALK}[^.;\n]{{0,25}}?(?:\bindep\w*|{_NO_DEVICE})"
    rf"|\bindep\w*\s+(?:(?:with|w/|in|for)\s*)?{_WALK}",
    re.IGNORECASE,
)
#: Words that make the statement no independence now: denied, needing help or a device, past,
#: aimed at, after surgery, capped to the household, about ADLs, or another person's walking.
_NOT_UNAIDED = lazy_re.compile(
    r"\b(?:not|cannot|can'?t|unable|unsafe|needs?|requires?|only|difficult\w*|difficulty|"
    r"assist(?!ive)\w*|help|supervision|sba|cga|walker|rollator|rw|fww|wheel\s?chair|w/c|"
    r"scooter|canes?|spc|crutch\w*|no longer|previously|prior|before|baseline|plof|used to|"
    r"until|furniture|unstead\w*|imbalance|goals?|stg|ltg|will|expect\w*|anticipat\w*|after|"
    r"post[- ]?op\w*|limited|mod(?:ified)?|adls?|iadls?|wife|husband|spouse|mother|father|mom|"
    r"dad|daughter|son|sister|brother|caregiver|family|"
    rf"(?:with|w/)\s+(?:an?\s+|her\s+|his\s+)?(?:ad|assistive\s+devices?|devices?)|{FALLS})\b",
    re.IGNORECASE,
)
#: "household" alone caps the walking at home ("independent household ambulator"); beside the
#: community it does not ("indep ambulation household and community").
_HOUSEHOLD = lazy_re.compile(r"\bhousehold\b", re.IGNORECASE)
_COMMUNITY = lazy_re.compile(r"\bcommunity\b", re.IGNORECASE)
#: A real limit the note tells besides (not denied just before it): help needed to walk,
#: unsteadiness, furniture or wall walking.
_REAL_LIMIT = lazy_re.compile(
    r"(?<!no )(?<!without )(?<!w/o )(?<!denies )\b(?:hand[- ]held\s+assist\w*|"
    r"contact\s+guard|cga|sba|stand[- ]?by\s+assist\w*|"
    r"(?<!\d )(?:min|mod|max)(?:imal|imum|erate)?\s*(?:a|assist\w*)|"
    r"(?:needs?|requires?)\s+(?:\w+\s+){0,2}?(?:assist\w*|help)|unstead\w*|near[- ]falls?|"
    r"loss\s+of\s+balance|lob|furniture|holds?\s+(?:on\s*to\s+)?(?:walls?|counters?))\b",
    re.IGNORECASE,
)
#: The gait and balance measures whose value outside its band is a limit (score_bands.yaml).
_GAIT_MEASURES = frozenset({"tug", "berg", "five-times-sit-to-stand"})


def walks_unaided(text: str) -> bool:
    """Whether the note ``text`` says the patient walks on her own (without help or a device)
    and tells no real limit besides (see the module docstring)."""
    if _REAL_LIMIT.search(text) or scored_outside_band(text, _GAIT_MEASURES):
        return False
    for sentence in re.split(r"[.;\n]", text):
        if not _UNAIDED.search(sentence) or _NOT_UNAIDED.search(sentence):
            continue
        if _HOUSEHOLD.search(sentence) and not _COMMUNITY.search(sentence):
            continue  # "independent household ambulator": walking capped at home
        return True
    return False


def mild_gait_remark(finding: Any) -> bool:
    """Whether ``finding`` is a limp or antalgic gait its statement calls no more than that."""
    snippet = finding.snippet or ""
    return bool(_GAIT_REMARK.match(finding.text.strip())) and not (
        _MORE_THAN_MILD.search(snippet) or HOME.search(snippet)
    )


def without_outweighed_remarks(findings: list[Any], texts: Mapping[str, Any]) -> list[Any]:
    """``findings`` less each mild gait remark whose own note says the patient walks unaided."""
    unaided: dict[str, bool] = {}
    out = []
    for finding in findings:
        if mild_gait_remark(finding):
            ref = finding.note_ref
            if ref not in unaided:
                note = texts.get(ref)
                unaided[ref] = walks_unaided((note.text or "") if note is not None else "")
            if unaided[ref]:
                continue  # "Ambulates independently without AD ... Gait mildly antalgic."
        out.append(finding)
    return out
