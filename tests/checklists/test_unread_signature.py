"""The requester's contact found only in a note's signature: with that note unread, the contact
is "could not be checked", naming the note -- not "missing" (bench/unread.py: AX/occ-04)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import unread


def test_a_contact_in_an_unread_signature_is_not_missing():
    base, trial = unread.trial("AX/occ-04.json", "doc2")
    item = lambda report: next(i for i in report["items"] if i["id"] == "OCC-007")  # noqa: E731
    assert item(base)["status"] == "met"
    assert item(trial)["status"] == "unknown", item(trial)["searched"]
    assert "DocumentReference/doc2" in item(trial)["searched"]
