"""medspaCy findings: categories, ConText modifiers, durations, offsets."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

from sandbox import synthetic
from smartapp.notes import NoteInput, find_findings
from smartapp.notes.extract import decode_inline, extract_text, rank_attachments

DATE = dt.date(2026, 11, 17)


def findings(text, date=DATE):
    return find_findings([NoteInput("DocumentReference/n1", text, date)])


def one(text, category, concept=None):
    matches = [
        f
        for f in findings(text)
        if f.category == category and (concept is None or f.concept == concept)
    ]
    assert matches, f"no {category}/{concept} in {text!r}"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "category", "concept"),
    [
        (
            "She completed physical therapy twice weekly.",
            "conservative-treatment",
            "physical-therapy",
        ),
        ("Took naproxen with food.", "conservative-treatment", "nsaid"),
        ("Difficulty walking more than one block.", "functional-deficits", "walking-limitation"),
        ("Positive straight leg raise on the left.", "exam-findings", "straight-leg-raise"),
        ("Reports saddle anesthesia since yesterday.", "red-flags", "cauda-equina"),
        ("X-ray shows joint space narrowing.", "diagnostic-results", "oa-findings"),
        ("Polysomnography showed AHI of 32.", "diagnostic-results", "sleep-study"),
        ("He was injured at work while lifting a box.", "work-injury", "injured-at-work"),
        ("Goals: LEFS above 60 in 8 weeks.", "plan-of-care", "goals"),
        ("Progress report and re-evaluation after 12 visits.", "progress-report", "re-evaluation"),
        ("Plan: Order MRI lumbar spine.", "treatment-plan", "plan-section"),
        ("Inadequate response to methotrexate.", "medication-history", "inadequate-response"),
        ("She was seen in person today for the walker.", "face-to-face", "in-person-visit"),
    ],
)
def test_each_category(text, category, concept):
    finding = one(text, category, concept)
    assert finding.asserted
    assert text[finding.start : finding.end] == finding.text


def test_negation_is_evidence_of_absence():
    finding = one("He has not tried physical therapy.", "conservative-treatment")
    assert finding.negated and not finding.asserted
    assert one("She denies bowel or bladder dysfunction.", "red-flags").negated
    assert one(
        "No fever, no weight loss, no history of cancer.", "red-flags", "cancer-history"
    ).negated


def test_hypothetical_and_family_do_not_count():
    assert one(
        "If symptoms persist, will consider physical therapy.", "conservative-treatment"
    ).hypothetical
    assert one("Her mother had cancer.", "red-flags", "cancer-history").family


def test_history_still_counts_as_presence():
    finding = one("History of cancer treated in 2019.", "red-flags", "cancer-history")
    assert finding.asserted


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Low back pain for 8 weeks.", 56),
        ("Leg pain x 3 months.", 90),
        ("Pain over the past 6 weeks.", 42),
        ("Knee pain that started 2 years ago.", 730),
        ("Back pain since March.", (DATE - dt.date(2026, 3, 1)).days),
        ("Back pain since late December.", (DATE - dt.date(2025, 12, 31)).days),  # its latest day
    ],
)
def test_symptom_durations(text, days):
    assert one(text, "symptom-duration").duration_days == days


def test_duration_attaches_to_the_treatment_in_the_same_sentence():
    finding = one(
        "She completed 6 weeks of physical therapy without relief.", "conservative-treatment"
    )
    assert finding.duration_days == 42


def test_snippet_and_note_reference():
    finding = one("Plan: Order MRI lumbar spine.", "treatment-plan")
    assert finding.note_ref == "DocumentReference/n1"
    assert "Order MRI" in finding.snippet


def test_empty_notes_give_nothing():
    assert find_findings([NoteInput("DocumentReference/x", "   ", DATE)]) == []
    assert find_findings([]) == []


def test_a_long_generated_record_runs_without_error():
    """48 notes of the generated heavy patient, each read from its best rendition."""
    found = {f"{r['resourceType']}/{r['id']}": r
             for r in (e["resource"] for e in synthetic.bundle("gen-heavy")["entry"])}  # fmt: skip
    notes = []
    for key, resource in found.items():
        if resource["resourceType"] != "DocumentReference":
            continue
        attachment = rank_attachments([c["attachment"] for c in resource["content"]])[0]
        data = (decode_inline(attachment) if "data" in attachment
                else base64.b64decode(found[attachment["url"]]["data"]))  # fmt: skip
        day = dt.date.fromisoformat(resource["date"][:10])
        notes.append(NoteInput(key, extract_text(data, attachment["contentType"]), day))
    assert len(notes) == 48
    results = find_findings(notes)
    texts = {n.ref: n.text for n in notes}
    assert results and all(texts[f.note_ref][f.start : f.end] == f.text for f in results)


def test_a_duration_closing_a_treatment_clause_is_not_how_long_symptoms_lasted():
    text = "Lumbago w/ sciatica - naproxen 500 BID, PT 2x/wk x 6 wks, f/u 3 wks."
    assert not [f for f in findings(text) if f.category == "symptom-duration"]
    assert one("Sciatica x 6 wks, naproxen started.", "symptom-duration").duration_days == 42


def test_a_dated_mechanism_is_the_date_of_injury_and_a_job_demand_list_is_not_a_mechanism():
    text = "S: 10/14/25 pulled a 40-lb box off the truck and felt LBP."
    one(text, "work-injury", "date-of-injury")
    job = "Job demands: assists with transfers, repositioning, pushing wheelchairs."
    assert not [f for f in findings(job) if f.concept == "mechanism" and f.asserted]


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        # hereditary-cancer testing (caresource-genetic-testing): a relative's cancer is found
        # and marked family; wanting a test is no history; a referral is no counseling given.
        ("Family history: mother breast cancer at 42.", "hereditary-cancer-history", "family"),
        ("Her sister had ovarian cancer.", "hereditary-cancer-history", "family"),
        ("Wants BRCA testing.", "hereditary-cancer-history", None),
        ("Seen by genetic counselor on 1/10/2026.", "genetic-counseling", "asserted"),
        ("Refer to genetic counseling.", "genetic-counseling", None),
        ("Prior BRCA testing in 2019 was negative.", "prior-germline-test", "asserted"),
    ],
)
def test_hereditary_cancer_concepts(text, concept, counts):
    found = [f for f in findings(text) if f.category == "clinical-notes" and f.concept == concept]
    if counts is None:
        assert not found
    elif counts == "family":
        assert found and all(f.family and not f.negated for f in found)
    else:
        assert found and found[0].asserted


def test_a_score_the_patient_reports_under_an_exam_header_is_no_examination():
    # A PT discharge note's Objective table of questionnaires and pain ratings documents no exam;
    # a range-of-motion row under the same header does.
    text = (
        "PT Discharge Note\nObjective\nMeasure | Initial | Current |\nOswestry | 40% | 36% |\n"
        "NPRS leg | 6/10 | 6/10 |\nAssessment\nMinimal change."
    )
    exam = [f for f in find_findings([NoteInput("D/1", text)]) if f.category == "exam-findings"]
    assert exam == []
    measured = text.replace("NPRS leg | 6/10 | 6/10 |", "Lumbar flexion | 40 deg | 60 deg |")
    exam = [f for f in find_findings([NoteInput("D/2", measured)]) if f.category == "exam-findings"]
    assert [f.text for f in exam if f.concept == "exam-section"] == [
        "Lumbar flexion | 40 deg | 60 deg |"
    ]


@pytest.mark.parametrize(
    ("text", "concept", "normal"),
    [
        # a result word belongs to its own clause's subject
        ("Lachman neg, McMurray positive.", "mechanical-test", [True, False]),
        ("Exam: McMurray negative, medial joint line tenderness.", "tenderness", [False]),
        ("XR R shoulder: AC joint normal, GH arthrosis with osteophytes.", "oa-findings",
         [False, False]),
        ("Strength normal, SLR positive on the left.", "straight-leg-raise", [False]),
        # a list's items take the result written after them
        ("McMurray and Lachman negative.", "mechanical-test", [True, True]),
        ("Lachman neg, McMurray, and anterior drawer positive.", "mechanical-test",
         [True, False, False]),
    ],
)  # fmt: skip
def test_a_normal_result_stays_in_its_clause(text, concept, normal):
    found = [f for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept]
    assert [f.normal for f in found] == normal


@pytest.mark.parametrize(
    ("text", "concept", "negated"),
    [
        # a later clause that asserts its own finding is not denied by the first clause
        ("No effusion, positive McMurray medially.", "mechanical-test", [False]),
        ("Denies numbness, reports weakness in the L leg.", "symptom-report", [True, False]),
        ("Has not tried injections, completed 6 wks PT.", "physical-therapy", [False]),
        # a list of denials stays denied
        ("Denies bowel or bladder changes, saddle anesthesia, fever.", "fever", [True]),
        ("No fever, night sweats, or unintentional weight loss.", "weight-loss", [True]),
    ],
)
def test_a_denial_stays_in_its_clause(text, concept, negated):
    found = [f for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept]
    assert [f.negated for f in found] == negated


@pytest.mark.parametrize(
    "text",
    [
        "Steroid injection discussed 6/2 - pt declined.",  # the refusal follows the care
        "Offered GH steroid injection - patient refused.",
        "Oral NSAIDs avoided (on apixaban).",  # a drug the patient is kept off
        "PCP said avoid oral NSAIDs.",
    ],
)
def test_care_declined_or_avoided_after_its_name_is_not_care(text):
    care = [f for f in find_findings([NoteInput("D/1", text)])
            if f.category == "conservative-treatment"]  # fmt: skip
    assert care and not any(f.asserted for f in care)


def test_avoiding_an_activity_is_still_activity_modification():
    found = find_findings([NoteInput("D/1", "Activity modification: avoids overhead reaching.")])
    assert any(f.concept == "activity-modification" and f.asserted for f in found)
