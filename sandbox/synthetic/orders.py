"""What a visit orders and does: prescriptions, procedures, labs, therapy, the PA order.

Helpers of :class:`sandbox.synthetic.history.History`; each takes the history and the visit and
adds resources to the chart (and a line to the visit's record, for its note).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sandbox.scenarios import factories as f

from . import measures
from .catalogue import CONDITIONS, CVX, IMMUNIZATIONS, PROCEDURES
from .roster import OrderSpec

if TYPE_CHECKING:
    from .history import History, Visit

Resource = dict[str, Any]
SR_CATEGORY = (f.SNOMED, "108252007", "Laboratory procedure")
CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
#: Which procedures a therapy course for a condition alternates between.
SESSIONS = {"knee_oa": ("pt_exercise", "pt_manual"), "low_back_pain": ("pt_exercise", "pt_manual"),
            "falls": ("pt_gait", "pt_exercise")}  # fmt: skip


def organization(oid: str, name: str, kind: str) -> Resource:
    """A clinic or hospital (invented names)."""
    kinds = "http://terminology.hl7.org/CodeSystem/organization-type"
    return {"resourceType": "Organization", "id": oid, "name": name,
            "type": [f.concept((kinds, kind, "Healthcare Provider"))]}  # fmt: skip


def careplan(history: History, visit: Visit, key: str) -> Resource:
    """A longitudinal care plan started when the condition is diagnosed."""
    kind = CONDITIONS[key]
    plan = f.careplan(history.spec.id, f"careplan-{key.replace('_', '-')}", history.patient,
                      visit.day.isoformat(), f"{kind.snomed[1]} care plan", kind.snomed,
                      " ".join(kind.plan) or "Monitor at routine visits.")  # fmt: skip
    plan["category"] = [
        f.concept(("http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "assess-plan", "")),
        f.concept((f.SNOMED, "38717003", "Longitudinal care plan")),
    ]
    plan["addresses"] = [{"reference": f"Condition/{history.spec.id}-cond-{key.replace('_', '-')}"}]
    return plan


def _medication(history: History, visit: Visit, medicine: tuple[str, str, str],
                status: str) -> Resource:  # fmt: skip
    code, name, sig = medicine
    day = visit.day.isoformat()
    until = (visit.day + dt.timedelta(days=365)).isoformat()
    request = f.medication_request(history.spec.id, "", history.patient,
                                   history.clinicians[visit.clinician], (code, name), day, until,
                                   status, sig)  # fmt: skip
    request["id"] = history.ids("med")
    request["encounter"] = f.ref(visit.encounter)
    request["dispenseRequest"]["numberOfRepeatsAllowed"] = 3
    visit.medicines.append(f"{name} {sig}")
    return request


def prescriptions(history: History, visit: Visit) -> None:
    """Start a condition's medicine at diagnosis; renew it once a year at the wellness visit."""
    for key in visit.known:
        medicine = CONDITIONS[key].medicine
        if medicine is None or (key not in visit.new and visit.kind != "wellness"):
            continue
        previous = history.prescriptions.get(key)
        if previous is not None:
            # Renewed: the old prescription ends; now and then one was stopped early instead.
            previous["status"] = "stopped" if history.rng.random() < 0.1 else "completed"
        history.prescriptions[key] = _medication(history, visit, medicine, "active")
        history.add(history.prescriptions[key])


def acute_problem(history: History, visit: Visit, problem: tuple) -> None:
    """An episodic diagnosis, resolved a few days or weeks later, and its short prescription."""
    icd, snomed, medicine, days = problem
    condition = f.condition(history.spec.id, "", history.patient,
                            None if history.spec.coding == "snomed" else icd, snomed,
                            visit.day.isoformat(), category="encounter-diagnosis")  # fmt: skip
    condition["id"] = history.ids("cond")
    condition["clinicalStatus"] = f.concept((CLINICAL, "resolved", "Resolved"))
    condition["abatementDateTime"] = (visit.day + dt.timedelta(days=days)).isoformat()
    condition["encounter"] = f.ref(visit.encounter)
    visit.encounter["reasonCode"] = [f.concept((f.SNOMED, *snomed), text=snomed[1])]
    visit.acute = snomed[1].lower()
    history.add(condition)
    if medicine is not None:
        history.add(_medication(history, visit, medicine, "completed"))


