"""Self-directed care found by blind wave 13 (AO/lmri-02, AQ/spine-02): care the patient chose
alone is no provider-directed conservative care (LCD L39240 / CareSource's "physician-directed"
trial), however far in the clause the words saying so stand from the drug's name; a clinician
who directed it makes it directed care again. Each test names the class of record scored wrong.
"""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _self_directed(text: str) -> dict[str, bool]:
    """Each conservative-care finding's text -> whether it is marked self-directed."""
    found = find_findings([NoteInput("D/1", text)])
    return {f.text: f.self_directed for f in found if f.category == "conservative-treatment"}


def test_a_drug_taken_on_the_patient_s_own_is_self_directed_past_its_dose():
    # The dose sits between the drug and the words that say who chose it.
    for text in (
        "Has been taking ibuprofen 400-600 mg OTC on his own a few times a week and doing "
        "stretches from YouTube videos.",
        "Takes naproxen 220 mg twice a day on her own since January.",
        "Self-treating with ibuprofen 800 mg three times a day and a heating pad.",
        "Tried meloxicam 15 mg left over from her husband's prescription without seeing anyone.",
        "Using ibuprofen 600 mg most days, bought over the counter, never saw a doctor for it.",
        "Home remedies so far: ice, Epsom salt baths and ibuprofen 400 mg.",
        "Tried stretches online and ibuprofen 400 mg for two weeks.",
    ):
        found = _self_directed(text)
        assert found and all(found.values()), text


def test_care_a_clinician_directed_or_in_another_clause_is_not_self_directed():
    # "OTC" says where it was bought, not who chose it, when a clinician advised it.
    assert not any(_self_directed("OTC naproxen 500 mg BID per Dr. Alvarez since 1/5.").values())
    assert not any(
        _self_directed("Advised OTC ibuprofen 600 mg TID with food, taking it.").values()
    )
    assert not any(
        _self_directed("Naproxen 500 mg BID as directed by PCP, uses it OTC strength.").values()
    )
    # A therapist seen over video is still a therapist.
    assert not any(_self_directed("Online PT sessions with Lakeside Rehab x 8 wks.").values())
    # Care done under a therapist, then a gym the patient joined: the PT stays directed.
    found = _self_directed(
        "PT x 8 wks in spring 2025 and continues a gym program 3x/wk on his own (stationary bike)."
    )
    assert found["PT"] is False
    found = _self_directed(
        "Completed physical therapy 12 visits 10/2025-12/2025, and takes ibuprofen 200 mg on his "
        "own some days."
    )
    assert found["physical therapy"] is False and found["ibuprofen"] is True
    # Stopping a prescribed drug on his own does not make taking it self-directed.
    found = _self_directed("Naproxen 500 mg BID started 1/5, stopped it on his own around 2/1.")
    assert found["Naproxen"] is False


def test_months_of_otc_ibuprofen_on_his_own_start_no_directed_episode():
    # AQ/spine-02's shape: months of OTC ibuprofen "on his own", then eight weeks of prescribed
    # care. The fusion's three months count from the first directed care.
    pcp = _note(
        "n1",
        "2026-02-20",
        "S: LBP radiating to the L leg since October. Has been taking ibuprofen 600-800 mg OTC "
        "on his own most days since Oct and doing stretches he found on YouTube.",
    )
    pt = _note("n2", "2026-02-25", "PT DISCHARGE. Visits: 8 (1/8/26 - 2/25/26). Minimal benefit.")
    # Alone, the ibuprofen "since Oct" would fill the 90-day window.
    bundle = record("72148", pcp, pt)
    assert status(bundle, "LMRI-003")["status"] == "met"  # 48 days of PT: six weeks
    only_self = record("72148", pcp)
    assert status(only_self, "LMRI-003")["status"] != "met"
