"""Which records a record operator keeps: status, codes or names, date, region, requester, in
person, on room air, in force, a positive result, route (care_routes.py; docs/checklists.md
§4.1). records.py decides met / partial / missing from what is kept; care episodes
(episode_pieces.py) keep their pieces with the same filter.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from ..evidence.care_plans import as_written
from ..evidence.region_match import compatible
from ..evidence.score_bands import little_limitation_observed
from .before_order import dated_before_order
from .capital_names import in_capitals, names_pattern, procedure_as_written
from .care_routes import route_asked, route_ok
from .context import Context
from .inadequate_studies import inadequate_record
from .injection_sites import given_elsewhere
from .laterality import note_names_other_side
from .listed_for import drug_elsewhere
from .never_taken import never_taken
from .ordered_scope import record_narrower
from .pending_results import awaiting_result
from .plans_ahead import made_ahead, recert_not_due
from .rectal_mesalamine import rectal_order
from .remote_notes import by_video, exam_put_off, video_by_its_note
from .room_air import observation_on_oxygen
from .stated_names import agency_visit, stated_names
from .visit_about import visit_about

#: operator → (resource types read, statuses counted when the criterion names none).
OPERATORS: dict[str, tuple[tuple[str, ...], frozenset[str] | None]] = {
    "has_condition": (("Condition",), None),  # clinical status handled in _status_ok
    "has_procedure": (("Procedure",), frozenset({"completed", "in-progress"})),
    "has_observation": (
        ("Observation", "DiagnosticReport", "ImagingStudy"),
        frozenset({"final", "amended", "corrected", "preliminary", "available", "registered"}),
    ),
    "has_medication": (
        ("MedicationRequest", "MedicationStatement", "MedicationAdministration"),
        frozenset(
            {"active", "completed", "stopped", "on-hold", "intended", "in-progress", "unknown", ""}
        ),
    ),
    "has_encounter": (
        ("Encounter",),
        frozenset({"finished", "in-progress", "arrived", "triaged", "onleave"}),
    ),
    # A draft CarePlan is an agency's proposal awaiting the practitioner's signature: not yet a
    # plan of care (home health and therapy plans count only once signed).
    "has_careplan": (("CarePlan",), frozenset({"active", "completed", "on-hold"})),
}
_NOT_CURRENT = frozenset({"resolved", "inactive", "remission"})
_NEVER = frozenset({"refuted", "entered-in-error"})
#: A problem-list entry not yet established ("r/o OSA, PSG pending"): ICD-10-CM's outpatient
#: guidelines (Section IV.H) do not code a rule-out as a diagnosis. ``confirmed: true`` leaves it
#: out where the criterion needs the disease itself (a bariatric comorbidity), not a suspicion.
_UNCERTAIN = frozenset({"provisional", "differential", "unconfirmed"})
#: Encounter classes that are not in person (HL7 v3 ActCode): virtual, home health by others.
_REMOTE_CLASSES = frozenset({"vr", "virtual", "tele", "telephone"})
_REMOTE_WORDS = lazy_re.compile(
    r"\b(telephone|phone|telehealth|telemedicine|virtual|video|e-?visit|portal|message|"
    r"audio[- ]only|televisit|mychart|refill|chart review|orders? only)\b",
    re.IGNORECASE,
)
#: A visit held by telephone or video (``remote: true``): the patient was spoken with, not
#: examined. A refill, a chart review or an orders-only entry is no visit of any kind, so it
#: tells nothing of how the patient was evaluated.
_REMOTE_VISIT = lazy_re.compile(
    r"\b(telephone|phone|telehealth|telemedicine|virtual|video|e-?visit|audio[- ]only|"
    r"televisit)\b",
    re.IGNORECASE,
)
_NO_VISIT = lazy_re.compile(r"\b(refill|chart review|orders? only|message)\b", re.IGNORECASE)
#: A report whose text says the study was normal does not show a finding.
_NORMAL_RESULT = lazy_re.compile(
    r"\b(normal (?:study|exam|examination|radiographs?|x-?rays?|mri|films?)|unremarkable|negative "
    r"(?:study|exam)|no (?:acute|significant|radiographic|evidence)|within normal limits)\b|"
    r"^normal\b|:\s*normal\b",
    re.IGNORECASE,
)


#: ICD-10-CM Z85-Z87, "personal history of" (a malignant neoplasm, another disease, a
#: condition): the code states a past the patient keeps. An EHR marks the entry "resolved" and
#: dates its abatement because the disease is over, yet the history is what the code says and
#: what a criterion asks of it (a history of cancer is a lumbar red flag: blind wave 39,
#: DR/lumbar-mri-03, Z85.3 resolved in 2021).
_PERSONAL_HISTORY = lazy_re.compile(r"Z8[5-7]", re.IGNORECASE)


def _personal_history(item: Evidence) -> bool:
    return any(
        code.system == "icd10cm" and _PERSONAL_HISTORY.match(code.code) for code in item.codes
    )


def _status_ok(item: Evidence, operator: str, spec: dict[str, Any]) -> bool:
    if item.verification in _NEVER or item.status == "entered-in-error":
        return False
    if spec.get("confirmed") and item.verification in _UNCERTAIN:
        return False
    if "status" in spec:
        return item.status in spec["status"]
    if operator == "has_condition":
        return item.status not in _NOT_CURRENT or _personal_history(item)
    if operator == "has_medication" and item.status in ("not-taken", "cancelled", "draft"):
        return False
    if operator == "has_observation" and awaiting_result(item):
        return False  # a draw received, its result pending: the test ordered, not its result
    allowed = OPERATORS[operator][1]
    return allowed is None or item.status in allowed or not item.status


def done(item: Evidence, operator: str = "has_procedure") -> bool:
    """Whether ``item`` is of a status its operator counts when a criterion names none: a
    Procedure "not-done", "entered-in-error" or still in "preparation" is no test or visit had
    (brief s72-d), for readers that take records by their codes alone (visits.py)."""
    return _status_ok(item, operator, {})


@cache
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``names`` as whole words. A name's hyphen may be written as a space or left out:
    "follow-up" is the Encounter typed "Pediatric endocrinology follow up" (blind wave 55,
    HA/cgm-01), "x-ray" is "X ray" and "xray"; the record's wording, not the concept, differs."""
    alternatives = "|".join(
        re.escape(n.lower()).replace(r"\-", r"[-\s]?")
        for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])")


