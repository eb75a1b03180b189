"""The play screen: the score and its costs on the left, three panels of choices in the
middle, friends and the week's news on the right. Input becomes engine actions here; the
scene never changes the game's state itself."""

from __future__ import annotations

import pygame

from game.engine import (
    SPEAKING_KINDS,
    Action,
    EndWeek,
    Game,
    OptIn,
    Outcome,
    Publish,
    RevealFormula,
    play_out,
)
from game.game_data import GameData
from game.presentation import outcome_text, points_text, refusal_text
from game.scenes import hud
from game.scenes.common import MARGIN_PX, SCREEN_RECT, focused_words, spoken
from game.scenes.panels import Panel, rows_for
from game.scenes.portraits import Portraits
from game.scenes.rows import ListRow, draw_list_row, draw_selected_tab, even_out_labels
from game.scenes.score_moment import (
    Watch,
    largest_cause,
    last_turn_change,
    last_turn_lines,
    topic_text,
)
from game.services.session import Session
from game.shell import Scene, Transition, push, replace
from game.ui.banner import Banner
from game.ui.count_up import CountUp
from game.ui.faces import FaceBook
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.scroll_list import ScrollList
from game.ui.text_box import (
    draw_fitted_line,
    draw_text_box,
    draw_text_box_shrinking,
    shrink_sizes,
)
from game.ui.text_record import CapturedTexts
from game.ui.theme import MIN_BODY_TEXT_PX
from game.ui.widgets import Button, draw_panel, even_out_button_labels

COLUMN_GAP_PX = 16
SIDE_COLUMN_PX = 316  # width of the left and right columns
HEADER_PX = 52
PERKS_MIN_LINES = 3  # the Perks panel always has room for this many lines
MENU_BUTTON_PX = 170  # the header's menu button, with its Esc keycap
FEED_LENGTH = 12  # messages kept in this week's feed
BANNER_HEIGHT_PX = 56  # the threshold banner, over the header
DETAILS_LINES = 3  # lines of explanation under the panel list
TAB_KEYS = {Panel.SHOP: "1", Panel.POST: "2", Panel.FRIENDS: "3"}
PRESENTER_KEYS = (pygame.K_F2, pygame.K_F3, pygame.K_F4)  # only in presenter mode
SOUND_FOR = {"bought": "coin", "reported": "coin", "declined": "alert", "leaked": "alert",
             "coded_caught": "alert", "unfriended": "alert"}


