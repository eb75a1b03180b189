"""FocusGroup keyboard and mouse handling, button drawing states, scroll lists."""

import pygame
import pytest

from game.ui.widgets import (
    Button,
    Direction,
    FocusGroup,
    ScrollList,
    WidgetState,
    direction_score,
    draw_button,
    draw_focus_ring,
    draw_widgets,
)
from tests.ui_helpers import click, key, motion, mouse_down, mouse_up, wheel


def grid_buttons():
    """A 2x2 grid plus a disabled button below: shop, post / friends, end_week / report."""
    return [
        Button("shop", pygame.Rect(100, 100, 200, 50), "Shop", hotkey="s"),
        Button("post", pygame.Rect(400, 100, 200, 50), "Post", hotkey="p"),
        Button("friends", pygame.Rect(100, 200, 200, 50), "Friends"),
        Button("end_week", pygame.Rect(400, 200, 200, 50), "End week", hotkey="f1"),
        Button("report", pygame.Rect(100, 300, 200, 50), "Report", enabled=False,
               tooltip="Your score is too low to earn rewards."),
    ]


@pytest.fixture
def group(display):
    return FocusGroup(grid_buttons())


def test_first_enabled_widget_starts_focused(display):
    buttons = grid_buttons()
    buttons[0].enabled = False
    assert FocusGroup(buttons).focused_id == "post"
    assert FocusGroup([]).focused_id is None


def test_tab_and_shift_tab_walk_in_order_and_wrap(group):
    seen = []
    for _ in range(5):
        group.handle(key(pygame.K_TAB))
        seen.append(group.focused_id)
    assert seen == ["post", "friends", "end_week", "report", "shop"]
    group.handle(key(pygame.K_TAB, mod=pygame.KMOD_LSHIFT))
    assert group.focused_id == "report"


def test_arrow_keys_move_to_the_nearest_widget_in_that_direction(group):
    moves = [
        (pygame.K_RIGHT, "post"),
        (pygame.K_DOWN, "end_week"),
        (pygame.K_LEFT, "friends"),
        (pygame.K_DOWN, "report"),
        (pygame.K_UP, "friends"),
        (pygame.K_UP, "shop"),
    ]
    for key_code, expected in moves:
        group.handle(key(key_code))
        assert group.focused_id == expected


def test_arrow_with_nothing_that_way_keeps_focus(group):
    group.handle(key(pygame.K_UP))
    group.handle(key(pygame.K_LEFT))
    assert group.focused_id == "shop"


def test_arrow_prefers_same_column_over_a_nearer_diagonal(display):
    below = Button("below", pygame.Rect(100, 400, 100, 40), "Below")
    diagonal = Button("diagonal", pygame.Rect(260, 160, 100, 40), "Diagonal")
    start = Button("start", pygame.Rect(100, 100, 100, 40), "Start")
    group = FocusGroup([start, diagonal, below])
    group.move_focus(Direction.DOWN)
    assert group.focused_id == "below"
    assert direction_score(start.rect, diagonal.rect, Direction.UP) == float("inf")


@pytest.mark.parametrize("key_code", [pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE])
def test_activation_keys_activate_the_focused_widget(group, key_code):
    group.focus("friends")
    assert group.handle(key(key_code)) == "friends"


def test_disabled_widget_takes_focus_but_never_activates(group):
    group.focus("report")
    assert group.handle(key(pygame.K_RETURN)) is None
    assert group.handle(key(pygame.K_SPACE)) is None
    centre = group.get("report").rect.center
    assert [group.handle(event) for event in click(centre)] == [None, None, None]
    assert group.focused_id == "report"  # focus lands so the tooltip can explain


def test_hotkeys_focus_and_activate(group):
    assert group.handle(key(pygame.K_p)) == "post"
    assert group.focused_id == "post"
    assert group.handle(key(pygame.K_F1)) == "end_week"
    assert group.handle(key(pygame.K_p, mod=pygame.KMOD_LCTRL)) is None  # Ctrl+P is not P
    assert group.handle(key(pygame.K_x)) is None


def test_mouse_click_activates_the_widget_under_the_pointer(group):
    centre = group.get("end_week").rect.center
    results = [group.handle(event) for event in click(centre)]
    assert results == [None, None, "end_week"]
    assert group.focused_id == "end_week"


