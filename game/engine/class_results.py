"""A class's result codes summed up: the spread of endings, scores, friends dropped and
posts held back, seasons ended early and the before-and-after card's shift per statement.
Pure Python, shared by `python -m game.results` and the Class results
screen; a code that cannot be read is named and skipped, never fatal."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from game.engine.codes import (
    CodeError,
    ResultCode,
    content_version,
    normalise,
    read_result_code,
)
from game.engine.content import DEFAULT_DATA_DIR, Content, load_content
from game.engine.content_records import SCORE_MAX, SCORE_MIN
from game.engine.effects import WELLBEING_MAX, WELLBEING_MIN
from game.engine.errors import ContentError
from game.engine.lesson import lesson_fits
from game.engine.quiz import NOT_ANSWERED, Statement
from game.engine.world_codes import scenarios_by_code

SCORE_BANDS = ((350, 449), (450, 549), (550, 649), (650, 749), (750, 849), (850, 950))


@dataclass(frozen=True)
class ReadCode:
    """A result code that was read, with its scenario and ending named."""

    text: str
    result: ResultCode
    scenario: str
    ending: str


@dataclass
class ClassSummary:
    """Everything the class results show."""

    read: list[ReadCode] = field(default_factory=list)
    skipped: list[tuple[str, CodeError]] = field(default_factory=list)  # (code, why not)
    entries: list[ReadCode | CodeError] = field(default_factory=list)  # each code, in order

    def endings(self) -> Counter:
        """How many seasons ended each way."""
        return Counter(code.ending for code in self.read)

    def scenarios(self) -> Counter:
        """How many seasons were played in each scenario."""
        return Counter(code.scenario for code in self.read)

    def ended_early(self) -> int:
        """How many seasons were ended before their last week."""
        return sum(1 for code in self.read if code.result.ended_early)

    def values(self, name: str) -> list[int]:
        """One measure (score, friends_dropped, held_back, said, reports ...) of every code."""
        return [getattr(code.result, name) for code in self.read]

    def score_bands(self) -> list[tuple[tuple[int, int], int]]:
        """How many final scores fall in each band of 100 points."""
        scores = self.values("score")
        return [(band, sum(band[0] <= s <= band[1] for s in scores)) for band in SCORE_BANDS]

    def stats(self, name: str) -> tuple[int, float, int] | None:
        """(lowest, median, highest) of a measure, or None with no codes."""
        values = self.values(name)
        if not values:
            return None
        return min(values), median(values), max(values)


def median(values: list[int]) -> float:
    """The middle value of `values` (the mean of the two middle ones for an even count).

    Written here because pygbag's browser runtime has no `statistics` module."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def summarise(texts: list[str], data_dir: Path = DEFAULT_DATA_DIR,
              contents: dict[str, tuple[Content, int]] | None = None) -> ClassSummary:
    """Read every code; name and skip those that cannot be read, are repeated (compared
    as read: case, dashes and look-alike letters do not make a code new) or hold figures
    no season can reach. `contents` keeps each scenario loaded, with its content version,
    between calls (a screen that re-reads the class after every code passes the same dict
    each time)."""
    summary = ClassSummary()
    scenarios = scenarios_by_code(data_dir)
    contents = {} if contents is None else contents
    seen: set[str] = set()
    for text in texts:
        text = text.strip()
        if not text:
            continue
        outcome = _read_one(text, seen, scenarios, contents, data_dir)
        summary.entries.append(outcome)
        if isinstance(outcome, CodeError):
            summary.skipped.append((text, outcome))
        else:
            summary.read.append(outcome)
    return summary


def _read_one(text: str, seen: set[str], scenarios: dict[int, str],
              contents: dict[str, tuple[Content, int]],
              data_dir: Path) -> ReadCode | CodeError:
    """One code read against the class so far: what it says, or why it is left out."""
    try:
        result = read_result_code(text)
    except CodeError as error:
        return error
    key = normalise(text)
    if key in seen:
        return CodeError("was entered twice", "twice")
    seen.add(key)
    scenario = scenarios.get(result.scenario)
    if scenario is None:
        return CodeError(f"names scenario number {result.scenario}, which this copy of the "
                         "game does not have", "scenario", number=result.scenario)
    if scenario not in contents:
        try:
            loaded = load_content(data_dir, scenario)
            contents[scenario] = (loaded, content_version(loaded))
        except ContentError as error:
            return CodeError(f"its scenario cannot be loaded ({error})", "scenario_broken",
                             scenario=scenario)
    content, version = contents[scenario]
    if result.content != version:
        return CodeError("was made with other rules of the game: its world would differ",
                         "content")
    endings = [ending.id for ending in content.endings]
    if result.ending >= len(endings):
        return CodeError("names an ending this copy of the game does not have", "ending")
    impossible = impossible_figure(result, content)
    if impossible:
        return CodeError(f"holds a figure no season can reach ({impossible})", "impossible",
                         figure=impossible)
    return ReadCode(text, result, scenario, endings[result.ending])


def impossible_figure(result: ResultCode, content: Content) -> str:
    """The name of a figure no season of `content` can reach ("" if all can be)."""
    weeks = result.weeks or content.scenario.weeks  # a version 3 code does not say
    if weeks != content.scenario.weeks and not lesson_fits(weeks, content):
        return "weeks"
    limits = {"score": (SCORE_MIN, SCORE_MAX), "wellbeing": (WELLBEING_MIN, WELLBEING_MAX),
              "friends_kept": (0, len(content.friends)), "enrolled_week": (0, weeks),
              "weeks_played": (0, weeks)}
    for name, (low, high) in limits.items():
        if not low <= getattr(result, name) <= high:
            return name
    return ""


@dataclass(frozen=True)
class CardShift:
    """One statement of the before-and-after card across a class: how many answered it
    before and after, and how many of those answers the evidence bears out."""

    statement: str  # its id (strings `quiz.<id>`)
    before_answered: int
    before_right: int
    after_answered: int
    after_right: int

    @staticmethod
    def share(right: int, answered: int) -> float | None:
        """right / answered, or None when nobody answered."""
        return right / answered if answered else None

    @property
    def before_share(self) -> float | None:
        """Share of the answers before the season that were right (None: no answers)."""
        return self.share(self.before_right, self.before_answered)

    @property
    def after_share(self) -> float | None:
        """Share of the answers after the reveal that were right (None: no answers)."""
        return self.share(self.after_right, self.after_answered)


def card_shifts(summary: ClassSummary, statements: tuple[Statement, ...]) -> list[CardShift]:
    """Each statement's answers, before and after, over every code that carries the card."""
    shifts = []
    for index, statement in enumerate(statements):
        counts = {"before": [0, 0], "after": [0, 0]}
        for code in summary.read:
            for when, answers in (("before", code.result.before),
                                  ("after", code.result.after)):
                answer = answers[index] if index < len(answers) else NOT_ANSWERED
                if answer != NOT_ANSWERED:
                    counts[when][0] += 1
                    counts[when][1] += answer == statement.answer_number
        shifts.append(CardShift(statement.id, *counts["before"], *counts["after"]))
    return shifts


def with_card(summary: ClassSummary) -> int:
    """How many codes carry the before-and-after card."""
    return sum(1 for code in summary.read if code.result.before)
