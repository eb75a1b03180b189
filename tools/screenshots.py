"""Render every screen headless to PNG files, for looking at what the game draws.

    python tools/screenshots.py [--out build/screens] [--large] [--contrast] [--lang zh]
                                [--scenario here_at_home]

Uses SDL's dummy drivers; plays a bot season to reach the later screens.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pygame  # noqa: E402

from game.bots.season import play_season, play_weeks, summary  # noqa: E402
from game.bots.strategies import STRATEGIES, legal_choices  # noqa: E402
from game.engine import MAX_POPULATION, Choose  # noqa: E402
from game.game_data import GameData  # noqa: E402
from game.scenes.class_results import ClassResultsScene  # noqa: E402
from game.scenes.debrief import PAGES, DebriefScene  # noqa: E402
from game.scenes.error import ContentErrorScene  # noqa: E402
from game.scenes.pause import PauseMenu  # noqa: E402
from game.scenes.play import PlayScene  # noqa: E402
from game.scenes.registry import SCENES  # noqa: E402
from game.scenes.society import SocietyScene  # noqa: E402
from game.scenes.title import TitleScene  # noqa: E402
from game.services.session import Session  # noqa: E402
from game.services.storage import MemoryBackend, Storage  # noqa: E402
from game.shell import App, AppContext, Pop, Push, Settings, load_context  # noqa: E402
from game.ui.theme import LOGICAL_SIZE_PX  # noqa: E402


def make_context(large: bool, contrast: bool, language: str = "en",
                 presenter: bool = False) -> AppContext:
    context = load_context(storage=Storage(MemoryBackend()), scenes=SCENES)
    context.apply_settings(Settings(text_scale="large" if large else "normal",
                                    high_contrast=contrast, language=language,
                                    presenter=presenter), save=False)
    context.use_language(language)
    return context


def shoot(app: App, path: Path) -> None:
    app.context.fonts.overflow_log = []
    app.step([], 1 / 60)
    pygame.image.save(app.screen, str(path))
    print(path, *(f"\n  overflow: {text!r}" for text in app.context.fonts.overflow_log))


def score_moment(data: GameData, session: Session, scenario: str, app_with) -> App | None:
    """The play screen just after a week whose end crossed a perk's threshold, a few
    frames into the count (None if the conformist bot crosses none on seed 4)."""
    for weeks in range(1, 12):
        game = play_weeks("conformist", 4, weeks, scenario, data.content)
        while game.state.events:
            game.act(Choose(legal_choices(game)[-1]))
        app = app_with(PlayScene(data, session, game))
        app.step([], 1 / 60)
        before = list(game.state.perks)
        STRATEGIES["conformist"](4).week_actions(game)
        app.apply(app.top.end_week())
        app.apply(Pop())
        if game.finished or list(game.state.perks) == before:
            continue
        while game.state.events:  # the week's events answered first: the screen is clear
            game.act(Choose(legal_choices(game)[-1]))
        app.top.rebuild()
        for _ in range(30):
            app.step([], 1 / 60)
        return app
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="build/screens")
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--contrast", action="store_true")
    parser.add_argument("--presenter", action="store_true",
                        help="presenter mode (a projector: large, high contrast, teacher keys)")
    parser.add_argument("--lang", default="en", help="a folder under assets/data/strings")
    parser.add_argument("--scenario", default="default", help="a file under assets/data/scenarios")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("-large" if args.large else "") + ("-contrast" if args.contrast else "")
    suffix += "-presenter" if args.presenter else ""
    suffix += f"-{args.lang}" if args.lang != "en" else ""
    suffix += f"-{args.scenario}" if args.scenario != "default" else ""
    pygame.init()
    screen = pygame.display.set_mode(LOGICAL_SIZE_PX)
    data = GameData.load(scenario=args.scenario, language=args.lang)
    context = make_context(args.large, args.contrast, args.lang, args.presenter)
    session = Session(data, context.storage)

    def app_with(scene) -> App:
        return App(scene, context=context, screen=screen)

    shoot(app_with(TitleScene(data)), out / f"title{suffix}.png")
    codes_app = app_with(TitleScene(data))
    codes_app.apply(codes_app.top.handle(pygame.event.Event(
        pygame.KEYDOWN, key=pygame.K_w, mod=0, unicode="w", scancode=0)))
    codes_app.step([pygame.event.Event(pygame.TEXTINPUT, text="2600-3RJ0-MX")])
    codes_app.apply(codes_app.top.activate("start"))
    shoot(codes_app, out / f"world-code{suffix}.png")
    results = app_with(ClassResultsScene(data))
    bot_codes = [summary(play_season(s, seed, args.scenario, data.content), s)["result_code"]
                 for s in ("conformist", "authentic", "gamer", "loyal", "random")
                 for seed in (1, 2)]
    results.top.field.text = " ".join(bot_codes + ["4000-0006-NSRZ-35F0-01XX"])
    results.top.add_code()
    shoot(results, out / f"class-results{suffix}.png")
    shoot(app_with(ContentErrorScene("assets/data/items.toml, item 'diapers', field 'price': "
                                     "must be a whole number (got 'cheap')")),
          out / f"error{suffix}.png")
    game = session.new_game(seed=4)
    app = app_with(PlayScene(data, session, game))
    shoot(app, out / f"event{suffix}.png")  # week 1 opens with the invitation
    app.apply(app.top.activate(data.content.events[game.state.events[0].event_id].choices[0].id))
    app.step([], 1 / 60)
    shoot(app, out / f"play{suffix}.png")
    app.apply(app.top.activate("tab:friends"))
    shoot(app, out / f"play-friends{suffix}.png")
    app.apply(app.top.activate("friend:2"))
    shoot(app, out / f"friend{suffix}.png")
    app.apply(app.top.activate("close"))
    app.apply(app.top.activate("tab:post"))
    shoot(app, out / f"play-post{suffix}.png")
    transition = app.top.end_week()
    app.apply(transition)
    app.top.update(5.0)  # all three parts of the summary
    shoot(app, out / f"summary{suffix}.png")
    app.apply(app.top.activate("continue"))
    app.apply(Push(PauseMenu(data, session, game)))
    shoot(app, out / f"pause{suffix}.png")
    app.apply(app.top.activate("settings"))
    shoot(app, out / f"settings{suffix}.png")
    midseason = play_weeks("conformist", 4, 8, args.scenario, data.content)
    while midseason.state.events:
        midseason.act(Choose(legal_choices(midseason)[-1]))
    answer = app_with(PlayScene(data, session, midseason))
    answer.top.feed = [data.t("outcome.bought", item=data.t("item.healthy_food.name")),
                       data.t("outcome.posted", post=data.t("post.volunteering.name"))]
    answer.top.rebuild()
    shoot(answer, out / f"play-week9{suffix}.png")
    moment = score_moment(data, session, args.scenario, app_with)
    if moment is not None:  # the count half-way, the change and the threshold's banner
        shoot(moment, out / f"play-moment{suffix}.png")
    finished = play_season("loyal", 4, args.scenario, data.content)
    debrief = app_with(DebriefScene(data, session, finished))
    for page in PAGES:
        debrief.top.page = page
        debrief.top.rebuild()
        shoot(debrief, out / f"debrief-{page}{suffix}.png")
    debrief.top.page = "rules"
    debrief.top.rebuild()
    mixed = [index for index, rule in enumerate(debrief.top.debrief.rules)
             if data.content.evidence[rule.evidence].mixed]
    if mixed:  # a mechanic mixing a real fact and the game's own rule: both parts shown
        debrief.top.focus.focus(f"rule:{mixed[len(mixed) // 2]}")
        shoot(debrief, out / f"debrief-rules-mixed{suffix}.png")
    debrief.top.page = "whatif"
    debrief.top.rebuild()
    points = debrief.top.decisions()
    debrief.top.try_instead(points[len(points) // 2], points[len(points) // 2].alternatives[0])
    shoot(debrief, out / f"debrief-whatif-compared{suffix}.png")
    society = app_with(SocietyScene(data, seed=1))
    society.top.run.running = False
    for _ in range(12):
        society.top.run.step()
    society.top.control("you")
    shoot(society, out / f"society{suffix}.png")
    society.top.control("experiment")
    for _ in range(20):
        society.top.run.step()
    society.top.control("next_friend")
    shoot(society, out / f"society-experiment{suffix}.png")
    society.top.control("experiment")  # back to one society, at the largest size
    while len(society.top.run.sims[0].scores) < MAX_POPULATION:
        society.top.control("population")
    for _ in range(8):
        society.top.run.step()
    society.top.control("bands")  # the high band alone: the dots are too small for shapes
    shoot(society, out / f"society-{MAX_POPULATION}{suffix}.png")


if __name__ == "__main__":
    main()
