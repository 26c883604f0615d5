"""CARC/RARC → denial category: the mapping file and the derivation rules."""

from __future__ import annotations

import pytest

from smartapp.appeals.eob_codes import CATEGORIES, category_from_codes, code_table, lookup


@pytest.mark.parametrize(
    ("typed", "category"),
    [
        ("CO-16 N29", "missing-clinical-notes"),
        ("252", "missing-clinical-notes"),
        ("CO-16 M127", "missing-clinical-notes"),
        ("CO-11", "incorrect-cpt"),
        ("co4 n822", "incorrect-cpt"),
        ("CO-16 M51", "incorrect-cpt"),  # the remark code says what CARC 16 is about
        ("CARC 16; RARC N56", "incorrect-cpt"),
        ("CO-50 N115", "medical-necessity"),  # N115 is informational
        ("CO-55", "medical-necessity"),
        ("CO-150, CO-151", "medical-necessity"),
        ("CO-197", "other"),
        ("CO-198 N130", "other"),
        ("OA-15", "other"),
        ("CO-39", "other"),  # denied when the authorization was requested
        ("OA-19", "other"),  # workers' compensation is primary
        ("CO-167", "incorrect-cpt"),
        ("CO-97", "incorrect-cpt"),  # bundling
        ("CO-234", "incorrect-cpt"),
        ("CO-236", "incorrect-cpt"),
        ("CO-16 CO-39", "other"),
    ],
)
def test_codes_give_the_category(typed: str, category: str) -> None:
    assert category_from_codes(typed).category == category


def test_carc_16_alone_is_no_missing_documentation_denial() -> None:
    # X12: CARC 16 is not used for missing attachments (that is 252); only its RARC says what.
    alone = category_from_codes("CO-16")
    assert alone.category is None and alone.candidates == ()
    assert "remark code (RARC)" in alone.message
    assert lookup("16").category is None and lookup("16").generic
    assert category_from_codes("CO-16 N706").category == "missing-clinical-notes"


def test_unknown_codes_are_reported_not_guessed() -> None:
    result = category_from_codes("CO-50 N9999 XYZ")
    assert result.category == "medical-necessity"
    assert result.unknown == ("N9999", "XYZ")
    assert "Not recognised: N9999, XYZ" in result.message
    only_unknown = category_from_codes("CO-999")
    assert only_unknown.category is None
    assert only_unknown.unknown == ("CO-999",)
    assert only_unknown.candidates == ()


def test_conflicting_codes_leave_the_category_open() -> None:
    result = category_from_codes("CO-50 CO-11")
    assert result.category is None
    assert result.candidates == ("incorrect-cpt", "medical-necessity")
    assert "several categories" in result.message


def test_empty_line_and_informational_only() -> None:
    assert category_from_codes("").category is None
    result = category_from_codes("N115")
    assert result.category is None
    assert [c.code for c in result.codes] == ["N115"]


def test_group_code_is_kept_and_kind_detected() -> None:
    meaning = lookup("PR-204")
    assert meaning is not None and meaning.group == "PR" and meaning.kind == "carc"
    assert lookup("MA130") is None  # well-formed but not in our table
    assert lookup("M127").kind == "rarc"


def test_mapping_file_is_cited_and_in_our_own_words() -> None:
    table = code_table()
    for kind in ("carc", "rarc"):
        assert table["sources"][kind]["url"].startswith("https://x12.org/codes/")
        for code, entry in table[kind].items():
            assert entry["category"] in (*CATEGORIES, None), code
            # Short summaries only: the official X12 descriptions are not reproduced.
            assert 10 < len(entry["description"]) <= 130, code
    brief = {"16": None, "252": "missing-clinical-notes", "39": "other", "19": "other",
             "167": "incorrect-cpt", "97": "incorrect-cpt", "234": "incorrect-cpt",
             "236": "incorrect-cpt",
             "11": "incorrect-cpt", "4": "incorrect-cpt", "50": "medical-necessity",
             "55": "medical-necessity", "56": "medical-necessity", "150": "medical-necessity",
             "151": "medical-necessity", "197": "other", "198": "other", "15": "other"}  # fmt: skip
    for code, category in brief.items():
        assert table["carc"][code]["category"] == category
    for code, category in {"N29": "missing-clinical-notes", "M127": "missing-clinical-notes",
                           "M51": "incorrect-cpt", "N56": "incorrect-cpt"}.items():  # fmt: skip
        assert table["rarc"][code]["category"] == category
