"""The debrief's pages: what happened (ending, charts, perks and costs), every point, the
rules with their evidence, and questions for discussion. Drawing only; no input here."""

from __future__ import annotations

import pygame

from game.engine import CAUSE_GROUPS, EVIDENCE_LABELS, Debrief
from game.game_data import GameData
from game.presentation import cause_text, signed
from game.scenes.rows import ListRow
from game.ui.charts import MARKER_RADIUS_PX, Series, Threshold, draw_line_chart
from game.ui.text import FontBook
from game.ui.text_box import (
    draw_fitted_line,
    draw_label_and_value,
    draw_text_box,
    draw_text_box_shrinking,
    layout_text_box,
    shrink_sizes,
)
from game.ui.theme import MIN_BODY_TEXT_PX, NORMAL_FONT_SIZES, Theme
from game.ui.widgets import draw_panel, panel_content

LABEL_MARKS = {"documented": "■", "reported": "◆", "contested": "▲", "invented": "●"}
"""A shape for each evidence label, shown beside its word, so colour is never alone."""
PRESENTER_BODY_PX = 28  # body text on a projector is never smaller
CHART_GAP_PX = 12
TEXT_SHARE = 0.45  # of the summary page's width given to the ending and costs
LARGE_TEXT_SHARE = 0.6  # the same with large text
PRESENTER_TEXT_SHARE = 0.64  # on a projector the words matter more than the charts
COST_COLUMNS = 2  # what it cost, side by side
PRESENTER_COST_COLUMNS = 3  # the same on a projector's wider panel, in fewer rows
ERA_LINE_DASH_PX = 6
ERA_LABEL_LIFT_PX = 3  # the era label at the plot's bottom sits this far above the axis
ENDING_SHRINK_PX = 4  # the ending's text may shrink this far below normal small text


def label_text(data: GameData, label: str) -> str:
    """"■ Documented" — the label's shape and word."""
    return f"{LABEL_MARKS[label]} {data.t(f'label.{label}')}"


def ending_sizes(theme: Theme) -> tuple[int, ...]:
    """Sizes the ending's text may shrink through to fit above the season's facts (with large
    text further, down to normal text's smallest, NORMAL_FONT_SIZES.small - 4)."""
    smallest = NORMAL_FONT_SIZES.small - ENDING_SHRINK_PX
    return tuple(range(theme.fonts.small, smallest - 1, -2))


def cost_lines(data: GameData, debrief: Debrief) -> list[str]:
    """What the season cost, one line each."""
    m, t = debrief.metrics, data.t
    return [
        t("ui.debrief.cost_dropped", count=m["friends_dropped"]),
        t("ui.debrief.cost_dropped_by", count=m["dropped_by"]),
        t("ui.debrief.cost_held_back", count=m["held_back"]),
        t("ui.debrief.cost_said", count=m["said"]),
        t("ui.debrief.cost_reports", count=m["reports"]),
        t("ui.debrief.cost_muted", count=m["muted"]),
        t("ui.debrief.cost_silent", count=m["silent_weeks"]),
        t("ui.debrief.more.cost_withdrawn", count=m["withdrawn"]),
    ]


