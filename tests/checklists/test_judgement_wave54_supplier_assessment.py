"""A mobility supplier's own assessment filed under the physician (blind wave 54, GV/whc-03):
a note authored by the MD that opens "DME supplier ATP seating assessment (Keystone Mobility,
RESNA ATP L. Okafor)" met WHC-008 as a Group 3 chair's specialty evaluation, since its ATP
writes the credential before the name and the author's MD then decided. LCD L33789 asks for a
PT, OT or physiatrist with no financial tie to the supplier: the document's title or first line
naming it the supplier's assessment decides, unless a PT, OT or physician signs it too."""

from __future__ import annotations

from smartapp.checklists.signers import ROLES
from smartapp.checklists.supplier_notes import by_supplier_only
from smartapp.evidence.record import Note

from .test_judgement import _note, record, status

_MD = {"resourceType": "Practitioner", "id": "md", "name": [{"family": "Ahn", "suffix": ["MD"]}]}
BODY = (
    "\nSeat width 17 in, depth 18 in. Trialed Group 3 base with power tilt: drove hallway "
    "safely. Recommends K0856 with tilt."
)


def _whc008(first_line: str, signature: str = "", title: str | None = None) -> str:
    extra = {"author": [{"reference": "Practitioner/md"}]}
    if title:
        extra["type"] = {"text": title}
    text = first_line + BODY + (f"\n{signature}" if signature else "")
    note = _note("n1", "2026-02-18", text, extra=extra)
    bundle = record("K0856", _MD, note, reason="G12.21", order_type="DeviceRequest")
    return status(bundle, "WHC-008")["status"]


def test_the_suppliers_assessment_filed_under_the_physician_is_no_specialty_evaluation():
    assert _whc008("DME supplier ATP seating assessment (Keystone Mobility, RESNA ATP L. Okafor)") \
        != "met"  # fmt: skip
    assert _whc008("Seating assessment (Keystone Mobility)", title="Vendor ATP Assessment") != "met"


def test_a_therapists_evaluation_stays_one():
    assert _whc008("Seating and mobility evaluation", "Dana Lee, PT  02/18/2026") == "met"
    assert _whc008("Supplier ATP seating assessment, with OT present", "Ann Cole, OTR/L") == "met"
    assert _whc008("PT seating evaluation; supplier ATP present for the trial") == "met"


def _text(text: str) -> Note:
    return Note("DocumentReference/r", None, (), "current", lambda: text)


def test_only_the_opening_names_the_supplier():
    therapist = frozenset(ROLES["therapist"])
    mention = _text("Seating eval.\nSupplier ATP assessment to follow.")
    assert not by_supplier_only(mention, ["therapist"], set(), therapist)
    own = _text("Mobility vendor seating evaluation: 18 in seat.")
    assert by_supplier_only(own, ["therapist"], set(), therapist)
    assert not by_supplier_only(own, ["supplier"], set(), frozenset(ROLES["supplier"]))
