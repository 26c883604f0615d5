"""The drugs a visit's plan prescribes beside a therapy it plans begin the trial that day, when
the record shows the therapy was had after it: the plan was followed.

"A/P: R sciatica. Cyclobenzaprine, meloxicam, PT x 6 wks." of 4/6, then PT coded 4/13-5/22 and
the patient's "Finished PT last week" of 5/26: the reviewer counts provider-directed care from
the visit that directed it, 4/6 to 5/22 (blind wave 71, JI/lumbar-mri-03, brief s68-a), where
the coded PT alone is 39 days. A plan is no care had on its own (a referral may wait weeks, a
prescription never be filled), so the drug is only its day, and only where the therapy the same
note planned is care had after it: coded, or told by a later note. meds_taken.py reads the other
way a plan's drugs are known taken ("meds not helping"). Not a drug only considered or
conditional ("consider meloxicam", "if no better, start naproxen"), left to need ("ibuprofen
OTC prn"), a class with no drug chosen ("Trial NSAID if tolerated": blind wave 58,
HJ/shoulder-02, whose ibuprofen then "upset stomach so hasn't really taken it"), anyone else's,
or one a note since says was not taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from .. import lazy_re
from .care_begun import left_to_need
from .care_piece import Piece
from .courses import MEDICATION_CONCEPTS, NOT_TAKEN
from .relevant_findings import finding_cites

#: A class of drugs, no drug prescribed: "NSAID", "anti-inflammatories", "muscle relaxer".
_CLASS_ONLY = lazy_re.compile(
    r"(?:nsaids?|anti-?inflammator(?:y|ies)|muscle\s+relax(?:ants?|ers?)|analgesics?|"
    r"pain\s+(?:meds?|medications?|relievers?)|steroids?)",
    re.IGNORECASE,
)


def _prescribed(finding: Any) -> bool:
    """A drug the plan prescribes: a drug by name, planned, not conditional, considered or left
    to need."""
    return (
        finding.concept in MEDICATION_CONCEPTS
        and finding.planned
        and not (finding.hypothetical or finding.speculative)
        and not left_to_need(finding.snippet)
        and not _CLASS_ONLY.fullmatch(finding.text.strip())
    )


def followed_plan_drugs(
    said: Iterable[Any],
    dates: dict[str, date | None],
    pieces: list[Piece],
    every: Iterable[Any],
) -> list[Piece]:
    """The day of each drug a plan in ``said`` prescribes, where care had (``pieces``) after
    that day is a therapy the same note plans; ``every`` is all the record's findings, for a
    later word that the drug was not taken."""
    drugs: dict[tuple[str, date], list[Any]] = {}  # (note, its day) -> the drugs it prescribes
    therapies: dict[str, set[str]] = {}
    for finding in said:
        day = dates.get(finding.note_ref)
        if day is None or finding.negated or finding.family:
            continue
        if _prescribed(finding):
            drugs.setdefault((finding.note_ref, day), []).append(finding)
        elif finding.planned and finding.concept not in MEDICATION_CONCEPTS:
            therapies.setdefault(finding.note_ref, set()).add(finding.concept)
    # "Did not take the meloxicam", "hasn't really taken it" since: that plan's drug was not
    # followed, whatever else was.
    refused: dict[str, list[date]] = {}
    for finding in every:
        when = dates.get(finding.note_ref)
        if when is None or finding.family or finding.planned:
            continue
        if finding.negated or NOT_TAKEN.search(finding.snippet):
            refused.setdefault(finding.concept, []).append(when)
    out = []
    for (ref, day), found in drugs.items():
        planned = therapies.get(ref, set())
        if not any(
            p.modality in planned and p.end > day and p.citation["reference"].split("#")[0] != ref
            for p in pieces
        ):
            continue  # the therapy never followed: nothing says the plan was
        for finding in found:
            if any(when >= day for when in refused.get(finding.concept, ())):
                continue
            out.append(Piece(day, day, finding.concept, finding_cites([finding])[0]))
    return out
