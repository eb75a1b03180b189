"""Renders a sample screen of widgets and charts headless and saves it as a PNG.

Set UI_SAMPLE_DIR to keep the images somewhere you can look at them; otherwise they go to
pytest's temporary folder. The asserts check what a person would check: text fits, the
focus ring and disabled marks are there, the chart's markers are drawn.
"""

import os
from pathlib import Path

import pygame
import pytest

from game.ui.charts import Series, Threshold, draw_line_chart, sparkline
from game.ui.text_box import draw_text_box
from game.ui.theme import LOGICAL_SIZE_PX, Theme
from game.ui.widgets import Button, FocusGroup, ScrollList, draw_panel, draw_widgets
from tests.ui_helpers import key

WEEKS = [f"W{n}" for n in range(1, 13)]


def render_sample(theme, fonts):
    """A play-screen-like layout; returns (surface, focus group, text results)."""
    surface = pygame.Surface(LOGICAL_SIZE_PX)
    palette, spacing = theme.palette, theme.spacing
    surface.fill(palette.background)
    score = fonts.render("742", theme.fonts.display, palette.text, bold=True)
    surface.blit(score, (40, 24))
    trend = pygame.Rect(60 + score.get_width(), 40, 160, 50)
    sparkline(surface, trend, [600, 640, 630, 690, 720, 742], palette.good)
    caption = fonts.render("▲ +22 this week · Money ¥1,240 · Hours 31", theme.fonts.body,
                           palette.muted_text)
    surface.blit(caption, (60 + score.get_width() + 180, 52))

    actions = draw_panel(surface, pygame.Rect(30, 140, 420, 550), theme, fonts, "This week")
    height, gap = spacing.button_height, spacing.gap
    labels = [
        ("shop", "Shop", "s", True, None),
        ("post", "Post something", "p", True, None),
        ("report", "Report a friend", "r", False,
         "Reporting unlocks in week 4, when the rules change."),
        ("end_week", "End the week", "f1", True, None),
    ]
    buttons = [
        Button(i, pygame.Rect(actions.left, actions.top + n * (height + gap), actions.width,
                              height), label, hotkey=hotkey, enabled=enabled, tooltip=tooltip)
        for n, (i, label, hotkey, enabled, tooltip) in enumerate(labels)
    ]
    note_rect = pygame.Rect(actions.left, buttons[-1].rect.bottom + 2 * gap, actions.width,
                            actions.bottom - buttons[-1].rect.bottom - 2 * gap)
    note = draw_text_box(
        surface, "Your friend Mei lost her job. Helping costs ¥200 and 4 hours.\n"
        "Sesame's director said in 2015 that buying diapers suggests responsibility.",
        note_rect, fonts, size=theme.fonts.body, color=palette.text)

    friends_panel = draw_panel(surface, pygame.Rect(470, 140, 330, 550), theme, fonts,
                               "Friends")
    rows = [Button(f"friend-{n}", pygame.Rect(0, 0, 0, 0), f"{name} · {score_}")
            for n, (name, score_) in enumerate(
                [("Mei", 611), ("Jun", 702), ("Ana", 455), ("Li Wei", 810), ("Sam", 580),
                 ("Ola", 690), ("Ravi", 720), ("Tom", 399), ("Yu", 650), ("Zoe", 777)])]
    friends = ScrollList(friends_panel, rows, row_height_px=spacing.row_height, gap_px=6)

    layout = draw_line_chart(
        surface, pygame.Rect(830, 140, 420, 550),
        [Series("Score", [600, 612, 640, 655, 690, 701, 720, 715, 740, 760, 752, 780]),
         Series("Wellbeing", [700, 690, 660, 640, 600, 590, 560, None, 520, 500, 480, 470]),
         Series("Friends ×50", [600, 600, 550, 500, 450, 450, 400, 400, 350, 350, 300, 300]),
         Series("Money", [400, 380, 390, 410, 405, 430, 450, 440, 460, 480, 470, 500])],
        theme, fonts, x_labels=WEEKS, title="Your season",
        thresholds=[Threshold(700, "Perk: no deposit"), Threshold(350, "Blacklist")],
    )

    group = FocusGroup([*buttons, friends], initial_focus="report")
    group.handle(key(pygame.K_TAB, mod=pygame.KMOD_SHIFT))
    group.handle(key(pygame.K_TAB))  # keyboard mode, focus on the disabled button
    group.focus("friend-3")
    group.hovered_id = "shop"
    draw_widgets(surface, group, theme, fonts)
    group.focus("report")
    draw_widgets(surface, group, theme, fonts)
    return surface, group, note, layout


def sample_dir(tmp_path) -> Path:
    chosen = os.environ.get("UI_SAMPLE_DIR")
    return Path(chosen) if chosen else tmp_path


@pytest.mark.parametrize(("scale", "high_contrast"), [("normal", False), ("large", True)])
def test_sample_screen_renders_and_is_saved(display, fonts, tmp_path, scale, high_contrast):
    theme = Theme.from_settings(scale, high_contrast)
    surface, group, note, layout = render_sample(theme, fonts)
    path = sample_dir(tmp_path) / f"ui-sample-{scale}{'-hc' if high_contrast else ''}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(path))
    assert path.stat().st_size > 10_000
    report = group.get("report").rect
    assert tuple(surface.get_at((report.centerx, report.top - 6)))[:3] == theme.palette.focus
    assert layout.points[0][0] is not None
    if scale == "normal":
        assert not note.overflowed
