"""A tour of every screen and state the game can show, for looking and for checking.

`tour` walks the real scenes (title, scenario picker, Designer, world code, lesson plan,
class results and the card's chart, the society view and its experiment, the card, a
season's event, tabs, friend card, draft, week summary, the score's moment after a week,
pause and End now, settings, the week the scheme turns mandatory, every debrief page, an
ended-early debrief, the reveal, What if, every ending, the error screen) and yields each
as (name, app). The screenshots tool saves
each to PNG; the render test checks each one's texts. Both use the same tour, so a screen
added here is both looked at and checked.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pygame

from game.bots.season import play_season, play_weeks, summary
from game.bots.strategies import legal_choices
from game.engine import SPEAKING_KINDS, Choose, Game, play_out
from game.game_data import GameData
from game.scenes.class_results import ClassResultsScene
from game.scenes.debrief import PAGES, DebriefScene
from game.scenes.error import ContentErrorScene
from game.scenes.pause import PauseMenu
from game.scenes.play import PlayScene
from game.scenes.society import SocietyScene
from game.scenes.title import TitleScene
from game.services.session import Session
from game.shell import App, Pop, Push, push

MakeApp = Callable[[object], App]  # a scene -> an app showing it, in the tour's settings
TOUR_SEED = 9  # the world every season of the tour is played in
BOT_STRATEGIES = ("conformist", "authentic", "gamer", "loyal", "random")
WORLD_CODE_TYPED = "4600-3RJ0-RX"  # a code typed into the world-code screen
BAD_RESULT_CODE = "WRONG"  # one code the class results screen must refuse
ERROR_TEXT = "assets/data/items.toml, item 'diapers', field 'price': must be a whole number"
FRIEND_SHOWN = 4  # the friend whose card is opened (0 is the player)
CARD_LESSON_WEEKS = 6  # a lesson-length season, with the before-and-after card
CARD_SEASONS = 4  # seasons whose card answers feed the class chart
SUMMARY_SHOWN_S = 5.0  # s the week summary has been open: all its parts shown
MOMENT_SHOWN_S = 0.3  # s after a week: the score still counting to its new value
SOCIETY_WEEKS = 12  # weeks the society view runs before it is shown
EXPERIMENT_WEEKS = 20  # weeks the experiment runs before it is shown


def key_press(key: int, unicode: str = "") -> pygame.event.Event:
    """A key press as the window would send it."""
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=unicode, scancode=0)


def season(strategy: str, data: GameData) -> Game:
    """A bot's whole season in the tour's world."""
    return play_season(strategy, TOUR_SEED, data.content.scenario.id, data.content)


def answer_events(app: App, data: GameData, game: Game) -> None:
    """Answer the week's events on screen, each with its first choice, through its dialog."""
    for _ in range(len(game.state.events)):
        event = data.content.events[game.state.events[0].event_id]
        app.apply(app.top.activate(event.choices[0].id))
        app.step([])


def tour(make_app: MakeApp, data: GameData) -> Iterator[tuple[str, App]]:
    """Every screen and state, in the language and scenario of `data`, as (name, app)."""
    yield from _title_doors(make_app, data)
    yield from _class_results(make_app, data)
    yield from _society(make_app, data)
    yield from _season(make_app, data)
    yield from _mandatory_switch(make_app, data)
    yield from _debrief(make_app, data)
    yield "error", make_app(ContentErrorScene(ERROR_TEXT))


def _title_doors(make_app: MakeApp, data: GameData) -> Iterator[tuple[str, App]]:
    app = make_app(TitleScene(data))
    yield "title", app
    app.apply(app.top.handle(key_press(pygame.K_RETURN)))
    yield "scenario-picker", app
    app.apply(app.top.activate("designer"))
    yield "designer", app
    app.apply(Pop())
    app.apply(Pop())
    app.apply(app.top.handle(key_press(pygame.K_w, "w")))
    app.step([pygame.event.Event(pygame.TEXTINPUT, text=WORLD_CODE_TYPED)])
    app.apply(app.top.activate("start"))
    yield "world-code", app
    app.apply(Pop())
    app.apply(push("lesson_plan", data))
    yield "lesson-plan", app
    app.apply(app.top.activate("length"))
    app.apply(app.top.activate("card"))
    yield "lesson-plan-set", app


def _class_results(make_app: MakeApp, data: GameData) -> Iterator[tuple[str, App]]:
    results = make_app(ClassResultsScene(data))
    codes = [summary(season(s, data), s)["result_code"] for s in BOT_STRATEGIES]
    results.top.field.text = " ".join(codes + [BAD_RESULT_CODE])
    results.top.add_code()
    yield "class-results", results
    results.top.paste("\n".join(card_codes(data)))
    results.apply(results.top.handle(key_press(pygame.K_F2)))
    yield "class-results-card", results


def card_codes(data: GameData) -> list[str]:
    """Result codes of short seasons with both cards answered (the after card right), for
    the before-and-after chart."""
    codes = []
    for seed in range(CARD_SEASONS):
        game = Game(seed, content=data.content, lesson=CARD_LESSON_WEEKS, card=True)
        game.answer_card("before", [(seed + k) % 5 for k in range(len(data.quiz))])
        play_out(game)
        game.answer_card("after", [statement.answer_number for statement in data.quiz])
        codes.append(game.result_code())
    return codes


