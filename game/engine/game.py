"""`Game`: the one entry point to the rules, stepped from outside by scenes, bots and tests.

`Game(seed, scenario)` builds a seeded world; `act(action)` checks and applies one action
and returns an `Outcome`; the same seed and the same actions always give the same state,
on the desktop and in a browser. `to_json`/`from_json` save and restore a season exactly.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace

from game.engine.actions import (
    Action,
    Befriend,
    Buy,
    Choose,
    EndWeek,
    Help,
    Mute,
    OptIn,
    Publish,
    Report,
    RevealFormula,
    Unfriend,
    WithdrawDraft,
    action_from_list,
    action_to_list,
)
from game.engine.bounded_json import parse_bounded_json
from game.engine.checks import Refusal, check
from game.engine.coded_filter import CodedFilter
from game.engine.codes import content_version, result_code, season_result, seed_code
from game.engine.content import SCORE_MIN, Content, load_content
from game.engine.design import Design, apply_design
from game.engine.endings import choose_ending, run_metrics
from game.engine.errors import SaveError
from game.engine.events import apply_choice
from game.engine.ledger import CauseKind, Ledger
from game.engine.lesson import apply_lesson, lesson_fits
from game.engine.model import Era
from game.engine.outcome import Outcome
from game.engine.player_actions import (
    befriend,
    buy,
    help_friend,
    mute,
    opt_in,
    publish,
    report,
    unfriend,
    withdraw_draft,
)
from game.engine.quiz import CHOICES, MAX_STATEMENTS
from game.engine.saves import state_from_dict
from game.engine.society import season_society
from game.engine.state import GameState, Record
from game.engine.week import end_week, start_week

_APPLY = {
    Buy: buy, Publish: publish, WithdrawDraft: withdraw_draft, Befriend: befriend,
    Unfriend: unfriend, Help: help_friend, Mute: mute, Report: report, OptIn: opt_in,
}


def new_state(seed: int, content: Content) -> GameState:
    """The state at the start of week 1 for `seed`."""
    scenario = content.scenario
    rng = random.Random(seed)
    ledger = Ledger({d.id: d.cap for d in scenario.dimensions}, SCORE_MIN)
    for dim in scenario.dimensions:
        ledger.book(0, CauseKind.START, "start", dim.id, dim.start)
    society = season_society(content, rng)
    state = GameState(
        seed=seed, scenario=scenario.id, week=1, era=Era.OPT_IN, money=scenario.start_money,
        hours=0, wellbeing=scenario.start_wellbeing, enrolled=False, ledger=ledger,
        society=society,
        closeness={i + 1: f.closeness for i, f in enumerate(content.friends)},
        muted=[], record=Record(), coded=CodedFilter(content.phrases), rng=rng, topic="",
    )
    start_week(state, content, first=True)
    return state


def played_content(content: Content, design: Design | None, lesson: int) -> Content:
    """The rules a season is played with: the scenario's, with the Designer's sliders and
    then the lesson length applied."""
    designed = apply_design(content, design) if design is not None else content
    return apply_lesson(designed, lesson)


class Game:
    """A season in progress: its content, its state and the log of actions taken."""

    def __init__(self, seed: int, scenario: str = "default", content: Content | None = None,
                 transparent: bool = False, design: Design | None = None, lesson: int = 0,
                 card: bool = False):
        content = content if content is not None else load_content(scenario_id=scenario)
        if content.scenario.id != scenario:
            raise ValueError(f"content is for scenario {content.scenario.id!r}")
        if not lesson_fits(lesson, content):
            raise ValueError(f"a lesson of {lesson} weeks does not fit this scenario")
        self.content = played_content(content, design, lesson)
        self.scenario_content = content  # as the scenario file has it, before any design
        self._content_version: int | None = None
        self.state = new_state(seed, self.content)
        self.state.transparent = transparent  # changes what is shown, never the rules
        self.state.design = design.to_list() if design is not None else None
        self.state.lesson = lesson
        self.state.card = card  # the before-and-after card is asked (shown, never a rule)
        self.log: list[Action] = []

    @property
    def finished(self) -> bool:
        """Whether the season is over."""
        return self.state.finished

    def check(self, action: Action) -> Refusal | None:
        """None if `action` may be taken now, else why not."""
        return check(self.state, self.content, action)

    def act(self, action: Action) -> Outcome:
        """Check and apply one action; a refused action changes nothing."""
        refusal = self.check(action)
        if refusal is not None:
            return Outcome("", refusal=refusal)
        self.log.append(action)
        if isinstance(action, EndWeek):
            report_ = end_week(self.state, self.content)
            if self.state.finished:
                self.state.ending = choose_ending(self.state, self.content)
            return Outcome("week_ended", {"week": report_.week}, report=report_)
        if isinstance(action, RevealFormula):
            self.state.transparent = True
            return Outcome("revealed")
        if isinstance(action, Choose):
            event = self.content.events[self.state.events[0].event_id]
            choice = next(c for c in event.choices if c.id == action.choice)
            return apply_choice(self.state, self.content, choice)
        return _APPLY[type(action)](self.state, self.content, action)

    def end_now(self) -> None:
        """End the season before its last week (a lesson is over): the weeks played so far
        count, the week in progress does not, and the result code says so."""
        if self.state.finished:
            return
        self.state.finished = True
        self.state.events.clear()
        self.state.ending = choose_ending(self.state, self.content)

    @property
    def ended_early(self) -> bool:
        """Whether the season was ended before its last week."""
        return self.state.finished and self.state.week <= self.content.scenario.weeks

    def answer_card(self, when: str, answers: list[int]) -> None:
        """Keep the before-and-after card's answers (`when` is "before" or "after"; each
        answer 0..len(quiz.ANSWERS), 0 = not answered)."""
        if when not in ("before", "after"):
            raise ValueError(f"a card is asked before or after, not {when!r}")
        if len(answers) > MAX_STATEMENTS or not all(0 <= a < CHOICES for a in answers):
            raise ValueError("not a card's answers")
        setattr(self.state, f"card_{when}", [int(a) for a in answers])

    def metrics(self) -> dict[str, int]:
        """The run's measures so far (see `endings.run_metrics`)."""
        return run_metrics(self.state, self.content)

    def seed_code(self) -> str:
        """The short code that gives this world again, on any machine (with the Designer's
        sliders, when they were used)."""
        design = Design.from_list(self.state.design) if self.state.design else None
        return seed_code(self.content.scenario.code, self.state.seed, design,
                         self.content_version(), self.state.lesson, self.state.card)

    def content_version(self) -> int:
        """The scenario's content version (see `codes.content_version`), worked out once."""
        if self._content_version is None:
            self._content_version = content_version(self.scenario_content)
        return self._content_version

    def result_code(self) -> str:
        """The finished season as a short code with a checksum ("" before the end)."""
        if not self.finished:
            return ""
        ids = [ending.id for ending in self.content.endings]
        ending = ids.index(self.state.ending) if self.state.ending in ids else 0
        result = season_result(self.state, self.content, ending, self.metrics())
        return result_code(replace(result, content=self.content_version()))

    def to_json(self) -> str:
        """The whole season as JSON: state, random generator and the action log."""
        return json.dumps({"state": self.state.to_dict(),
                           "log": [action_to_list(a) for a in self.log]},
                          separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, text: str, content: Content) -> Game:
        """Restore a season saved with `to_json`; raise SaveError if it is damaged."""
        try:
            data = parse_bounded_json(text)
            log = [action_from_list(row) for row in data["log"]]
            state_data = data["state"]
        except (ValueError, TypeError, KeyError) as exc:
            raise SaveError(f"the save is not readable ({exc})") from exc
        game = cls.__new__(cls)
        try:
            design = state_data.get("design")
            lesson = state_data.get("lesson", 0)
            if not isinstance(lesson, int) or not lesson_fits(lesson, content):
                raise ValueError(f"lesson length {lesson!r} does not fit")
            game.content = played_content(
                content, Design.from_list(design) if design is not None else None, lesson)
        except (AttributeError, TypeError, ValueError) as exc:
            raise SaveError(f"the save's design is damaged ({exc})") from exc
        game.scenario_content = content
        game._content_version = None
        game.state = state_from_dict(state_data, game.content)
        game.log = log
        return game
