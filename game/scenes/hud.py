"""The play screen's read-only displays: header, score card, stats, perks, friends, feed.

Each function draws one block into the rect it is given, from the game's state, and
reports nothing back: input lives in the play scene, drawing lives here.
"""

from __future__ import annotations

import pygame

from game.engine import Era, Game, bills_due, in_trouble
from game.game_data import GameData
from game.presentation import citizen_name, score_band, signed
from game.scenes.panels import band_and_score
from game.scenes.portraits import Portraits
from game.ui.charts import sparkline
from game.ui.faces import FaceBook
from game.ui.society_canvas import BAND_GLYPHS, BANDS
from game.ui.text import FontBook
from game.ui.text_box import (
    LABEL_VALUE_GAP_PX,
    draw_fitted_line,
    draw_label_and_value,
    draw_text_box,
    draw_text_box_shrinking,
    layout_text_box,
    shrink_sizes,
)
from game.ui.theme import MIN_BODY_TEXT_PX, Theme
from game.ui.widgets import draw_panel

SCORE_MIN, SCORE_MAX = 350, 950  # score points, the range the sparkline spans
SPARK_HEIGHT_PX = 40
SPARK_GAP_PX = 8  # between the trend line and the sparkline
NUMBER_STEP_PX = 4  # the score's size shrinks by this much until the card holds it
BAR_HEIGHT_PX = 12  # the wellbeing bar
BAND_GLYPH = {band: glyph for (_, band, _), glyph in zip(BANDS, BAND_GLYPHS, strict=True)}
"""Each score band's shape as text, as the society view draws it."""
PERK_DETAILS = ("names", "worth", "count")  # the Perks panel's lines, fullest first


def _line(theme: Theme, fonts: FontBook, size: int | None = None, bold: bool = False) -> int:
    return fonts.line_height(size or theme.fonts.body, bold)


def draw_header(surface: pygame.Surface, rect: pygame.Rect, game: Game, data: GameData,
                theme: Theme, fonts: FontBook) -> None:
    """Week, era (a filled or hollow mark plus words) and the world's number."""
    palette, state = theme.palette, game.state
    weeks = game.content.scenario.weeks
    week = data.t("ui.common.week", week=min(state.week, weeks), weeks=weeks)
    era = state.era.value
    own_name = f"scenario.{game.content.scenario.id}.era.{era}"
    name = data.t(own_name) if data.strings.has(own_name) else data.t(f"ui.era.{era}")
    era_text = f"{data.t(f'ui.era.{era}_mark')} {name}"
    if state.transparent:
        era_text += f" · {data.t('ui.formula.shown')}"
    third = rect.width // 3
    draw_fitted_line(surface, week, pygame.Rect(rect.left, rect.top, third, rect.height), fonts,
                     size=theme.fonts.heading, min_size=theme.fonts.body, color=palette.text,
                     bold=True)
    era_color = palette.warning if state.era is Era.MANDATORY else palette.accent
    draw_fitted_line(surface, era_text, pygame.Rect(rect.left + third, rect.top, third,
                                                    rect.height), fonts,
                     size=theme.fonts.body, min_size=theme.fonts.small, color=era_color,
                     bold=True, align="center")
    draw_fitted_line(surface, data.t("ui.title.seed", seed=game.seed_code()),
                     pygame.Rect(rect.right - third, rect.top, third, rect.height), fonts,
                     size=theme.fonts.small, min_size=theme.fonts.small - 4,
                     color=palette.muted_text, align="right")


