"""One generated patient's history: visits over the years and what each leaves in the chart.

A visit is an Encounter plus what a clinic records at it -- vital signs, lab panels ordered and
resulted, new diagnoses, prescriptions and their yearly renewals, procedures, immunizations,
questionnaires. Everything is drawn from the patient's own seeded ``random.Random``, dates count
back from a fixed last visit, and ids are ``<patient>-<kind>-<n>``: the same spec always gives
the same resources, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sandbox.scenarios import factories as f
from sandbox.scenarios.common import DATE_OF_SERVICE

from . import measures, orders
from .catalogue import ACUTE, CONDITIONS, VISITS
from .roster import CLINICIANS, EMERGENCY, SPECIALISTS, THERAPIST, PatientSpec

Resource = dict[str, Any]
#: The last visit of every generated history (the scenarios' as_of is 2026-11-22).
END = dt.date(2026, 11, 20)
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
CLASS_NAMES = {"AMB": "ambulatory", "VR": "virtual", "EMER": "emergency", "IMP": "inpatient"}
THERAPY_FOR = ("knee_oa", "low_back_pain", "falls")
#: How a condition moves lab values away from typical, by LOINC.
DRIFT = {
    "diabetes": {"4548-4": 0.08, "2345-7": 0.3},
    "ckd": {"2160-0": 0.45, "33914-3": -0.35, "2823-3": 0.05},
    "hyperlipidemia": {"2093-3": 0.12, "18262-6": 0.2},
}


@dataclass
class Visit:
    """One visit and what it recorded, kept for the visit's note."""

    day: dt.date
    kind: str
    clinician: str
    session: int = 0
    encounter: Resource = field(default_factory=dict)
    known: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    acute: str = ""
    vitals: dict[str, float] = field(default_factory=dict)
    labs: dict[str, str] = field(default_factory=dict)
    medicines: list[str] = field(default_factory=list)  # prescribed at this visit
    current: list[str] = field(default_factory=list)  # every medicine taken at this time
    procedures: list[str] = field(default_factory=list)
    order: str = ""

    @property
    def moment(self) -> str:
        return f"{self.day.isoformat()}T09:{self.day.toordinal() % 50:02d}:00-05:00"