def draw_summary(surface: pygame.Surface, area: pygame.Rect, debrief: Debrief, data: GameData,
                 theme: Theme, fonts: FontBook, codes: tuple[str, str] = ("", ""),
                 presenter: bool = False) -> None:
    """Ending and costs on the left; four charts across the weeks on the right. For a
    projector (`presenter`) the result code stands large on a line of its own."""
    t, palette, gap = data.t, theme.palette, theme.spacing.gap
    share = (PRESENTER_TEXT_SHARE if presenter else
             LARGE_TEXT_SHARE if theme.text_scale == "large" else TEXT_SHARE)
    left = pygame.Rect(area.left, area.top, int(area.width * share), area.height)
    right = pygame.Rect(left.right + gap, area.top, area.right - left.right - gap, area.height)
    inner = draw_panel(surface, left, theme, fonts,
                       t(f"ending.{debrief.ending}.title") if debrief.ending else "")
    step = fonts.line_height(theme.fonts.small)
    costs = cost_lines(data, debrief)
    cost_columns = PRESENTER_COST_COLUMNS if presenter else COST_COLUMNS
    cost_rows = -(-len(costs) // cost_columns)
    costs_top = inner.bottom - cost_rows * step
    worth = t("ui.debrief.perks_worth", money=data.numbers.money(debrief.perk_money),
              hours=debrief.perk_hours, wellbeing=debrief.perk_wellbeing)
    if debrief.penalty_money or debrief.penalty_hours or debrief.penalty_wellbeing:
        worth += "\n" + t("ui.debrief.penalties_took",
                          money=data.numbers.money(debrief.penalty_money),
                          hours=debrief.penalty_hours, wellbeing=debrief.penalty_wellbeing)
    eras = t("ui.debrief.eras", opt_in=signed(debrief.opt_in_change),
             mandatory=signed(debrief.mandatory_change))
    world, result = codes
    facts = f"{worth}\n{eras}"
    if result and not presenter:
        facts = f"{t('ui.debrief.result_code', code=result, world=world)}\n{facts}"
    facts_lines = len(fonts.wrap(facts, theme.fonts.small, inner.width))
    cost_title_top = costs_top - step  # "What it cost", in bold: a heading for the figures
    facts_top = cost_title_top - facts_lines * step - gap // 2
    text_bottom = facts_top - gap
    if result and presenter:  # the code to copy, large, on its own line above the facts
        code_h = fonts.line_height(theme.fonts.heading, True)
        code_rect = pygame.Rect(inner.left, facts_top - gap // 2 - code_h, inner.width, code_h)
        draw_fitted_line(surface, result, code_rect, fonts, size=theme.fonts.heading,
                         min_size=theme.fonts.small, color=palette.text, bold=True)  # a code
        # with the card's answers is 41 characters: smaller type, still on one line
        label_rect = pygame.Rect(inner.left, code_rect.top - step, inner.width, step)
        draw_fitted_line(surface, t("ui.debrief.result_code_label"), label_rect, fonts,
                         size=theme.fonts.small, min_size=MIN_BODY_TEXT_PX - 4,
                         color=palette.muted_text)
        text_bottom = label_rect.top - gap
    draw_text_box_shrinking(surface, t(f"ending.{debrief.ending}.text") if debrief.ending
                            else "", pygame.Rect(inner.left, inner.top, inner.width,
                                                 text_bottom - inner.top), fonts,
                            sizes=ending_sizes(theme), color=palette.text)
    draw_text_box(surface, facts, pygame.Rect(inner.left, facts_top, inner.width,
                                              cost_title_top - facts_top),
                  fonts, size=theme.fonts.small, color=palette.text, bold=False)
    draw_fitted_line(surface, t("ui.debrief.costs_title"),
                     pygame.Rect(inner.left, cost_title_top, inner.width, step), fonts,
                     size=theme.fonts.small, min_size=MIN_BODY_TEXT_PX - 4, color=palette.text,
                     bold=True)
    column_w = (inner.width - (cost_columns - 1) * gap) // cost_columns
    for index, line in enumerate(costs):
        row, column = divmod(index, cost_columns)
        cell = pygame.Rect(inner.left + column * (column_w + gap), costs_top + row * step,
                           column_w, step)
        draw_fitted_line(surface, line, cell, fonts, size=theme.fonts.small,
                         min_size=theme.fonts.small - 6, color=palette.text)
    _draw_charts(surface, right, debrief, data, theme, fonts)


def _draw_charts(surface: pygame.Surface, area: pygame.Rect, debrief: Debrief, data: GameData,
                 theme: Theme, fonts: FontBook) -> None:
    t = data.t
    half_w = (area.width - CHART_GAP_PX) // 2
    half_h = (area.height - CHART_GAP_PX) // 2
    x_labels = [t("ui.debrief.week_short", week=w) for w in debrief.weeks]
    charts = [
        (t("ui.debrief.chart_score"), debrief.scores, (350, 950),
         [Threshold(600, "600")]),
        (t("ui.debrief.chart_wellbeing"), debrief.wellbeing, (0, 100), []),
        (t("ui.debrief.chart_money"), debrief.money, (0, None), []),
        (t("ui.debrief.chart_friends"), debrief.friends, (0, None), []),
    ]
    for index, (title, values, (low, high), thresholds) in enumerate(charts):
        rect = pygame.Rect(area.left + (index % 2) * (half_w + CHART_GAP_PX),
                           area.top + (index // 2) * (half_h + CHART_GAP_PX), half_w, half_h)
        inner = draw_panel(surface, rect, theme)
        series = [Series(title, values, color=theme.palette.series[index],
                         marker=None)]
        layout = draw_line_chart(surface, inner, series, theme, fonts, x_labels=x_labels,
                                 thresholds=thresholds, y_min=low, y_max=high, title=title,
                                 show_legend=False)
        draw_era_line(surface, layout, debrief, data, theme, fonts)


def draw_era_line(surface, layout, debrief: Debrief, data: GameData, theme: Theme,
                   fonts: FontBook) -> pygame.Rect | None:
    """A dashed vertical line where the scheme became mandatory, labelled in words on a plate
    at the top of the plot, or at its bottom where the data would cross the top; returns
    where the label went."""
    if debrief.mandatory_week not in debrief.weeks:
        return None
    index = debrief.weeks.index(debrief.mandatory_week)
    point = layout.points[0][index] if layout.points and layout.points[0] else None
    if point is None:
        return None
    x, plot = point[0], layout.plot_rect
    for y in range(plot.top, plot.bottom, 2 * ERA_LINE_DASH_PX):
        pygame.draw.line(surface, theme.palette.warning, (x, y),
                         (x, min(y + ERA_LINE_DASH_PX, plot.bottom)), 2)
    label = fonts.render(data.t("ui.debrief.mandatory_line"), theme.fonts.small - 4,
                         theme.palette.warning)
    left = min(x + 4, plot.right - label.get_width())
    places = [label.get_rect(topleft=(left, plot.top)),
              label.get_rect(bottomleft=(left, plot.bottom - ERA_LABEL_LIFT_PX))]
    points = [p for p in layout.points[0] if p is not None]

    def crossings(place: pygame.Rect) -> int:
        room = place.inflate(2 * MARKER_RADIUS_PX, 2 * MARKER_RADIUS_PX)
        return sum(1 for p in points if room.collidepoint(p))

    spot = min(places, key=crossings)  # the top unless the data crosses it more
    pygame.draw.rect(surface, theme.palette.panel, spot.inflate(4, 0))
    surface.blit(label, spot)
    return spot


def ledger_rows(debrief: Debrief, data: GameData, content) -> list[ListRow]:
    """One row per booked change, newest first: week, cause, dimension and points."""
    rows = []
    for index, line in enumerate(reversed(debrief.lines)):
        label = data.t("ui.debrief.ledger_row", week=line.week,
                       cause=cause_text(data.strings, content, line),
                       dimension=data.t(f"dim.{line.dimension}.name"))
        rows.append(ListRow(f"line:{index}", label, signed(line.amount),
                            tooltip=label + f": {signed(line.amount)}"))
    return rows


def draw_ledger_totals(surface: pygame.Surface, rect: pygame.Rect, debrief: Debrief,
                       score: int, data: GameData, theme: Theme, fonts: FontBook,
                       dimension_ids: tuple[str, ...]) -> None:
    """Where the score's points came from, by cause and by dimension; they add up. Every
    row is drawn: the text gets smaller (never below the body minimum) until all fit."""
    t, palette = data.t, theme.palette
    inner = draw_panel(surface, rect, theme, fonts, t("ui.debrief.ledger_totals", score=score))
    rows = [(t("ui.debrief.base"), "350")]
    rows += [(t(f"ui.group.{group}"), signed(debrief.by_group[group]))
             for group in CAUSE_GROUPS if debrief.by_group[group]]
    rows.append(("", ""))
    rows += [(t(f"dim.{dim}.name"), str(debrief.by_dimension[dim])) for dim in dimension_ids]
    sizes = shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX)
    size = next((s for s in sizes if len(rows) * fonts.line_height(s) <= inner.height),
                sizes[-1])
    step = fonts.line_height(size)
    for index, (label, value) in enumerate(rows):
        line = pygame.Rect(inner.left, inner.top + index * step, inner.width, step)
        draw_label_and_value(surface, label, value, line, fonts, size=size,
                             min_size=MIN_BODY_TEXT_PX, label_color=palette.text,
                             value_color=palette.text)


def evidence_label_text(data: GameData, evidence) -> str:
    """The label shown for a mechanic: its weakest part's, and where it mixes a real fact
    with the game's own rule, the stronger parts' labels beside it."""
    shown = label_text(data, evidence.label)
    if not evidence.mixed:
        return shown
    stronger = [label for label in EVIDENCE_LABELS
                if label != evidence.label and any(p.label == label for p in evidence.parts)]
    return data.t("ui.debrief.mixed", label=shown,
                  others=", ".join(label_text(data, label) for label in stronger))


def parts_text(data: GameData, evidence) -> str:
    """A mechanic of two or more parts in words, each with its label and sheet rows:
    "People did post screenshots of their scores (documented, F5); that posting one ..."."""
    phrases = data.strings.items(f"evidence.{evidence.id}.parts")
    if len(evidence.parts) < 2 or len(phrases) != len(evidence.parts):
        return ""
    parts = []
    for phrase, part in zip(phrases, evidence.parts, strict=True):
        rows = ", ".join(dict.fromkeys(claim.split("-")[0] for claim in part.claims))
        label = data.t(f"label_word.{part.label}")
        parts.append(data.t("ui.debrief.part", text=phrase, label=label, claims=rows) if rows
                     else data.t("ui.debrief.part_own", text=phrase, label=label))
    line = data.t("ui.debrief.parts_line", parts=data.t("ui.debrief.part_join").join(parts))
    return line[:1].upper() + line[1:]


def evidence_details(data: GameData, evidence) -> str:
    """What the Evidence page's box says of a mechanic: the rule as the game plays it, its
    parts (where it mixes them), what the record shows, and the sheet rows and sources."""
    lines = [data.t(f"evidence.{evidence.id}.claim"), parts_text(data, evidence),
             data.t(f"evidence.{evidence.id}.shows"),
             data.t("ui.debrief.sources", rows=", ".join(evidence.sheet_rows),
                    sources=evidence.sources)]
    return "\n".join(line for line in lines if line)


def rule_rows(debrief: Debrief, data: GameData, content) -> list[ListRow]:
    """One row per rule: its name and its evidence label (shape and word)."""
    rows = []
    for index, rule in enumerate(debrief.rules):
        evidence = content.evidence[rule.evidence]
        own = f"scenario.{content.scenario.id}.{rule.rule}"  # a scenario's own wording
        name = data.t(own) if data.strings.has(own) else data.t(rule.rule, friend="…")
        rows.append(ListRow(f"rule:{index}", name, evidence_label_text(data, evidence),
                            tooltip=evidence_details(data, evidence)))
    return rows


def draw_label_key(surface: pygame.Surface, rect: pygame.Rect, data: GameData, theme: Theme,
                   fonts: FontBook) -> None:
    """The four labels with their shapes, in one line."""
    text = "   ".join(label_text(data, label) for label in EVIDENCE_LABELS)
    draw_fitted_line(surface, text, rect, fonts, size=theme.fonts.small,
                     min_size=theme.fonts.small - 6, color=theme.palette.text)


def question_sizes(theme: Theme, presenter: bool) -> tuple[int, ...]:
    """The sizes the questions may take: on a projector (`presenter`) never smaller than
    PRESENTER_BODY_PX."""
    if presenter:
        return tuple(s for s in (theme.fonts.body, theme.fonts.body - 2)
                     if s >= PRESENTER_BODY_PX) or (PRESENTER_BODY_PX,)
    return theme.fonts.body, theme.fonts.small, theme.fonts.small - 2


def question_parts(area: pygame.Rect, data: GameData, theme: Theme, fonts: FontBook,
                   presenter: bool) -> list[list[str]]:
    """The numbered questions, in as few parts as fit the page at their smallest size
    (one part unless the text is large): nothing is cut, a part is one key away."""
    questions = [f"{n}. {q}" for n, q in enumerate(data.strings.items("debrief.questions"), 1)]
    inner = panel_content(area, theme, fonts, data.t("ui.debrief.questions_intro"))
    size = question_sizes(theme, presenter)[-1]
    parts: list[list[str]] = [[]]
    for question in questions:
        trial = "\n".join([*parts[-1], question])
        lines, fitting, _ = layout_text_box(trial, inner, fonts, size, line_spacing=1.1)
        if parts[-1] and fitting < len(lines):
            parts.append([question])
        else:
            parts[-1].append(question)
    return parts


def draw_questions(surface: pygame.Surface, area: pygame.Rect, data: GameData, theme: Theme,
                   fonts: FontBook, part: list[str], presenter: bool = False) -> None:
    """One part of the discussion questions (see `question_parts`)."""
    inner = draw_panel(surface, area, theme, fonts, data.t("ui.debrief.questions_intro"))
    draw_text_box_shrinking(surface, "\n".join(part), inner, fonts,
                            sizes=question_sizes(theme, presenter), color=theme.palette.text,
                            line_spacing=1.1)
