"""Turning engine ids and results into the sentences a player reads (no drawing here).

Pure Python over the string table, so scenes share one wording and tests can check it.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import (
    CauseKind,
    Content,
    ContentError,
    LedgerLine,
    Outcome,
    Refusal,
    Strings,
    cause_parts,
)

SCORE_BANDS = ((700, "high"), (600, "good"), (500, "low"), (0, "very_low"))
"""Score bands, highest first: (lowest score in the band, band id)."""
NAME_STRIDE_GIVEN = 7  # spreads given names across neighbouring citizens
NAME_STRIDE_FAMILY = 13  # spreads family names differently, so pairs rarely repeat
GROUP_MARK_KEY = "number.group_mark"  # strings: the mark between groups of digits
GROUP_FROM_KEY = "number.group_from_digits"  # strings: numbers this long or longer are grouped
MONEY_KEY = "number.money"  # strings: `number.money.<currency>`, how money is written
MIN_GROUPED_DIGITS, MAX_GROUPED_DIGITS = 4, 9  # digits: the range a language may choose from


def score_band(score: int) -> str:
    """The band id for a score: high, good, low or very_low."""
    for floor, band in SCORE_BANDS:
        if score >= floor:
            return band
    return SCORE_BANDS[-1][1]


def citizen_name(strings: Strings, content: Content, citizen: int) -> str:
    """A citizen's name: a named friend's own, else a stable name made from their index."""
    if 1 <= citizen <= len(content.friends):
        return strings.get(f"friend.{content.friends[citizen - 1].id}.name")
    if citizen == 0:
        return strings.get("ui.common.you")
    given, family = strings.items("names.given"), strings.items("names.family")
    parts = {"family": family[(citizen * NAME_STRIDE_FAMILY) % len(family)],
             "given": given[(citizen * NAME_STRIDE_GIVEN) % len(given)]}
    if strings.has("names.full"):  # e.g. "{family}{given}": Chinese puts no space between
        return strings.get("names.full", **parts)
    return f"{parts['family']} {parts['given']}"


@dataclass(frozen=True)
class NumberStyle:
    """How a language writes whole numbers: the mark between groups of three digits, and
    from how many digits on they are grouped (Spanish leaves four digits whole and groups
    longer numbers with a space: 1040, 20 000; English and Chinese write 1,040 and 20,000);
    and how it writes money in the season's currency (¥1,040, or $1,040 in Here at home)."""

    group_mark: str = ","
    group_from_digits: int = 4
    money_format: str = "¥{amount}"  # {amount} is the number in this style

    @classmethod
    def from_strings(cls, strings: Strings, where: str, currency: str = "yuan") -> NumberStyle:
        """The style a string table sets (`number.group_mark`, `number.group_from_digits`,
        `number.money.<currency>`), else English's; `where` names the table's folder in an
        error."""
        style = cls()
        mark = strings.table.get(GROUP_MARK_KEY, style.group_mark)
        digits = strings.table.get(GROUP_FROM_KEY, str(style.group_from_digits))
        money_key = f"{MONEY_KEY}.{currency}"
        money_format = strings.table.get(money_key, style.money_format)
        if not isinstance(mark, str) or len(mark) > 1 or mark.isdigit():
            raise ContentError(where, GROUP_MARK_KEY, "", "must be one character, not a digit, "
                               f"or empty (got {mark!r})")
        if not isinstance(digits, str) or not digits.isdigit() or \
                not MIN_GROUPED_DIGITS <= int(digits) <= MAX_GROUPED_DIGITS:
            raise ContentError(where, GROUP_FROM_KEY, "", f"must be a whole number from "
                               f"{MIN_GROUPED_DIGITS} to {MAX_GROUPED_DIGITS} (got {digits!r})")
        if not isinstance(money_format, str) or money_format.count("{amount}") != 1:
            raise ContentError(where, money_key, "", "must hold {amount} once, such as "
                               f"\"${{amount}}\" (got {money_format!r})")
        return cls(mark, int(digits), money_format)

    def number(self, value: int) -> str:
        """A whole number in this style, e.g. 20,000 or 20 000."""
        digits = str(abs(value))
        if self.group_mark and len(digits) >= self.group_from_digits:
            head = len(digits) % 3 or 3
            digits = self.group_mark.join(
                [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])
        return f"-{digits}" if value < 0 else digits

    def money(self, amount: int) -> str:
        """Money in this style and currency, e.g. ¥1,200, ¥1200, -¥35, $40."""
        sign = "-" if amount < 0 else ""
        return sign + self.money_format.replace("{amount}", self.number(abs(amount)))


def money(amount: int) -> str:
    """Yuan the English way, e.g. ¥1,200 (screens use their language's `NumberStyle`)."""
    return NumberStyle().money(amount)


def signed(amount: int) -> str:
    """A change with its sign, using a true minus: +12, −7, 0."""
    if amount > 0:
        return f"+{amount}"
    if amount < 0:
        return f"−{-amount}"
    return "0"