def matches_concept(
    item_codes: Any, item_text: str, spec: dict[str, Any], written: str | None = None
) -> bool:
    """Codes in ``spec['codes']`` or any of ``spec['names']`` as whole words in the text; with
    the text as ``written`` (a CarePlan's), names in capitals only in capitals (capital_names)."""
    codelist = spec.get("codes")
    names = tuple(spec.get("names", ()))
    if codelist is None and not names:
        return True  # no concept filter: every record of the type (e.g. any in-person visit)
    if codelist is not None and codelist.matches(item_codes):
        return True
    if written is not None and (capitals := in_capitals(names)):
        if names_pattern(capitals).search(written):
            return True  # "PT 2x/wk x 6 wks", not "Pt to check BG"
        names = tuple(n for n in names if n not in capitals)
    return bool(names) and bool(_names_pattern(names).search(item_text.lower()))


def with_requester(participants: tuple[str, ...], ctx: Context) -> bool:
    """True when the order's requester (or its Practitioner) is among ``participants``."""
    wanted = set(ctx.order.requester_ids) if ctx.order else set()
    return bool(wanted) and bool(wanted & set(participants))


def _in_person(item: Evidence, video: Any = False, ctx: Context | None = None) -> bool:
    # A synchronous video visit, where it counts (or_video), by its type or its own note; with
    # "examined", not one whose note deferred the exam (remote_notes.exam_put_off).
    if video and (by_video(item.text) or (ctx is not None and video_by_its_note(item, ctx))):
        return not (video == "examined" and ctx is not None and exam_put_off(item, ctx))
    if item.encounter_class in _REMOTE_CLASSES:
        return False
    return not _REMOTE_WORDS.search(item.text)


def _remote_visit(item: Evidence) -> bool:
    if _NO_VISIT.search(item.text):
        return False
    return item.encounter_class in _REMOTE_CLASSES or bool(_REMOTE_VISIT.search(item.text))