def draw_score_card(surface: pygame.Surface, rect: pygame.Rect, game: Game, data: GameData,
                    theme: Theme, fonts: FontBook, shown_score: int,
                    button_area: pygame.Rect | None, change: int | None = None,
                    cause: str = "") -> None:
    """The score, large, with the last turn's change beside it (arrow and number), its
    band and trend in words, what moved it most (`cause`) and a sparkline of past weeks.
    `change` is None in the first week.

    Before the player enrols the number is hidden (`button_area` then holds the opt-in
    button, drawn by the scene)."""
    palette, state = theme.palette, game.state
    inner = draw_panel(surface, rect, theme)
    label = pygame.Rect(inner.left, inner.top, inner.width, _line(theme, fonts, theme.fonts.small))
    draw_fitted_line(surface, data.t("ui.common.score"), label, fonts, size=theme.fonts.small,
                     min_size=theme.fonts.small, color=palette.muted_text)
    if not state.enrolled:
        hint = pygame.Rect(inner.left, label.bottom, inner.width,
                           (button_area.top if button_area else inner.bottom) - label.bottom)
        sizes = shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX - 4)
        text = f"{data.t('ui.play.score_hidden')}\n{data.t('ui.play.score_hidden_hint')}"
        lines, fitting, _ = layout_text_box(text, hint, fonts, sizes[-1])
        if fitting < len(lines):  # a small card: the hint goes, the state stays
            text = data.t("ui.play.score_hidden")
        draw_text_box_shrinking(surface, text, hint, fonts, sizes=sizes, color=palette.text)
        return
    small = _line(theme, fonts, theme.fonts.small)
    least = theme.fonts.title  # px: the number's smallest size, unless the cause needs room
    spark_h = SPARK_HEIGHT_PX + SPARK_GAP_PX
    if cause and inner.bottom - label.bottom - 2 * small - spark_h < \
            fonts.line_height(least, True):
        spark_h = 0  # a small card (large text): the cause stays, the sparkline goes
    if cause and inner.bottom - label.bottom - 2 * small < fonts.line_height(least, True):
        least = theme.fonts.heading  # still large; the change and its cause stay in view
    if cause and inner.bottom - label.bottom - 2 * small < fonts.line_height(least, True):
        cause = ""  # Chinese in large text: the week summary just listed every cause
    room = inner.bottom - label.bottom - small - (small if cause else 0) - spark_h
    size = theme.fonts.display  # the number as large as the card's height allows
    while size > least and fonts.line_height(size, True) > room:
        size -= NUMBER_STEP_PX
    number = pygame.Rect(inner.left, label.bottom, inner.width, fonts.line_height(size, True))
    shown = draw_fitted_line(surface, str(shown_score), number, fonts, size=size,
                             min_size=min(size, theme.fonts.title), color=palette.text,
                             bold=True)
    band = data.t(f"ui.band.{score_band(state.score)}")
    if change is None:
        trend, color = data.t("ui.play.trend_first"), palette.muted_text
    elif change > 0:
        trend, color = data.t("ui.play.trend_up", delta=signed(change)), palette.good
    elif change < 0:
        trend, color = data.t("ui.play.trend_down", delta=signed(change)), palette.bad
    else:
        trend, color = data.t("ui.play.trend_flat"), palette.muted_text
    if change:
        _draw_change_beside(surface, number, shown.used_rect.right, change, color, theme,
                            fonts)
    trend_rect = pygame.Rect(inner.left, number.bottom, inner.width, small)
    line = f"{band} · {trend}"
    bold = fonts.font(theme.fonts.small - 4, True).size(line)[0] <= trend_rect.width
    draw_fitted_line(surface, line, trend_rect, fonts, size=theme.fonts.small,  # plain and
                     min_size=min(theme.fonts.small - 4, MIN_BODY_TEXT_PX - 4),  # smaller
                     color=color, bold=bold)  # only if need be
    if cause:
        cause_rect = pygame.Rect(inner.left, trend_rect.bottom, inner.width, small)
        draw_fitted_line(surface, cause, cause_rect, fonts, size=theme.fonts.small,
                         min_size=MIN_BODY_TEXT_PX - 4, color=palette.muted_text)
        trend_rect = cause_rect
    history = [snap.score for snap in state.history]
    spark = pygame.Rect(inner.left, trend_rect.bottom + 4, inner.width,
                        min(SPARK_HEIGHT_PX, inner.bottom - trend_rect.bottom - 4))
    if len(history) >= 2 and spark.height > 8:
        sparkline(surface, spark, history, palette.accent, y_min=SCORE_MIN, y_max=SCORE_MAX)


