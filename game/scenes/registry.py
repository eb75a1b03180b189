"""The scene table: every scene the game opens by id, and the doors on the title screen.

The one module that knows every scene. Scenes open each other by id (`push("settings",
data)`), never by importing one another; a new scene is its module plus one row here (and,
for a title door, its label in each language's strings). Title doors appear in this
table's order; a door's scene is made from the game's data alone.
"""

from __future__ import annotations

from game.scenes.card import CardScene
from game.scenes.class_results import ClassResultsScene
from game.scenes.code_entry import WorldCodeScene
from game.scenes.debrief import DebriefScene
from game.scenes.designer import DesignerScene
from game.scenes.dialogs import DraftDialog, EventDialog, FriendDialog
from game.scenes.end_now import EndNowConfirm
from game.scenes.error import ContentErrorScene
from game.scenes.lesson_plan import LessonPlanScene
from game.scenes.pause import PauseMenu
from game.scenes.play import PlayScene
from game.scenes.presenter import PresenterPause
from game.scenes.scenario_picker import ScenarioPicker
from game.scenes.settings import SettingsScene
from game.scenes.society import SocietyScene
from game.scenes.title import TitleScene
from game.scenes.week_summary import WeekSummary
from game.scenes.what_if import WhatIfDialog
from game.shell import How, SceneRow, TitleDoor

SCENES: dict[str, SceneRow] = {
    "title": SceneRow(TitleScene),
    "scenario_picker": SceneRow(ScenarioPicker, TitleDoor("ui.title.new_game", "n")),
    "world_code": SceneRow(WorldCodeScene, TitleDoor("ui.title.world_code", "w")),
    "lesson_plan": SceneRow(LessonPlanScene, TitleDoor("ui.lesson.plan_title", "l")),
    "class_results": SceneRow(ClassResultsScene,
                              TitleDoor("ui.title.class_results", "r", How.REPLACE)),
    "society": SceneRow(SocietyScene, TitleDoor("ui.society.button", "v", How.REPLACE)),
    "settings": SceneRow(SettingsScene, TitleDoor("ui.title.settings", "s")),
    "designer": SceneRow(DesignerScene),
    "play": SceneRow(PlayScene),
    "event": SceneRow(EventDialog),
    "friend": SceneRow(FriendDialog),
    "draft": SceneRow(DraftDialog),
    "week_summary": SceneRow(WeekSummary),
    "pause": SceneRow(PauseMenu),
    "end_now": SceneRow(EndNowConfirm),
    "card": SceneRow(CardScene),
    "presenter_pause": SceneRow(PresenterPause),
    "debrief": SceneRow(DebriefScene),
    "what_if": SceneRow(WhatIfDialog),
    "error": SceneRow(ContentErrorScene),
}
