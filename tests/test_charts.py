"""Line charts and sparklines: they draw, place points correctly, and mark series apart."""

import time

import pygame
import pytest

from game.ui.charts import (
    Series,
    Threshold,
    draw_line_chart,
    nice_step,
    sparkline,
    value_range,
)
from game.ui.markers import MARKER_CYCLE, Marker, draw_marker
from game.ui.theme import Theme

WEEKS = [f"W{week}" for week in range(1, 13)]


def season_series():
    return [
        Series("Score", [600, 612, 640, 655, 690, 701, 720, 715, 740, 760, 752, 780]),
        Series("Wellbeing", [70, 68, 66, 60, 58, 57, 55, None, 50, 49, 47, 45]),
        Series("Friends", [12, 12, 11, 10, 9, 9, 8, 8, 7, 7, 6, 6]),
        Series("Money", [300, 280, 290, 310, 305, 330, 350, 340, 360, 380, 370, 400]),
    ]


def test_line_chart_draws_and_reports_its_layout(canvas, fonts, theme):
    rect = pygame.Rect(40, 40, 900, 420)
    canvas.fill(theme.palette.background)
    layout = draw_line_chart(
        canvas, rect, season_series(), theme, fonts, x_labels=WEEKS,
        thresholds=[Threshold(700, "Deposit-free rental"), Threshold(450, "Blacklist")],
        title="Your season",
    )
    assert rect.contains(layout.plot_rect)
    assert layout.markers == MARKER_CYCLE  # four series, four different shapes
    assert len(set(layout.colors)) == 4
    assert layout.legend_rect is not None and rect.contains(layout.legend_rect)
    score_points = layout.points[0]
    assert len(score_points) == 12
    assert all(layout.plot_rect.collidepoint(point) for point in score_points)
    xs = [x for x, _ in score_points]
    assert xs == sorted(xs) and len(set(xs)) == 12
    assert score_points[-1][1] < score_points[0][1]  # higher value, higher on screen
    assert layout.points[1][7] is None  # the gap stays a gap
    marker_pixel = canvas.get_at(score_points[0])
    assert tuple(marker_pixel)[:3] == layout.colors[0]


def test_fixed_range_and_threshold_outside_it(canvas, fonts, theme):
    layout = draw_line_chart(
        canvas, pygame.Rect(0, 0, 600, 300), [Series("Score", [350, 950])], theme, fonts,
        y_min=350, y_max=950, thresholds=[Threshold(1000, "Off the chart")],
    )
    assert (layout.y_min, layout.y_max) == (350, 950)
    first, last = layout.points[0]
    assert first[1] == layout.plot_rect.bottom and last[1] == layout.plot_rect.top


@pytest.mark.parametrize(
    "series",
    [
        [],
        [Series("Empty", [])],
        [Series("One", [5])],
        [Series("Flat", [3, 3, 3])],
        [Series("Gaps", [None, None])],
    ],
)
def test_degenerate_data_draws_without_error(canvas, fonts, theme, series):
    layout = draw_line_chart(canvas, pygame.Rect(10, 10, 500, 250), series, theme, fonts,
                             x_labels=["W1"])
    assert layout.y_max > layout.y_min


def test_value_range_pads_the_data_and_rejects_inverted_bounds():
    low, high = value_range([Series("s", [10, 20])])
    assert low < 10 and high > 20
    assert value_range([Series("s", [5, 5])]) == pytest.approx((4.0, 6.0))
    assert value_range([Series("s", [300, 809])]) == (250.0, 850.0)  # round numbers
    assert nice_step(509) == 50 and nice_step(0.9) == 0.1
    with pytest.raises(ValueError):
        value_range([], y_min=10, y_max=0)


def test_marker_shapes_differ_pixel_for_pixel(display):
    masks = []
    for marker in Marker:
        surface = pygame.Surface((40, 40))
        surface.fill((0, 0, 0))
        draw_marker(surface, marker, (20, 20), 9, (255, 255, 255))
        masks.append(pygame.mask.from_threshold(surface, (255, 255, 255), (1, 1, 1, 255)))
    for index, first in enumerate(masks):
        for second in masks[index + 1:]:
            differing = first.count() + second.count() - 2 * first.overlap_area(second, (0, 0))
            assert differing > 40  # clearly different shapes, not a few edge pixels