class History:
    """Builds one patient's resources (call :meth:`build`)."""

    def __init__(self, spec: PatientSpec):
        self.spec = spec
        self.rng = random.Random(spec.seed)  # noqa: S311 -- seeded made-up data, not secrets
        self.counts: Counter[str] = Counter()
        self.patient = f.patient(spec.id, *spec.name, spec.birth, spec.gender, spec.state)
        self.clinicians = {key: f.practitioner(key, *CLINICIANS[key]) for key in CLINICIANS}
        self.resources: list[Resource] = [self.patient, f.caresource(), *self.clinicians.values()]
        self.resources += [orders.organization("gen-clinic", "Riverside Family Health", "prov"),
                           orders.organization("gen-hospital", "Millbrook General Hospital",
                                               "prov")]  # fmt: skip
        start = f"{END.year - 3}-01-01"
        self.resources.append(f.coverage(spec.id, self.patient, spec.member_id, spec.plan, start))
        self.conditions: dict[str, Resource] = {}
        self.prescriptions: dict[str, Resource] = {}
        self.onsets: dict[str, dt.date] = {}
        self.weight = self.rng.uniform(150, 230)
        self.done: set[str] = set()

    def ids(self, kind: str) -> str:
        """The next id of ``kind`` for this patient (``gen-heavy-obs-0042``)."""
        self.counts[kind] += 1
        return f"{self.spec.id}-{kind}-{self.counts[kind]:04d}"

    def add(self, *resources: Resource) -> None:
        self.resources.extend(resources)

    def age(self, day: dt.date) -> float:
        return (day - dt.date.fromisoformat(self.spec.birth)).days / 365.25

    # -- the schedule -------------------------------------------------------------------------
    def schedule(self) -> list[Visit]:
        """Office visits year by year, specialist consults, therapy courses, admissions."""
        spec, rng = self.spec, self.rng
        first = END.replace(year=END.year - spec.years)
        office = []
        for year in range(spec.years):
            start = first + dt.timedelta(days=365 * year)
            for n, offset in enumerate(sorted(rng.sample(range(1, 360), spec.visits_per_year))):
                kind = "wellness" if n == 0 else rng.choices(
                    ("follow_up", "acute", "telehealth", "emergency"), (60, 22, 14, 4))[0]
                who = EMERGENCY if kind == "emergency" else spec.pcp
                office.append(Visit(start + dt.timedelta(days=offset), kind, who))
        office = [v for v in office if v.day < END]
        chronic = [v for v in office if v.kind in ("wellness", "follow_up")]
        for index, key in enumerate(spec.conditions):
            at = 0 if index == 0 or key in THERAPY_FOR else rng.randrange(int(len(chronic) * 0.7))
            self.onsets[key] = chronic[at].day
        visits = list(office)
        for key, specialist in SPECIALISTS.items():
            if key in self.onsets:
                day = self.onsets[key] + dt.timedelta(days=21)
                visits.append(Visit(day, "consult", specialist))
        therapy = next((key for key in THERAPY_FOR if key in self.onsets), None)
        for year in range(spec.years if therapy else 0):
            begin = first + dt.timedelta(days=365 * year + rng.randrange(20, 300))
            visits += [Visit(begin + dt.timedelta(days=7 * s), "therapy", THERAPIST, session=s + 1)
                       for s in range(spec.therapy_per_year)]  # fmt: skip
        for _ in range(spec.admissions):
            day = first + dt.timedelta(days=rng.randrange(400, 365 * spec.years - 90))
            visits.append(Visit(day, "admission", spec.pcp))
        who = spec.order.clinician if spec.order else spec.pcp
        visits.append(Visit(END, "consult" if who != spec.pcp else "follow_up", who))
        return sorted((v for v in visits if v.day <= END), key=lambda v: (v.day, v.kind))

    # -- one visit ------------------------------------------------------------------------------
    def visit(self, visit: Visit) -> None:
        """The Encounter and everything the visit records."""
        cls, cpt, text, _, _ = VISITS[visit.kind]
        begin = visit.moment
        end_day = visit.day + dt.timedelta(days=3 if visit.kind == "admission" else 0)
        visit.encounter = {
            "resourceType": "Encounter", "id": self.ids("enc"), "status": "finished",
            "class": {"system": ACT, "code": cls, "display": CLASS_NAMES[cls]},
            "type": [f.concept((f.CPT, cpt, text), text=text)],
            "subject": f.ref(self.patient),
            "participant": [{"individual": f.ref(self.clinicians[visit.clinician])}],
            "period": {"start": begin, "end": f"{end_day.isoformat()}T{begin[11:13]}:55:00-05:00"},
            "serviceProvider": {"reference": "Organization/gen-hospital" if cls in ("EMER", "IMP")
                                else "Organization/gen-clinic"},
        }  # fmt: skip
        self.add(visit.encounter)
        visit.known = [key for key, day in self.onsets.items() if day <= visit.day]
        visit.new = [key for key in visit.known if key not in self.conditions]
        for key in visit.new:
            self.diagnose(visit, key)
        if visit.kind == "therapy":
            orders.therapy_session(self, visit)
            return
        if visit.kind != "telehealth":
            self.measure(visit)
        if visit.kind in ("acute", "emergency"):
            orders.acute_problem(self, visit, self.rng.choice(ACUTE))
        if visit.kind in ("wellness", "follow_up", "admission"):
            self.labs(visit)
        orders.prescriptions(self, visit)
        visit.current = sorted({p["medicationCodeableConcept"]["text"]
                                for p in self.prescriptions.values()})  # fmt: skip
        orders.procedures(self, visit)
        if visit.kind == "wellness":
            orders.immunizations(self, visit)

    def diagnose(self, visit: Visit, key: str) -> None:
        kind = CONDITIONS[key]
        icd = None if self.spec.coding == "snomed" else kind.icd
        condition = f.condition(self.spec.id, f"cond-{key.replace('_', '-')}", self.patient,
                                icd, kind.snomed, visit.day.isoformat())  # fmt: skip
        condition["encounter"] = f.ref(visit.encounter)
        condition["recorder"] = f.ref(self.clinicians[visit.clinician])
        self.conditions[key] = condition
        self.add(condition, orders.careplan(self, visit, key))

    def measure(self, visit: Visit) -> None:
        """Vital signs, and questionnaires where a clinic would ask them."""
        rng, age = self.rng, self.age(visit.day)
        self.weight += rng.uniform(-2.5, 2.8) if "obesity" in visit.known else rng.uniform(-2, 2)
        body = measures.body_at(age, self.spec.gender, self.weight, rng)
        high = "hypertension" in visit.known
        systolic = rng.randint(128, 152) if high else rng.randint(100 if age < 18 else 108, 128)
        fever = visit.kind in ("acute", "emergency") and rng.random() < 0.4
        visit.vitals = {
            **body, "systolic": systolic, "diastolic": rng.randint(62, 72) + (12 if high else 0),
            "heart_rate": rng.randint(62, 96), "resp_rate": rng.randint(12, 20),
            "temperature": round(rng.uniform(100.4, 101.8) if fever else rng.uniform(97.6, 99), 1),
            "spo2": rng.randint(93 if "sleep_apnea" in visit.known else 95, 99),
        }  # fmt: skip
        # Height is measured at the yearly visit (and in children), not at every follow-up.
        charted = {key: value for key, value in visit.vitals.items()
                   if key != "height" or visit.kind == "wellness" or age < 18}  # fmt: skip
        self.add(*measures.vitals(self.ids, self.patient, visit.encounter, visit.moment, charted))
        if visit.kind == "wellness" and age >= 18:
            low = "depression" not in visit.known
            score = rng.randint(0, 4) if low else rng.randint(5, 13)
            self.add(measures.survey(self.ids, self.patient, visit.encounter, visit.moment,
                                     ("44261-6", "PHQ-9 total score"), score),
                     measures.smoking_status(self.ids, self.patient, visit.encounter,
                                             visit.moment, self.spec.seed % 2 == 0))  # fmt: skip
        if {"low_back_pain", "knee_oa"} & set(visit.known):
            score = rng.randint(3, 7)
            visit.vitals["pain"] = score
            self.add(measures.survey(self.ids, self.patient, visit.encounter, visit.moment,
                                     ("72514-3", "Pain severity 0-10 (reported)"), score))

    def labs(self, visit: Visit) -> None:
        """Lab panels the patient's conditions call for (and a yearly check-up set)."""
        wanted = {lab for key in visit.known for lab in CONDITIONS[key].labs}
        if visit.kind == "wellness" and self.age(visit.day) >= 40:
            wanted |= {"cbc", "lipid"}
        drift: dict[str, float] = {}
        for key in visit.known:
            for code, amount in DRIFT.get(key, {}).items():
                drift[code] = drift.get(code, 0.0) + amount
        for key in sorted(wanted):
            if visit.kind == "follow_up" and self.rng.random() < 0.75:
                continue
            report, results, values = measures.lab_panel(
                self.ids, self.patient, visit.encounter, visit.moment, key, drift, self.rng)
            self.add(orders.lab_order(self, visit, report), report, *results)
            visit.labs.update(values)


def build(spec: PatientSpec) -> list[Resource]:
    """Every resource of the patient's chart, notes included (see sandbox/synthetic/notes.py)."""
    from . import notes

    history = History(spec)
    visits = history.schedule()
    for visit in visits:
        history.visit(visit)
    if spec.order is not None:
        orders.pa_order(history, visits[-1], spec.order, DATE_OF_SERVICE)
    notes.write_notes(history, visits)
    return history.resources