def _draw_change_beside(surface: pygame.Surface, number: pygame.Rect, number_right: int,
                        change: int, color: tuple, theme: Theme, fonts: FontBook) -> None:
    """"▲ +12" to the right of the score: an arrow (shape) and a signed number (words),
    in the good or bad colour (never colour alone)."""
    arrow = "▲" if change > 0 else "▼"
    left = number_right + theme.spacing.gap
    beside = pygame.Rect(left, number.top, number.right - left, number.height)
    if beside.width < fonts.font(theme.fonts.small, True).size(f"{arrow} {signed(change)}")[0]:
        return  # no room beside the number (large text): the trend line below says it
    draw_fitted_line(surface, f"{arrow} {signed(change)}", beside, fonts,
                     size=theme.fonts.heading, min_size=theme.fonts.small, color=color,
                     bold=True, align="right")


def draw_stats(surface: pygame.Surface, rect: pygame.Rect, game: Game, data: GameData,
               theme: Theme, fonts: FontBook) -> None:
    """Money, hours left, wellbeing (number and bar) and next week's bills."""
    palette, state = theme.palette, game.state
    inner = draw_panel(surface, rect, theme)
    rows = [
        (data.t("ui.common.money"), data.numbers.money(state.money)),
        (data.t("ui.common.hours_left"), data.t("ui.common.hours", hours=state.hours)),
        (data.t("ui.common.wellbeing"), f"{state.wellbeing}/100"),
    ]
    step = _line(theme, fonts)
    top = inner.top
    for label, value in rows:
        line = pygame.Rect(inner.left, top, inner.width, step)
        draw_label_and_value(surface, label, value, line, fonts, size=theme.fonts.body,
                             min_size=theme.fonts.small, label_color=palette.muted_text,
                             value_color=palette.text)
        top += step
    bar = pygame.Rect(inner.left, top + 2, inner.width, BAR_HEIGHT_PX)
    pygame.draw.rect(surface, palette.panel_border, bar, width=1, border_radius=4)
    filled = bar.inflate(-4, -4)
    filled.width = filled.width * state.wellbeing // 100
    pygame.draw.rect(surface, palette.good, filled, border_radius=3)
    bills = pygame.Rect(inner.left, bar.bottom + 6, inner.width,
                        _line(theme, fonts, theme.fonts.small))
    draw_fitted_line(surface, data.t("ui.play.bills_due",
                                     amount=data.numbers.money(bills_due(state, game.content))),
                     bills, fonts, size=theme.fonts.small, min_size=theme.fonts.small - 4,
                     color=palette.muted_text)


def draw_perks(surface: pygame.Surface, rect: pygame.Rect, game: Game, data: GameData,
               theme: Theme, fonts: FontBook) -> None:
    """Perks held (✓) and penalties in force (✗), then the next perk and how far it is.
    Where the names do not all fit (large text), perks and penalties are counted instead,
    with what the perks are worth a week, or without it; lines wrap and shrink only as a
    last resort, and a line still left out is noted for the text checks."""
    palette = theme.palette
    inner = draw_panel(surface, rect, theme, fonts, data.t("ui.common.perks"))
    size = theme.fonts.small
    for detail in PERK_DETAILS:  # names; counted with their worth; counted alone
        lines = perk_lines(game, data, palette, detail)
        if _wrapped_height(lines, inner.width, size, fonts) <= inner.height:
            break
    else:
        for size in shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX - 4):
            if _wrapped_height(lines, inner.width, size, fonts) <= inner.height:
                break
        while len(lines) > 1 and _wrapped_height(lines, inner.width, size, fonts) > \
                inner.height:
            dropped, _ = lines.pop()  # most important first: the next perk goes first
            fonts.note_dropped(dropped, size)
    top = inner.top
    for text, color in lines:
        box = pygame.Rect(inner.left, top, inner.width, inner.bottom - top)
        used = draw_text_box(surface, text, box, fonts, size=size, color=color)
        top = used.used_rect.bottom


