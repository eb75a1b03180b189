"""Simple policies: a student's week in a few switches, for the strategy search.

A `Policy` says, every week and for every event, what to buy, what to post, what to do
about friends, whether to help, report or mute, and how to answer events. Each switch
chooses by what things do (points, wellbeing, post kinds, the data's exploit mark), never by
ids, so new content needs no code. `PolicyPlayer` plays a policy through the engine's public
actions, like the bots; `all_policies()` is the whole space the search draws from.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, fields

from game.bots.strategies import (
    DROP_BELOW,
    Strategy,
    enjoyed_posts,
    exploit_buys,
    liked_buys,
    posts_of,
    score_buys,
    score_posts,
)
from game.engine import (
    Befriend,
    Era,
    Game,
    Mute,
    OptIn,
    PostKind,
    Publish,
    Report,
    Unfriend,
    befriend_suggestions,
)

BUYS = ("none", "liked", "score", "exploit", "liked_score")
SPEECH = ("none", "critical", "coded", "private")
BEFRIEND = ("none", "higher", "all")
EVENTS = ("score", "wellbeing", "speak")
CHANGES_A_WEEK = 2  # friends dropped or befriended a week, at most (as the conformist)
LIKED_A_WEEK = 3  # things the player enjoys bought a week, at most (as the authentic player)


@dataclass(frozen=True)
class Policy:
    """One simple policy. Every field is a switch; `all_policies` lists every combination."""

    enrol: bool = True  # switch the score on when invited
    buy: str = "score"  # none, liked (enjoyed things), score (what raises it per yuan),
    # exploit (needless purchases first, then score), liked_score (enjoyed, then score)
    speech: str = "none"  # what is on your mind each week: none, critical, coded, private
    safe_posts: bool = True  # also post what raises the score
    drop: bool = False  # drop friends under the low-score bar once it is mandatory
    befriend: str = "none"  # none, higher (scorers above you), all (everyone suggested)
    help: bool = False  # help friends in trouble while bills are covered
    report: bool = False  # report the lowest-scoring friend each week
    mute: bool = False  # mute friends who speak out, once it is mandatory
    events: str = "score"  # answer events for the score, for wellbeing, or to speak

    def name(self) -> str:
        """The policy in a line, e.g. "enrol buy=score speech=critical+safe keep events=score"."""
        parts = ["enrol" if self.enrol else "stay_out", f"buy={self.buy}",
                 f"speech={self.speech}{'+safe' if self.safe_posts else ''}",
                 "drop" if self.drop else "keep", f"befriend={self.befriend}"]
        parts += [flag for flag in ("help", "report", "mute") if getattr(self, flag)]
        return " ".join([*parts, f"events={self.events}"])

    def changed(self, **changes: object) -> Policy:
        """The same policy with some switches changed."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return Policy(**{**values, **changes})


SWITCHES: dict[str, tuple] = {
    "enrol": (True, False), "buy": BUYS, "speech": SPEECH, "safe_posts": (True, False),
    "drop": (False, True), "befriend": BEFRIEND, "help": (False, True),
    "report": (False, True), "mute": (False, True), "events": EVENTS,
}
"""Each switch and its values."""


def all_policies() -> list[Policy]:
    """Every combination of the switches, in a fixed order."""
    names = list(SWITCHES)
    return [Policy(**dict(zip(names, values, strict=True)))
            for values in itertools.product(*(SWITCHES[name] for name in names))]


class PolicyPlayer(Strategy):
    """Plays a `Policy` through the engine's public actions."""

    name = "policy"

    def __init__(self, policy: Policy, seed: int) -> None:
        super().__init__(seed)
        self.policy = policy

    # -- events ------------------------------------------------------------------------------
    def choose(self, game: Game, choice_ids: list[str]) -> str:
        """The legal choice the policy values most, leaving next week's bills when it can."""
        policy, era = self.policy, game.state.era
        event = game.content.events[game.state.events[0].event_id]
        choices = [c for c in event.choices if c.id in choice_ids]
        enrols = [c for c in choices if c.outcome == "enrol"]
        if enrols and policy.enrol:
            return enrols[0].id
        allowed = [c for c in choices
                   if (c.outcome != "enrol" or not policy.enrol and len(choices) == len(enrols))
                   and (c.outcome != "drop" or policy.drop)
                   and (c.outcome != "report" or policy.report)
                   and (c.outcome != "mute" or policy.mute)] or choices
        prudent = [c for c in allowed if self.leaves_bills(game, c.id)] or allowed

        def value(choice) -> tuple:
            points = sum(choice.score.for_era(era).values())
            speaks = choice.outcome == "said"
            if policy.events == "score":
                return (points, choice.money, choice.wellbeing)
            if policy.events == "wellbeing":
                return (choice.wellbeing, choice.money, points)
            return (speaks, choice.wellbeing, choice.money)
        return max(prudent, key=value).id

    # -- the week ----------------------------------------------------------------------------
    def week_actions(self, game: Game) -> None:
        policy, state = self.policy, game.state
        if policy.enrol:
            self.try_all(game, [OptIn()])
        if policy.help:
            self.help_while_spare(game)
        self.buy_while_spare(game, self._buys(game))
        mandatory = state.era is Era.MANDATORY
        if policy.drop and mandatory:
            low = sorted((f for f in state.friends if state.society.scores[f] < DROP_BELOW),
                         key=lambda f: (state.society.scores[f], f))
            self.try_all(game, [Unfriend(f) for f in low[:CHANGES_A_WEEK]])
        if policy.mute and mandatory:
            self.try_all(game, [Mute(f) for f in state.friends if f not in state.muted])
        if policy.report and state.friends:
            lowest = min(state.friends, key=lambda f: (state.society.scores[f], f))
            self.try_all(game, [Report(lowest)])
        speech = {"critical": PostKind.CRITICAL, "coded": PostKind.CODED,
                  "private": PostKind.PRIVATE}.get(policy.speech)
        if speech is not None:
            self.try_all(game, [Publish(p) for p in posts_of(game, speech)[:1]])
        if policy.safe_posts:
            self.try_all(game, [Publish(p) for p in score_posts(game)])
        else:
            self.try_all(game, [Publish(p) for p in enjoyed_posts(game)])
        self.try_all(game, [Befriend(c) for c in self._befriends(game)])
        if speech is None:
            self.try_all(game, [Publish(p) for p in posts_of(game, PostKind.SILENT)])

    def _buys(self, game: Game) -> list[str]:
        buy = self.policy.buy
        liked = sorted(liked_buys(game), key=lambda i: (-game.content.items[i].wellbeing
                                                        / max(1, game.content.items[i].price), i))
        if buy == "liked":
            return liked[:LIKED_A_WEEK]
        if buy == "score":
            return score_buys(game)
        if buy == "exploit":
            return exploit_buys(game) * 3 + score_buys(game)
        if buy == "liked_score":
            return liked[:LIKED_A_WEEK] + score_buys(game)
        return []

    def _befriends(self, game: Game) -> list[int]:
        state, befriend = game.state, self.policy.befriend
        suggestions = befriend_suggestions(state)
        if befriend == "higher":
            return [c for c in suggestions
                    if state.society.scores[c] > state.score][:CHANGES_A_WEEK]
        if befriend == "all":
            return suggestions
        return []

