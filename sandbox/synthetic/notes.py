"""The generated patients' clinical notes: what each says, and how the EHR stores it.

A note is written from its visit's record (the vitals, results, prescriptions and procedures the
visit left in the chart), so note text and structured data agree. Its content is stored in one of
the styles of :data:`sandbox.synthetic.roster.STYLES` -- inline or as Binary resources, as plain
text, HTML, RTF, PDF or C-CDA, alone or in the pairs Epic and Oracle Health hand out -- rotating
in date order so every style of a patient's list appears.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from sandbox.scenarios import factories as f
from sandbox.scenarios.renditions import to_ccda, to_html, to_pdf, to_rtf

from .catalogue import CONDITIONS, VISITS

if TYPE_CHECKING:
    from .history import History, Visit

Resource = dict[str, Any]
CATEGORY = ("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
            "clinical-note", "Clinical Note")  # fmt: skip
CCDA_FORMAT = {"system": "http://ihe.net/fhir/ValueSet/IHE.FormatCode.codesystem",
               "code": "urn:hl7-org:sdwg:ccda-structuredBody:2.1",
               "display": "Structured Body C-CDA 2.1"}  # fmt: skip
DISCHARGE = ("18842-5", "Discharge summary")
REASONS = {"wellness": "a yearly preventive visit", "telehealth": "a telephone follow-up",
           "consult": "a specialist consultation"}  # fmt: skip
#: style -> [(content type, rendition, stored inline?)]
LAYOUTS = {
    "plain-inline": [("text/plain; charset=utf-8", "txt", True)],
    "plain-binary": [("text/plain", "txt", False)],
    "epic-pair": [("text/html", "html", False), ("text/rtf", "rtf", False)],
    "oracle-pair": [("application/pdf", "pdf", False), ("application/xml", "xml", False)],
    "ccda": [("application/xml", "xml", False)],
    "pdf-inline": [("application/pdf", "pdf", True)],
    "html-inline": [("text/html", "html", True)],
    "all-four": [("text/html", "html", False), ("text/rtf", "rtf", False),
                 ("application/pdf", "pdf", False), ("application/xml", "xml", False)],
}  # fmt: skip


def _pronouns(history: History) -> dict[str, str]:
    male = history.spec.gender == "male"
    return {"He": "He" if male else "She", "His": "His" if male else "Her"}


def _say(history: History, sentence: str) -> str:
    words = _pronouns(history)
    return sentence.format(He=words["He"], His=words["His"])


def compose(history: History, visit: Visit) -> str:
    """The note's text: history, vitals, results, exam, procedures, assessment and plan."""
    rng, spec = history.rng, history.spec
    age = int(history.age(visit.day))
    person = ("boy" if age < 18 else "man") if spec.gender == "male" else (
        "girl" if age < 18 else "woman")
    known = [CONDITIONS[key] for key in visit.known]
    lines = []
    if visit.kind == "therapy":
        lines.append(f"Session {visit.session} of physical therapy for "
                     f"{known[0].snomed[1].lower()}.")  # fmt: skip
        lines.append(_say(history, "{He} reports doing the home exercises most days; pain "
                                   f"{rng.randint(2, 6)}/10 today."))  # fmt: skip
    elif visit.kind == "admission":
        lines.append(f"{age} year old {person} admitted with fever, productive cough and "
                     "shortness of breath; chest x-ray shows a right lower lobe infiltrate.")
    else:
        ongoing = [k.snomed[1].lower() for key, k in zip(visit.known, known, strict=True)
                   if key not in visit.new]  # fmt: skip
        reason = visit.acute or REASONS.get(visit.kind) or (
            "follow-up of " + ", ".join(ongoing) if ongoing else "a new problem")
        lines.append(f"{age} year old {person} seen for {reason}.")
        lines += [_say(history, rng.choice(k.history)) for k in known if k.history]
    sections = ["HPI: " + " ".join(lines)]
    if visit.current:
        sections.append("Medications: " + ", ".join(visit.current) + ".")
    vitals = visit.vitals
    if "systolic" in vitals:
        sections.append(
            f"Vitals: BP {vitals['systolic']}/{vitals['diastolic']}, pulse {vitals['heart_rate']}, "
            f"temperature {vitals['temperature']} F, weight {vitals['weight']} lb, "
            f"BMI {vitals['bmi']}, SpO2 {vitals['spo2']} percent.")  # fmt: skip
    if visit.labs:
        shown = list(visit.labs.items())[:6]
        sections.append("Results: " + "; ".join(f"{name} {value}" for name, value in shown) + ".")
    exam = [rng.choice(k.exam) for k in known if k.exam]
    if visit.kind not in ("telehealth", "therapy"):
        sections.append("Exam: Alert and oriented, no distress. " + " ".join(exam))
    if visit.procedures:
        sections.append("Procedures: " + "; ".join(visit.procedures) + ".")
    plan = [f"{n}. {k.snomed[1]}: {rng.choice(k.plan)}"
            for n, k in enumerate((k for k in known if k.plan), start=1)]  # fmt: skip
    if visit.new:
        plan.append("New diagnosis today: "
                    + ", ".join(CONDITIONS[k].snomed[1].lower() for k in visit.new) + ".")
    if visit.order:
        plan.append(f"Order placed: {visit.order}. Prior authorization to be requested.")
    sections.append("Assessment and plan:\n" + ("\n".join(plan) or "Return as needed."))
    return "\n\n".join(sections)