def test_crowded_week_labels_are_thinned_out(canvas, fonts, theme):
    labels = [f"Week {n}" for n in range(1, 41)]
    canvas.fill((0, 0, 0))
    rect = pygame.Rect(0, 0, 500, 300)
    layout = draw_line_chart(canvas, rect, [Series("s", list(range(40)))], theme, fonts,
                             x_labels=labels, show_legend=False)
    assert layout.legend_rect is None
    band = canvas.subsurface(pygame.Rect(0, layout.plot_rect.bottom + 8, 500, 20))
    lit_columns = {x for x in range(band.get_width()) for y in range(band.get_height())
                   if band.get_at((x, y))[0] > 100}
    assert lit_columns  # some labels drawn ...
    assert len(lit_columns) < 500 * 0.8  # ... but not a solid smear of overlapping text


@pytest.mark.parametrize(("width", "labels"), [
    (160, ["Week 0", "Week 1", "Week 2"]),
    (130, [f"W{week}" for week in range(21)]),  # narrow: the last is pushed onto the first
    (150, [f"W{week}" for week in range(21)]),
])
def test_week_labels_stay_inside_the_chart_even_at_its_ends(canvas, fonts, width, labels):
    """The first and last labels sit on the plot's end ticks; centred there they would stick
    out of the chart by half their width (and be cut off where the chart is drawn alone).
    Pushed inside, they must still never touch their neighbours."""
    theme = Theme.from_settings("large", high_contrast=False)
    rect = pygame.Rect(40, 10, width, 150)
    layout = draw_line_chart(canvas, rect, [Series("s", list(range(len(labels))))], theme,
                             fonts, x_labels=labels, show_legend=False)
    assert layout.x_label_rects
    assert all(rect.contains(spot) for spot in layout.x_label_rects)
    assert all(a.right < b.left for a, b in zip(layout.x_label_rects,
                                                layout.x_label_rects[1:], strict=False))


def test_chart_is_fast_enough_to_redraw_every_frame(canvas, fonts, theme):
    rect = pygame.Rect(40, 40, 900, 420)
    series = season_series()
    draw_line_chart(canvas, rect, series, theme, fonts, x_labels=WEEKS)  # warm text cache
    start = time.perf_counter()
    for _ in range(20):
        draw_line_chart(canvas, rect, series, theme, fonts, x_labels=WEEKS,
                        thresholds=[Threshold(700, "Perk")])
    per_frame_ms = (time.perf_counter() - start) / 20 * 1000
    assert per_frame_ms < 8  # generous: about 1 ms on a desktop


def test_sparkline_fills_its_rect_and_marks_the_last_value(canvas):
    rect = pygame.Rect(100, 100, 120, 30)
    canvas.fill((0, 0, 0))
    points = sparkline(canvas, rect, [1, 3, 2, None, 5], (255, 200, 0))
    assert points[3] is None
    present = [p for p in points if p is not None]
    assert all(rect.collidepoint(p) for p in present)
    assert present[-1][1] == min(y for _, y in present)  # highest value at the top
    assert tuple(canvas.get_at(present[-1]))[:3] == (255, 200, 0)
    assert sparkline(canvas, rect, [], (255, 255, 255)) == []
    assert sparkline(canvas, rect, [None], (255, 255, 255)) == [None]
    assert sparkline(canvas, rect, [7], (255, 255, 255))[0] is not None


def test_a_small_value_is_not_drawn_as_a_spike_to_a_top_just_above_it():
    from game.ui.charts import readable_range

    low, high = readable_range([0.0, 1.0, 4.0], 0, 100, 20)
    assert low == 0 and high >= 20  # 4 % sits low on a 0..20+ % axis, not at its top


def test_an_axis_starts_near_data_far_from_zero_and_stays_within_its_bounds():
    from game.ui.charts import readable_range

    low, high = readable_range([72.0, 81.0, 90.0], 0, 100, 20)
    assert 40 <= low <= 72 and 90 <= high <= 100  # not zero-forced, never past 100 %
    low, high = readable_range([0.71, 0.78], 0, 1, 0.2)
    assert 0.4 <= low <= 0.71 and 0.78 <= high <= 1
    low, high = readable_range([-0.95, 0.99], -1, 1, 0.4)
    assert (low, high) == (-1, 1)