def refusal_text(strings: Strings, content: Content, refusal: Refusal,
                 numbers: NumberStyle | None = None) -> str:
    """The reason an action is refused, in words (amounts of money in `numbers`' style)."""
    params = dict(refusal.params)
    if refusal.key == "money":
        style = numbers or NumberStyle()
        params = {name: style.money(value) for name, value in params.items()}
    if "penalty" in params:
        params["penalty"] = strings.get(f"penalty.{params['penalty']}.name")
    return strings.get(f"refuse.{refusal.key}", **params)


def outcome_text(strings: Strings, content: Content, outcome: Outcome) -> str:
    """What an action did, in one sentence."""
    params = dict(outcome.params)
    if "item" in params:
        params["item"] = strings.get(f"item.{params['item']}.name")
    if "post" in params:
        params["post"] = strings.get(f"post.{params['post']}.name")
    if "phrase" in params:
        phrase = params["phrase"]
        params["phrase"] = (strings.get(f"phrase.{phrase}.text") if phrase
                            else strings.get("ui.common.any_code"))
    if "citizen" in params and params["citizen"] >= 0:
        params["name"] = citizen_name(strings, content, params["citizen"])
    if "event" in params and "choice" in params:
        params["choice"] = strings.get(
            f"event.{params['event']}.choice.{params['choice']}",
            friend=params.get("name", ""))
    return strings.get(f"outcome.{outcome.key}", **params)


def cause_text(strings: Strings, content: Content, line: LedgerLine) -> str:
    """Where a ledger line came from, in words."""
    kind, cause = line.kind, line.cause
    if kind is CauseKind.START:
        return strings.get("ui.cause.start")
    verb, target = cause_parts(cause)
    if kind is CauseKind.FRIEND:
        return strings.get("ui.cause.friend_post",
                           name=citizen_name(strings, content, int(target)))
    if kind is CauseKind.EVENT:
        event_id, choice_id = verb, target
        return strings.get("ui.cause.event", event=strings.get(f"event.{event_id}.title"),
                           choice=strings.get(f"event.{event_id}.choice.{choice_id}",
                                              friend="…"))
    if cause in ("friend_rule", "missed_bill", "exploit_learned"):
        return strings.get(f"ui.cause.{cause}")
    if verb == "buy":
        return strings.get("ui.cause.buy", item=strings.get(f"item.{target}.name"))
    if verb == "post":
        return strings.get("ui.cause.post", post=strings.get(f"post.{target}.name"))
    if verb == "read_back":
        return strings.get("ui.cause.read_back", phrase=strings.get(f"phrase.{target}.text"))
    if verb == "report":
        return strings.get("ui.cause.report",
                           name=citizen_name(strings, content, int(target)))
    return cause


def _names(strings: Strings, content: Content, citizen: int) -> str:
    return citizen_name(strings, content, citizen) if citizen >= 0 else ""


def decision_text(strings: Strings, content: Content, point, short: bool = False) -> str:
    """A past decision (a `replay.DecisionPoint`) in words; `short` leaves out an event's
    title and keeps the choice made (for a list whose rows are one line)."""
    action, name = point.action, _names(strings, content, point.target)
    kind = type(action).__name__
    if kind == "Choose":
        title = strings.get(f"event.{point.event_id}.title", friend=name)
        choice = strings.get(f"event.{point.event_id}.choice.{action.choice}", friend=name)
        return choice if short else f"{title}: {choice}"
    if kind in ("Publish", "WithdrawDraft"):
        verb = "post" if kind == "Publish" else "withdraw"
        return strings.get(f"ui.whatif.{verb}", post=strings.get(f"post.{action.post}.name"))
    verbs = {"OptIn": "opt_in", "Unfriend": "unfriend", "Report": "report", "Help": "help",
             "Mute": "mute", "Befriend": "befriend"}
    return strings.get(f"ui.whatif.{verbs[kind]}", name=name)


def alternative_text(strings: Strings, content: Content, point, alternative) -> str:
    """What could have been done instead, in words."""
    if alternative is None:
        return strings.get("ui.whatif.skip")
    kind = type(alternative).__name__
    if kind == "Choose":
        name = _names(strings, content, point.target)
        return strings.get("ui.whatif.choose_instead", choice=strings.get(
            f"event.{point.event_id}.choice.{alternative.choice}", friend=name))
    if kind == "WithdrawDraft":
        return strings.get("ui.whatif.withdraw_instead")
    return strings.get("ui.whatif.post_instead")


def points_text(strings: Strings, points: dict[str, int]) -> str:
    """Score points by dimension, e.g. "Behaviour +6, Connections −2"."""
    return ", ".join(f"{strings.get(f'dim.{dim}.name')} {signed(amount)}"
                     for dim, amount in points.items() if amount)