def test_press_on_one_widget_and_release_on_another_does_nothing(group):
    group.handle(mouse_down(group.get("shop").rect.center))
    assert group.state_of("shop").pressed
    assert group.handle(mouse_up(group.get("post").rect.center)) is None
    assert group.pressed_id is None


def test_right_click_and_clicks_on_empty_space_do_nothing(group):
    centre = group.get("shop").rect.center
    assert group.handle(mouse_down(centre, button=3)) is None
    assert group.handle(mouse_up(centre, button=3)) is None
    assert [group.handle(event) for event in click((5, 5))] == [None, None, None]


def test_hover_follows_the_pointer(group):
    group.handle(motion(group.get("post").rect.center))
    assert group.hovered_id == "post"
    assert group.state_of("post") == WidgetState(focused=False, hovered=True, pressed=False)
    group.handle(motion((1, 1)))
    assert group.hovered_id is None


def test_tooltip_target_is_the_focused_widget_for_keyboard_and_hovered_for_mouse(group):
    group.handle(key(pygame.K_DOWN))
    group.handle(key(pygame.K_DOWN))
    assert group.tooltip_target().id == "report"
    group.handle(motion(group.get("post").rect.center))
    assert group.tooltip_target().id == "post"


def test_focus_survives_replacing_the_widgets_by_id(group):
    group.focus("end_week")
    group.set_items(grid_buttons())
    assert group.focused_id == "end_week"
    group.set_items(grid_buttons()[:2])
    assert group.focused_id == "shop"


def test_duplicate_ids_are_rejected(display):
    with pytest.raises(ValueError, match="unique"):
        FocusGroup([Button("a", pygame.Rect(0, 0, 1, 1), "A")] * 2)


def test_unknown_focus_id_is_an_error(group):
    with pytest.raises(KeyError):
        group.focus("nope")


# -- scroll lists ------------------------------------------------------------------------


def make_list(count=30):
    rows = [Button(f"friend-{i}", pygame.Rect(0, 0, 0, 0), f"Friend {i}") for i in range(count)]
    return ScrollList(pygame.Rect(700, 100, 400, 300), rows, row_height_px=40, gap_px=4)


def test_scroll_list_lays_out_rows_and_knows_what_is_visible(display):
    friends = make_list()
    assert friends.content_height_px == 30 * 44 - 4
    assert friends.viewport.height == 6 * 44 - 4  # 300 px asked: trimmed to 6 whole rows
    assert friends.max_scroll_px == friends.content_height_px - friends.viewport.height
    visible = friends.visible_rows()
    assert visible[0].id == "friend-0" and len(visible) == 6  # whole rows only
    assert all(row.clip_rect == friends.viewport for row in friends.rows)


def test_a_scrolled_list_never_shows_a_cut_row(display):
    friends = make_list()
    for offset in (1, 17, 43, 44, 100, 999, 10_000):
        friends.scroll_to(offset)
        assert friends.scroll_px % friends.row_pitch_px == 0 or \
            friends.scroll_px == friends.max_scroll_px
        for row in friends.visible_rows():
            assert friends.viewport.contains(row.rect), (offset, row.rect)


def test_mouse_wheel_scrolls_only_over_the_list(display):
    friends = make_list()
    group = FocusGroup([Button("back", pygame.Rect(10, 10, 100, 40), "Back"), friends])
    group.handle(motion((50, 600)))
    group.handle(wheel(-3))
    assert friends.scroll_px == 0
    group.handle(motion(friends.viewport.center))
    group.handle(wheel(-3))  # towards the user: later rows
    assert friends.scroll_px > 0
    group.handle(wheel(100))
    assert friends.scroll_px == 0  # clamped at the top


def test_keyboard_focus_scrolls_the_list_to_keep_focus_visible(display):
    friends = make_list()
    group = FocusGroup([friends])
    for _ in range(12):
        group.handle(key(pygame.K_DOWN))
    assert group.focused_id == "friend-12"
    focused = group.focused
    assert friends.viewport.contains(focused.rect)
    group.handle(key(pygame.K_END))
    assert group.focused_id == "friend-29"
    assert friends.scroll_px == friends.max_scroll_px
    group.handle(key(pygame.K_PAGEUP))
    assert group.focused_id == "friend-23"
    assert friends.viewport.contains(group.focused.rect)
    group.handle(key(pygame.K_HOME))
    assert group.focused_id == "friend-0" and friends.scroll_px == 0


