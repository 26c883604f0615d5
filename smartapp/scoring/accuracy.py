"""Score a labelled evaluation corpus: recall and precision of the "missing" judgement per element.

A case (tests/accuracy/README.md) is one patient Bundle, the service, an ``as_of`` date and, per
documentation element, the label its blind author gave: ``ok`` or ``missing``. The report is
scored exactly as a user would run it (``smartapp score --service … --as-of …``); an element
counts as *flagged* when any **required** item naming it is ``missing`` or ``partial`` — the rule
the held-out set is scored by. Flagged + labelled missing is a true positive, flagged + labelled ok
a false alarm ("false missing"), not flagged + labelled missing a false "met".

A label is never changed (tests/accuracy/README.md, "The one rule"). When a checklist change means
an element is no longer *required* for a case (CMS dropped the requirement), the label is not
wrong — the requirement changed: such labels are listed in ``requirement-changes.yaml`` and
reported apart as "requirement changed, not scored", with the reason, never as tp/fn/fp.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ..checklists import load_catalog
from ..errors import SmartAppError
from .report import score_bundle

FLAGGED = ("missing", "partial")


@dataclass
class Tally:
    """Confusion counts for the 'missing' judgement."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, labelled_missing: bool, flagged: bool) -> None:
        """Count one (label, judgement) pair."""
        if labelled_missing and flagged:
            self.tp += 1
        elif flagged:
            self.fp += 1
        elif labelled_missing:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def recall(self) -> float:
        """Share of real gaps flagged (1.0 when there are none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        """Share of flags that are real gaps (1.0 when nothing was flagged)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0


@dataclass
class Mistake:
    """One wrong judgement, with what the report said."""

    case: str
    element: str
    kind: str  # "false missing" | "false met"
    why_label: str
    items: list[dict[str, Any]]


@dataclass(frozen=True)
class RequirementChange:
    """A requirement a checklist dropped: labels on it are reported apart, not scored."""

    checklist: str
    element: str
    from_version: str
    reason: str
    source: str
    codes: tuple[str, ...] = ()  # only cases ordering these codes; empty = every case
    # Only these cases (relative names): for a change that reaches some labels of an element
    # only (a window the payer never stated, cited by these labels' own reasons).
    cases: tuple[str, ...] = ()

    def covers(self, name: str, case: dict[str, Any], versions: dict[str, str]) -> bool:
        """True for a label of this checklist and element, once the checklist has the change."""
        current = versions.get(self.checklist)
        return (
            case["checklist"] == self.checklist
            and current is not None
            and _version(current) >= _version(self.from_version)
            and (not self.codes or case["service"] in self.codes)
            and (not self.cases or name in self.cases)
        )


#: Why a label on an element that no required item of the checklist names is not scored.
ADVISORY_ONLY = "no required item names this element: the checklist only advises on it"


@dataclass
class NotScored:
    """One label left out of the figures: its requirement changed, or no required item names it."""

    case: str
    element: str
    label: str
    reason: str


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def load_requirement_changes(path: Path) -> list[RequirementChange]:
    """The entries of ``requirement-changes.yaml`` (none when the file does not exist)."""
    if not path.exists():
        return []
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [
        RequirementChange(
            checklist=e["checklist"],
            element=e["element"],
            from_version=str(e["from_version"]),
            reason=e["reason"],
            source=e["source"],
            codes=tuple(str(c) for c in e.get("codes", ())),
            cases=tuple(str(c) for c in e.get("cases", ())),
        )
        for e in entries
    ]


@dataclass
class Evaluation:
    """Figures over a corpus: overall, per element, per checklist; every mistake; case errors."""

    overall: Tally = field(default_factory=Tally)
    by_element: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_checklist: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    mistakes: list[Mistake] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    not_scored: list[NotScored] = field(default_factory=list)
    cases: int = 0


def load_cases(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """(relative name, case) for every ``*.json`` case under ``folder``, sorted by name."""
    return [
        (str(path.relative_to(folder)), json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(folder.rglob("*.json"))
    ]


def flagged_elements(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """element → the required items naming it, for elements with a required missing/partial item."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in report["items"]:
        if item["required"] and item["status"] in FLAGGED:
            out[item["element"]].append(item)
    return out


def evaluate_case(
    name: str,
    case: dict[str, Any],
    result: Evaluation,
    changes: Sequence[RequirementChange] = (),
    versions: dict[str, str] | None = None,
) -> None:
    """Score one case and add its labelled elements to ``result``; a label whose requirement
    changed (``changes``, judged against the checklists' current ``versions``) goes to
    ``result.not_scored`` instead."""
    try:
        report = score_bundle(
            case["bundle"], service=case["service"], as_of=date.fromisoformat(case["as_of"])
        )
    except SmartAppError as error:
        result.errors.append((name, str(error)))
        return
    result.cases += 1
    flagged = flagged_elements(report)
    for element, label in sorted(case["labels"].items()):
        versions = versions or {}
        covering = (c for c in changes if c.element == element and c.covers(name, case, versions))
        change = next(covering, None)
        if change is not None:
            result.not_scored.append(NotScored(name, element, label["label"], change.reason))
            continue
        if not any(i["element"] == element and i["required"] for i in report["items"]):
            # Only advisory items name it ("red flags": none is no gap to fix), so no report can
            # flag it whatever the notes say: a label on it measures nothing.
            result.not_scored.append(NotScored(name, element, label["label"], ADVISORY_ONLY))
            continue
        missing = label["label"] == "missing"
        is_flagged = element in flagged
        for tally in (result.overall, result.by_element[element],
                      result.by_checklist[case["checklist"]]):  # fmt: skip
            tally.add(missing, is_flagged)
        if missing != is_flagged:
            items = flagged.get(element) or [i for i in report["items"] if i["element"] == element]
            kind = "false missing" if is_flagged else "false met"
            result.mistakes.append(Mistake(name, element, kind, label.get("why", ""), items))


def evaluate_corpus(
    cases: list[tuple[str, dict[str, Any]]], changes: Sequence[RequirementChange] = ()
) -> Evaluation:
    """Evaluate every case; labels covered by ``changes`` are reported apart, not scored."""
    versions = {c.id: c.version for c in load_catalog().checklists.values()} if changes else {}
    result = Evaluation()
    for name, case in cases:
        evaluate_case(name, case, result, changes, versions)
    return result