def _wrapped_height(lines: list[tuple[str, tuple]], width: int, size: int,
                    fonts: FontBook) -> int:
    return sum(len(fonts.wrap(text, size, width)) * fonts.line_height(size)
               for text, _ in lines)


def perk_worth(data: GameData, money: int, hours: int) -> str:
    """What perks give a week, in words: money, hours, or both."""
    if money and hours:
        return data.t("ui.play.worth_both", money=data.numbers.money(money), hours=hours)
    if hours:
        return data.t("ui.play.worth_hours", hours=hours)
    return data.t("ui.play.worth_money", money=data.numbers.money(money))


def perk_lines(game: Game, data: GameData, palette, detail: str) -> list[tuple[str, tuple]]:
    """The Perks panel's lines: each perk and penalty by name ("names"), or counted with what
    the perks are worth ("worth") or alone ("count"), then the next perk the score can
    reach."""
    state, content = game.state, game.content
    held = [perk for perk in content.perks if perk.id in state.perks]
    penalties = [p for p in content.penalties if p.id in state.penalties]
    lines: list[tuple[str, tuple]] = []
    compact = detail != "names"
    if detail == "worth" and held:
        worth = perk_worth(data, sum(p.money for p in held), sum(p.hours for p in held))
        lines.append((data.t("ui.play.perks_counted", count=len(held), worth=worth),
                      palette.good))
    elif compact and held:
        lines.append((data.t("ui.play.perks_counted_short", count=len(held)), palette.good))
    else:
        lines += [(f"✓ {data.t(f'perk.{perk.id}.name')}", palette.good) for perk in held]
    if not held:
        lines.append((data.t("ui.play.no_perks"), palette.muted_text))
    if compact and penalties:
        lines.append((data.t("ui.play.penalties_counted", count=len(penalties)), palette.bad))
    else:
        lines += [(f"✗ {data.t(f'penalty.{p.id}.name')}", palette.bad) for p in penalties]
    ahead = [perk for perk in content.perks if perk.threshold > state.score]
    if ahead:
        nearest = min(ahead, key=lambda perk: perk.threshold)
        lines.append((data.t("ui.play.next_perk", perk=data.t(f"perk.{nearest.id}.name"),
                             threshold=nearest.threshold,
                             gap=nearest.threshold - state.score), palette.muted_text))
    return lines


