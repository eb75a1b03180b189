"""Typing a world code on the title screen: the same code gives the same world anywhere."""

from __future__ import annotations

import pygame

from game.engine import (
    CodeError,
    ContentError,
    Design,
    World,
    normalise,
    read_world,
)
from game.game_data import GameData
from game.scenes.common import CODE_CHARACTERS, MenuEntry, MenuScene
from game.services.session import Session
from game.shell import Pop, Transition, reset
from game.ui.text_field import TextField

FIELD_MAX_LENGTH = 24  # a designed world's code is 16 characters plus dashes


def world_from_code(data: GameData, text: str) -> tuple[GameData, World, Design | None]:
    """The scenario's data, the world (seed, lesson length, card) and the Designer's
    sliders (if any) a world code names (CodeError if it names none)."""
    world = read_world(text, data.data_dir)
    design = Design.from_list(list(world.design)) if world.design is not None else None
    return data.for_scenario(world.scenario), world, design


class WorldCodeScene(MenuScene):
    """A field for the code, a line saying what it is (or what is wrong), Start and Back."""

    is_overlay = True
    card_width_px = 700

    def __init__(self, data: GameData) -> None:
        super().__init__(data)
        self.field = TextField("code", pygame.Rect(0, 0, 10, 10),
                               placeholder=data.t("ui.code.placeholder"),
                               max_length=FIELD_MAX_LENGTH,
                               allowed=lambda ch: ch in CODE_CHARACTERS)
        self.problem = ""

    def title(self) -> str:
        return self.data.t("ui.code.title")

    def body(self) -> str:
        return self.problem or self.data.t("ui.code.explain")

    def entries(self) -> list[MenuEntry]:
        return [MenuEntry("start", self.data.t("ui.code.start"), hotkey="return"),
                MenuEntry("back", self.data.t("ui.common.back"), hotkey="escape")]

    def rebuild(self) -> None:
        super().rebuild()
        spacing = self.context.theme.spacing
        buttons = list(self.focus.widgets)
        first = buttons[0].rect
        self.field.rect = pygame.Rect(first.left, first.top, first.width, spacing.button_height)
        for button in buttons:
            button.rect = button.rect.move(0, spacing.button_height + spacing.gap)
        self.card.height += spacing.button_height + spacing.gap
        self.focus.set_items([self.field, *buttons])
        self.focus.focus("code")

    def handle(self, event: pygame.event.Event) -> Transition | None:
        if self.field.handle(event):
            self.problem = ""
            return None
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            return Pop()
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            return self.activate("start")
        if event.type == pygame.TEXTINPUT:
            return None  # typing with the field unfocused does not press hotkeys
        return super().handle(event)

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.field.draw(surface, self.context.theme, self.context.fonts,
                        self.focus.state_of("code"))

    def activate(self, entry_id: str) -> Transition | None:
        if entry_id == "back":
            return Pop()
        try:
            data, world, design = world_from_code(self.data, self.field.text)
        except CodeError as error:
            reason = self.data.t(f"ui.code_error.{error.key}", **error.params)
            self.problem = self.data.t("ui.code.bad", code=normalise(self.field.text) or "—",
                                       reason=reason)
            self.rebuild()
            return None
        except ContentError as error:
            return reset("error", str(error))
        session = Session(data, self.context.storage)
        return reset("play", data, session, session.new_game(
            world.seed, data, design=design, lesson=world.lesson, card=world.card))
