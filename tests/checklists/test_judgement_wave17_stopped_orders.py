"""A medication order the record still calls active ends where a later note says it stopped
(blind wave 17). BE/inf-02: an 'active' methotrexate order from 08/04 ran to the request day
(122 days) though the note said 'pt stopped it on her own ~10/01 ... (med list not updated)', so
INF-002 found 12 weeks of one agent in 8. BG/cgm-02: a 2024 Lantus order still active, beside
'Stopped Lantus last July on his own ... not on any insulin ... Removed Lantus from med list',
counted as insulin treatment, and the stop statement itself was read as insulin in use. An open
order no note contradicts still runs until stopped."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _order(ident: str, label: str, authored: str, dosage: str) -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": ident,
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": label},
        "authoredOn": authored,
        "dosageInstruction": [{"text": dosage}],
    }


def _mtx(note: str | None, when: str = "2026-12-01") -> str:
    order = _order("mtx", "Methotrexate 2.5 MG Oral Tablet", "2026-08-04", "15 mg PO weekly")
    notes = [_note("n1", when, note)] if note else []
    request = {"authoredOn": "2026-12-01", "occurrenceDateTime": "2026-12-17"}
    bundle = record("J1745", order, *notes, reason="M05.79", order=request)
    report = score_bundle(bundle, as_of=date(2026, 12, 4))
    return {i["id"]: i for i in report["items"]}["INF-002"]["status"]


def test_an_active_order_the_note_says_was_stopped_ends_at_the_stop():
    for text in (
        "MTX 15 mg weekly started 08/04, pt stopped it on her own ~10/01 because she \"didn't "
        'feel it was working".',
        "Methotrexate discontinued 10/01/2026 (transaminases). Med list not updated.",
        "Stopped methotrexate 10/1 - nausea.",
        "Stopped MTX 10/1, continue hydroxychloroquine.",
        "Methotrexate weekly from 8/4 - no longer taking it since early October.",
        "Took methotrexate for about 8 weeks, stopped because of nausea.",
    ):
        assert _mtx(text) != "met", text


def test_an_active_order_no_note_contradicts_runs_until_stopped():
    assert _mtx(None) == "met"
    for text in (
        "Continue MTX 15 mg weekly; still 8 swollen joints.",
        "Stopped ibuprofen 10/1 (GI upset), continues methotrexate.",
        "MTX held 10/1-10/15 for surgery, restarted 10/16.",
        "Will stop MTX if LFTs rise; LFTs normal today.",
        "Pt asks whether she can stop methotrexate; advised to continue.",
        "Methotrexate 15 mg weekly, prednisone 5 mg daily - stopped 10/1 (taper done).",
        "Methotrexate 15 mg weekly; not taking folic acid.",
        "Methotrexate dose changed to 20 mg weekly 10/1.",
        # Another item of a list stopped, an earlier course, a switch to this very order.
        "MTX since August (tolerating), PT x 6 wks - d/c'd 10/1 plateaued.",
        "Since 8/4: MTX weekly + prednisone, chiropractic 8/9-9/30 (3 wks, stopped - pain).",
        "Took methotrexate ~3 wks in 2019 (derm) - stopped for pregnancy planning.",
        "Methotrexate PO from 6/2/26, stopped 8/4/26 for nausea and switched to SC.",
    ):
        assert _mtx(text) == "met", text


def _cgm(*texts: tuple[str, str]) -> str:
    lantus = _order(
        "ins",
        "insulin glargine 100 UNT/ML Injectable Solution [Lantus]",
        "2024-06-10",
        "22 units SC qHS",
    )
    notes = [_note(f"n{i}", when, text) for i, (when, text) in enumerate(texts)]
    bundle = record("A4239", lantus, *notes, reason="E11.65", order_type="DeviceRequest")
    report = score_bundle(bundle, as_of=date(2026, 3, 1))
    return {i["id"]: i for i in report["items"]}["CGM-001"]["status"]


def test_insulin_the_note_says_was_stopped_is_no_insulin_treatment():
    for text in (
        'Stopped Lantus last July on his own after starting Ozempic - "didn\'t need it anymore."',
        "Removed Lantus from med list (pt confirms not taking).",
        "Off insulin since 2025; now metformin + semaglutide only.",
        "Lantus d/c'd 3/2025 after GLP-1 started.",
        "insulin glargine 100 unit/mL (Patient not taking: Reported on 2/20/2026)",
        "Lantus was prescribed by his prior PCP but never filled - afraid of needles.",
    ):
        assert _cgm(("2026-02-20", text)) != "met", text


def test_insulin_in_use_or_taken_up_again_is_insulin_treatment():
    assert _cgm() == "met"
    for texts in (
        [("2026-02-20", "Stopped metformin (GI upset); continues Lantus 22 u qHS.")],
        [("2026-02-20", "Lantus stopped 6/1/25 for lows, restarted 6/20/25 at 10 u.")],
        # Another insulin stopped, long before this order; daily use given up for now and then.
        [("2026-02-20", "Medications: insulin lispro (pump); insulin detemir (discontinued 2021)")],
        [("2026-02-20", "Off daily Lantus (only 6 u when sugars >250). Continue Lantus prn.")],
        # A stop written before this order was placed was an earlier course.
        [("2024-01-10", "Stopped Lantus in December; diet only.")],
        # The newest note takes it up again.
        [("2025-09-01", "Stopped Lantus in August."),
         ("2026-02-01", "A1c 10.2 - restarted Lantus 10 u qHS.")],
    ):  # fmt: skip
        assert _cgm(*texts) == "met", texts


def test_the_search_says_which_order_the_notes_stopped():
    lantus = _order("ins", "Lantus 100 UNT/ML", "2024-06-10", "22 units SC qHS")
    note = _note("n1", "2026-02-20", "Stopped Lantus last July; diet and metformin only.")
    bundle = record("A4239", lantus, note, reason="E11.65", order_type="DeviceRequest")
    report = score_bundle(bundle, as_of=date(2026, 3, 1))
    searched = {i["id"]: i for i in report["items"]}["CGM-001"]["searched"]
    assert "stopped per the notes: MedicationRequest/ins on 2025-07-01" in searched


def test_a_stopped_course_with_its_weeks_alone_still_counts_its_weeks():
    # No coded order: the weeks the note gives are the course, wherever they lie.
    note = _note("n1", "2026-12-01", "Took methotrexate ~16 weeks, stopped because of nausea.")
    request = {"authoredOn": "2026-12-01", "occurrenceDateTime": "2026-12-17"}
    bundle = record("J1745", note, reason="M05.79", order=request)
    report = score_bundle(bundle, as_of=date(2026, 12, 4))
    assert {i["id"]: i for i in report["items"]}["INF-002"]["status"] == "met"


def test_the_orders_own_comment_that_the_drug_was_stopped_ends_it():
    order = _order("mtx", "Methotrexate 2.5 MG Oral Tablet", "2026-08-04", "15 mg PO weekly")
    request = {"authoredOn": "2026-12-01", "occurrenceDateTime": "2026-12-17"}
    for comment, expected in (
        ("Pt stopped taking it 10/01/2026 - no benefit.", "partial"),
        ("Pt tolerating; LFTs normal 10/01/2026.", "met"),
    ):
        commented = {**order, "note": [{"text": comment}]}
        bundle = record("J1745", commented, reason="M05.79", order=request)
        report = score_bundle(bundle, as_of=date(2026, 12, 4))
        got = {i["id"]: i for i in report["items"]}["INF-002"]["status"]
        assert got == expected, comment
