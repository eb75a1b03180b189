"""Settings: sound cues, text size, reduced motion, high contrast and language, saved on
change. Switching the language reloads the strings and returns to the title screen (the
season in play is saved after every action, so Continue picks it up again)."""

from __future__ import annotations

from dataclasses import replace

from game.engine import ContentError
from game.scenes.common import MenuEntry, MenuScene, labelled, toggle_label
from game.services.presets import available_languages
from game.shell import Pop, Transition, reset
from game.ui.theme import TextScale


class SettingsScene(MenuScene):
    """Each button flips one setting; the new settings apply and are saved at once."""

    is_overlay = True

    def title(self) -> str:
        return self.data.t("ui.settings.title")

    def body(self) -> str:
        return self.data.t("ui.settings.saved")

    def entries(self) -> list[MenuEntry]:
        settings, t = self.context.settings, self.data.t
        size = t("ui.settings.text_large") if settings.text_scale == TextScale.LARGE else t(
            "ui.settings.text_normal")
        return [
            MenuEntry("sound", toggle_label(self.data, t("ui.settings.sound"), not settings.muted),
                      hotkey="s"),
            MenuEntry("text_size", labelled(self.data, t("ui.settings.text_size"), size),
                      hotkey="t"),
            MenuEntry("reduced_motion", toggle_label(self.data, t("ui.settings.reduced_motion"),
                                                     settings.reduced_motion), hotkey="m"),
            MenuEntry("high_contrast", toggle_label(self.data, t("ui.settings.high_contrast"),
                                                    settings.high_contrast), hotkey="h"),
            MenuEntry("language", labelled(self.data, t("ui.settings.language"),
                                           t("ui.settings.language_name")), hotkey="l"),
            MenuEntry("presenter", toggle_label(self.data, t("ui.presenter.setting"),
                                                settings.presenter), hotkey="p"),
            MenuEntry("back", t("ui.common.back"), hotkey="b"),
        ]

    def activate(self, entry_id: str) -> Transition | None:
        settings = self.context.settings
        if entry_id == "back":
            return Pop()
        if entry_id == "language":
            return self.switch_language(next_language(self.data.language,
                                                      available_languages(self.data.data_dir)))
        if entry_id == "sound":
            settings = replace(settings, muted=not settings.muted)
        elif entry_id == "text_size":
            large = settings.text_scale == TextScale.LARGE
            settings = replace(settings, text_scale=(TextScale.NORMAL if large
                                                     else TextScale.LARGE).value)
        elif entry_id == "reduced_motion":
            settings = replace(settings, reduced_motion=not settings.reduced_motion)
        elif entry_id == "presenter":
            settings = replace(settings, presenter=not settings.presenter)
        elif entry_id == "high_contrast":
            settings = replace(settings, high_contrast=not settings.high_contrast)
        self.context.apply_settings(settings)
        self.rebuild()
        self.focus.focus(entry_id)
        return None

    def switch_language(self, language: str) -> Transition:
        """Load ``language``'s strings, save it as the player's choice and go to the title.

        A broken string table shows the content error, and the old choice stays saved."""
        try:
            data = self.data.in_language(language)
        except ContentError as error:
            return reset("error", str(error))
        settings = replace(self.context.settings, language=language)
        self.context.apply_settings(settings)
        return reset("title", data)


def next_language(current: str, languages: list[str]) -> str:
    """The language after ``current`` in ``languages``, wrapping round (the first if
    ``current`` is not among them)."""
    if not languages:
        return current
    if current not in languages:
        return languages[0]
    return languages[(languages.index(current) + 1) % len(languages)]
