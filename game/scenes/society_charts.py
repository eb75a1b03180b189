"""What the society view charts: its four measures over the weeks, as plain values for the
UI's chart row (`game.ui.chart_row`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from game.engine import Measures
from game.ui.chart_row import SmallChart
from game.ui.charts import readable_range


@dataclass(frozen=True)
class MeasureChart:
    """How one measure is charted."""

    key: str  # string key under ui.society: "{key}_name"
    value: Callable[[Measures], float]
    scale: float  # value shown = measure * scale
    text_format: str  # for the title and the y axis
    floor: float  # the lowest value the measure can take (shown scale)
    ceiling: float  # the highest
    min_span: float  # the y axis spans at least this much (shown scale)


CHARTS = (
    MeasureChart("isolated", lambda m: m.isolated_share, 100, "{:.0f}%", 0, 100, 20),
    MeasureChart("alike", lambda m: m.assortativity, 1, "{:+.2f}", -1, 1, 0.4),
    MeasureChart("low_alone", lambda m: m.low_without_high_share, 100, "{:.0f}%", 0, 100, 20),
    MeasureChart("gini", lambda m: m.perk_gini, 1, "{:.2f}", 0, 1, 0.2),
)


def measure_charts(histories: Sequence[Sequence[Measures]],
                   t: Callable[..., str]) -> list[SmallChart]:
    """One chart per measure, a line per society's history, every line on one y range
    (`readable_range`: around all of them, never a spike from a narrow range)."""
    charts = []
    for chart in CHARTS:
        series = tuple(tuple(chart.value(m) * chart.scale for m in history)
                       for history in histories)
        low, high = readable_range([value for line in series for value in line], chart.floor,
                                   chart.ceiling, chart.min_span)
        charts.append(SmallChart(t(f"ui.society.{chart.key}_name"), series, chart.text_format,
                                 low, high))
    return charts


def week_labels(histories: Sequence[Sequence[Measures]], t: Callable[..., str]) -> list[str]:
    """The x axis: the week of each measurement."""
    return [t("ui.society.week_short", week=m.tick) for m in histories[0]]


def charts_key(histories: Sequence[Sequence[Measures]]) -> tuple:
    """What changes when the charts must be redrawn: a week completed or the view reset."""
    return tuple(history[-1] for history in histories), tuple(map(len, histories))
