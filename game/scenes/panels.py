"""What the play screen's three panels list, built from the game's state and legality.

Rows that stand for an action (buy an item, publish a post, send a friend request) carry it
(`ListRow.action`); a friend's row, `friend:<index>`, opens that friend's card.
"""

from __future__ import annotations

from enum import StrEnum

from game.engine import Action, Befriend, Buy, Game, Publish, befriend_suggestions, in_trouble
from game.game_data import GameData
from game.presentation import citizen_name, refusal_text, score_band
from game.scenes.rows import ListRow


class Panel(StrEnum):
    """The three panels of the play screen."""

    SHOP = "shop"
    POST = "post"
    FRIENDS = "friends"


def _hours(data: GameData, hours: int) -> str:
    return data.t("ui.common.hours", hours=hours) if hours else data.t("ui.play.free")


def _explained(data: GameData, game: Game, action: Action, tip: str) -> tuple[bool, str]:
    refusal = game.check(action)
    if refusal is None:
        return True, tip
    return False, f"{_why_not(data, game, action)}  {tip}"


def _why_not(data: GameData, game: Game, action: Action) -> str:
    """Why `action` cannot be taken now, in words ("" if it can)."""
    refusal = game.check(action)
    if refusal is None:
        return ""
    return refusal_text(data.strings, game.content, refusal, data.numbers)


def shop_rows(game: Game, data: GameData) -> list[ListRow]:
    """One row per shop item: name, price and time; disabled with the reason."""
    rows = []
    for item in game.content.items.values():
        tip = data.t("ui.play.item_tip", desc=data.t(f"item.{item.id}.desc"),
                     money=data.numbers.money(item.price), hours=item.hours)
        action = Buy(item.id)
        enabled, tip = _explained(data, game, action, tip)
        detail = _why_not(data, game, action) or data.t(  # a row that cannot be chosen
            "ui.play.cost", money=data.numbers.money(item.price),  # says why on itself
            hours=_hours(data, item.hours))
        rows.append(ListRow(f"buy:{item.id}", data.t(f"item.{item.id}.name"), detail,
                            enabled=enabled, tooltip=tip, action=action))
    return rows


def post_rows(game: Game, data: GameData) -> list[ListRow]:
    """One row per kind of post, with the time it takes."""
    rows = []
    for post in game.content.posts.values():
        tip = data.t("ui.play.post_tip", desc=data.t(f"post.{post.id}.desc"), hours=post.hours)
        action = Publish(post.id)
        enabled, tip = _explained(data, game, action, tip)
        mark = "✓" if post.id in game.state.posted_this_week else ""
        rows.append(ListRow(f"post:{post.id}", data.t(f"post.{post.id}.name"),
                            _why_not(data, game, action) or _hours(data, post.hours), mark=mark,
                            enabled=enabled, tooltip=tip, action=action))
    return rows


def friend_detail(game: Game, data: GameData, citizen: int) -> str:
    """"Good 640 · close 80" — band in words plus the number, never colour alone."""
    score = game.state.society.scores[citizen]
    band = data.t(f"ui.band.{score_band(score)}")
    closeness = game.state.closeness.get(citizen)
    if closeness is None:
        return f"{band} {score}"
    return f"{band} {score} · {closeness}♥"


def band_and_score(game: Game, data: GameData, citizen: int) -> str:
    """"Good 640" — the band in words plus the number."""
    score = game.state.society.scores[citizen]
    return f"{data.t(f'ui.band.{score_band(score)}')} {score}"


def friend_rows(game: Game, data: GameData) -> list[ListRow]:
    """Friends (opening their card), then people you may know (sending a request)."""
    state, content = game.state, game.content
    rows = []
    for citizen in state.friends:
        name = citizen_name(data.strings, content, citizen)
        mark = "⚠" if in_trouble(state, citizen) else ("◇" if citizen in state.muted else "")
        rows.append(ListRow(f"friend:{citizen}", name, friend_detail(game, data, citizen),
                            mark=mark, tooltip=_friend_tip(game, data, citizen)))
    for citizen in befriend_suggestions(state):
        name = citizen_name(data.strings, content, citizen)
        tip = data.t("ui.play.befriend_tip", name=name, hours=content.scenario.befriend_hours)
        action = Befriend(citizen)
        enabled, tip = _explained(data, game, action, tip)
        rows.append(ListRow(f"meet:{citizen}", data.t("ui.play.meet", name=name),
                            _why_not(data, game, action) or friend_detail(game, data, citizen),
                            enabled=enabled, tooltip=tip, action=action))
    return rows


def _friend_tip(game: Game, data: GameData, citizen: int) -> str:
    notes = []
    if in_trouble(game.state, citizen):
        notes.append(data.t("ui.play.trouble"))
    if citizen in game.state.muted:
        notes.append(data.t("ui.play.muted"))
    closeness = game.state.closeness.get(citizen)
    if closeness is not None:
        notes.append(data.t("ui.feel.closeness_meaning", closeness=closeness))
    notes.append(data.t("ui.play.open_friend"))
    return " · ".join(notes)


def rows_for(panel: Panel, game: Game, data: GameData) -> list[ListRow]:
    """The rows of one panel."""
    if panel is Panel.SHOP:
        return shop_rows(game, data)
    if panel is Panel.POST:
        return post_rows(game, data)
    return friend_rows(game, data)
