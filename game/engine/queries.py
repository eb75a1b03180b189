"""Read-only questions about the state that the rules, events, bots and screens share."""

from __future__ import annotations

from game.engine.content import Content
from game.engine.model import Perk, PostKind
from game.engine.society import PLAYER
from game.engine.state import GameState

SUGGESTION_LIMIT = 6  # people offered as possible friends at once
LOW_FRIEND_BELOW = 600  # score points under which a friend counts as "low"
HIGH_STRANGER_QUANTILE = 0.9  # strangers in the top tenth by score count as "high"


def in_trouble(state: GameState, citizen: int) -> bool:
    """Whether a citizen is living through a misfortune (a lost job, a debt)."""
    return state.society.misfortune.weeks_left(citizen) > 0


def public_posts(state: GameState, content: Content) -> int:
    """Critical and coded posts made in public this season, and private messages that
    leaked: what an employer searching your name could find."""
    public = (PostKind.CRITICAL, PostKind.CODED)
    posted = sum(1 for _, said in state.record.said
                 if said in content.posts and content.posts[said].kind in public)
    return posted + len(state.record.leaks)


def withdrawn_this_week(state: GameState, post_id: str) -> bool:
    """Whether a draft of this post was already deleted this week (one deletion a week
    counts: writing and deleting the same draft again says no more about you)."""
    return any(week == state.week and what == post_id for week, what in state.record.withdrawn)


def exploits_before(state: GameState, week: int) -> int:
    """Exploits (needless purchases, exploit choices) the player made before `week`."""
    return sum(1 for noted in state.record.exploits if noted.week < week)


def exploit_learned(state: GameState, content: Content) -> bool:
    """Whether the score has learned the player's exploit pattern (it learns at the end of
    the week the exploits reach `exploit_learn_after`, and from then on ignores them)."""
    bar = content.scenario.exploit_learn_after
    return bar > 0 and exploits_before(state, state.week) >= bar


def reports_this_week(state: GameState) -> int:
    """Reports the player made this week."""
    return sum(1 for week, _ in state.record.reported if week == state.week)


WELLBEING_PER_CLOSENESS = 10  # closeness points per wellbeing point a dropped friend costs


def drop_cost(state: GameState, content: Content, citizen: int) -> int:
    """Wellbeing points dropping `citizen` would cost: it hurts in proportion to how close
    you are."""
    closeness = state.closeness.get(citizen, 0)
    return content.scenario.drop_wellbeing * (closeness // WELLBEING_PER_CLOSENESS)


def report_pay(state: GameState, content: Content) -> int:
    """Yuan the next report would pay: the reward divided by one more than the reports
    already made (the first tip pays most; the game's own rule)."""
    return content.scenario.report_reward // (1 + len(state.record.reported))


def friends_in_trouble(state: GameState) -> list[int]:
    """The player's friends currently in trouble, in index order."""
    return [f for f in state.friends if in_trouble(state, f)]


def low_friends(state: GameState) -> list[int]:
    """The player's friends under the low-score bar, lowest first."""
    scores = state.society.scores
    return sorted((f for f in state.friends if scores[f] < LOW_FRIEND_BELOW),
                  key=lambda f: (scores[f], f))


def befriend_suggestions(state: GameState, limit: int = SUGGESTION_LIMIT) -> list[int]:
    """Friends of friends who are not yet friends: the people the app suggests."""
    mine = set(state.friends)
    seen: set[int] = set()
    suggestions: list[int] = []
    for friend in state.friends:
        for candidate in state.society.ties[friend]:
            if candidate == PLAYER or candidate in mine or candidate in seen:
                continue
            seen.add(candidate)
            suggestions.append(candidate)
    scores = state.society.scores
    suggestions.sort(key=lambda c: (-scores[c], c))
    return suggestions[:limit]


def high_strangers(state: GameState) -> list[int]:
    """Non-friends whose scores are in the society's top tenth, highest first."""
    scores = state.society.scores
    ranked = sorted(scores)
    bar = ranked[int(len(ranked) * HIGH_STRANGER_QUANTILE)]
    mine = set(state.friends)
    return sorted((c for c in range(1, state.society.size)
                   if c not in mine and scores[c] >= bar), key=lambda c: (-scores[c], c))


def bills_due(state: GameState, content: Content) -> int:
    """Yuan due when the next week starts: living costs plus charges of penalties in force."""
    charges = sum(p.money for p in content.penalties if p.id in state.penalties)
    return content.scenario.living_costs + charges


def perks_at(perks: tuple[Perk, ...], score: int) -> list[str]:
    """Perk ids whose thresholds a score reaches."""
    return [p.id for p in perks if score >= p.threshold]
