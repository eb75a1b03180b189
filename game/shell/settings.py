"""The player's display, sound and language preferences: read, checked field by field, saved."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from game.engine import DEFAULT_LANGUAGE
from game.services.presets import available_languages
from game.services.storage import Storage
from game.ui.theme import TextScale, Theme

SETTINGS_DOCUMENT = "settings"
BRIEF_CHARS = 40  # of a bad value quoted in a problem


def brief(value: Any) -> str:
    """A stored value as a problem quotes it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= BRIEF_CHARS else text[:BRIEF_CHARS - 1] + "…"


@dataclass(frozen=True)
class Settings:
    """The player's display, sound and language preferences, stored as ``settings.json``."""

    text_scale: str = TextScale.NORMAL.value
    high_contrast: bool = False
    muted: bool = False
    reduced_motion: bool = False
    language: str = DEFAULT_LANGUAGE  # a folder under assets/data/strings
    presenter: bool = False  # projector: large text, high contrast, no motion, teacher keys

    @property
    def motion_reduced(self) -> bool:
        """Whether animations are off (asked for, or presenter mode)."""
        return self.reduced_motion or self.presenter

    def theme(self) -> Theme:
        """The theme these settings ask for; presenter mode forces large, high contrast."""
        if self.presenter:
            return Theme.from_settings(TextScale.LARGE.value, True)
        return Theme.from_settings(self.text_scale, self.high_contrast)

    def to_json(self) -> dict[str, Any]:
        return {"text_scale": self.text_scale, "high_contrast": self.high_contrast,
                "muted": self.muted, "reduced_motion": self.reduced_motion,
                "language": self.language, "presenter": self.presenter}

    @classmethod
    def from_json(cls, data: Mapping[str, Any],
                  languages: Iterable[str] | None = None) -> tuple[Settings, list[str]]:
        """Settings from a stored document, plus a problem for each value ignored.

        ``languages`` are the ones the game has (default: the string-table folders).
        Unknown keys are ignored silently (a newer version may have written them).
        """
        settings, problems = cls(), []
        language = data.get("language", settings.language)
        known = list(languages) if languages is not None else available_languages()
        if isinstance(language, str) and language in known:
            settings = replace(settings, language=language)
        else:
            problems.append(f"settings: language {brief(language)} is not one of "
                            f"{', '.join(known)}")
        scale = data.get("text_scale", settings.text_scale)
        if isinstance(scale, str) and scale in {member.value for member in TextScale}:
            settings = replace(settings, text_scale=scale)
        else:
            problems.append(f"settings: text_scale {brief(scale)} is not 'normal' or 'large'")
        for flag in ("high_contrast", "muted", "reduced_motion", "presenter"):
            value = data.get(flag, getattr(settings, flag))
            if isinstance(value, bool):
                settings = replace(settings, **{flag: value})
            else:
                problems.append(f"settings: {flag} must be true or false, not {brief(value)}")
        return settings, problems


def load_settings(storage: Storage) -> tuple[Settings, list[str]]:
    """The stored settings (defaults if none), plus a problem for anything ignored."""
    result = storage.read_json(SETTINGS_DOCUMENT)
    problems = [result.problem] if result.problem else []
    settings = Settings()
    if result.data is not None:
        settings, setting_problems = Settings.from_json(result.data)
        problems += setting_problems
    return settings, problems
