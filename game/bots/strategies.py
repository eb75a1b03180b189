"""The strategies, each a policy for events and for the week's actions: the five bots, and
two combinations a student would try (the gamer who speaks, the informer).

Bots use only the engine's public actions and read-only queries, like a player would.
Their own preferences are drawn from a generator seeded by strategy and seed, so every
run of a bot is repeatable.
"""

from __future__ import annotations

import random

from game.engine import (
    SPEAKING_KINDS,
    Befriend,
    Buy,
    Choose,
    Era,
    Game,
    Help,
    OptIn,
    PostKind,
    Publish,
    Report,
    Unfriend,
    WithdrawDraft,
    befriend_suggestions,
    bills_due,
    exploit_learned,
    friends_in_trouble,
)

DROP_BELOW = 600  # score points under which the conformist drops friends in the mandatory era
SCORE_HELPS = ("score_loan", "no_deposit", "ask_score", "cheer")
"""Choices every bot takes when it may: where a good score helps, and cheering a friend on."""


def score_buys(game: Game) -> list[str]:
    """Items that raise the score now, the most points per yuan first (exploits aside)."""
    era, items = game.state.era, game.content.items.values()
    chosen = [item for item in items if not item.exploit and item.score.total(era) > 0]
    chosen.sort(key=lambda item: (-item.score.total(era) / max(1, item.price), item.id))
    return [item.id for item in chosen]


def exploit_buys(game: Game) -> list[str]:
    """Items bought only to game the score (needless baby goods and the like), until the
    week's summary says the score has learned the pattern and ignores them."""
    if exploit_learned(game.state, game.content):
        return []
    return [item.id for item in game.content.items.values() if item.exploit]


def liked_buys(game: Game) -> list[str]:
    """Items the player enjoys (they add wellbeing), exploits aside."""
    return [item.id for item in game.content.items.values()
            if item.wellbeing > 0 and not item.exploit]


def score_posts(game: Game) -> list[str]:
    """Posts that say nothing critical and raise the score now, the most points first."""
    era = game.state.era
    chosen = [post for post in game.content.posts.values()
              if post.kind not in SPEAKING_KINDS and post.kind is not PostKind.SILENT
              and post.score.total(era) > 0]
    chosen.sort(key=lambda post: (-post.score.total(era), post.id))
    return [post.id for post in chosen]


def posts_of(game: Game, *kinds: PostKind) -> list[str]:
    """The posts of these kinds, in the data's order."""
    return [post.id for post in game.content.posts.values() if post.kind in kinds]


def enjoyed_posts(game: Game) -> list[str]:
    """Social posts the player enjoys making (they add wellbeing)."""
    return [post.id for post in game.content.posts.values()
            if post.kind is PostKind.SOCIAL and post.wellbeing > 0]


class Strategy:
    """A policy: which event choice to take and which actions to try each week."""

    name = "base"
    prefers: tuple[str, ...] = ()  # event choice ids, most wanted first

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"{self.name}:{seed}")

    def choose(self, game: Game, choice_ids: list[str]) -> str:
        """Pick the most wanted legal choice that leaves enough for next week's bills."""
        prudent = [c for c in choice_ids if self.leaves_bills(game, c)] or choice_ids
        for wanted in self.prefers:
            if wanted in prudent:
                return wanted
        return prudent[-1]

    @staticmethod
    def leaves_bills(game: Game, choice_id: str) -> bool:
        """Whether taking a choice of the front event still leaves next week's bills."""
        event = game.content.events[game.state.events[0].event_id]
        choice = next(c for c in event.choices if c.id == choice_id)
        return game.state.money + choice.money >= bills_due(game.state, game.content)

    def week_actions(self, game: Game) -> None:
        """Take this week's actions through `game.act` (refused ones change nothing)."""

    @staticmethod
    def try_all(game: Game, actions) -> None:
        """Attempt each action in order."""
        for action in actions:
            game.act(action)

    @staticmethod
    def help_while_spare(game: Game) -> None:
        """Help friends in trouble while enough is left for next week's bills."""
        cost = game.content.scenario.help_cost
        for friend in friends_in_trouble(game.state):
            if game.state.money - cost >= bills_due(game.state, game.content):
                game.act(Help(friend))

    @staticmethod
    def buy_while_spare(game: Game, item_ids) -> None:
        """Buy items in order while enough is left for next week's bills."""
        floor = bills_due(game.state, game.content)
        for item_id in item_ids:
            item = game.content.items[item_id]
            if game.state.money - item.price >= floor:
                game.act(Buy(item_id))


