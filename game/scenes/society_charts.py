"""What the society view charts: its four measures over the weeks, as plain values for the
UI's chart row (`game.ui.chart_row`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from game.engine import Measures
from game.ui.chart_row import SmallChart


@dataclass(frozen=True)
class MeasureChart:
    """How one measure is charted."""

    key: str  # string key under ui.society: "{key}_name"
    value: Callable[[Measures], float]
    scale: float  # value shown = measure * scale
    text_format: str  # for the title and the y axis
    y_min: float | None  # None: from the data
    y_max: float | None


CHARTS = (
    MeasureChart("isolated", lambda m: m.isolated_share, 100, "{:.0f}%", 0, None),
    MeasureChart("alike", lambda m: m.assortativity, 1, "{:+.2f}", None, None),
    MeasureChart("low_alone", lambda m: m.low_without_high_share, 100, "{:.0f}%", 0, 100),
    MeasureChart("gini", lambda m: m.perk_gini, 1, "{:.2f}", 0, None),
)


def measure_charts(histories: Sequence[Sequence[Measures]],
                   t: Callable[..., str]) -> list[SmallChart]:
    """One chart per measure, a line per society's history."""
    return [SmallChart(t(f"ui.society.{chart.key}_name"),
                       tuple(tuple(chart.value(m) * chart.scale for m in history)
                             for history in histories),
                       chart.text_format, chart.y_min, chart.y_max)
            for chart in CHARTS]


def week_labels(histories: Sequence[Sequence[Measures]], t: Callable[..., str]) -> list[str]:
    """The x axis: the week of each measurement."""
    return [t("ui.society.week_short", week=m.tick) for m in histories[0]]


def charts_key(histories: Sequence[Sequence[Measures]]) -> tuple:
    """What changes when the charts must be redrawn: a week completed or the view reset."""
    return tuple(history[-1] for history in histories), tuple(map(len, histories))
