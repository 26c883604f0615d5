"""Targets a note's words matched that are no finding at all, decided before their ConText flags
are read: another time's BMI, an RDI counting RERAs, "APAP" the drug or the device, a film's or a
reflex's shorthand that is something else, an exercise named by a motion, another thing's time,
an outside visit, the patient's goal; and, after the flags, the "PT" or credential that is a
signature, a visit type or the patient. Split out of flag_corrections.py (stop 58, the module
size); entity_flags calls both at their places in its one pass.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from . import apap_reading, film_shorthand, reflex_shorthand
from .current_values import current_value
from .measure_values import (
    BMI_CLASS_RANGE,
    EARLIER_BMI,
    EARLIER_BMI_AFTER,
    QUALIFIED,
    WITH_RERAS,
)
from .not_therapy import (
    CREDENTIALS,
    PATIENT_PREDICATE,
    SIGNATURE,
    VISIT_TYPE_AFTER,
    VISIT_TYPE_BEFORE,
)
from .others_times import time_of_another
from .outside_visits import outside_visit
from .patient_goals import patient_s_goal
from .segments import Segment

#: A motion that names a kind of exercise is care, not a measured motion (blind wave 32,
#: DO/lmri-03: a PT course's "flexion-based program"; "extension exercises").
_EXERCISE_AFTER = lazy_re.compile(
    r"[- ](?:based|biased?|bias|programs?|exercises?|ex|protocols?|stretch\w*|routine)\b",
    re.IGNORECASE,
)


def dropped_before_flags(ent: Any, label: str, seg: Segment, note_text: str) -> bool:
    """Whether a matched target (``ent`` under ``label`` in ``seg``) is no finding, by the words
    around it alone."""
    if label.startswith("measure|") and QUALIFIED.search(seg.text[: ent.start_char]):
        return True
    if (
        label == "measure|bmi"
        and EARLIER_BMI.search(seg.text[: ent.start_char])
        and current_value(seg.text, ent.end_char, len(seg.text)) is None
    ):
        return True  # "peak BMI 44", "starting BMI 40.2": another time's BMI; not "..., now 41"
    if (
        label == "measure|bmi"
        and EARLIER_BMI_AFTER.match(seg.text, ent.end_char)
        and current_value(seg.text, ent.end_char, len(seg.text)) is None
    ):
        return True  # "BMI was 36 at intake", "BMI 37 pre-program": not today's (s82-bmi)
    if label == "measure|bmi" and BMI_CLASS_RANGE.match(seg.text, ent.end_char):
        return True  # "Z68.36 BMI 36.0-36.9": the code's class, no reading (s82-bmi)
    if label == "measure|rdi" and WITH_RERAS.search(note_text):
        return True  # a study whose RDI counts RERAs: not the LCD's RDI
    if ent.text.lower() == "apap" and not apap_reading.kept(label, seg, ent, note_text):
        return True  # "APAP 5-15 cm H2O" is the auto-PAP; "APAP 650 mg" acetaminophen
    if ent.text.lower() in ("titration", "titrated") and not apap_reading.titration_kept(
        label, seg, ent, note_text
    ):
        return True  # "CPAP titration" sets pressure; "diuretic titration" a drug's dose
    if not film_shorthand.kept(label, seg, ent):
        return True  # "R knee xr 1/2026 severe oa" is a film; "SpO2 84% OA", "metformin xr" not
    if not reflex_shorthand.kept(label, seg, ent):
        return True  # "DTRs 2+ sym" are reflexes; "Dtr drove her" a daughter
    if label == "exam-findings|range-of-motion" and _EXERCISE_AFTER.match(seg.text[ent.end_char :]):
        return True  # "flexion-based program": an exercise, "flexion 50 deg" a motion
    if time_of_another(label, seg.text, ent.start_char, ent.end_char):
        return True  # "mirtazapine 15 mg nightly", "CPAP qhs": another's time (others_times)
    if outside_visit(label, seg.text, ent.start_char, ent.end_char):
        return True  # "Outside ED record (in person)": the ED's visit (outside_visits)
    if patient_s_goal(label, seg.text, ent.start_char):
        return True  # "Pt's goal is to return to soccer": the patient's aim (patient_goals)
    return False


def not_therapy_word(ent: Any, seg: Segment, before: str) -> bool:
    """Whether "PT" or a therapist's credential is a signature, a visit type or the patient."""
    if ent.text in CREDENTIALS and SIGNATURE.search(before):
        return True  # "Brooke Dunaway, PT": the therapist's credential, not therapy
    if (
        ent.text == "PT"
        and VISIT_TYPE_BEFORE.search(before)
        and VISIT_TYPE_AFTER.match(seg.text[ent.end_char :])
    ):
        return True  # "ORTHO NEW PT 8/20/26": a new patient's visit, not therapy
    if ent.text == "PT" and PATIENT_PREDICATE.match(seg.text[ent.end_char :]):
        return True  # "PT is a 56 y/o M", "PT states ...": the patient, not therapy
    return False
