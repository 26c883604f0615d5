"""Pre-expanded code lists: exact codes, CPT/HCPCS ranges, ICD-10-CM prefixes (``M51.1*``).

Lists ship as data (anchors §b.6: value-set expansion at run time is a known failure point), so
matching is a set lookup plus a few range/prefix comparisons.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..evidence.codes import Code
from . import icd10


@dataclass(frozen=True)
class CodeList:
    """Codes per system alias, plus ranges (low, high) and ICD-10-CM prefixes."""

    name: str
    exact: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    ranges: tuple[tuple[str, str, str], ...] = ()
    prefixes: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_mapping(cls, name: str, mapping: Mapping[str, Iterable[str]]) -> CodeList:
        """Build from ``{system: [entries]}`` as written in YAML."""
        exact: set[tuple[str, str]] = set()
        ranges: list[tuple[str, str, str]] = []
        prefixes: list[tuple[str, str]] = []
        for system, entries in mapping.items():
            if system == "description":
                continue
            for entry in entries:
                entry = str(entry).strip()
                if system in ("cpt", "hcpcs") and "-" in entry:
                    low, high = entry.split("-", 1)
                    ranges.append((system, low, high))
                elif system == "icd10cm" and entry.endswith("*"):
                    prefixes.append((system, entry[:-1]))
                else:
                    exact.add((system, entry))
                    if system == "icd10cm" and _now_a_category(entry):
                        # Lists name the code they were written against: FY2026 split G35
                        # (MS) into G35.A-G35.D, FY2025 M51.37 into M51.370-M51.379. The
                        # entry still means its condition, so its children match.
                        prefixes.append((system, entry))
        return cls(name, frozenset(exact), tuple(ranges), tuple(prefixes))

    def entries(self) -> list[tuple[str, str]]:
        """Every (system, entry) as written, for validation."""
        out = sorted(self.exact)
        out += [(s, f"{lo}-{hi}") for s, lo, hi in self.ranges]
        out += [(s, f"{p}*") for s, p in self.prefixes]
        return out

    def contains(self, system: str, code: str) -> bool:
        """True when ``code`` of ``system`` is in the list."""
        if (system, code) in self.exact:
            return True
        for range_system, low, high in self.ranges:
            # Same-shape codes compare correctly as strings ("27440" ≤ "27447", "E0130" ≤ "E0149").
            if range_system == system and len(code) == len(low) and low <= code <= high:
                return True
        return any(s == system and code.startswith(p) for s, p in self.prefixes)

    def matches(self, codes: Iterable[Code]) -> bool:
        """True when any coding is in the list."""
        return any(self.contains(c.system, c.code) for c in codes)

    def systems(self) -> set[str]:
        """The systems the list has entries for."""
        return (
            {s for s, _ in self.exact}
            | {s for s, *_ in self.ranges}
            | {s for s, _ in self.prefixes}
        )


def _now_a_category(code: str) -> bool:
    """True when the ICD-10-CM table has ``code`` as a category (not a billable leaf)."""
    return icd10.exists(code) and not icd10.is_billable(code)
