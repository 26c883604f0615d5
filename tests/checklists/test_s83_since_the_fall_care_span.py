"""A drug "since the fall" in a shoulder arthroplasty request (brief s83-tables).

NL/tsa-01's note: "Did PT late Sept to mid Nov (12 visits), meloxicam since the fall, CSI 9/15
and 12/8": the meloxicam ran from the autumn to the note, five months of care (TSA-002 needs
three). The same note telling a fall had in a sentence of its own ("Fell on ice 12/20/25.")
makes "the fall" that one: each care's own words (care_parts.py) no longer read the autumn.
"""

from __future__ import annotations

import base64
import copy
import json
from datetime import date
from pathlib import Path

from smartapp.scoring.report import score_bundle

CASE = Path(__file__).resolve().parents[1] / "accuracy" / "cases" / "NL" / "tsa-01.json"


def _tsa002(bundle: dict, case: dict) -> dict:
    report = score_bundle(bundle, service=case["service"], as_of=date.fromisoformat(case["as_of"]))
    return next(item for item in report["items"] if item["id"] == "TSA-002")


def _with_words(bundle: dict, old: str, new: str) -> dict:
    out = copy.deepcopy(bundle)
    for entry in out["entry"]:
        resource = entry["resource"]
        if resource["resourceType"] == "DocumentReference":
            attachment = resource["content"][0]["attachment"]
            text = base64.b64decode(attachment["data"]).decode("utf-8")
            assert old in text
            attachment["data"] = base64.b64encode(text.replace(old, new).encode()).decode()
    return out


def test_meloxicam_since_the_fall_runs_from_the_autumn() -> None:
    case = json.loads(CASE.read_text(encoding="utf-8"))
    assert _tsa002(case["bundle"], case)["status"] == "met"


def test_a_fall_told_in_the_note_keeps_the_tumble() -> None:
    case = json.loads(CASE.read_text(encoding="utf-8"))
    bundle = _with_words(
        case["bundle"], "Did PT late Sept", "Fell on ice 12/20/25. Did PT late Sept"
    )
    assert _tsa002(bundle, case)["status"] != "met"