def test_rows_scrolled_out_of_view_cannot_be_clicked(display):
    friends = make_list()
    group = FocusGroup([friends])
    hidden = friends.rows[20]
    assert not friends.viewport.colliderect(hidden.rect)
    below_viewport = (friends.viewport.centerx, friends.viewport.bottom + 10)
    assert group.widget_at(below_viewport) is None
    assert group.widget_at(friends.rows[2].rect.center).id == "friend-2"


def test_arrows_do_not_jump_into_rows_hidden_in_another_list(display):
    friends = make_list()
    below = Button("below", pygame.Rect(700, 420, 400, 40), "Below the list")
    group = FocusGroup([friends, below], initial_focus="below")
    group.handle(key(pygame.K_UP))
    assert group.focused_id == friends.visible_rows()[-1].id == "friend-5"  # not a hidden one
    assert friends.viewport.contains(group.focused.rect)


def test_clicking_a_row_activates_it(display):
    friends = make_list()
    group = FocusGroup([friends])
    target = friends.rows[3].rect.center
    assert [group.handle(e) for e in click(target)][-1] == "friend-3"


def test_set_rows_keeps_scroll_within_bounds(display):
    friends = make_list()
    friends.scroll_to(10_000)
    friends.set_rows(friends.rows[:8])
    assert friends.scroll_px == friends.max_scroll_px == 2 * 44  # 8 rows, 6 shown
    friends.set_rows([])
    assert friends.scroll_px == 0 and friends.scrollbar_rects() is None


# -- drawing -----------------------------------------------------------------------------


def test_disabled_button_differs_in_shape_not_only_colour(canvas, fonts, theme):
    enabled = Button("a", pygame.Rect(10, 10, 300, 52), "Report a friend")
    disabled = Button("b", pygame.Rect(10, 100, 300, 52), "Report a friend", enabled=False)
    enabled_result = draw_button(canvas, enabled, theme, fonts)
    disabled_result = draw_button(canvas, disabled, theme, fonts)
    assert disabled_result.lines[0].startswith("✗")
    assert not enabled_result.overflowed and not disabled_result.overflowed
    # The same drawings in grey scale still differ: hatching and marks are visible
    # without colour vision.
    grey_enabled = _grey_signature(canvas.subsurface(enabled.rect))
    grey_disabled = _grey_signature(canvas.subsurface(disabled.rect))
    assert grey_enabled != grey_disabled


def _grey_signature(surface):
    grey = pygame.transform.grayscale(surface)
    edges = pygame.transform.laplacian(grey)
    return pygame.mask.from_threshold(edges, (0, 0, 0), (40, 40, 40, 255)).count()


def test_focus_ring_is_drawn_outside_the_widget_with_corner_marks(canvas, theme):
    rect = pygame.Rect(400, 300, 200, 60)
    canvas.fill((0, 0, 0))
    bounds = draw_focus_ring(canvas, rect, theme)
    assert bounds.contains(rect) and bounds != rect
    focus = theme.palette.focus
    assert tuple(canvas.get_at((rect.centerx, rect.top - 6)))[:3] == focus  # top edge
    assert tuple(canvas.get_at((bounds.left + 1, bounds.top + 1)))[:3] == focus  # corner mark
    assert tuple(canvas.get_at(rect.center))[:3] == (0, 0, 0)  # content untouched


def test_draw_widgets_draws_buttons_lists_and_tooltip(canvas, fonts, theme):
    friends = make_list(10)
    buttons = grid_buttons()
    group = FocusGroup([*buttons, friends], initial_focus="report")
    group.handle(key(pygame.K_LEFT))  # keyboard mode: the focused widget's tooltip shows
    group.focus("report")
    canvas.fill((0, 0, 0))
    draw_widgets(canvas, group, theme, fonts)
    tooltip_probe = (group.get("report").rect.centerx, group.get("report").rect.bottom + 20)
    assert tuple(canvas.get_at(tooltip_probe))[:3] != (0, 0, 0)


def test_focus_on_a_row_that_disappears_is_dropped_safely(display):
    friends = make_list(5)
    group = FocusGroup([friends], initial_focus="friend-4")
    friends.set_rows(friends.rows[:2])  # friend-4 unfriended
    assert group.focused is None and group.focused_id is None
    assert group.handle(key(pygame.K_RETURN)) is None
    group.handle(key(pygame.K_TAB))
    assert group.focused_id == "friend-0"
