"""Issue 13's exploits and flat spots, measured: `python tools/balance_figures.py [--seeds 1-5]`.

Plays the bots and the two combinations a student would try (the gamer who speaks, the
informer) over the seeds and prints, one line each, the figures the issue named: what gaming
while speaking freely ends with, what reporting everyone pays, what dropping friends buys,
what speech costs once it counts, what the penalties cost the authentic player, what perks
and critical posts do to wellbeing, and how many times one draft can be withdrawn in a week.
Run it before and after a change to the rules to see what moved.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.bots.search import seed_range  # noqa: E402
from game.bots.season import play_season, play_strategy  # noqa: E402
from game.bots.strategies import (  # noqa: E402
    DROP_BELOW,
    Conformist,
    Loyal,
    Strategy,
    legal_choices,
)
from game.engine import (  # noqa: E402
    SPEAKING_KINDS,
    Choose,
    Content,
    Era,
    Game,
    Unfriend,
    WithdrawDraft,
    cause_parts,
    load_content,
)


class ConformistKeepsFriends(Conformist):
    """The conformist, who never drops a friend: the pair that shows what dropping buys."""

    name = "conformist_keeps_friends"
    drops = False
    prefers = tuple(choice for choice in Conformist.prefers if choice != "drop_them")


class LoyalWhoDrops(Loyal):
    """The loyal friend's play, but dropping low-score friends once it is mandatory, as the
    conformist does: the pair that shows what dropping buys a player who does not climb."""

    name = "loyal_who_drops"
    prefers = ("drop_them", *Loyal.prefers)

    def week_actions(self, game: Game) -> None:
        state = game.state
        if state.era is Era.MANDATORY:
            low = sorted((f for f in state.friends if state.society.scores[f] < DROP_BELOW),
                         key=lambda f: state.society.scores[f])
            self.try_all(game, [Unfriend(f) for f in low[:2]])
        super().week_actions(game)


def play(strategy: Strategy, seed: int, content: Content) -> Game:
    """A season played by a strategy object (not only the named bots)."""
    return play_strategy(strategy, Game(seed, content.scenario.id, content))


def mean(values) -> float:
    return round(statistics.mean(values), 1)


def perk_yuan(game: Game) -> tuple[int, int]:
    """Money and hours the perks paid over the season."""
    income = game.state.record.perk_income
    return sum(row.money for row in income), sum(row.hours for row in income)


def speech_points(game: Game) -> int:
    """Score points the player's own speaking posts cost once the scheme was mandatory."""
    start, posts = game.content.scenario.mandatory_from, game.content.posts

    def spoken(line) -> bool:
        verb, target = cause_parts(line.cause)
        return (line.week >= start and verb == "post" and target in posts
                and posts[target].kind in SPEAKING_KINDS)
    return game.state.ledger.total_for(spoken)


def empty_week(game: Game, dimension: str) -> int:
    """The first week a dimension held no points (0: never)."""
    held = 0
    for line in game.state.ledger.lines:
        if line.dimension == dimension:
            held += line.amount
            if held == 0:
                return line.week
    return 0


def season_row(games: list[Game]) -> dict:
    """The usual figures of some seasons, as means."""
    metrics = [game.metrics() for game in games]
    return {"score": mean(m["score"] for m in metrics),
            "perks": mean(m["perks"] for m in metrics),
            "wellbeing": mean(m["wellbeing"] for m in metrics),
            "money": mean(m["money"] for m in metrics),
            "friends_kept": mean(m["friends_kept"] for m in metrics),
            "said": mean(m["said"] for m in metrics),
            "reports": mean(m["reports"] for m in metrics),
            "endings": sorted({game.state.ending for game in games})}


def figures(seeds: list[int]) -> dict[str, dict]:
    """Every figure of the issue, by name."""
    content = {scenario: load_content(scenario_id=scenario)
               for scenario in ("default", "opt_in_2015", "mandatory_2020")}
    drift = content["default"]

    def seasons(name: str, scenario: str = "default") -> list[Game]:
        return [play_season(name, seed, scenario, content[scenario]) for seed in seeds]

    rows: dict[str, dict] = {}
    rows["gamer who speaks (drift)"] = season_row(seasons("gamer_speaks"))
    for scenario in ("default", "opt_in_2015"):
        games = seasons("informer", scenario)
        rows[f"informer ({scenario})"] = {**season_row(games), "dropped_by": mean(
            game.metrics()["dropped_by"] for game in games)}
    bots = {name: seasons(name) for name in ("conformist", "loyal", "authentic", "gamer")}
    rows["bots' final money (drift)"] = {name: mean(g.state.money for g in games)
                                         for name, games in bots.items()}
    keeps = [play(ConformistKeepsFriends(seed), seed, drift) for seed in seeds]
    drops = [play(LoyalWhoDrops(seed), seed, drift) for seed in seeds]
    hour_yuan = drift.scenario.income / drift.scenario.hours_per_week

    def perk_value(games: list[Game]) -> float:
        return statistics.mean(money + hours * hour_yuan
                               for money, hours in map(perk_yuan, games))

    def bought(dropping: list[Game], keeping: list[Game]) -> dict:
        return {"perk ¥": round(mean(perk_yuan(g)[0] for g in dropping)
                                - mean(perk_yuan(g)[0] for g in keeping), 1),
                "perk hours": round(mean(perk_yuan(g)[1] for g in dropping)
                                    - mean(perk_yuan(g)[1] for g in keeping), 1),
                "score": (mean(g.state.score for g in dropping),
                          mean(g.state.score for g in keeping)),
                "wellbeing": (mean(g.state.wellbeing for g in dropping),
                              mean(g.state.wellbeing for g in keeping))}
    rows["dropping (drift)"] = {
        "loyal's perks / conformist's": round(perk_value(bots["loyal"])
                                              / perk_value(bots["conformist"]), 2),
        "conformist over loyal": bought(bots["conformist"], bots["loyal"]),
        "loyal who drops over loyal": bought(drops, bots["loyal"]),
        "conformist over the conformist who keeps friends": bought(bots["conformist"], keeps),
        "loyal perks": mean(len(g.state.perks) for g in bots["loyal"])}
    for scenario in ("default", "mandatory_2020"):
        games = bots["authentic"] if scenario == "default" else seasons("authentic", scenario)
        rows[f"authentic's speech once mandatory ({scenario})"] = {
            "points": mean(speech_points(g) for g in games),
            "behaviour empty in week": [empty_week(g, "behaviour") for g in games]}
    for scenario in ("opt_in_2015", "mandatory_2020"):
        games = seasons("authentic", scenario)
        rows[f"authentic ({scenario})"] = {
            **season_row(games),
            "penalty weeks": mean(sum(len(h.penalties) for h in g.state.history)
                                  for g in games)}
    rows["wellbeing a week"] = {
        "perks": {p.id: getattr(p, "wellbeing", 0) for p in drift.perks},
        "speaking posts": {p.id: p.wellbeing for p in drift.posts.values()
                           if p.kind in SPEAKING_KINDS}}
    game = Game(seeds[0], "default", drift)
    while game.state.events:
        game.act(Choose(legal_choices(game)[0]))
    withdrawn = sum(game.act(WithdrawDraft("stock_crash")).ok for _ in range(50))
    rows["one draft withdrawn in one week"] = {"times counted (of 50 tries)": withdrawn}
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1-5", type=seed_range)
    args = parser.parse_args(argv)
    print(f"seeds {args.seeds[0]}-{args.seeds[-1]} ({len(args.seeds)}), means")
    for name, row in figures(args.seeds).items():
        print(f"{name}: {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
