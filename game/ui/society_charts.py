"""The society view's four measures over time: one small line chart each, with axes, side by
side, each titled with the measure's name over its latest value (one per society in the
experiment, in the legend's order; the two societies' lines differ by marker shape as well as
colour).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from game.engine.society import Measures
from game.ui.charts import Series, draw_legend, draw_line_chart
from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line
from game.ui.theme import Theme

CHART_GAP_PX = 14  # between neighbouring charts
TITLE_GAP_PX = 2  # between a chart's title and its plot
MIN_PLOT_PX = 40  # a chart shorter than this is not drawn
MARKERS_PER_LINE = 5  # shape markers along each line (besides the last point)


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


class CachedCharts:
    """The charts drawn once per week into a picture, then blitted (they change only when a
    week completes or the view is rebuilt)."""

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.picture: pygame.Surface | None = None

    def draw(self, surface: pygame.Surface, rect: pygame.Rect,
             histories: Sequence[Sequence[Measures]], labels: Sequence[str],
             t: Callable[..., str], theme: Theme, fonts: FontBook) -> None:
        key = (tuple(rect), tuple(labels), tuple(h[-1] for h in histories),
               tuple(len(h) for h in histories), id(theme))
        if key != self.key or self.picture is None:
            self.picture = pygame.Surface(rect.size)
            self.picture.fill(theme.palette.background)
            draw_measure_charts(self.picture, self.picture.get_rect(), histories, labels, t,
                                theme, fonts)
            self.key = key
        surface.blit(self.picture, rect)


def draw_measure_charts(surface: pygame.Surface, rect: pygame.Rect,
                        histories: Sequence[Sequence[Measures]], labels: Sequence[str],
                        t: Callable[..., str], theme: Theme, fonts: FontBook) -> None:
    """The four charts across `rect`; `labels` name the societies (a legend is drawn above
    the charts when there is more than one)."""
    small = theme.fonts.small
    line_h = fonts.line_height(small)
    area = pygame.Rect(rect)
    if len(histories) > 1:
        legend = draw_legend(surface, area, [Series(label, ()) for label in labels], theme,
                             fonts)
        area.top, area.height = legend.bottom + TITLE_GAP_PX, rect.bottom - legend.bottom
    width = (area.width - CHART_GAP_PX * (len(CHARTS) - 1)) // len(CHARTS)
    x_labels = [t("ui.society.week_short", week=m.tick) for m in histories[0]]
    for index, chart in enumerate(CHARTS):
        cell = pygame.Rect(area.left + index * (width + CHART_GAP_PX), area.top, width,
                           area.height)
        latest = " · ".join(chart.text_format.format(chart.value(h[-1]) * chart.scale)
                            for h in histories)
        for row, (text, bold) in enumerate(((t(f"ui.society.{chart.key}_name"), True),
                                            (latest, False))):
            draw_fitted_line(surface, text, pygame.Rect(cell.left, cell.top + row * line_h,
                                                        cell.width, line_h),
                             fonts, size=small, min_size=small - 6, color=theme.palette.text,
                             bold=bold)
        plot = pygame.Rect(cell.left, cell.top + 2 * line_h + TITLE_GAP_PX, cell.width,
                           cell.height - 2 * line_h - TITLE_GAP_PX)
        if plot.height < MIN_PLOT_PX:
            continue
        series = [Series(label, [chart.value(m) * chart.scale for m in history])
                  for label, history in zip(labels, histories, strict=True)]
        draw_line_chart(surface, plot, series, theme, fonts, x_labels=x_labels,
                        y_min=chart.y_min, y_max=chart.y_max, value_format=chart.text_format,
                        show_legend=False, marker_stride=max(1, len(x_labels) // MARKERS_PER_LINE))
