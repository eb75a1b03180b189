"""Render every screen headless to PNG files, for looking at what the game draws.

    python tools/screenshots.py [--out build/screens] [--large] [--contrast] [--lang zh]
                                [--scenario here_at_home]

Uses SDL's dummy drivers; walks the screen tour (`tools/screen_tour.py`: every screen and
state, the later ones reached by bots' seasons), then the society view at its largest.
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

from game.engine import MAX_POPULATION  # noqa: E402
from game.game_data import GameData  # noqa: E402
from game.scenes.registry import SCENES  # noqa: E402
from game.scenes.society import SocietyScene  # noqa: E402
from game.services.storage import MemoryBackend, Storage  # noqa: E402
from game.shell import App, AppContext, Settings, load_context  # noqa: E402
from game.ui.theme import LOGICAL_SIZE_PX  # noqa: E402
from tools.screen_tour import tour  # noqa: E402


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

    def app_with(scene) -> App:
        return App(scene, context=context, screen=screen)

    for name, app in tour(app_with, data):
        shoot(app, out / f"{name}{suffix}.png")
    society = app_with(SocietyScene(data, seed=1))
    society.top.run.running = False  # one society at the largest size
    while len(society.top.run.sims[0].scores) < MAX_POPULATION:
        society.top.control("population")
    for _ in range(8):
        society.top.run.step()
    shoot(society, out / f"society-{MAX_POPULATION}{suffix}.png")  # the density view
    society.top.control("bands")  # the high band alone, the others dimmed
    shoot(society, out / f"society-{MAX_POPULATION}-high{suffix}.png")


if __name__ == "__main__":
    main()
