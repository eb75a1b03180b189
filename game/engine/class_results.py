"""A class's result codes summed up: the spread of endings, scores, friends dropped and
posts held back. Pure Python, shared by `python -m game.results` and the Class results
screen; a code that cannot be read is named and skipped, never fatal."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from game.engine.codes import CodeError, ResultCode, check_content, read_result_code
from game.engine.content import DEFAULT_DATA_DIR, Content, load_content
from game.engine.errors import ContentError
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

    def endings(self) -> Counter:
        """How many seasons ended each way."""
        return Counter(code.ending for code in self.read)

    def scenarios(self) -> Counter:
        """How many seasons were played in each scenario."""
        return Counter(code.scenario for code in self.read)

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


def summarise(texts: list[str], data_dir: Path = DEFAULT_DATA_DIR) -> ClassSummary:
    """Read every code; name and skip those that cannot be read or are repeated."""
    summary = ClassSummary()
    scenarios = scenarios_by_code(data_dir)
    contents: dict[str, Content] = {}
    seen: set[str] = set()
    for text in texts:
        text = text.strip()
        if not text:
            continue
        try:
            result = read_result_code(text)
        except CodeError as error:
            summary.skipped.append((text, error))
            continue
        if text.upper().replace("-", "") in seen:
            summary.skipped.append((text, CodeError("was entered twice", "twice")))
            continue
        seen.add(text.upper().replace("-", ""))
        scenario = scenarios.get(result.scenario)
        if scenario is None:
            summary.skipped.append((text, CodeError(
                f"names scenario number {result.scenario}, which this copy of the game "
                "does not have", "scenario", number=result.scenario)))
            continue
        if scenario not in contents:
            try:
                contents[scenario] = load_content(data_dir, scenario)
            except ContentError as error:
                summary.skipped.append((text, CodeError(
                    f"its scenario cannot be loaded ({error})", "scenario_broken",
                    scenario=scenario)))
                continue
        try:
            check_content(result.content, contents[scenario])
        except CodeError as error:
            summary.skipped.append((text, error))
            continue
        endings = [ending.id for ending in contents[scenario].endings]
        if result.ending >= len(endings):
            summary.skipped.append((text, CodeError(
                "names an ending this copy of the game does not have", "ending")))
            continue
        summary.read.append(ReadCode(text, result, scenario, endings[result.ending]))
    return summary
