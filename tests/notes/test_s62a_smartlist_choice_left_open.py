"""An Epic SmartList whose choice was never made documents nothing (blind wave 62,
IA/genetic-testing-03): 'Pretest genetic counseling: {Blank single:19197::"yes","no"}' offers
both answers and picks neither, as '{Yes/No:19197}' with no value does. The counseling, the ECG
or the home that such a field names is not documented by it; one value chosen, or the same fact
written out, still is. Every reader of unfilled fields (placeholders.PLACEHOLDER) reads it so."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.blank_fields import blank_field
from smartapp.notes import NoteInput, find_findings
from smartapp.notes.placeholders import PLACEHOLDER


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/g1", text, dt.date(2026, 8, 19))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        'P: BRCA testing today.\n- Pretest genetic counseling: {Blank single:19197::"yes","no"}',
        'Genetic counseling completed: {YES/NO:304000012}',
        'Pre-test counseling - {Blank single:19197::"done","declined","not done"}',
        'Genetic counseling prior to testing: {Desc; Yes/No/NA:20125::"Yes", "No", "N/A"}',
        'Pretest genetic counseling: \\{Blank single:19197::"yes","no"\\}\\par',
        "Seen by genetic counselor: {Genetic counselor seen:31150}",
        "P: panel sent.\nGenetic counseling done? {Blank single:19197::\"yes\",\"no\"}",
        'Pretest genetic counseling: {Blank single:19197::"***"}',
    ],
)
def test_a_choice_left_open_is_no_counseling(text: str) -> None:
    assert not _asserted(text, "genetic-counseling")


@pytest.mark.parametrize(
    "text",
    [
        'Pretest genetic counseling: {Blank single:19197::"yes - with GC 8/1/26"}',
        "Pretest genetic counseling: yes, with genetic counselor 8/1/26.",
        "Genetic counseling completed 8/1/26 (risks, benefits, limits discussed).",
        "Genetic counseling completed 8/1/26; topics {Blank multiple:19196::\"risks\",\"limits\"}.",
    ],
)
def test_a_choice_made_or_written_out_is_the_counseling(text: str) -> None:
    assert _asserted(text, "genetic-counseling")


def test_an_unchosen_ecg_field_is_no_ecg() -> None:
    assert not _asserted("Chest pressure.\nEKG: {Blank single:40411::\"NSR\",\"LBBB\"}", "ecg")
    assert not _asserted("Chest pressure.\nEKG: {ECG findings:40412}", "ecg")


@pytest.mark.parametrize(
    "text",
    ["p {margin:10px}", "Ratio {1:2}", "Ref {see note:12}", 'Result: {Blank single:4041::"neg"}'],
)
def test_braces_that_are_no_open_smartlist(text: str) -> None:
    assert not PLACEHOLDER.search(text)


def test_a_field_named_by_a_checklist_left_to_an_open_smartlist_is_blank() -> None:
    field = blank_field(["home access"])
    assert field.search('Home accessibility: {Blank single:19197::"adequate","inadequate"}')
    assert not field.search('Home accessibility: {Blank single:19197::"adequate, 36 in doors"}')