class Conformist(Strategy):
    """Chases the score: approved purchases, safe posts, drops and reports when it pays."""

    name = "conformist"
    drops = True  # drops low-score friends once the scheme is mandatory
    prefers = (*SCORE_HELPS,
               "opt_in", "acknowledge", "consent", "share_score", "drop_them", "report",
               "delete_old_posts", "share_it", "stay_out_of_it", "upload", "use_score_report",
               "bank_statements", "post_yours", "accept", "refuse", "decline", "pass",
               "video_call", "mute_them", "refuse_to_say", "comfort_privately")

    def week_actions(self, game: Game) -> None:
        state = game.state
        self.try_all(game, [OptIn()])
        self.buy_while_spare(game, score_buys(game))
        if state.era is Era.MANDATORY:  # drafted, then thought better of
            self.try_all(game, [WithdrawDraft(p) for p in posts_of(game, PostKind.CRITICAL)[:1]])
        if state.era is Era.MANDATORY and self.drops:
            low = sorted((f for f in state.friends if state.society.scores[f] < DROP_BELOW),
                         key=lambda f: state.society.scores[f])
            self.try_all(game, [Unfriend(f) for f in low[:2]])
        self.try_all(game, [Publish(p) for p in score_posts(game)])
        higher = [c for c in befriend_suggestions(state) if state.society.scores[c] > state.score]
        self.try_all(game, [Befriend(c) for c in higher[:2]])
        self.try_all(game, [Publish(p) for p in posts_of(game, PostKind.SILENT)])


class Authentic(Strategy):
    """Lives as they like: buys what they enjoy, says what they think, keeps and helps friends."""

    name = "authentic"
    prefers = (*SCORE_HELPS,
               "stay_out", "acknowledge", "lend", "stay_friends", "say_what_you_think",
               "repost", "post_with_her", "leave_them", "refuse_consent", "consent_low",
               "share_low_score", "refuse_to_say", "say_nothing", "accept", "travel_home",
               "bank_statements", "decline", "pass", "keep_it_private", "video_call", "ignore",
               "cannot_help")

    def choose(self, game: Game, choice_ids: list[str]) -> str:
        if "join" in choice_ids and self.rng.random() < 0.5:
            return "join"
        return super().choose(game, choice_ids)

    def week_actions(self, game: Game) -> None:
        state = game.state
        self.help_while_spare(game)
        liked = liked_buys(game)
        self.rng.shuffle(liked)
        self.buy_while_spare(game, liked[:3])
        speaking = posts_of(game, *SPEAKING_KINDS)
        if speaking:
            self.try_all(game, [Publish(speaking[int(self.rng.random() * len(speaking))])])
        self.try_all(game, [Publish(p) for p in enjoyed_posts(game)])
        suggestions = befriend_suggestions(state)
        if suggestions:
            pick = suggestions[int(self.rng.random() * len(suggestions))]
            self.try_all(game, [Befriend(pick)])


class Gamer(Strategy):
    """Exploits the rules: needless baby goods, and befriends everyone it can."""

    name = "gamer"
    prefers = (*SCORE_HELPS,
               "opt_in", "acknowledge", "stock_up", "consent", "share_score", "accept",
               "upload", "use_score_report", "post_yours", "share_it", "stay_friends",
               "say_nothing", "delete_old_posts", "stay_out_of_it", "refuse", "decline",
               "bank_statements", "video_call", "do_nothing", "refuse_to_say", "ignore",
               "comfort_privately")

    def week_actions(self, game: Game) -> None:
        self.try_all(game, [OptIn()])
        self.buy_while_spare(game, self.buys(game))
        self.try_all(game, [Publish(p) for p in score_posts(game)])
        self.try_all(game, [Befriend(c) for c in befriend_suggestions(game.state)])

    @staticmethod
    def buys(game: Game) -> list[str]:
        """Needless baby goods first, three of each, and the best score buy; once the score
        has learned the pattern, whatever raises the score instead."""
        exploits = exploit_buys(game)
        return exploits * 3 + score_buys(game)[:1] if exploits else score_buys(game)