def _keep(item: Evidence, operator: str, spec: dict[str, Any], ctx: Context) -> bool:
    written = as_written(item.raw) if item.kind == "CarePlan" else None
    if item.kind == "Procedure":  # "PT lumbar 12 visits": therapy; "Pt education" is no PT
        written = procedure_as_written(item.raw)
    if not (
        _status_ok(item, operator, spec) and matches_concept(item.codes, item.text, spec, written)
    ):
        return False
    excluded = tuple(spec.get("exclude_names", ()))
    if excluded and _names_pattern(excluded).search(stated_names(item).lower()):
        return False  # "Tumor genomic profiling (somatic NGS)" names BRCA1, tests no germline
    if spec.get("as_broad_as_order") and record_narrower(item, spec["as_broad_as_order"], ctx):
        return False  # a BRCA1/2-only report before a panel order (ordered_scope.py)
    if spec.get("not_by") and agency_visit(item, spec["not_by"], ctx):
        return False  # the agency's PT, RN or aide: the service, not the encounter (s72-d)
    if item.date is not None and item.date > ctx.as_of and not _planned_ahead(item, spec, ctx):
        return False
    if spec.get("before_order") and not dated_before_order(item, ctx):
        return False  # the order's own diagnosis is no earlier one (before_order.py)
    if operator == "has_medication" and "stopped" not in spec.get("status", ("stopped",)):
        if ctx.note_stop(item) is not None:
            return False  # still 'active' in the record, stopped in the notes (stopped_orders.py)
    if operator == "has_medication" and never_taken(item, ctx):
        return False  # prescribed, never taken ("never picked it up"): no trial (never_taken.py)
    if operator == "has_medication" and rectal_order(item):
        return False  # "mesalamine 1000 MG Rectal Suppository": topical 5-ASA, no step therapy
    if operator == "has_condition" and "status" not in spec and item.end and item.end <= ctx.as_of:
        if not _personal_history(item):  # the disease abated; its history did not (above)
            return False  # abated by as_of: no longer current, whatever clinicalStatus says
    if spec.get("same_region") and not compatible(ctx.regions_for(spec), item.regions):
        return False
    if spec.get("same_region") and drug_elsewhere(
        item, ctx.regions_for(spec), route_asked(spec, ctx) == "injection", ctx
    ):
        return False  # "ibuprofen (on list since 2024 for back)": the order is the back's
    if spec.get("same_region") and item.kind == "Procedure" and item.date is not None:
        findings, order = ctx.record.findings or (), ctx.regions_for(spec)
        if note_names_other_side(item.regions, item.date, findings, ctx.text_dates, order):
            return False  # that day's procedure note gives another side than the bodySite
        if route_asked(spec, ctx) == "injection" and given_elsewhere(item, order, ctx):
            return False  # its own note: "LEFT SHOULDER triamcinolone", not the knee's (GU)
    if spec.get("with_requester") and not with_requester(item.participants, ctx):
        return False
    if spec.get("in_person") and not _in_person(item, spec.get("or_video", False), ctx):
        return False
    if spec.get("remote") and not _remote_visit(item):
        return False  # a visit by telephone or video only (CPAP-003's pre-test contact)
    if spec.get("visit_about") and not visit_about(item, spec["visit_about"], ctx):
        return False  # a visit for dysuria is no mobility examination (visit_about.py)
    if spec.get("adequate") and inadequate_record(item.raw):
        return False  # "REI 11 - only 2.9 h valid; technically inadequate" (inadequate_studies)
    if spec.get("room_air") and observation_on_oxygen(item.raw):
        return False  # a saturation on 2 L/min shows the oxygen working, not the need gone
    if spec.get("in_force") and item.end is not None and item.end < ctx.in_force_on(spec):
        if not (spec.get("in_force") == "service" and recert_not_due(item.end, ctx)):
            return False  # a plan certified for 3/2-4/30 has lapsed by 5/4, however recent
    if spec.get("positive") and _NORMAL_RESULT.search(item.text):
        return False
    if spec.get("positive") and little_limitation_observed(item.text, item.value, item.unit):
        return False  # a functional score in its band of little limitation: no limitation
    return route_ok(item, spec, ctx)


def _planned_ahead(item: Evidence, spec: dict[str, Any], ctx: Context) -> bool:
    """A care plan dated by a period that starts after as_of, by the day the service starts: the
    plan for that service, signed before it (blind wave 14, AV/hh-03: "Home Health Plan of Care
    09/10/2026-11/08/2026 ... Signed and dated 09/08/2026", asked for on 9/9 from SOC 9/10)."""
    in_force = spec.get("in_force") == "service"
    return item.kind == "CarePlan" and in_force and made_ahead(item.date, ctx)
