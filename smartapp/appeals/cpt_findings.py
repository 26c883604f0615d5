"""Result types of the incorrect-CPT lens: findings (with suggested code or modifier, reason and
evidence) and the lens's answer for one code; plus the words used for attribute values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

COMPARED = ("modality", "region", "contrast", "variant")
SIDE_MODIFIER = {"right": "RT", "left": "LT", "bilateral": "50"}
LABELS = {
    "mri": "MRI",
    "ct": "CT",
    "without": "without contrast",
    "with": "with contrast",
    "with-and-without": "with and without contrast",
    "unicompartmental": "unicompartmental (partial)",
}


def label(value: str | None) -> str:
    """Words for an attribute value (``with-and-without`` → "with and without contrast")."""
    return LABELS.get(value or "", (value or "").replace("-", " "))


@dataclass(frozen=True)
class CptFinding:
    """One mismatch or warning, with the evidence and (when clear) the code or modifier to use."""

    kind: str  # pairing | side | modality | region | contrast | variant | unlisted | unknown-code
    severity: str  # mismatch | missing | info
    message: str
    evidence: tuple[dict[str, str], ...] = ()
    suggested_code: str | None = None
    suggested_modifier: str | None = None
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "evidence": [dict(e) for e in self.evidence],
            "suggested_code": self.suggested_code,
            "suggested_modifier": self.suggested_modifier,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class CptLens:
    """The lens's answer for one requested code."""

    code: str
    modifiers: tuple[str, ...]
    attributes: dict[str, Any]
    findings: tuple[CptFinding, ...]
    checked: tuple[str, ...] = field(default_factory=tuple)

    @property
    def suggested_code(self) -> str | None:
        """The one code the findings agree on, if any."""
        codes = {f.suggested_code for f in self.findings if f.suggested_code}
        return codes.pop() if len(codes) == 1 else None

    @property
    def suggested_modifier(self) -> str | None:
        """The one side modifier the findings agree on, if any."""
        mods = {f.suggested_modifier for f in self.findings if f.suggested_modifier}
        return mods.pop() if len(mods) == 1 else None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (the ``cpt`` part of a packet)."""
        return {
            "code": self.code,
            "modifiers": list(self.modifiers),
            "attributes": dict(self.attributes),
            "findings": [f.as_dict() for f in self.findings],
            "suggested_code": self.suggested_code,
            "suggested_modifier": self.suggested_modifier,
            "checked": list(self.checked),
        }
