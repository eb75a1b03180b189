"""A row of small line charts with axes, side by side, each titled with its latest values
(one per series, in the legend's order; the series' lines differ by marker shape as well as
colour, and one covering another leaves it showing). Every chart of the row has the same x
axis (the same plot width, the same week labels). Plain values in: the caller says what is
charted, on what y range and how it is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from game.ui.charts import ChartLayout, Series, draw_legend, draw_line_chart, value_range
from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line
from game.ui.text_record import CapturedTexts
from game.ui.theme import Theme

CHART_GAP_PX = 14  # between neighbouring charts
TITLE_GAP_PX = 2  # between a chart's title and its plot
MIN_PLOT_PX = 40  # a chart shorter than this is not drawn
MARKERS_PER_LINE = 5  # shape markers along each line (besides the last point)


@dataclass(frozen=True)
class SmallChart:
    """One chart of the row: a title, a line per series, how values are written."""

    title: str
    series: tuple[tuple[float, ...], ...]  # one line per series, a value per x label
    text_format: str  # for the latest values and the y axis
    y_min: float | None  # None: from the data
    y_max: float | None


class CachedChartRow:
    """A chart row drawn into a picture, then blitted until its caller's `key` changes
    (charts that change once a week are not redrawn every frame)."""

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.picture: pygame.Surface | None = None
        self.texts = CapturedTexts(None)  # the picture's texts, for checks

    def draw(self, surface: pygame.Surface, rect: pygame.Rect, key: tuple,
             make_charts: Callable[[], Sequence[SmallChart]], series_labels: Sequence[str],
             x_labels: Callable[[], Sequence[str]], theme: Theme, fonts: FontBook) -> None:
        """Blit the row; `make_charts` and `x_labels` are asked only when `key` (with the
        rectangle, the labels and the theme) changed."""
        key = (key, tuple(rect), tuple(series_labels), id(theme))
        if key != self.key or self.picture is None or self.texts.stale(fonts):
            self.picture = pygame.Surface(rect.size)
            self.picture.fill(theme.palette.background)
            with CapturedTexts(fonts) as self.texts:
                draw_chart_row(self.picture, self.picture.get_rect(), make_charts(),
                               series_labels, x_labels(), theme, fonts)
            self.key = key
        surface.blit(self.picture, rect)
        self.texts.replay(fonts, rect.topleft)


def draw_chart_row(surface: pygame.Surface, rect: pygame.Rect, charts: Sequence[SmallChart],
                   series_labels: Sequence[str], x_labels: Sequence[str], theme: Theme,
                   fonts: FontBook) -> list[ChartLayout]:
    """The charts side by side across `rect`, each titled with its latest values; a legend
    naming the series is drawn above them when there is more than one. Returns where each
    chart drawn put things."""
    small = theme.fonts.small
    line_h = fonts.line_height(small)
    area = pygame.Rect(rect)
    if len(series_labels) > 1:
        legend = draw_legend(surface, area, [Series(label, ()) for label in series_labels],
                             theme, fonts)
        area.top, area.height = legend.bottom + TITLE_GAP_PX, rect.bottom - legend.bottom
    width = (area.width - CHART_GAP_PX * (len(charts) - 1)) // len(charts)
    font = fonts.font(small)
    y_label_px = max(font.size(chart.text_format.format(bound))[0] for chart in charts
                     for bound in value_range([Series("", values) for values in chart.series],
                                              y_min=chart.y_min, y_max=chart.y_max))
    layouts = []
    for index, chart in enumerate(charts):
        cell = pygame.Rect(area.left + index * (width + CHART_GAP_PX), area.top, width,
                           area.height)
        latest = " · ".join(chart.text_format.format(values[-1]) for values in chart.series)
        for row, (text, bold) in enumerate(((chart.title, True),
                                            (latest, False))):
            draw_fitted_line(surface, text, pygame.Rect(cell.left, cell.top + row * line_h,
                                                        cell.width, line_h),
                             fonts, size=small, min_size=small - 6, color=theme.palette.text,
                             bold=bold)
        plot = pygame.Rect(cell.left, cell.top + 2 * line_h + TITLE_GAP_PX, cell.width,
                           cell.height - 2 * line_h - TITLE_GAP_PX)
        if plot.height < MIN_PLOT_PX:
            continue
        series = [Series(label, list(values))
                  for label, values in zip(series_labels, chart.series, strict=True)]
        layouts.append(draw_line_chart(
            surface, plot, series, theme, fonts, x_labels=x_labels, y_min=chart.y_min,
            y_max=chart.y_max, value_format=chart.text_format, show_legend=False,
            marker_stride=max(1, len(x_labels) // MARKERS_PER_LINE),
            y_label_width_px=y_label_px, overlaps_show=True))
    return layouts
