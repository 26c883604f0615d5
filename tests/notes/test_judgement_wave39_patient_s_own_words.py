"""Care the patient chose alone, told in the patient's own words (blind wave 39, ER/lmri-03).

A portal message quoted in the chart said the patient went to a chiropractor "on my own" and took
Advil: ConText knew "on his own" and "on her own" but not the first person, and a store brand in
the patient's own words names no clinician's trial. A clinician's plan that names the same brand,
or a patient who says a doctor told them to take it, is still directed care.
"""

from __future__ import annotations

from smartapp.notes import NoteInput, find_findings


def _self_directed(text: str) -> dict[str, bool]:
    """Each conservative-care finding's text -> whether it is marked self-directed."""
    found = find_findings([NoteInput("m/1", text)])
    return {f.text: f.self_directed for f in found if f.category == "conservative-treatment"}


def test_care_on_my_own_is_self_directed():
    text = 'Portal message: "I have been seeing a chiropractor on my own twice a week since April."'
    assert _self_directed(text) == {"chiropractor": True}


def test_a_store_brand_in_the_patient_s_own_words_is_self_directed():
    text = 'Pt writes: "neck still sore, I take Aleve most days and it barely helps."'
    assert _self_directed(text) == {"Aleve": True}
    text = 'Pt writes: "sore since July, doing PT and taking advil, no better."'
    assert _self_directed(text) == {"PT": False, "advil": True}


def test_a_brand_a_clinician_wrote_or_directed_is_not():
    assert _self_directed("Meds: Aleve 220 mg 2 tabs BID since 8/1, partial relief.") == {
        "Aleve": False
    }
    text = 'Pt writes: "my doctor told me to take Aleve twice a day, not helping."'
    assert _self_directed(text) == {"Aleve": False}
    text = 'Pt writes: "been taking the ibuprofen 800 every day since August."'
    assert _self_directed(text) == {"ibuprofen": False}