class PlayScene(Scene):
    """A week of play. Pushes event dialogs, the week summary, friend cards and the menu."""

    def __init__(self, data: GameData, session: Session, game: Game) -> None:
        self.data = data
        self.session = session
        self.game = game
        self.panel = Panel.SHOP
        self.feed: list[str] = []
        self.focus = FocusGroup()
        self.counter = CountUp(game.state.score)  # the number shown while it counts
        self.watch = Watch(game)  # what the screen last saw of the score
        self.banners: list[Banner] = []  # thresholds crossed, shown one after another
        self.faces = FaceBook()
        self.portraits: Portraits | None = None
        self.list: ScrollList | None = None
        self.version = 0  # bumped on every rebuild; the backdrop is redrawn when it changes
        self.backdrop: pygame.Surface | None = None
        self.backdrop_key: tuple[int, int] | None = None
        self.backdrop_texts = CapturedTexts(None)  # the backdrop's texts, for checks
        self.save_problem: str | None = None  # why the last autosave failed, until one works

    # -- layout ----------------------------------------------------------------------

    def enter(self, context) -> None:
        super().enter(context)
        self.portraits = Portraits.for_game(self.data, self.game)
        self.rebuild()

    def resume(self) -> None:
        self.rebuild()

    def layout(self) -> dict[str, pygame.Rect]:
        """The screen's blocks for the current theme."""
        spacing, fonts, theme = self.context.theme.spacing, self.context.fonts, self.context.theme
        header_h = max(HEADER_PX, fonts.line_height(theme.fonts.heading, True) + 4)
        top = MARGIN_PX // 4 + header_h + 4
        bottom = SCREEN_RECT.bottom - MARGIN_PX // 2
        left = pygame.Rect(MARGIN_PX // 2, top, SIDE_COLUMN_PX, bottom - top)
        right = pygame.Rect(SCREEN_RECT.right - MARGIN_PX // 2 - SIDE_COLUMN_PX, top,
                            SIDE_COLUMN_PX, bottom - top)
        center = pygame.Rect(left.right + COLUMN_GAP_PX, top,
                             right.left - left.right - 2 * COLUMN_GAP_PX, bottom - top)
        score_h = (2 * spacing.padding + fonts.line_height(theme.fonts.small)
                   + fonts.line_height(theme.fonts.display, True)
                   + 2 * fonts.line_height(theme.fonts.small) + hud.SPARK_HEIGHT_PX
                   + hud.SPARK_GAP_PX)
        stats_h = (2 * spacing.padding + 3 * fonts.line_height(theme.fonts.body)
                   + hud.BAR_HEIGHT_PX + 8 + fonts.line_height(theme.fonts.small))
        perks_min = (2 * spacing.padding + fonts.line_height(theme.fonts.heading, True)
                     + PERKS_MIN_LINES * fonts.line_height(theme.fonts.small))
        score_h = min(score_h, left.height - stats_h - perks_min - 2 * spacing.gap)
        score = pygame.Rect(left.left, left.top, left.width, score_h)
        stats = pygame.Rect(left.left, score.bottom + spacing.gap, left.width, stats_h)
        perks = pygame.Rect(left.left, stats.bottom + spacing.gap, left.width,
                            left.bottom - stats.bottom - spacing.gap)
        buttons_h = spacing.button_height
        end_week = pygame.Rect(right.left, right.bottom - buttons_h, right.width, buttons_h)
        menu_w = MENU_BUTTON_PX + (MENU_BUTTON_PX // 4 if theme.text_scale == "large" else 0)
        menu = pygame.Rect(0, MARGIN_PX // 4, menu_w, header_h - 4)
        menu.right = SCREEN_RECT.right - MARGIN_PX // 2
        friends_h = (right.height - buttons_h - 2 * spacing.gap) * 11 // 20
        friends = pygame.Rect(right.left, right.top, right.width, friends_h)
        feed = pygame.Rect(right.left, friends.bottom + spacing.gap, right.width,
                           end_week.top - friends.bottom - 2 * spacing.gap)
        tabs = pygame.Rect(center.left, center.top, center.width, buttons_h)
        topic_lines = len(fonts.wrap(self._topic_text(), theme.fonts.small, center.width))
        topic_h = max(2, min(3, topic_lines)) * fonts.line_height(theme.fonts.small)
        topic = pygame.Rect(center.left, tabs.bottom + spacing.gap, center.width, topic_h)
        details_h = DETAILS_LINES * fonts.line_height(theme.fonts.small) + 2 * spacing.padding
        details = pygame.Rect(center.left, center.bottom - details_h, center.width, details_h)
        listing = pygame.Rect(center.left, topic.bottom + spacing.gap, center.width,
                              details.top - topic.bottom - 2 * spacing.gap)
        header = pygame.Rect(MARGIN_PX, MARGIN_PX // 4, menu.left - spacing.gap - MARGIN_PX,
                             header_h)
        return {"header": header, "score": score, "stats": stats, "perks": perks,
                "friends": friends, "feed": feed, "end_week": end_week, "menu": menu,
                "tabs": tabs, "topic": topic, "list": listing, "details": details}

    def rebuild(self) -> None:
        """Rebuild every widget from the game's state (after any action or setting change)."""
        self.version += 1
        theme, t = self.context.theme, self.data.t
        spacing = theme.spacing
        rects = self.layout()
        self.rects = rects
        items: list = []
        tab_width = (rects["tabs"].width - 2 * spacing.gap) // 3
        for index, panel in enumerate(Panel):
            rect = pygame.Rect(rects["tabs"].left + index * (tab_width + spacing.gap),
                               rects["tabs"].top, tab_width, rects["tabs"].height)
            items.append(Button(f"tab:{panel.value}", rect, t(f"ui.play.tab_{panel.value}"),
                                hotkey=TAB_KEYS[panel]))
        even_out_button_labels(items, theme, self.context.fonts)
        self.opt_in_rect = None
        if not self.game.state.enrolled:
            score = rects["score"]
            self.opt_in_rect = pygame.Rect(score.left + spacing.padding,
                                           score.bottom - spacing.padding - spacing.button_height,
                                           score.width - 2 * spacing.padding,
                                           spacing.button_height)
            items.append(Button("opt_in", self.opt_in_rect, t("ui.play.opt_in"), hotkey="o",
                                tooltip=self._refusal_or(OptIn(), None)))
        rows = rows_for(self.panel, self.game, self.data)
        if self.list is None or self.list.viewport != rects["list"]:
            self.list = ScrollList(rects["list"], rows, row_height_px=spacing.row_height)
        else:
            self.list.set_rows(rows)
        even_out_labels(rows, self.list.row_width_px, theme, self.context.fonts)
        items.append(self.list)
        items.append(Button("end_week", rects["end_week"], t("ui.play.end_week"), hotkey="e",
                            tooltip=self._refusal_or(EndWeek(), None)))
        items.append(Button("menu", rects["menu"], t("ui.menu.button"), hotkey="escape"))
        focused = self.focus.focused_id
        self.focus.set_items(items)
        if focused is None and rows:
            self.focus.focus(rows[0].id)

    def _refusal_or(self, action: Action, fallback: str | None) -> str | None:
        refusal = self.game.check(action)
        if refusal is None:
            return fallback
        return refusal_text(self.data.strings, self.game.content, refusal,
                                   self.data.numbers)

    # -- input -------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> Transition | None:
        if self.context.settings.presenter and event.type == pygame.KEYDOWN:
            transition = self.presenter_key(event.key)
            if transition is not None or event.key in PRESENTER_KEYS:
                return transition
        activated = self.focus.handle(event)
        if activated is None:
            return None
        return self.activate(activated)

    def activate(self, widget_id: str) -> Transition | None:
        """Carry out what a widget stands for."""
        kind, _, value = widget_id.partition(":")
        if kind == "tab":
            self.context.sounds.play("click")
            self.panel = Panel(value)
            self.list.scroll_to(0)
            self.rebuild()
            if self.list.rows:
                self.focus.focus(self.list.rows[0].id)
            return None
        if kind == "friend":
            self.context.sounds.play("click")
            return push("friend", self.data, self.game, int(value), self.record)
        if widget_id == "menu":
            return push("pause", self.data, self.session, self.game)
        if widget_id == "end_week":
            return self.end_week()
        if widget_id == "opt_in":
            self.record(self.game.act(OptIn()))
            return None
        action = getattr(self.focus.find(widget_id), "action", None)
        if isinstance(action, Publish) and self._says_something(action.post):
            if self.game.check(action) is None:
                return push("draft", self.data, self.game, action.post, self.record)
        if action is not None:
            self.record(self.game.act(action))
        return None

    def _says_something(self, post_id: str) -> bool:
        return self.game.content.posts[post_id].kind in SPEAKING_KINDS

    def presenter_key(self, key: int) -> Transition | None:
        """A teacher's key: F2 shows the formula, F3 pauses everyone, F4 skips to the end."""
        if key == pygame.K_F2:
            self.record(self.game.act(RevealFormula()))
        elif key == pygame.K_F3:
            return push("presenter_pause", self.data)
        elif key == pygame.K_F4:
            return self.skip_to_debrief()
        return None

    def skip_to_debrief(self) -> Transition | None:
        """End the remaining weeks with their first allowed choices, for the discussion."""
        play_out(self.game)
        self.save()
        return replace("debrief", self.data, self.session, self.game)

    def save(self) -> None:
        """Autosave; a failure shows a banner until a later save (after the next action)
        works. The last good save stays as it was: writes are all or nothing."""
        self.save_problem = self.session.save(self.game)

    def record(self, outcome: Outcome) -> None:
        """Show what an action did (or why not), play its cue, save, and refresh."""
        if outcome.ok:
            self.feed.append(outcome_text(self.data.strings, self.game.content, outcome))
            if self.game.state.transparent and outcome.points:
                self.feed.append(self.data.t("ui.formula.points", points=points_text(
                    self.data.strings, outcome.points)))
            self.context.sounds.play(SOUND_FOR.get(outcome.key, "click"))
        else:
            self.feed.append(refusal_text(self.data.strings, self.game.content,
                                          outcome.refusal, self.data.numbers))
            self.context.sounds.play("alert")
        del self.feed[:-FEED_LENGTH]
        self.save()
        self.rebuild()

    def end_week(self) -> Transition | None:
        outcome = self.game.act(EndWeek())
        if not outcome.ok:
            self.record(outcome)
            return None
        self.context.sounds.play("week_end")
        self.save()
        self.feed = []
        self.rebuild()
        return push("week_summary", self.data, self.game, outcome.report)

    # -- frame -------------------------------------------------------------------------

    def notice_score_moves(self) -> None:
        """When the score, perks or penalties moved: count to the new number, and give each
        threshold crossed a banner and a sound cue (reduced motion: the number jumps and
        the banner stands still; the cue follows the sound setting)."""
        move = self.watch.moved(self.data)
        if move is None:
            return
        reduced = self.context.settings.motion_reduced
        self.counter.set_target(move.after, immediate=reduced or not self.game.state.enrolled)
        for crossing in move.crossings:
            self.banners.append(Banner(crossing.text, crossing.good, still=reduced))
        if move.crossings:
            self.context.sounds.play(
                "threshold_up" if move.crossings[0].good else "threshold_down")

    def update(self, dt_seconds: float) -> Transition | None:
        self.notice_score_moves()
        self.counter.update(dt_seconds)
        if self.banners:
            self.banners[0].update(dt_seconds)
            if not self.banners[0].visible:
                self.banners.pop(0)
        if self.game.finished:
            return replace("debrief", self.data, self.session, self.game)
        if self.game.state.card and not self.game.state.card_before and not self.game.log:
            return push("card", self.data, self.session, self.game, "before")
        if self.game.state.events:
            return push("event", self.data, self.game, self.record)
        return None

    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts = self.context.theme, self.context.fonts
        key = (self.version, self.counter.shown, bool(self.banners))
        if self.backdrop is None or self.backdrop_key != key or \
                self.backdrop_texts.stale(fonts):
            with CapturedTexts(fonts) as self.backdrop_texts:
                self.backdrop = self._draw_backdrop(surface)
            self.backdrop_key = key
        surface.blit(self.backdrop, (0, 0))
        self.backdrop_texts.replay(fonts)
        self._draw_details(surface)
        draw_widgets(surface, self.focus, theme, fonts, show_tooltip=False,
                     draw_row=lambda s, row, state: draw_list_row(s, row, state, theme, fonts))
        draw_selected_tab(surface, self.focus.get(f"tab:{self.panel.value}").rect, theme)
        if self.save_problem:
            self._draw_save_banner(surface)
        if self.banners:
            header = self.rects["header"]
            rect = pygame.Rect(header.left, header.top, header.width,
                               max(header.height, BANNER_HEIGHT_PX))
            self.banners[0].draw(surface, rect, theme, fonts)

    def _draw_save_banner(self, surface: pygame.Surface) -> None:
        """Over the header, in the warning colour and with a warning sign: saving failed."""
        theme, fonts = self.context.theme, self.context.fonts
        rect = self.rects["header"]
        pygame.draw.rect(surface, theme.palette.warning, rect, border_radius=6)
        draw_fitted_line(surface, "⚠ " + self.data.t("ui.play.save_failed"),
                         rect.inflate(-theme.spacing.padding, 0), fonts, size=theme.fonts.body,
                         min_size=MIN_BODY_TEXT_PX, color=theme.palette.background, bold=True)

    def _draw_backdrop(self, like: pygame.Surface) -> pygame.Surface:
        """Everything that changes only with the game's state: drawn once per change, then
        blitted each frame, so a frame costs little more than the widgets."""
        theme, fonts, rects = self.context.theme, self.context.fonts, self.rects
        backdrop = pygame.Surface(like.get_size()).convert(like)
        backdrop.fill(theme.palette.background)
        if not self.banners:  # a threshold's banner takes the header's place a moment
            hud.draw_header(backdrop, rects["header"], self.game, self.data, theme, fonts)
        hud.draw_score_card(backdrop, rects["score"], self.game, self.data, theme, fonts,
                            self.counter.shown, self.opt_in_rect,
                            last_turn_change(self.game),
                            largest_cause(self.data, self.game, last_turn_lines(self.game)))
        hud.draw_stats(backdrop, rects["stats"], self.game, self.data, theme, fonts)
        hud.draw_perks(backdrop, rects["perks"], self.game, self.data, theme, fonts)
        hud.draw_friends_summary(backdrop, rects["friends"], self.game, self.data, theme, fonts,
                                 self.faces, self.portraits)
        hud.draw_feed(backdrop, rects["feed"], self.feed, self.data, theme, fonts,
                      self._goals())
        self._draw_topic(backdrop)
        return backdrop

    def spoken_text(self) -> str:
        """Week, score, money, hours, wellbeing, the focused choice and the latest news."""
        t, state = self.data.t, self.game.state
        weeks = self.game.content.scenario.weeks
        parts = [t("ui.common.week", week=min(state.week, weeks), weeks=weeks)]
        if state.enrolled:
            parts.append(f"{t('ui.common.score')} {state.score}")
        else:
            parts.append(t("ui.play.score_hidden"))
        parts += [f"{t('ui.common.money')} {self.data.numbers.money(state.money)}",
                  f"{t('ui.common.hours_left')} {state.hours}",
                  f"{t('ui.common.wellbeing')} {state.wellbeing}"]
        warning = self.data.t("ui.play.save_failed") if self.save_problem else ""
        if self.banners:  # a threshold just crossed is news first
            warning = spoken(warning, self.banners[0].text)
        return spoken(warning, *parts, *focused_words(self.focus),
                      self.feed[-1] if self.feed else "")

    def _goals(self) -> tuple[str, ...]:
        """The season's aim in the player's own terms, shown through the first week: in
        full, and shorter for a small panel (large text)."""
        if self.game.state.week != 1:
            return ()
        weeks = self.game.content.scenario.weeks
        score = self.game.state.score
        ahead = [perk for perk in self.game.content.perks if perk.threshold > score]
        if not ahead:
            return (self.data.t("ui.feel.goal_no_perks", weeks=weeks),)
        nearest = min(ahead, key=lambda perk: perk.threshold)
        words = {"weeks": weeks, "perk": self.data.t(f"perk.{nearest.id}.name"),
                 "threshold": nearest.threshold}
        return (self.data.t("ui.feel.goal", **words),
                self.data.t("ui.feel.goal_short", **words))

    def _topic_text(self) -> str:
        t, state = self.data.t, self.game.state
        mind = t("ui.play.on_your_mind", topic=topic_text(self.data, self.game))
        status = t("ui.play.said") if state.said_this_week else t("ui.play.held")
        return f"{status} · {mind}"

    def _draw_topic(self, surface: pygame.Surface) -> None:
        theme, fonts = self.context.theme, self.context.fonts
        draw_text_box(surface, self._topic_text(), self.rects["topic"], fonts,
                      size=theme.fonts.small, color=theme.palette.text)

    def _draw_details(self, surface: pygame.Surface) -> None:
        theme, fonts = self.context.theme, self.context.fonts
        inner = draw_panel(surface, self.rects["details"], theme)
        target = self.focus.tooltip_target() or self.focus.focused
        text = target.tooltip if target is not None and target.tooltip else self.data.t(
            "ui.play.hint")
        if isinstance(target, (ListRow, Button)) and not target.enabled:
            text = f"✗ {text}"
        draw_text_box_shrinking(surface, text, inner, fonts,  # a refusal plus a long tip
                                sizes=shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX),
                                color=theme.palette.text)
