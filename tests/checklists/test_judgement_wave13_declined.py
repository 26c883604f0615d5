"""Care declined or not tried, and a field answered by a denial (blind wave 13: AR/whc-03,
AQ/gen-02, AQ/gen-01). A walker the patient would not try says nothing of whether a walker
would do; a counselling referral the patient declined is no counselling; "Prior testing:
Patient has had no previous genetic testing" is no prior test. Each test names the class of
record scored wrong."""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept)


def test_a_walker_declined_or_never_tried_is_not_a_walker_that_failed():
    for text in (
        "Walker was offered, pt has not tried walker - declines, 'doesn't want to look old'.",
        "Rollator recommended; patient refuses to use it, cannot be persuaded.",
        "Cane offered at last visit - pt declined, does not want to use one.",
        "Has never tried a walker; says she doesn't need one.",
        "Manual wheelchair offered, patient declined - unable to say why.",
    ):
        assert not _asserted(text, "cane-walker-insufficient"), text
        assert not _asserted(text, "manual-chair-insufficient"), text
    # Tried and failed stays failed, however the refusal of something else is written.
    assert _asserted(
        "Fell twice with the rollator in May; declines PT.", "cane-walker-insufficient"
    )
    assert _asserted(
        "Walker trial in clinic: unable to advance it, unsafe, refused further walking.",
        "cane-walker-insufficient",
    )


def test_a_declined_walker_leaves_the_wheelchair_item_missing():
    note = _note(
        "n1",
        "2026-02-20",
        "Neurology f/u. PD x7 yrs, freezing of gait, 1 fall since Jan. Walker was offered, pt "
        "has not tried walker - declines, 'doesn't want to look old'.",
    )
    bundle = record("K0001", note, reason="G20.A1", order_type="DeviceRequest")
    assert status(bundle, "WHC-003")["status"] == "missing"


def test_a_field_answered_by_a_declined_or_denied_clause_is_not_the_thing_it_names():
    # "Genetic counseling: pt declined pre-test GC referral." (an order's note, AQ/gen-02)
    assert not _asserted("Genetic counseling: pt declined pre-test GC referral.",
                         "genetic-counseling")  # fmt: skip
    assert not _asserted("Genetic counseling: patient refused.", "genetic-counseling")
    assert not _asserted(
        "Prior testing: Patient has had no previous genetic testing.", "prior-germline-test"
    )
    assert not _asserted(
        "Previous germline testing: she has never had genetic testing.", "prior-germline-test"
    )
    assert not _asserted(
        "Prior genetic testing: pt has not had BRCA testing before.", "prior-germline-test"
    )
    # Near misses: the field answered by what was done.
    assert _asserted("Genetic counseling: completed 2/10 with LCGC, pedigree reviewed.",
                     "genetic-counseling")  # fmt: skip
    assert _asserted(
        "Prior testing: patient had BRCA1/2 testing in 2019 - negative.", "prior-germline-test"
    )


def test_a_declined_counselling_referral_leaves_pre_test_counselling_missing():
    note = _note("n1", "2026-02-20", "Family hx: mother ovarian ca at 58. Meets criteria.")
    order = {"note": [{"text": "Genetic counseling: pt declined pre-test GC referral. Post-test "
                               "GC if positive."}]}  # fmt: skip
    bundle = record("81432", note, reason="Z80.41", order=order)
    assert status(bundle, "GEN-002", service="81432")["status"] == "missing"
