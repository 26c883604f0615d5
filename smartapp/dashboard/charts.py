"""Bar charts drawn on the server: numbers in, SVG geometry out (templates/dashboard/_chart.html
draws it). No script and no inline style (the CSP forbids both): sizes are SVG attributes, colours
CSS classes, and every chart carries its numbers as a table for people who cannot see it.

Every chart is a set of horizontal bars, one per row (a status, a month, a service's element),
each split into segments by series (readiness state, denial category …). A row's label sits above
its bar so long names never squeeze the bars; the total is written at the bar's end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

#: The SVG's user units: the chart scales to its box, text with it.
WIDTH = 640
LABEL_HEIGHT = 18
BAR_HEIGHT = 18
ROW_HEIGHT = 46
TOTAL_ROOM = 56  # right of the longest bar, for its total
MAX_LABEL = 70


@dataclass(frozen=True)
class Series:
    """One kind of segment: its key, its words (legend and table column), its CSS class."""

    key: str
    label: str
    css: str


@dataclass(frozen=True)
class Segment:
    series: Series
    value: int
    x: float
    width: float


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[int, ...]  # per series, in the chart's series order (the table's cells)
    total: int
    segments: tuple[Segment, ...]
    y: float
    href: str | None = None

    @property
    def end(self) -> float:
        """Where the bar ends (the total is written just after)."""
        return self.segments[-1].x + self.segments[-1].width if self.segments else 0.0


@dataclass(frozen=True)
class Chart:
    """A chart ready to draw: title (the figure's caption), what one bar counts, the series,
    the bars with their geometry; ``empty`` says why there is nothing to draw."""

    id: str
    title: str
    unit: str
    row_header: str
    series: tuple[Series, ...]
    bars: tuple[Bar, ...]
    empty: str = "Nothing to show for these filters."
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def bar_height(self) -> int:
        return BAR_HEIGHT

    @property
    def height(self) -> int:
        return len(self.bars) * ROW_HEIGHT + 4

    @property
    def width(self) -> int:
        return WIDTH

    @property
    def total(self) -> int:
        return sum(bar.total for bar in self.bars)

    @property
    def summary(self) -> str:
        """The chart in one sentence (the SVG's accessible description)."""
        parts = [f"{bar.label}: {bar.total}" for bar in self.bars[:8]]
        more = len(self.bars) - 8
        return "; ".join(parts) + (f"; and {more} more rows" if more > 0 else "") + "."


def short(text: str, limit: int = MAX_LABEL) -> str:
    """``text`` cut at a word boundary with an ellipsis when longer than ``limit``."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-(")
    return cut + "…"


def stacked(
    chart_id: str,
    title: str,
    *,
    unit: str,
    row_header: str,
    series: Iterable[Series],
    rows: Iterable[tuple[str, Mapping[str, int]] | tuple[str, Mapping[str, int], str | None]],
    empty: str = "Nothing to show for these filters.",
    notes: Iterable[str] = (),
    keep_empty: bool = False,
) -> Chart:
    """Lay out ``rows`` — (label, {series key: count}[, link]) — as stacked bars on one scale.

    Rows whose counts are all zero are dropped unless ``keep_empty`` (a fixed scale, such as the
    workflow's statuses, reads better whole) or the chart is empty; series with no count in any
    row are left out of the legend and the table (a legend entry for nothing is noise)."""
    wanted = tuple(series)
    table = [(row[0], row[1], row[2] if len(row) > 2 else None) for row in rows]  # type: ignore[misc]
    counted = [row for row in table if sum(row[1].get(s.key, 0) for s in wanted) > 0]
    table = table if keep_empty and counted else counted
    used = tuple(s for s in wanted if any(counts.get(s.key, 0) for _, counts, _ in table))
    widest = max((sum(counts.get(s.key, 0) for s in used) for _, counts, _ in table), default=0)
    scale = (WIDTH - TOTAL_ROOM) / widest if widest else 0.0
    bars = []
    for index, (label, counts, href) in enumerate(table):
        values = tuple(int(counts.get(s.key, 0)) for s in used)
        x, segments = 0.0, []
        for kind, value in zip(used, values, strict=True):
            if value:
                segments.append(Segment(kind, value, round(x, 2), round(value * scale, 2)))
                x += value * scale
        y = index * ROW_HEIGHT + LABEL_HEIGHT + 4
        bars.append(Bar(short(label), values, sum(values), tuple(segments), y, href))
    return Chart(chart_id, title, unit, row_header, used, tuple(bars), empty, tuple(notes))