def _procedure(history: History, visit: Visit, key: str) -> Resource:
    cpt, text, snomed, snomed_text, conclusion = PROCEDURES[key]
    procedure = f.procedure(history.spec.id, "", history.patient, visit.moment,
                            (f.CPT, cpt, text), text)  # fmt: skip
    procedure["id"] = history.ids("proc")
    procedure["code"]["coding"].append({"system": f.SNOMED, "code": snomed,
                                        "display": snomed_text})  # fmt: skip
    procedure["encounter"] = f.ref(visit.encounter)
    procedure["performer"] = [{"actor": f.ref(history.clinicians[visit.clinician])}]
    history.add(procedure)
    visit.procedures.append(text)
    if conclusion:
        history.add(measures.imaging_report(history.ids, history.patient, visit.encounter,
                                            visit.moment, text, conclusion))  # fmt: skip
        visit.procedures[-1] += f": {conclusion}"
    return procedure


def therapy_session(history: History, visit: Visit) -> None:
    """A physical therapy session: two billed procedures, and a referral at the first."""
    key = next((k for k in SESSIONS if k in visit.known), "falls")
    visit.known = [key]
    if visit.session == 1:
        history.add(_request(history, visit, (f.CPT, "97161", "Physical therapy evaluation"),
                             "completed", (f.SNOMED, "91251008", "Physical therapy procedure")))
    for procedure in SESSIONS[key]:
        _procedure(history, visit, procedure)


def procedures(history: History, visit: Visit) -> None:
    """Imaging and studies once after diagnosis, repeated ones now and then, screenings."""
    rng, age = history.rng, history.age(visit.day)
    for key in visit.known:
        for name in CONDITIONS[key].procedures:
            if name.startswith("pt_"):
                continue
            once = name in ("knee_xray", "lumbar_xray", "sleep_study")
            if once and name not in history.done and visit.kind in ("follow_up", "consult"):
                history.done.add(name)
                _procedure(history, visit, name)
            elif not once and visit.kind in ("wellness", "consult") and rng.random() < 0.3:
                _procedure(history, visit, name)
    if age >= 50 and visit.kind == "wellness" and "colonoscopy" not in history.done:
        history.done.add("colonoscopy")
        _procedure(history, visit, "colonoscopy")


def immunizations(history: History, visit: Visit) -> None:
    """The yearly flu shot and the once-in-a-while ones, as given at a wellness visit."""
    age = history.age(visit.day)
    for code, name, every in IMMUNIZATIONS:
        last = history.done & {f"cvx-{code}-{visit.day.year - n}" for n in range(every or 200)}
        if last or (code in ("33", "187") and age < 60):
            continue
        history.done.add(f"cvx-{code}-{visit.day.year}")
        history.add({"resourceType": "Immunization", "id": history.ids("imm"),
                     "status": "completed", "vaccineCode": f.concept((CVX, code, name), text=name),
                     "patient": f.ref(history.patient), "encounter": f.ref(visit.encounter),
                     "occurrenceDateTime": visit.moment, "primarySource": True})  # fmt: skip


def _request(history: History, visit: Visit, code: tuple[str, str, str], status: str,
             category: tuple[str, str, str] = SR_CATEGORY) -> Resource:  # fmt: skip
    return {"resourceType": "ServiceRequest", "id": history.ids("sr"), "status": status,
            "intent": "order", "category": [f.concept(category)],
            "code": f.concept(code, text=code[2]), "subject": f.ref(history.patient),
            "encounter": f.ref(visit.encounter), "authoredOn": visit.moment,
            "requester": f.ref(history.clinicians[visit.clinician])}  # fmt: skip


def lab_order(history: History, visit: Visit, report: Resource) -> Resource:
    """The completed lab order a panel's DiagnosticReport answers."""
    coding = report["code"]["coding"][0]
    request = _request(history, visit, (f.LOINC, coding["code"], coding["display"]), "completed")
    report["basedOn"] = [f.ref(request)]
    return request


def pa_order(history: History, visit: Visit, order: OrderSpec, date_of_service: str) -> None:
    """The draft order that needs prior authorization, placed at the last visit."""
    reason = history.conditions[order.reason]
    request = f.service_request(history.spec.id, history.patient,
                                history.clinicians[order.clinician], visit.encounter,
                                order.code, order.text, [reason], date_of_service,
                                visit.day.isoformat(), quantity=1)  # fmt: skip
    if not request["reasonCode"][0]["coding"]:
        del request["reasonCode"]  # SNOMED-only charts have no ICD-10-CM code to give
    visit.order = order.text
    history.add(request)
