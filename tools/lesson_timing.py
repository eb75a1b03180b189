"""How long a season's screens take a student: play one season through the real scenes and
count what there is to read and to decide, then turn the counts into minutes.

    python tools/lesson_timing.py [--lang en] [--scenario default]

Plays headless, by keyboard, as tests/scenes/test_playthrough.py does: each week it buys the
first thing it can afford, posts the second post (posting any draft it opens), answers each
event with the focused choice and reads the week's summary; at the end it reads the
debrief's Summary, and (counted apart, as the class reads it together) the six rows of the
Reveal. Every text the top scene draws is recorded
(FontBook.record); a text counts once, the first time it appears, since a student reads it
once and skims it after. The minutes are an estimate from stated rates, not a stopwatch on
students: READING_WPM (on-screen reading by 13-15-year-olds in pairs), CJK_CHARS_PER_MINUTE,
and DECISION_SECONDS for each choice a pair argues over. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pygame  # noqa: E402

from game.game_data import GameData  # noqa: E402
from game.scenes.debrief import DebriefScene  # noqa: E402
from game.scenes.play import PlayScene  # noqa: E402
from game.scenes.registry import SCENES  # noqa: E402
from game.services.session import Session  # noqa: E402
from game.services.storage import FileBackend, Storage  # noqa: E402
from game.shell import App, Settings, load_context  # noqa: E402
from game.ui.text_record import TextRecord  # noqa: E402
from game.ui.theme import LOGICAL_SIZE_PX  # noqa: E402

READING_WPM = 150  # words a minute: silent on-screen reading at 13-15 is nearer 200; pairs
                   # reading together and discussing are slower
CJK_CHARS_PER_MINUTE = 300  # the same for Chinese text
DECISION_SECONDS = 10  # a pair, one arguing against, agreeing on one choice
MAX_STEPS = 4000  # key presses; a season takes a few hundred
SEED = 42


def reading_units(text: str) -> tuple[int, int]:
    """(words, Chinese characters) in a text."""
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    latin = "".join(" " if "\u4e00" <= c <= "\u9fff" else c for c in text)
    return len([w for w in latin.split() if any(ch.isalnum() for ch in w)]), cjk


class Reader:
    """The texts seen so far, and how much new there was to read on each kind of screen."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.seen: set[str] = set()
        self.words: dict[str, int] = {}
        self.cjk: dict[str, int] = {}

    def look(self, screen: str = "") -> None:
        """Draw the screen and count the texts on it not seen before, under `screen` (by
        default the top scene's class name)."""
        record = TextRecord()
        self.app.context.fonts.record = record
        self.app.draw()
        self.app.context.fonts.record = None
        screen = screen or type(self.app.top).__name__
        for drawn in record.top_layer():
            if drawn.text not in self.seen:
                self.seen.add(drawn.text)
                words, cjk = reading_units(drawn.text)
                self.words[screen] = self.words.get(screen, 0) + words
                self.cjk[screen] = self.cjk.get(screen, 0) + cjk


def minutes(reader: Reader, decisions: int) -> float:
    """The estimated minutes so far: new text read by the student, and decisions made."""
    words = sum(n for screen, n in reader.words.items() if screen != "Reveal")
    cjk = sum(n for screen, n in reader.cjk.items() if screen != "Reveal")
    return (words / READING_WPM + cjk / CJK_CHARS_PER_MINUTE
            + decisions * DECISION_SECONDS / 60)


def press(app: App, key_code: int, unicode: str = "") -> None:
    app.step([pygame.event.Event(pygame.KEYDOWN, key=key_code, mod=0, unicode=unicode,
                                 scancode=0)])
    app.step([])


def play(language: str, scenario: str, screen: pygame.Surface | None = None) -> dict:
    """One season through the scenes; the counts and the estimated minutes."""
    if screen is None:
        pygame.init()
        screen = pygame.display.set_mode(LOGICAL_SIZE_PX)
    data = GameData.load(scenario=scenario, language=language)
    with tempfile.TemporaryDirectory() as folder:
        context = load_context(storage=Storage(FileBackend(Path(folder))), scenes=SCENES)
        context.apply_settings(Settings(language=language), save=False)
        context.use_language(language)
        session = Session(data, context.storage)
        app = App(PlayScene(data, session, session.new_game(SEED, data)), context=context,
                  screen=screen)
        app.step([])
        reader = Reader(app)
        decisions = 0
        by_week: list[float] = []  # estimated minutes when each week ends, so far
        for _ in range(MAX_STEPS):
            reader.look()
            name = type(app.top).__name__
            if name == "DebriefScene":
                break
            if name in ("EventDialog", "DraftDialog"):
                press(app, pygame.K_RETURN if name == "EventDialog" else pygame.K_p, "p")
                decisions += 1
            elif name == "WeekSummary":
                press(app, pygame.K_RETURN)
            elif name == "PlayScene":
                week = app.top.game.state.week
                for tab, moves in ((pygame.K_1, 0), (pygame.K_2, 1)):
                    press(app, tab)
                    reader.look()
                    for _ in range(moves):
                        press(app, pygame.K_DOWN)
                    if app.top.focus.focused is not None and app.top.focus.focused.enabled:
                        press(app, pygame.K_RETURN)
                        decisions += 1
                    if type(app.top).__name__ != "PlayScene":
                        break  # a draft opened: the loop posts it
                if type(app.top).__name__ == "PlayScene" and app.top.game.state.week == week:
                    press(app, pygame.K_e)
                    by_week.append(minutes(reader, decisions))
            else:
                press(app, pygame.K_RETURN)
        debrief = app.top
        assert isinstance(debrief, DebriefScene), "the season did not reach the debrief"
        weeks = debrief.game.content.scenario.weeks
        debrief.page = "reveal"
        for index in range(len(debrief.reveal_rows)):
            debrief.reveal_shown = index
            debrief.rebuild()
            reader.look("Reveal")  # on the projector, read with the class
    words = sum(n for screen, n in reader.words.items() if screen != "Reveal")
    cjk = sum(n for screen, n in reader.cjk.items() if screen != "Reveal")
    reading_min = words / READING_WPM + cjk / CJK_CHARS_PER_MINUTE
    deciding_min = decisions * DECISION_SECONDS / 60
    debrief_min = reading_min + deciding_min - by_week[-1]
    return {"language": language, "scenario": scenario, "weeks": weeks,
            "words": words, "chinese_characters": cjk, "decisions": decisions,
            "words_by_screen": reader.words, "chinese_by_screen": reader.cjk,
            "reading_minutes": round(reading_min, 1),
            "deciding_minutes": round(deciding_min, 1),
            "season_minutes": round(reading_min + deciding_min, 1),
            "minutes_at_end_of_week": [round(m, 1) for m in by_week],
            "debrief_summary_minutes": round(debrief_min, 1),
            "rates": {"words_per_minute": READING_WPM,
                      "chinese_characters_per_minute": CJK_CHARS_PER_MINUTE,
                      "seconds_per_decision": DECISION_SECONDS}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--scenario", default="default")
    args = parser.parse_args()
    print(json.dumps(play(args.lang, args.scenario), ensure_ascii=False))


if __name__ == "__main__":
    main()
