"""The debrief's Reveal page: six rules a class most needs to get right, one at a time.

On the left the six topics, each with its label once shown; on the right the row being
shown: the statement, its label (shape and word, as on the Evidence page), one sentence of
what the record shows, and its source. Drawing and layout only; the keys live in
`game.scenes.debrief`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.game_data import GameData
from game.reveal import RevealRow
from game.scenes.debrief_pages import label_text, question_sizes
from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line, draw_text_box_shrinking, shrink_sizes
from game.ui.theme import MIN_BODY_TEXT_PX, Theme
from game.ui.widgets import draw_panel

LIST_SHARE = 0.31  # of the page's width given to the list of six topics
CLAIM_SHARE = 0.36  # of the card's height the statement may take, at most
HIGHLIGHT_BAR_PX = 6  # the bar beside the topic being shown (a shape, not only a colour)


@dataclass(frozen=True)
class RevealLayout:
    """Where the page's parts go: the topics, the card, and the row of buttons."""

    topics: pygame.Rect
    card: pygame.Rect
    buttons: pygame.Rect


def reveal_layout(area: pygame.Rect, button_height: int, gap: int) -> RevealLayout:
    """The topics left; the card right, with its buttons along the bottom."""
    list_w = int(area.width * LIST_SHARE)
    topics = pygame.Rect(area.left, area.top, list_w, area.height)
    right = area.left + list_w + gap
    buttons = pygame.Rect(right, area.bottom - button_height, area.right - right, button_height)
    card = pygame.Rect(right, area.top, area.right - right, buttons.top - gap - area.top)
    return RevealLayout(topics, card, buttons)


def row_spoken(data: GameData, row: RevealRow, index: int, total: int) -> str:
    """The shown row as one text, for the screen reader's live region."""
    t = data.t
    return " ".join([t("ui.reveal.count", n=index + 1, total=total),
                     t(row.string_key("topic")), t(row.string_key("claim")),
                     label_text(data, row.label), t(row.string_key("evidence")),
                     source_line(data, row)])


def source_line(data: GameData, row: RevealRow) -> str:
    """"Source: BBC ... (evidence sheet T1)"."""
    return data.t("ui.reveal.source", sources=row.sources, rows=", ".join(row.sheet_rows))


def draw_topics(surface: pygame.Surface, rect: pygame.Rect, rows: tuple[RevealRow, ...],
                shown: int, data: GameData, theme: Theme, fonts: FontBook) -> None:
    """The six topics, numbered; those shown so far carry their label, the current one
    is bold with a bar beside it."""
    t, palette = data.t, theme.palette
    inner = draw_panel(surface, rect, theme)
    heading_h = fonts.line_height(theme.fonts.body, True)
    draw_fitted_line(surface, t("ui.reveal.heading"),
                     pygame.Rect(inner.left, inner.top, inner.width, heading_h), fonts,
                     size=theme.fonts.body, min_size=MIN_BODY_TEXT_PX - 4, color=palette.text,
                     bold=True)
    step = fonts.line_height(theme.fonts.small)
    slot = (inner.bottom - inner.top - heading_h - theme.spacing.gap) // max(1, len(rows))
    for index, row in enumerate(rows):
        top = inner.top + heading_h + theme.spacing.gap + index * slot
        current = index == shown
        text_left = inner.left + 2 * HIGHLIGHT_BAR_PX
        if current:
            pygame.draw.rect(surface, palette.text,
                             pygame.Rect(inner.left, top, HIGHLIGHT_BAR_PX, 2 * step))
        topic = pygame.Rect(text_left, top, inner.right - text_left, step)
        draw_fitted_line(surface, f"{index + 1}. {t(row.string_key('topic'))}", topic, fonts,
                         size=theme.fonts.small, min_size=MIN_BODY_TEXT_PX - 4,
                         color=palette.text, bold=current)
        label = (label_text(data, row.label) if index <= shown
                 else f"… {t('ui.reveal.not_yet')}")
        draw_fitted_line(surface, label, topic.move(0, step), fonts, size=theme.fonts.small,
                         min_size=MIN_BODY_TEXT_PX - 4,
                         color=palette.text if index <= shown else palette.muted_text)


def draw_card(surface: pygame.Surface, rect: pygame.Rect, row: RevealRow, index: int,
              total: int, data: GameData, theme: Theme, fonts: FontBook,
              presenter: bool = False) -> None:
    """One row in full: count and topic, the statement, its label, the evidence and source."""
    t, palette, gap = data.t, theme.palette, theme.spacing.gap
    inner = draw_panel(surface, rect, theme)
    small_h = fonts.line_height(theme.fonts.small)
    draw_fitted_line(surface, f"{t('ui.reveal.count', n=index + 1, total=total)} · "
                     f"{t(row.string_key('topic'))}",
                     pygame.Rect(inner.left, inner.top, inner.width, small_h), fonts,
                     size=theme.fonts.small, min_size=MIN_BODY_TEXT_PX - 4,
                     color=palette.muted_text)
    claim_top = inner.top + small_h + gap // 2
    claim_text = t(row.string_key("claim"))
    room = int(inner.height * CLAIM_SHARE)
    sizes = question_sizes(theme, presenter)  # on a projector the evidence needs the room
    sizes = sizes if presenter else (theme.fonts.heading, *sizes)
    size = next((s for s in sizes if len(fonts.wrap(claim_text, s, inner.width, bold=True))
                 * fonts.line_height(s, True) <= room), sizes[-1])
    claim_h = min(room, len(fonts.wrap(claim_text, size, inner.width, bold=True))
                  * fonts.line_height(size, True))
    claim = pygame.Rect(inner.left, claim_top, inner.width, claim_h)
    draw_text_box_shrinking(surface, claim_text, claim, fonts, sizes=(size, *sizes[1:]),
                            color=palette.text, bold=True)
    label_h = fonts.line_height(theme.fonts.heading, True)
    label = pygame.Rect(inner.left, claim.bottom + gap // 2, inner.width, label_h)
    draw_fitted_line(surface, label_text(data, row.label), label, fonts,
                     size=theme.fonts.heading, min_size=theme.fonts.body, color=palette.text,
                     bold=True)
    source = source_line(data, row)
    source_lines = len(fonts.wrap(source, theme.fonts.small, inner.width))
    source_rect = pygame.Rect(inner.left, inner.bottom - source_lines * small_h, inner.width,
                              source_lines * small_h)
    evidence = pygame.Rect(inner.left, label.bottom + gap, inner.width,
                           source_rect.top - gap - label.bottom - gap)
    draw_text_box_shrinking(surface, t(row.string_key("evidence")), evidence, fonts,
                            sizes=question_sizes(theme, presenter), color=palette.text)
    draw_text_box_shrinking(surface, source, source_rect, fonts,
                            sizes=shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX - 4),
                            color=palette.muted_text)
