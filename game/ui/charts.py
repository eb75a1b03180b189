"""Line charts with axes, labelled thresholds and a legend, and small sparklines.

Every series gets its own marker shape (circle, square, triangle, diamond) in the plot and
the legend, so colour is never the only way to tell lines apart. Nothing is cached here:
charts are redrawn from the values each frame, re-using the FontBook's rendered labels.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from game.ui.markers import MARKER_CYCLE, Marker, draw_marker
from game.ui.text import FontBook
from game.ui.theme import Color, Theme

LINE_WIDTH_PX = 3
UNDER_LINE_EXTRA_PX = 2  # a line drawn under another is this much wider each side
AXIS_WIDTH_PX = 2
MARKER_RADIUS_PX = 7
THRESHOLD_DASH_PX = 10  # length of each dash of a threshold line (gaps are the same)
THRESHOLD_WIDTH_PX = 2
TICK_LENGTH_PX = 6
LABEL_GAP_PX = 8  # between axis labels and the axes
LEGEND_SWATCH_PX = 34  # length of the line sample in a legend entry
LEGEND_ENTRY_GAP_PX = 24  # between legend entries
PLOT_INSET_PX = 14  # keeps first and last markers off the axes
VALUE_PADDING_FRACTION = 0.06  # empty space above and below the data range
SPARKLINE_END_RADIUS_PX = 4
NICE_STEPS_PER_AXIS = 12  # computed axis bounds round out to about 1/12 of the range
READABLE_STEPS = 4  # `readable_range` rounds out to about a quarter of its span


@dataclass(frozen=True)
class Series:
    """One line: a value per week (None for a gap). Colour and marker default by position."""

    label: str
    values: Sequence[float | None]
    color: Color | None = None
    marker: Marker | None = None


@dataclass(frozen=True)
class Threshold:
    """A labelled horizontal line, e.g. the score a perk needs."""

    value: float
    label: str
    color: Color | None = None


@dataclass(frozen=True)
class ChartLayout:
    """Where ``draw_line_chart`` put things, for hit-testing, tooltips and tests."""

    plot_rect: pygame.Rect
    y_min: float
    y_max: float
    points: tuple[tuple[tuple[int, int] | None, ...], ...]  # per series, per x index
    markers: tuple[Marker, ...]
    colors: tuple[Color, ...]
    legend_rect: pygame.Rect | None
    x_label_rects: tuple[pygame.Rect, ...] = ()  # the x labels drawn, left to right


def value_range(
    series: Sequence[Series],
    thresholds: Sequence[Threshold] = (),
    y_min: float | None = None,
    y_max: float | None = None,
) -> tuple[float, float]:
    """The y range to plot: given bounds as they are; computed ones from the data and
    thresholds, padded and rounded out to a round number so the axis labels read well."""
    values = [v for s in series for v in s.values if v is not None]
    values += [t.value for t in thresholds]
    low = y_min if y_min is not None else (min(values) if values else 0.0)
    high = y_max if y_max is not None else (max(values) if values else 1.0)
    if high < low:
        raise ValueError(f"y_max {high} is below y_min {low}")
    padding = (high - low) * VALUE_PADDING_FRACTION or 1.0
    step = nice_step((high - low) + 2 * padding)
    if y_min is None:
        low = math.floor((low - padding) / step) * step
    if y_max is None:
        high = math.ceil((high + padding) / step) * step
    if high == low:
        high = low + 1.0
    return float(low), float(high)


def readable_range(values: Sequence[float], floor: float, ceiling: float,
                   min_span: float) -> tuple[float, float]:
    """Axis bounds for `values` that can only lie in `floor`..`ceiling`: around the data, at
    least `min_span` wide (so a change of a point or two is not drawn as a spike from the
    bottom to the top), padded, rounded out to round numbers and kept within the bounds. The
    bottom is the floor only when the data comes near it (not forced to zero)."""
    if not values:
        return float(floor), float(ceiling)
    low, high = min(values), max(values)
    span = min(ceiling - floor, max(high - low, min_span))
    extra = (span - (high - low)) / 2 + span * VALUE_PADDING_FRACTION
    low, high = low - extra, high + extra
    if low < floor:
        low, high = floor, min(ceiling, high + floor - low)
    if high > ceiling:
        low, high = max(floor, low - (high - ceiling)), ceiling
    step = nice_step(high - low, READABLE_STEPS)
    return (max(floor, math.floor(low / step) * step),
            min(ceiling, math.ceil(high / step) * step))


def nice_step(span: float, target_steps: int = NICE_STEPS_PER_AXIS) -> float:
    """A round step (1, 2 or 5 times a power of ten) dividing ``span`` into about
    ``target_steps`` parts."""
    raw = span / target_steps
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5):
        if multiple * magnitude >= raw:
            return multiple * magnitude
    return 10 * magnitude


def series_styles(series: Sequence[Series], theme: Theme) -> tuple[tuple[Marker, ...],
                                                                  tuple[Color, ...]]:
    """Each series' marker and colour: its own, else by position (markers and colours both
    cycle, so series differ by shape as well as colour)."""
    palette = theme.palette.series
    return (tuple(s.marker or MARKER_CYCLE[i % len(MARKER_CYCLE)] for i, s in enumerate(series)),
            tuple(s.color or palette[i % len(palette)] for i, s in enumerate(series)))


def draw_line_chart(
    surface: pygame.Surface,
    rect: pygame.Rect,
    series: Sequence[Series],
    theme: Theme,
    fonts: FontBook,
    *,
    x_labels: Sequence[str] | None = None,
    thresholds: Sequence[Threshold] = (),
    y_min: float | None = None,
    y_max: float | None = None,
    title: str | None = None,
    value_format: str = "{:.0f}",
    show_legend: bool = True,
    marker_stride: int = 1,
    y_label_width_px: int | None = None,
    overlaps_show: bool = False,
) -> ChartLayout:
    """Draw a line chart of ``series`` inside ``rect`` and return its layout.

    ``x_labels`` name the x positions (e.g. "W1".."W12"); labels are thinned out when
    they would overlap. Thresholds are dashed lines labelled at their right end. Markers sit
    on every ``marker_stride``-th point and the last one (long series stay legible).
    ``y_label_width_px`` reserves that room for the y labels (charts side by side then share
    their x axes). With ``overlaps_show``, a line that another covers still shows: earlier
    lines are drawn wider, under the later ones, and each series' markers sit at its own
    points along the stride.
    """
    rect = pygame.Rect(rect)
    palette = theme.palette
    label_size = theme.fonts.small
    label_height = fonts.line_height(label_size)
    low, high = value_range(series, thresholds, y_min, y_max)
    markers, colors = series_styles(series, theme)

    area = rect.copy()
    if title:
        image = fonts.render(title, theme.fonts.body, palette.text, bold=True)
        surface.blit(image, area.topleft)
        area.top += image.get_height() + LABEL_GAP_PX // 2
        area.height = rect.bottom - area.top
    legend_rect = None
    if show_legend and series:
        legend_rect = draw_legend(surface, area, series, theme, fonts, markers, colors)
        area.top = legend_rect.bottom + LABEL_GAP_PX
        area.height = rect.bottom - area.top

    y_texts = (value_format.format(high), value_format.format(low))
    y_label_width = y_label_width_px if y_label_width_px is not None else \
        max(fonts.font(label_size).size(text)[0] for text in y_texts)
    plot = pygame.Rect(
        area.left + y_label_width + LABEL_GAP_PX + TICK_LENGTH_PX,
        area.top + label_height // 2,
        0,
        0,
    )
    plot.width = max(1, area.right - plot.left)
    plot.height = max(1, area.bottom - label_height - LABEL_GAP_PX - plot.top)

    def to_y(value: float) -> int:
        return round(plot.bottom - (value - low) / (high - low) * plot.height)

    count = max([len(s.values) for s in series] + [len(x_labels or ())] + [1])
    inner_left, inner_width = plot.left + PLOT_INSET_PX, plot.width - 2 * PLOT_INSET_PX

    def to_x(index: int) -> int:
        if count == 1:
            return plot.centerx
        return round(inner_left + index * inner_width / (count - 1))

    _draw_axes(surface, plot, y_texts, to_y(high), to_y(low), theme, fonts)
    x_label_rects = _draw_x_labels(surface, plot, rect, x_labels, to_x, theme, fonts) \
        if x_labels else ()
    shown_thresholds = [t for t in thresholds if low <= t.value <= high]
    for threshold in shown_thresholds:
        _draw_threshold_line(surface, plot, to_y(threshold.value), threshold, theme)

    all_points = []
    previous_clip = surface.get_clip()
    surface.set_clip(plot.inflate(2 * MARKER_RADIUS_PX, 2 * MARKER_RADIUS_PX).clip(previous_clip))
    for order, (values, color) in enumerate(zip((s.values for s in series), colors,
                                                strict=True)):
        points = tuple(
            None if value is None else (to_x(i), to_y(value)) for i, value in enumerate(values)
        )
        width = LINE_WIDTH_PX + (2 * UNDER_LINE_EXTRA_PX * (len(series) - 1 - order)
                                 if overlaps_show else 0)
        for run in _contiguous_runs(points):
            if len(run) > 1:
                pygame.draw.lines(surface, color, False, run, width)
        all_points.append(points)
    for order, (points, marker, color) in enumerate(zip(all_points, markers, colors,
                                                        strict=True)):
        shift = order * marker_stride // len(series) if overlaps_show else 0
        for index, point in enumerate(points):
            if point is not None and ((index - shift) % marker_stride == 0
                                      or index == len(points) - 1):
                draw_marker(surface, marker, point, MARKER_RADIUS_PX, color, palette.background)
    surface.set_clip(previous_clip)
    for threshold in shown_thresholds:  # labels last, so lines never cross their text
        _draw_threshold_label(surface, plot, to_y(threshold.value), threshold, theme, fonts)
    return ChartLayout(
        plot_rect=plot, y_min=low, y_max=high, points=tuple(all_points), markers=markers,
        colors=colors, legend_rect=legend_rect, x_label_rects=x_label_rects,
    )


def _contiguous_runs(
    points: Sequence[tuple[int, int] | None],
) -> list[list[tuple[int, int]]]:
    runs: list[list[tuple[int, int]]] = [[]]
    for point in points:
        if point is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(point)
    return [run for run in runs if run]


def draw_legend(
    surface: pygame.Surface,
    area: pygame.Rect,
    series: Sequence[Series],
    theme: Theme,
    fonts: FontBook,
    markers: Sequence[Marker] | None = None,
    colors: Sequence[Color] | None = None,
) -> pygame.Rect:
    """Legend entries (line sample, marker, label) in rows across the top of ``area``;
    markers and colours default as in `draw_line_chart`."""
    if markers is None or colors is None:
        markers, colors = series_styles(series, theme)
    size = theme.fonts.small
    row_height = max(fonts.line_height(size), 2 * MARKER_RADIUS_PX + 4)
    x, y = area.left, area.top
    used = pygame.Rect(area.left, area.top, 0, row_height)
    for entry, marker, color in zip(series, markers, colors, strict=True):
        label = fonts.render(entry.label, size, theme.palette.text)
        width = LEGEND_SWATCH_PX + LABEL_GAP_PX + label.get_width()
        if x > area.left and x + width > area.right:
            x, y = area.left, y + row_height
        middle = y + row_height // 2
        pygame.draw.line(surface, color, (x, middle), (x + LEGEND_SWATCH_PX, middle), LINE_WIDTH_PX)
        draw_marker(surface, marker, (x + LEGEND_SWATCH_PX // 2, middle), MARKER_RADIUS_PX, color,
                    theme.palette.background)
        label_pos = (x + LEGEND_SWATCH_PX + LABEL_GAP_PX, middle - label.get_height() // 2)
        surface.blit(label, label_pos)
        used.union_ip(pygame.Rect(x, y, width, row_height))
        x += width + LEGEND_ENTRY_GAP_PX
    return used


def _draw_axes(
    surface: pygame.Surface,
    plot: pygame.Rect,
    y_texts: tuple[str, str],
    top_y: int,
    bottom_y: int,
    theme: Theme,
    fonts: FontBook,
) -> None:
    palette = theme.palette
    axis_color = palette.muted_text
    pygame.draw.line(surface, palette.panel_border, (plot.left, top_y), (plot.right, top_y), 1)
    pygame.draw.line(surface, axis_color, plot.topleft, plot.bottomleft, AXIS_WIDTH_PX)
    pygame.draw.line(surface, axis_color, plot.bottomleft, plot.bottomright, AXIS_WIDTH_PX)
    for text, y in zip(y_texts, (top_y, bottom_y), strict=True):
        pygame.draw.line(surface, axis_color, (plot.left - TICK_LENGTH_PX, y), (plot.left, y),
                         AXIS_WIDTH_PX)
        image = fonts.render(text, theme.fonts.small, palette.muted_text)
        surface.blit(image, image.get_rect(midright=(plot.left - TICK_LENGTH_PX - 4, y)))


def _draw_x_labels(
    surface: pygame.Surface,
    plot: pygame.Rect,
    bounds: pygame.Rect,
    labels: Sequence[str],
    to_x: Callable[[int], int],
    theme: Theme,
    fonts: FontBook,
) -> tuple[pygame.Rect, ...]:
    """Tick marks and labels under the plot, each label centred on its tick but kept inside
    `bounds` (the chart's rect: the first and last would stick out by half), thinned out so
    they never overlap (a label pushed inside onto the one before is left out); returns where
    the labels went."""
    size = theme.fonts.small
    font = fonts.font(size)
    widest = max(font.size(label)[0] for label in labels)
    spacing = abs(to_x(1) - to_x(0)) if len(labels) > 1 else plot.width
    stride = max(1, math.ceil((widest + LABEL_GAP_PX) / max(spacing, 1)))
    placed: list[pygame.Rect] = []
    for index, label in enumerate(labels):
        x = to_x(index)
        pygame.draw.line(surface, theme.palette.muted_text, (x, plot.bottom),
                         (x, plot.bottom + TICK_LENGTH_PX // 2), AXIS_WIDTH_PX)
        if index % stride:
            continue
        image = fonts.render(label, size, theme.palette.muted_text)
        spot = image.get_rect(midtop=(x, plot.bottom + TICK_LENGTH_PX))
        spot.left = max(bounds.left, min(spot.left, bounds.right - spot.width))
        if placed and spot.left < placed[-1].right + LABEL_GAP_PX:
            continue  # pushed inside against the one before: leave it out
        surface.blit(image, spot)
        placed.append(spot)
    return tuple(placed)


def _draw_threshold_line(
    surface: pygame.Surface, plot: pygame.Rect, y: int, threshold: Threshold, theme: Theme
) -> None:
    color = threshold.color or theme.palette.warning
    for x in range(plot.left, plot.right, 2 * THRESHOLD_DASH_PX):
        end = min(x + THRESHOLD_DASH_PX, plot.right)
        pygame.draw.line(surface, color, (x, y), (end, y), THRESHOLD_WIDTH_PX)


def _draw_threshold_label(
    surface: pygame.Surface,
    plot: pygame.Rect,
    y: int,
    threshold: Threshold,
    theme: Theme,
    fonts: FontBook,
) -> None:
    """The label on a plate at the right end of its line, above it if there is room."""
    color = threshold.color or theme.palette.warning
    image = fonts.render(threshold.label, theme.fonts.small, color)
    label_rect = image.get_rect(bottomright=(plot.right - 2, y - 2))
    if label_rect.top < plot.top:
        label_rect.top = y + 3
    plate = label_rect.inflate(8, 2)
    pygame.draw.rect(surface, theme.palette.background, plate)
    pygame.draw.rect(surface, color, plate, width=1)
    surface.blit(image, label_rect)


def sparkline(
    surface: pygame.Surface,
    rect: pygame.Rect,
    values: Sequence[float | None],
    color: Color,
    *,
    y_min: float | None = None,
    y_max: float | None = None,
    line_width_px: int = 2,
    mark_last: bool = True,
) -> list[tuple[int, int] | None]:
    """A small trend line filling ``rect`` (no axes); the latest value gets a dot."""
    rect = pygame.Rect(rect)
    present = [v for v in values if v is not None]
    if not present:
        return [None] * len(values)
    low = min(present) if y_min is None else y_min
    high = max(present) if y_max is None else y_max
    span = (high - low) or 1.0
    inset = SPARKLINE_END_RADIUS_PX if mark_last else line_width_px
    inner = rect.inflate(-2 * inset, -2 * inset)
    step = inner.width / (len(values) - 1) if len(values) > 1 else 0.0
    points: list[tuple[int, int] | None] = []
    for index, value in enumerate(values):
        if value is None:
            points.append(None)
            continue
        x = round(inner.left + index * step) if len(values) > 1 else inner.centerx
        y = round(inner.bottom - (value - low) / span * inner.height)
        points.append((x, y))
    for run in _contiguous_runs(points):
        if len(run) > 1:
            pygame.draw.lines(surface, color, False, run, line_width_px)
    last = next((p for p in reversed(points) if p is not None), None)
    if mark_last and last is not None:
        pygame.draw.circle(surface, color, last, SPARKLINE_END_RADIUS_PX)
    return points