def draw_friends_summary(surface: pygame.Surface, rect: pygame.Rect, game: Game,
                         data: GameData, theme: Theme, fonts: FontBook,
                         faces: FaceBook | None = None,
                         portraits: Portraits | None = None) -> None:
    """The friends, closest first: face, name, band and score, trouble mark."""
    palette, state, content = theme.palette, game.state, game.content
    title = f"{data.t('ui.common.friends')} ({len(state.friends)})"
    inner = draw_panel(surface, rect, theme, fonts, title)
    step = _line(theme, fonts, theme.fonts.small)
    ordered = sorted(state.friends, key=lambda f: (-state.closeness.get(f, 0), f))
    room = max(1, inner.height // step)
    shown = ordered if len(ordered) <= room else ordered[:room - 1]
    with_faces = faces is not None and portraits is not None and all(
        _fits_beside_face(game, data, citizen, inner.width - step - 2, theme, fonts)
        for citizen in shown)  # faces only where every name still fits whole
    for index, citizen in enumerate(shown):
        line = pygame.Rect(inner.left, inner.top + index * step, inner.width, step)
        if with_faces:
            faces.draw(surface, portraits.face(citizen),
                       pygame.Rect(line.left, line.top + 1, step - 2, step - 2))
            line.left += step + 2
            line.width -= step + 2
        mark = "⚠ " if in_trouble(state, citizen) else ""
        name = mark + citizen_name(data.strings, content, citizen)
        score = state.society.scores[citizen]
        band = score_band(score)
        color = palette.bad if band in ("low", "very_low") else palette.text
        value = band_and_score(game, data, citizen)
        if not _line_fits(name, value, line.width, theme, fonts):
            value = f"{BAND_GLYPH[band]} {score}"  # the band's shape; its word on the card
        draw_label_and_value(surface, name, value, line, fonts,
                             size=theme.fonts.small, min_size=theme.fonts.small - 4,
                             label_color=color, value_color=palette.muted_text,
                             value_bold=False)
    if len(shown) < len(ordered):
        line = pygame.Rect(inner.left, inner.top + len(shown) * step, inner.width, step)
        draw_fitted_line(surface, f"+{len(ordered) - len(shown)} …", line, fonts,
                         size=theme.fonts.small, min_size=theme.fonts.small - 4,
                         color=palette.muted_text)


def _fits_beside_face(game: Game, data: GameData, citizen: int, width: int, theme: Theme,
                      fonts: FontBook) -> bool:
    """Whether a friend's line fits in `width` beside a face (see `_line_fits`)."""
    mark = "⚠ " if in_trouble(game.state, citizen) else ""
    name = mark + citizen_name(data.strings, game.content, citizen)
    return _line_fits(name, band_and_score(game, data, citizen), width, theme, fonts)


def _line_fits(name: str, value: str, width: int, theme: Theme, fonts: FontBook) -> bool:
    """Whether a name and its value fit one line of `width`: the value at its size (drawn
    first), the name at the smallest size the panel allows."""
    needed = (fonts.font(theme.fonts.small - 4).size(name)[0] + LABEL_VALUE_GAP_PX
              + fonts.font(theme.fonts.small).size(value)[0])
    return needed <= width


def draw_feed(surface: pygame.Surface, rect: pygame.Rect, feed: list[str], data: GameData,
              theme: Theme, fonts: FontBook, goals: tuple[str, ...] = ()) -> None:
    """What happened this week, newest first, as many as fit. In the first week the
    season's aim comes first: the first of `goals` (longest first) that fits whole."""
    palette = theme.palette
    inner = draw_panel(surface, rect, theme, fonts, data.t("ui.play.feed_title"))
    top, step = inner.top, _line(theme, fonts, theme.fonts.small)
    if goals:
        top = _draw_goal(surface, goals, inner, theme, fonts)
    elif not feed:
        draw_text_box_shrinking(surface, data.t("ui.play.feed_empty"), inner, fonts,
                                sizes=shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX - 4),
                                color=palette.muted_text)
        return
    for index, message in enumerate(reversed(feed)):
        text = f"• {message}"
        needed = len(fonts.wrap(text, theme.fonts.small, inner.width)) * step
        if top + needed > inner.bottom:
            break  # older news that does not fit whole is left out, not cut
        box = pygame.Rect(inner.left, top, inner.width, needed)
        result = draw_text_box(surface, text, box, fonts, size=theme.fonts.small,
                               color=palette.text if index == 0 else palette.muted_text)
        top = result.used_rect.bottom + 4


def _draw_goal(surface: pygame.Surface, goals: tuple[str, ...], room: pygame.Rect,
               theme: Theme, fonts: FontBook) -> int:
    """The first of `goals` that fits whole in `room` at the small size, or else the last
    at the largest size that fits; returns the top for what follows."""
    sizes = [theme.fonts.small] * (len(goals) - 1) + list(
        shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX - 4))
    texts = list(goals[:-1]) + [goals[-1]] * (len(sizes) - len(goals) + 1)
    for goal, size in zip(texts, sizes, strict=True):
        if len(fonts.wrap(goal, size, room.width)) * fonts.line_height(size) <= room.height:
            used = draw_text_box(surface, goal, room, fonts, size=size,
                                 color=theme.palette.accent)
            return used.used_rect.bottom + 4
    return room.top