def _society(make_app: MakeApp, data: GameData) -> Iterator[tuple[str, App]]:
    society = make_app(SocietyScene(data))
    society.top.run.running = False
    for _ in range(SOCIETY_WEEKS):
        society.top.run.step()
    society.top.control("you")
    yield "society", society
    society.top.control("experiment")
    society.top.control("formula")
    for _ in range(EXPERIMENT_WEEKS):
        society.top.run.step()
    society.top.control("next_friend")
    yield "society-experiment", society


def _season(make_app: MakeApp, data: GameData) -> Iterator[tuple[str, App]]:
    app = make_app(TitleScene(data))
    session = Session(data, app.context.storage)
    carded = make_app(PlayScene(data, session, session.new_game(
        seed=TOUR_SEED, lesson=CARD_LESSON_WEEKS, card=True)))
    carded.step([])
    yield "card", carded
    game = session.new_game(seed=TOUR_SEED)
    app.apply(Push(PlayScene(data, session, game)))
    app.step([])
    yield "event", app
    answer_events(app, data, game)
    for tab in ("shop", "post", "friends"):
        app.apply(app.top.activate(f"tab:{tab}"))
        yield f"play-{tab}", app
    app.apply(app.top.activate(f"friend:{FRIEND_SHOWN}"))
    yield "friend", app
    app.apply(app.top.activate("close"))
    speaking = next(p.id for p in game.content.posts.values() if p.kind in SPEAKING_KINDS)
    app.apply(push("draft", data, game, speaking, app.top.record))
    yield "draft", app
    app.apply(Pop())
    app.apply(push("presenter_pause", data))
    yield "presenter-pause", app
    app.apply(Pop())
    app.apply(app.top.end_week())
    app.top.update(SUMMARY_SHOWN_S)  # all three parts of the summary on screen
    yield "summary", app
    app.apply(app.top.activate("continue"))
    while game.state.events:  # answered here, so the play screen shows the score's moment
        game.act(Choose(legal_choices(game)[0]))
    app.top.rebuild()
    app.top.update(MOMENT_SHOWN_S)  # counting, the change and its cause, a banner if crossed
    yield "play-moment", app
    app.apply(Push(PauseMenu(data, session, game)))
    yield "pause", app
    app.apply(app.top.activate("end_now"))
    yield "end-now", app
    app.apply(Pop())
    app.apply(app.top.activate("settings"))
    yield "settings", app


def _mandatory_switch(make_app: MakeApp, data: GameData) -> Iterator[tuple[str, App]]:
    """The week the scheme becomes mandatory (when the scenario has one), with its notice,
    then a later week once the notice is answered."""
    switch = data.content.scenario.mandatory_week
    if not switch:
        return
    game = play_weeks("conformist", TOUR_SEED, switch - 1, data.content.scenario.id,
                      data.content)
    app = make_app(TitleScene(data))
    session = Session(data, app.context.storage)
    app.apply(Push(PlayScene(data, session, game)))
    app.step([])
    yield f"week-{switch}-switch", app
    answer_events(app, data, game)
    yield f"week-{switch}-play", app


def _debrief(make_app: MakeApp, data: GameData) -> Iterator[tuple[str, App]]:
    finished = season("conformist", data)
    app = make_app(TitleScene(data))
    debrief = make_app(DebriefScene(data, Session(data, app.context.storage), finished))
    for page in PAGES:
        debrief.top.page = page
        debrief.top.rebuild()
        yield f"debrief-{page}", debrief
    early = Session(data, app.context.storage).new_game(seed=TOUR_SEED,
                                                        lesson=CARD_LESSON_WEEKS, card=True)
    early.answer_card("before", [1] * len(data.quiz))
    early.end_now()
    yield "debrief-ended-early", make_app(DebriefScene(data, Session(
        data, app.context.storage), early))
    debrief.top.page = "reveal"  # the reveal's last row, the five before it labelled
    debrief.top.reveal_shown = len(debrief.top.reveal_rows) - 1
    debrief.top.rebuild()
    yield "debrief-reveal-last", debrief
    debrief.top.page = "rules"
    debrief.top.rebuild()
    mixed = [index for index, rule in enumerate(debrief.top.debrief.rules)
             if data.content.evidence[rule.evidence].mixed]
    if mixed:  # a mechanic mixing a real fact and the game's own rule: both parts shown
        debrief.top.focus.focus(f"rule:{mixed[len(mixed) // 2]}")
        yield "debrief-rules-mixed", debrief
    debrief.top.page = "whatif"
    debrief.top.rebuild()
    decisions = debrief.top.decisions()
    debrief.apply(push("what_if", data, finished.content, decisions[0],
                       debrief.top.try_instead))
    yield "what-if", debrief
    debrief.apply(Pop())
    middle = decisions[len(decisions) // 2]
    debrief.top.try_instead(middle, middle.alternatives[0])
    yield "debrief-whatif-compared", debrief
    debrief.top.page = "summary"
    played = debrief.top.debrief
    for ending in data.content.endings:  # each ending's words in the summary's layout
        debrief.top.debrief = dataclasses.replace(played, ending=ending.id)
        debrief.top.rebuild()
        yield f"ending-{ending.id}", debrief
    debrief.top.debrief = played