class GamerWhoSpeaks(Gamer):
    """The gamer's exploits, and says what is on their mind every week in an open post: a
    student's combination (game the score while speaking freely)."""

    name = "gamer_speaks"
    prefers = (*SCORE_HELPS,
               "opt_in", "acknowledge", "stock_up", "say_what_you_think", "post_with_her",
               "repost", "leave_them", "stay_friends", "consent", "share_score", "accept",
               "upload", "use_score_report", "refuse", "decline", "bank_statements",
               "video_call", "refuse_to_say", "say_nothing", "ignore", "comfort_privately")

    def week_actions(self, game: Game) -> None:
        self.try_all(game, [OptIn()])
        self.buy_while_spare(game, self.buys(game))
        self.try_all(game, [Publish(p) for p in posts_of(game, PostKind.CRITICAL)[:1]])
        self.try_all(game, [Publish(p) for p in score_posts(game)])
        self.try_all(game, [Befriend(c) for c in befriend_suggestions(game.state)])


class Loyal(Strategy):
    """Plays for the score like the conformist but never drops or reports a friend."""

    name = "loyal"
    prefers = (*SCORE_HELPS,
               "opt_in", "acknowledge", "lend", "stay_friends", "say_nothing", "consent",
               "share_score", "upload", "use_score_report", "bank_statements", "share_it",
               "delete_old_posts", "stay_out_of_it", "accept", "keep_it_private", "decline",
               "pass", "video_call", "do_nothing", "refuse_to_say", "comfort_privately")

    def week_actions(self, game: Game) -> None:
        self.try_all(game, [OptIn()])
        self.help_while_spare(game)
        self.buy_while_spare(game, score_buys(game))
        self.try_all(game, [Publish(p) for p in score_posts(game)])
        self.try_all(game, [Publish(p) for p in posts_of(game, PostKind.SILENT)])


class Informer(Loyal):
    """Plays for the score like the loyal friend, never drops anyone, and reports every
    friend it can, every week: a student's combination (reporting everyone for the pay)."""

    name = "informer"
    prefers = ("report", *Loyal.prefers)

    def week_actions(self, game: Game) -> None:
        super().week_actions(game)
        self.try_all(game, [Report(f) for f in list(game.state.friends)])


class RandomPlayer(Strategy):
    """Picks legal actions at random."""

    name = "random"

    def choose(self, game: Game, choice_ids: list[str]) -> str:
        return choice_ids[int(self.rng.random() * len(choice_ids))]

    def week_actions(self, game: Game) -> None:
        state, content = game.state, game.content
        options = ([Buy(i) for i in content.items] + [Publish(p) for p in content.posts]
                   + [Befriend(c) for c in befriend_suggestions(state)]
                   + [Help(f) for f in state.friends] + [OptIn()])
        friends = state.friends
        if friends and self.rng.random() < 0.15:
            options.append(Unfriend(friends[int(self.rng.random() * len(friends))]))
        if friends and self.rng.random() < 0.05:
            options.append(Report(friends[int(self.rng.random() * len(friends))]))
        for _ in range(6):
            game.act(options[int(self.rng.random() * len(options))])


STRATEGIES: dict[str, type[Strategy]] = {
    cls.name: cls for cls in (Conformist, Authentic, Gamer, Loyal, RandomPlayer, GamerWhoSpeaks,
                              Informer)
}


def legal_choices(game: Game) -> list[str]:
    """The ids of the front event's choices that may be taken now."""
    event = game.content.events[game.state.events[0].event_id]
    return [c.id for c in event.choices if game.check(Choose(c.id)) is None]
