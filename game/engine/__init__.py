"""The rules engine: pure Python, no pygame, deterministic for a seed and a list of actions.

This is its front door: code outside the engine imports from `game.engine` only, and what
is listed here is the engine's public face (the layering test holds it so).
"""

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
)
from game.engine.bounded_json import InputError, parse_bounded_json
from game.engine.checks import Refusal
from game.engine.class_results import CardShift, ClassSummary, card_shifts, summarise, with_card
from game.engine.codes import CodeError, normalise, read_seed_code
from game.engine.content import DEFAULT_DATA_DIR, Content, load_content
from game.engine.debrief import CAUSE_GROUPS, Debrief, build_debrief, cause_group
from game.engine.design import PERCENT_STEP, SLIDERS, Design
from game.engine.errors import ContentError, SaveError
from game.engine.game import Game
from game.engine.ledger import CauseKind, LedgerLine, cause_of, cause_parts
from game.engine.lesson import FULL_SEASON, LESSON_WEEKS, lesson_fits
from game.engine.model import EVIDENCE_LABELS, SPEAKING_KINDS, Era, PostKind
from game.engine.outcome import Outcome
from game.engine.queries import (
    befriend_suggestions,
    bills_due,
    drop_cost,
    exploit_learned,
    friends_in_trouble,
    in_trouble,
    report_pay,
)
from game.engine.quiz import ANSWERS, NOT_ANSWERED, Statement, load_quiz
from game.engine.replay import DecisionPoint, decision_points, play_out, replay_with_change
from game.engine.society import (
    MAX_FRIEND_WEIGHT,
    MAX_POPULATION,
    SCORE_MAX,
    SCORE_MIN,
    Measures,
    SimSettings,
    SocietySim,
    paired_sims,
)
from game.engine.strings import DEFAULT_LANGUAGE, Strings, load_strings
from game.engine.week import EXPLOIT_LEARNED, WeekReport, exploit_causes
from game.engine.world_codes import World, read_world, scenarios_by_code

__all__ = [
    # playing a season: the game, its actions and what they return
    "Game", "Action", "Befriend", "Buy", "Choose", "EndWeek", "Help", "Mute", "OptIn",
    "Publish", "Report", "RevealFormula", "Unfriend", "WithdrawDraft", "Outcome", "Refusal",
    "WeekReport", "bills_due", "friends_in_trouble", "in_trouble", "befriend_suggestions",
    "report_pay", "drop_cost", "exploit_learned", "exploit_causes", "EXPLOIT_LEARNED",
    # content and words
    "Content", "DEFAULT_DATA_DIR", "load_content", "Strings", "load_strings",
    "DEFAULT_LANGUAGE", "ContentError", "SaveError", "Era", "PostKind", "SPEAKING_KINDS",
    "EVIDENCE_LABELS", "SCORE_MIN", "SCORE_MAX", "InputError", "parse_bounded_json",
    # the debrief, What if and the Designer
    "Debrief", "build_debrief", "CAUSE_GROUPS", "cause_group", "CauseKind", "LedgerLine",
    "cause_of", "cause_parts",
    "DecisionPoint", "decision_points", "play_out", "replay_with_change", "Design",
    "SLIDERS", "PERCENT_STEP",
    # codes and class results
    "CodeError", "normalise", "read_seed_code", "ClassSummary", "summarise",
    "scenarios_by_code", "World", "read_world", "CardShift", "card_shifts", "with_card",
    # the lesson: its length and the before-and-after card
    "FULL_SEASON", "LESSON_WEEKS", "lesson_fits", "ANSWERS", "NOT_ANSWERED", "Statement",
    "load_quiz",
    # the society view
    "SocietySim", "SimSettings", "MAX_FRIEND_WEIGHT", "MAX_POPULATION", "Measures",
    "paired_sims",
]
