"""The five strategies, each a policy for events and for the week's actions.

Bots use only the engine's public actions and read-only queries, like a player would.
Their own preferences are drawn from a generator seeded by strategy and seed, so every
run of a bot is repeatable.
"""

from __future__ import annotations

import random

from game.engine import (
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
    friends_in_trouble,
)

SCORE_SEEKING_BUYS = ("card_repayment", "healthy_food", "charity", "domestic_phone", "gym",
                      "handbag")
SCORE_SEEKING_POSTS = ("product_praise", "volunteering", "state_news", "flaunt_score")
LIKED_BUYS = ("imported_books", "video_games", "anime_imports", "train_home", "healthy_food",
              "vpn", "baijiu", "gym")
DROP_BELOW = 600  # score points under which the conformist drops friends in the mandatory era


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
    prefers = ("opt_in", "acknowledge", "consent", "share_score", "drop_them", "report",
               "delete_old_posts", "share_it", "stay_out_of_it", "upload", "use_score_report",
               "bank_statements", "post_yours", "accept", "refuse", "decline", "pass",
               "video_call", "mute_them", "refuse_to_say", "comfort_privately")

    def week_actions(self, game: Game) -> None:
        state = game.state
        self.try_all(game, [OptIn()])
        self.buy_while_spare(game, SCORE_SEEKING_BUYS)
        posts = list(SCORE_SEEKING_POSTS)
        if state.era is Era.MANDATORY:
            posts.append("praise_policy")
            self.try_all(game, [WithdrawDraft("stock_crash")])  # drafted, then thought better
            low = sorted((f for f in state.friends if state.society.scores[f] < DROP_BELOW),
                         key=lambda f: state.society.scores[f])
            self.try_all(game, [Unfriend(f) for f in low[:2]])
        self.try_all(game, [Publish(p) for p in posts])
        higher = [c for c in befriend_suggestions(state) if state.society.scores[c] > state.score]
        self.try_all(game, [Befriend(c) for c in higher[:2]])
        self.try_all(game, [Publish("stay_silent")])


class Authentic(Strategy):
    """Lives as they like: buys what they enjoy, says what they think, keeps and helps friends."""

    name = "authentic"
    prefers = ("stay_out", "acknowledge", "lend", "stay_friends", "say_what_you_think",
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
        liked = list(LIKED_BUYS)
        self.rng.shuffle(liked)
        self.buy_while_spare(game, liked[:3])
        speaking = [p.id for p in game.content.posts.values()
                    if p.kind in (PostKind.CRITICAL, PostKind.CODED, PostKind.PRIVATE)]
        self.try_all(game, [Publish(speaking[int(self.rng.random() * len(speaking))])])
        self.try_all(game, [Publish(p) for p in ("family_photo", "gaming_clip")])
        suggestions = befriend_suggestions(state)
        if suggestions:
            pick = suggestions[int(self.rng.random() * len(suggestions))]
            self.try_all(game, [Befriend(pick)])


class Gamer(Strategy):
    """Exploits the rules: needless baby goods, and befriends everyone it can."""

    name = "gamer"
    prefers = ("opt_in", "acknowledge", "stock_up", "consent", "share_score", "accept",
               "upload", "use_score_report", "post_yours", "share_it", "stay_friends",
               "say_nothing", "delete_old_posts", "stay_out_of_it", "refuse", "decline",
               "bank_statements", "video_call", "do_nothing", "refuse_to_say", "ignore",
               "comfort_privately")

    def week_actions(self, game: Game) -> None:
        self.try_all(game, [OptIn()])
        self.buy_while_spare(game, ["diapers"] * 3 + ["card_repayment"])
        self.try_all(game, [Publish(p) for p in ("flaunt_score", "product_praise", "state_news")])
        self.try_all(game, [Befriend(c) for c in befriend_suggestions(game.state)])


class Loyal(Strategy):
    """Plays for the score like the conformist but never drops or reports a friend."""

    name = "loyal"
    prefers = ("opt_in", "acknowledge", "lend", "stay_friends", "say_nothing", "consent",
               "share_score", "upload", "use_score_report", "bank_statements", "share_it",
               "delete_old_posts", "stay_out_of_it", "accept", "keep_it_private", "decline",
               "pass", "video_call", "do_nothing", "refuse_to_say", "comfort_privately")

    def week_actions(self, game: Game) -> None:
        state = game.state
        self.try_all(game, [OptIn()])
        self.help_while_spare(game)
        self.buy_while_spare(game, SCORE_SEEKING_BUYS)
        posts = list(SCORE_SEEKING_POSTS)
        if state.era is Era.MANDATORY:
            posts.append("praise_policy")
        self.try_all(game, [Publish(p) for p in posts])
        self.try_all(game, [Publish("stay_silent")])


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
    cls.name: cls for cls in (Conformist, Authentic, Gamer, Loyal, RandomPlayer)
}


def legal_choices(game: Game) -> list[str]:
    """The ids of the front event's choices that may be taken now."""
    event = game.content.events[game.state.events[0].event_id]
    return [c.id for c in event.choices if game.check(Choose(c.id)) is None]
