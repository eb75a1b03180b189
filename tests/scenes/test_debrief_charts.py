"""The debrief's charts: the line where the scheme became mandatory keeps its label clear of
the data, so neither hides the other."""

from __future__ import annotations

from types import SimpleNamespace

import pygame

from game.game_data import GameData
from game.scenes.debrief_pages import draw_era_line
from game.ui.charts import Series, draw_line_chart

WEEKS = list(range(1, 13))


def era_label_over(values, canvas, fonts, theme):
    """Draw a chart of `values` with the era line at week 7; its layout and label's place."""
    layout = draw_line_chart(canvas, pygame.Rect(20, 20, 220, 200), [Series("Friends", values)],
                             theme, fonts, x_labels=[f"W{w}" for w in WEEKS], y_min=0,
                             y_max=10, show_legend=False)
    debrief = SimpleNamespace(weeks=WEEKS, mandatory_week=7)
    return layout, draw_era_line(canvas, layout, debrief, GameData.load(), theme, fonts)


def test_the_era_label_sits_at_the_top_when_the_data_leaves_it_free(canvas, fonts, theme):
    layout, label = era_label_over([1, 1, 2, 2, 1, 2, 2, 1, 2, 1, 1, 2], canvas, fonts, theme)
    assert label.top == layout.plot_rect.top


def test_the_era_label_moves_to_the_bottom_when_the_data_runs_along_the_top(canvas, fonts,
                                                                          theme):
    values = [8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9]  # as a loyal player's friends, near the top
    layout, label = era_label_over(values, canvas, fonts, theme)
    assert label.bottom < layout.plot_rect.bottom and label.top > layout.plot_rect.centery
    assert not any(label.collidepoint(point) for point in layout.points[0])
