"""Settings: sound cues, text size, reduced motion and high contrast, saved on change."""

from __future__ import annotations

from dataclasses import replace

from game.app import Pop, Transition
from game.scenes.common import MenuEntry, MenuScene, toggle_label
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
            MenuEntry("text_size", f"{t('ui.settings.text_size')}: {size}", hotkey="t"),
            MenuEntry("reduced_motion", toggle_label(self.data, t("ui.settings.reduced_motion"),
                                                     settings.reduced_motion), hotkey="m"),
            MenuEntry("high_contrast", toggle_label(self.data, t("ui.settings.high_contrast"),
                                                    settings.high_contrast), hotkey="h"),
            MenuEntry("back", t("ui.common.back"), hotkey="b"),
        ]

    def activate(self, entry_id: str) -> Transition | None:
        settings = self.context.settings
        if entry_id == "back":
            return Pop()
        if entry_id == "sound":
            settings = replace(settings, muted=not settings.muted)
        elif entry_id == "text_size":
            large = settings.text_scale == TextScale.LARGE
            settings = replace(settings, text_scale=(TextScale.NORMAL if large
                                                     else TextScale.LARGE).value)
        elif entry_id == "reduced_motion":
            settings = replace(settings, reduced_motion=not settings.reduced_motion)
        elif entry_id == "high_contrast":
            settings = replace(settings, high_contrast=not settings.high_contrast)
        self.context.apply_settings(settings)
        self.rebuild()
        self.focus.focus(entry_id)
        return None
