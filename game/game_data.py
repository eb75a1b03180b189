"""The data a season is played with: checked content, the before-and-after card and the
string table of one language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from game.engine import (
    DEFAULT_DATA_DIR,
    DEFAULT_LANGUAGE,
    Content,
    Statement,
    Strings,
    load_content,
    load_quiz,
    load_strings,
)
from game.presentation import NumberStyle

if TYPE_CHECKING:
    from game.services.presets import Presets


@dataclass(frozen=True)
class GameData:
    """Content plus strings; loading it raises `ContentError` with the file and entry."""

    content: Content
    strings: Strings
    presets: Presets | None = field(default=None)  # the link's or command line's choices
    data_dir: Path = DEFAULT_DATA_DIR
    numbers: NumberStyle = NumberStyle()  # how the language writes numbers and money
    quiz: tuple[Statement, ...] = ()  # the before-and-after card's statements

    @classmethod
    def load(cls, data_dir: Path = DEFAULT_DATA_DIR, scenario: str = "default",
             language: str = DEFAULT_LANGUAGE, presets: Presets | None = None) -> GameData:
        """Load and check every content file and the language's strings."""
        content = load_content(data_dir, scenario)
        quiz = load_quiz(data_dir, content.claims)
        strings = load_strings(content, language, data_dir,
                               extra_keys=quiz_keys(quiz))
        return cls(content, strings, presets, Path(data_dir), _number_style(strings, content),
                   quiz)

    @property
    def language(self) -> str:
        """The language of the string table."""
        return self.strings.language

    def for_scenario(self, scenario: str) -> GameData:
        """The same language and presets with another scenario's content (may raise
        ContentError); this one itself when the scenario is already the one loaded."""
        if scenario == self.content.scenario.id:
            return self
        return GameData.load(self.data_dir, scenario, self.language, self.presets)

    def in_language(self, language: str) -> GameData:
        """The same content and presets with another language's strings (may raise
        ContentError); this one itself when that language is already loaded."""
        if language == self.language:
            return self
        strings = load_strings(self.content, language, self.data_dir,
                               extra_keys=quiz_keys(self.quiz))
        return GameData(self.content, strings, self.presets, self.data_dir,
                         _number_style(strings, self.content), self.quiz)

    def t(self, key: str, **params: object) -> str:
        """Shorthand for the string table's `get`."""
        return self.strings.get(key, **params)


def _number_style(strings: Strings, content: Content) -> NumberStyle:
    """The language's number style in the season's currency, checked (a bad one names its
    folder and key)."""
    return NumberStyle.from_strings(strings, f"assets/data/strings/{strings.language}",
                                    content.scenario.currency)


def quiz_keys(quiz: tuple[Statement, ...]) -> tuple[str, ...]:
    """The sentences the card needs in every language: each statement and its chart label."""
    return tuple(f"{kind}.{s.id}" for s in quiz for kind in ("quiz", "quiz_short"))
