"""The denial lens on its own, packet details (review types, no category, billed modifiers) and
``smartapp appeal`` end to end (JSON and PDF, one-line errors with exit 2)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from smartapp.appeals import Denial
from smartapp.appeals.lens import denial_lens
from smartapp.appeals.packet import build_packet, split_billed_code
from smartapp.cli import main
from smartapp.errors import InputError
from smartapp.scoring import score_bundle

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
GAPPED = SCENARIOS / "lmri-gapped.json"
AS_OF = date(2026, 11, 22)


@pytest.fixture(scope="module")
def gapped() -> tuple[dict, dict]:
    bundle = json.loads(GAPPED.read_text())
    return bundle, score_bundle(bundle, as_of=AS_OF)


def test_lens_other_category_and_bad_category(gapped) -> None:
    _, report = gapped
    other = denial_lens(report, "other")
    required = [i for i in report["items"] if i["required"]]
    assert len(other.still_open) + len(other.now_met) == len(required)
    with pytest.raises(InputError, match="category must be one of"):
        denial_lens(report, "coding")
    notes = denial_lens(report, "missing-clinical-notes")
    assert [i.id for i in notes.still_open] == ["LMRI-004"]
    assert [i.id for i in notes.now_met] == ["CSU-006"]
    assert "1 of 2 required items" in notes.summary


def test_packet_review_types_and_reuse_of_a_report(gapped) -> None:
    bundle, report = gapped
    base = {"denial_date": "2026-11-20", "plan_type": "medicaid", "state": "OH",
            "category": "missing-clinical-notes"}  # fmt: skip
    post = build_packet(bundle, Denial.from_dict({**base, "review": "post-service"}),
                        as_of=AS_OF, report=report)  # fmt: skip
    ids = [e["id"] for e in post["documentation_checklist"]]
    assert "remittance-advice" in ids and "member-consent" not in ids
    pre = build_packet(bundle, Denial.from_dict(base), as_of=AS_OF, report=report,
                       include_note_text=False)  # fmt: skip
    ids = [e["id"] for e in pre["documentation_checklist"]]
    assert "member-consent" in ids and "remittance-advice" not in ids
    assert all("text" not in a for a in pre["attachments"])
    assert pre["report"] is report


def test_packet_needs_a_category(gapped) -> None:
    bundle, report = gapped
    denial = Denial.from_dict({"denial_date": "2026-11-20", "plan_type": "medicaid",
                               "state": "OH", "codes": "CO-50 CO-11"})  # fmt: skip
    with pytest.raises(InputError, match="several categories"):
        build_packet(bundle, denial, as_of=AS_OF, report=report)


def test_split_billed_code() -> None:
    assert split_billed_code("27447-RT") == ("27447", ("RT",))
    assert split_billed_code(" 73721 lt ") == ("73721", ("LT",))
    assert split_billed_code(None) == (None, ())
    with pytest.raises(InputError, match="not a modifier"):
        split_billed_code("27447-RIGHT")


def _denial_file(tmp_path: Path, **fields) -> Path:
    data = {"denial_date": "2026-11-20", "plan_type": "medicaid", "state": "OH",
            "codes": "CO-50", **fields}  # fmt: skip
    path = tmp_path / "denial.json"
    path.write_text(json.dumps(data))
    return path


def test_cli_json(tmp_path, capsys) -> None:
    denial = _denial_file(tmp_path)
    code = main(["appeal", "--bundle", str(GAPPED), "--denial", str(denial), "--as-of",
                 "2026-11-22"])  # fmt: skip
    assert code == 0
    packet = json.loads(capsys.readouterr().out)
    assert packet["category"] == "medical-necessity"
    assert packet["deadlines"]["next"]["due"] == "2026-11-30"


def test_cli_pdf(tmp_path) -> None:
    out = tmp_path / "packet.pdf"
    denial = str(_denial_file(tmp_path))
    code = main(["appeal", "--bundle", str(GAPPED), "--denial", denial, "--as-of", "2026-11-22",
                 "--format", "pdf", "--out", str(out), "--no-p2p"])  # fmt: skip
    assert code == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    first = reader.pages[0].extract_text()
    assert first.startswith("Derek Halloran, born 1988-07-02")  # every page's running head
    assert "Letter of medical necessity" in first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "pdf"], "--format pdf needs --out FILE"),
        (["--as-of", "tomorrow"], "is not a date"),
    ],
)
def test_cli_errors_are_one_line(tmp_path, capsys, args, message) -> None:
    code = main(["appeal", "--bundle", str(GAPPED), "--denial", str(_denial_file(tmp_path)),
                 *args])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1


def test_cli_bad_denial_files(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert main(["appeal", "--bundle", str(GAPPED), "--denial", str(bad)]) == 2
    assert "not a JSON file" in capsys.readouterr().err
    wrong = _denial_file(tmp_path, plan_type="ppo")
    assert main(["appeal", "--bundle", str(GAPPED), "--denial", str(wrong)]) == 2
    assert "plan_type must be one of" in capsys.readouterr().err
    missing = tmp_path / "missing.json"
    assert main(["appeal", "--bundle", str(GAPPED), "--denial", str(missing)]) == 2
    assert "no such file" in capsys.readouterr().err