def _rendition(kind: str, title: str, text: str, loinc: str, day: str) -> bytes:
    if kind == "txt":
        return f"{title}\n\n{text}\n".encode()
    if kind == "html":
        return to_html(title, text).encode()
    if kind == "rtf":
        return to_rtf(title, text).encode()
    if kind == "pdf":
        return to_pdf(title, text)
    return to_ccda(title, text, loinc, day).encode()


def document(history: History, visit: Visit, code: tuple[str, str], text: str,
             style: str) -> list[Resource]:  # fmt: skip
    """A DocumentReference with its content stored in ``style``; returns it and its Binaries."""
    doc_id, (loinc, title) = history.ids("doc"), code
    binaries, content = [], []
    for content_type, kind, inline in LAYOUTS[style]:
        data = _rendition(kind, title, text, loinc, visit.day.isoformat())
        attachment: dict[str, Any] = {"contentType": content_type, "title": title,
                                      "creation": visit.moment}  # fmt: skip
        if inline:
            attachment["data"] = base64.b64encode(data).decode("ascii")
        else:
            binaries.append({"resourceType": "Binary", "id": f"{doc_id}-{kind}",
                             "contentType": content_type.split(";")[0],
                             "data": base64.b64encode(data).decode("ascii")})  # fmt: skip
            attachment["url"] = f"Binary/{doc_id}-{kind}"
        item: dict[str, Any] = {"attachment": attachment}
        if kind == "xml":
            item["format"] = dict(CCDA_FORMAT)
        content.append(item)
    reference = {
        "resourceType": "DocumentReference", "id": doc_id, "status": "current",
        "docStatus": "final", "type": f.concept((f.LOINC, loinc, title), text=title),
        "category": [f.concept(CATEGORY)], "subject": f.ref(history.patient),
        "date": visit.moment, "author": [f.ref(history.clinicians[visit.clinician])],
        "custodian": {"reference": "Organization/gen-clinic"}, "content": content,
        "context": {"encounter": [f.ref(visit.encounter)],
                    "period": {"start": visit.encounter["period"]["start"],
                               "end": visit.encounter["period"]["end"]}},
    }  # fmt: skip
    return [reference, *binaries]


def write_notes(history: History, visits: list[Visit]) -> None:
    """Notes for ``spec.notes`` visits: the first, the last, admissions, and a seeded sample."""
    spec, rng = history.spec, history.rng
    must = {0, len(visits) - 1} | {i for i, v in enumerate(visits) if v.kind == "admission"}
    wanted = spec.notes - len(must) - sum(v.kind == "admission" for v in visits)
    rest = [i for i in range(len(visits)) if i not in must]
    chosen = sorted(must | set(rng.sample(rest, max(0, min(wanted, len(rest))))))
    count = 0
    for index in chosen:
        visit = visits[index]
        _, _, _, loinc, title = VISITS[visit.kind]
        codes = [((loinc, title), compose(history, visit))]
        if visit.kind == "admission":
            codes.append((DISCHARGE, "Hospital course: treated with intravenous antibiotics, "
                          "improved, oxygen weaned off on day 2.\n\nDischarge plan: oral "
                          "antibiotics for 5 days; follow up with the primary care clinician "
                          "within one week."))  # fmt: skip
        for code, text in codes:
            style = spec.styles[count % len(spec.styles)]
            history.add(*document(history, visit, code, text, style))
            count += 1
