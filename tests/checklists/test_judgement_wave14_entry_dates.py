"""The date that labels an addendum is when it was written, not when what it says happened (blind
wave 14, AU/hya-04): "ADDENDUM 2/17/2026: Product changed from Durolane to Monovisc 88 mg single
IA injection L knee per payer formulary" changes the product of this request; read as dated 2/17
it was a viscosupplement given to the knee within 6 months, so the repeat-series rule (HYA-006)
read the request as too soon after a series. A date written in the statement's own words still
dates it ("Addendum: Durolane L knee given 1/5/2026")."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _hyaluronan(text: str) -> dict:
    return record("J7327", _note("n1", "2026-02-17", text), reason="M17.12")


def test_an_addendum_label_date_does_not_date_its_statement():
    for text in (
        "ADDENDUM 2/17/2026: Product changed from Durolane to Monovisc 88 mg single IA injection "
        "L knee per payer formulary. Remainder of plan unchanged.",
        "Addendum (02/17/26): Monovisc L knee substituted for Durolane per formulary.",
        "Late entry 2/17/2026 09:40 - Synvisc-One L knee requested instead of Durolane.",
    ):
        assert status(_hyaluronan(text), "HYA-006")["status"] != "missing", text


def test_a_series_dated_in_its_own_words_is_still_a_prior_series():
    for text in (
        "Addendum 2/17/2026: Durolane L knee given 1/5/2026, helped 2 months.",
        "Synvisc-One L knee 12/10/2025, good relief.",
    ):
        assert status(_hyaluronan(text), "HYA-006")["status"] == "missing", text
