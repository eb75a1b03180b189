"""Loading every content file under `assets/data/` into checked, immutable records.

`load_content(data_dir)` reads the TOML files, validates each field, checks references
between files (evidence ids, penalty ids, string keys) and returns one `Content` object.
Any problem raises `ContentError` naming the file, the entry, the field and what is wrong.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from game.engine import content_records as records
from game.engine.content_records import MAX_SOCIETY_SIZE, SCORE_MAX, SCORE_MIN
from game.engine.errors import ContentError
from game.engine.model import (
    Claim,
    CodedPhrase,
    Dimension,
    Ending,
    Event,
    EvidenceLabel,
    FriendProfile,
    FriendRule,
    Item,
    Penalty,
    Perk,
    Post,
    Scenario,
    ScoreEffect,
    SocietyRules,
    Topic,
)
from game.engine.schema import Entry, entries, read_toml, unique_ids

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "assets" / "data"
MAX_WEEKS = 52  # the longest season a scenario may have
MAX_SCENARIO_CODE = 31  # scenario numbers fit in 5 bits of a seed code
REPLACED_WHOLE = ("forced_events",)  # tables a scenario replaces rather than merges
EVIDENCE_KINDS = ("item", "post", "perk", "penalty", "event")  # what `[evidence_for]` names


@dataclass(frozen=True)
class Content:
    """Everything the rules read from data files, indexed by id."""

    scenario: Scenario
    items: dict[str, Item]
    posts: dict[str, Post]
    perks: tuple[Perk, ...]  # ordered by threshold, lowest first
    penalties: tuple[Penalty, ...]  # ordered by threshold, highest first
    events: dict[str, Event]
    endings: tuple[Ending, ...]  # ordered by priority
    friends: tuple[FriendProfile, ...]
    topics: tuple[Topic, ...]
    phrases: tuple[CodedPhrase, ...]
    evidence: dict[str, EvidenceLabel]
    claims: dict[str, Claim]  # the evidence sheet's claims, by id

    @property
    def dimension_ids(self) -> tuple[str, ...]:
        """The five dimension ids in their fixed order."""
        return tuple(d.id for d in self.scenario.dimensions)


class _Reader:
    """Reads one data folder; remembers file names so messages show a relative path."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def document(self, relative: str) -> tuple[str, dict]:
        shown = f"assets/data/{relative}"
        path = self.data_dir / relative
        if not path.is_file():
            raise ContentError(shown, "", "", "is missing")
        return shown, read_toml(path, shown)


def _forced_events(top: Entry) -> dict[int, str]:
    """`[forced_events]`: week number (as text) -> the event shown at that week's start."""
    table = top.table("forced_events", default={})
    forced = {}
    for week in table.keys():
        if not week.isdigit() or not 1 <= int(week) <= MAX_WEEKS:
            raise table.error(week, "must be a week number such as \"7\"")
        forced[int(week)] = table.text(week)
    table.finish()
    return forced


def _id_list(top: Entry, field: str) -> tuple[str, ...] | None:
    """An optional list of ids (None when the field is absent)."""
    value = top.raw(field)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise top.error(field, "must be a list of ids, like [\"a\", \"b\"]")
    return tuple(value)


def _effect_overrides(top: Entry, field: str, dims: tuple[str, ...]) -> dict[str, ScoreEffect]:
    """`[item_effects.<id>]` / `[post_effects.<id>]`: this scenario's score effects."""
    table = top.table(field, default={})
    overrides = {}
    for entry_id in table.keys():
        entry = table.table(entry_id)
        overrides[entry_id] = records.score_effect(entry, dims)
        entry.finish()
    table.finish()
    return overrides


def _event_effects(top: Entry, dims: tuple[str, ...]) -> dict[tuple[str, str], ScoreEffect]:
    """`[event_effects.<event>.<choice>]`: this scenario's score effects for event choices."""
    table = top.table("event_effects", default={})
    overrides = {}
    for event_id in table.keys():
        choices = table.table(event_id)
        for choice_id in choices.keys():
            entry = choices.table(choice_id)
            overrides[(event_id, choice_id)] = records.score_effect(entry, dims)
            entry.finish()
        choices.finish()
    table.finish()
    return overrides


def _evidence_for(top: Entry) -> dict[str, str]:
    """`[evidence_for]`: "kind.id" = the evidence row it rests on in this scenario."""
    table = top.table("evidence_for", default={})
    named = {}
    for key in table.keys():
        kind, _, entry_id = key.partition(".")
        if kind not in EVIDENCE_KINDS or not entry_id:
            raise table.error(key, f"must be written kind.id, the kind one of "
                              f"{', '.join(EVIDENCE_KINDS)} (e.g. \"penalty.loan_surcharge\")")
        named[key] = table.text(key)
    table.finish()
    return named


def _scenario_document(reader: _Reader, scenario_id: str,
                       chain: tuple[str, ...] = ()) -> tuple[str, dict]:
    """A scenario's document, merged over the one it `extends` (tables merge, except
    `forced_events`, which a scenario states in full; other values replace the parent's)."""
    file, doc = reader.document(f"scenarios/{scenario_id}.toml")
    parent = doc.get("extends")
    if parent is None:
        return file, doc
    if not isinstance(parent, str) or parent in (*chain, scenario_id):
        raise ContentError(file, "", "extends", f"must name another scenario (got {parent!r})")
    if "code" not in doc:
        raise ContentError(file, "", "code", "a scenario that extends another needs its own "
                           "code number (0-31), so seed codes can tell them apart")
    _, base = _scenario_document(reader, parent, (*chain, scenario_id))
    return file, _merged(base, doc)


def _merged(base: dict, over: dict) -> dict:
    merged = dict(base)
    for key, value in over.items():
        if (isinstance(value, dict) and isinstance(base.get(key), dict)
                and key not in REPLACED_WHOLE):
            merged[key] = _merged(base[key], value)
        else:
            merged[key] = value
    return merged


def _check_code_unique(reader: _Reader, scenario: Scenario, file: str) -> None:
    """No other scenario file may use this scenario's code number (codes name scenarios)."""
    for path in sorted((reader.data_dir / "scenarios").glob("*.toml")):
        if path.stem == scenario.id:
            continue
        try:
            other = tomllib.loads(path.read_text(encoding="utf-8")).get("code")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # that file's own problems are reported when it is loaded
        if other == scenario.code:
            raise ContentError(file, "", "code", f"{scenario.code} is also used by "
                               f"scenarios/{path.name}; each scenario needs its own number")


def _load_scenario(reader: _Reader, scenario_id: str) -> Scenario:
    file, doc = _scenario_document(reader, scenario_id)
    top = Entry(file, "", doc)
    dims = []
    for entry in entries(file, doc, "dimension", "score dimension"):
        dims.append(Dimension(
            id=entry.identifier(), cap=entry.int("cap", low=1, high=600),
            start=entry.int("start", low=0, high=600), evidence=entry.text("evidence"),
        ))
        if dims[-1].start > dims[-1].cap:
            raise entry.error("start", f"must not exceed cap ({dims[-1].cap})")
        entry.finish()
    top.tables("dimension")
    if len(dims) != 5:
        raise ContentError(file, "", "dimension",
                           f"needs exactly five dimensions (has {len(dims)})")
    unique_ids(file, "dimension", [d.id for d in dims])
    if sum(d.cap for d in dims) != SCORE_MAX - SCORE_MIN:
        raise ContentError(file, "", "dimension",
                           f"caps must add up to {SCORE_MAX - SCORE_MIN} so scores stay in "
                           f"{SCORE_MIN}-{SCORE_MAX} (they add up to {sum(d.cap for d in dims)})")
    rule = top.table("friend_rule")
    friend_rule = FriendRule(
        join_bonus=rule.int("join_bonus", low=0, high=50),
        join_bonus_cap=rule.int("join_bonus_cap", low=0, high=100),
        drag_divisor=rule.int("drag_divisor", low=1, high=1000),
        pivot=rule.int("pivot", low=SCORE_MIN, high=SCORE_MAX),
        drag_cap=rule.int("drag_cap", low=0, high=200),
        leak_penalty=rule.int("leak_penalty", low=0, high=100),
        leak_cap=rule.int("leak_cap", low=0, high=200),
    )
    rule.finish()
    soc = top.table("society")
    society = SocietyRules(
        size=soc.int("size", low=20, high=MAX_SOCIETY_SIZE),
        degree=soc.int("degree", low=2, high=40),
        rewire=soc.number("rewire", low=0, high=1),
        score_mean=soc.int("score_mean", low=SCORE_MIN, high=SCORE_MAX),
        score_spread=soc.int("score_spread", low=0, high=300),
        post_rate=soc.number("post_rate", low=0, high=1),
        coded_share=soc.number("coded_share", low=0, high=1),
        drop_rate=soc.number("drop_rate", low=0, high=1),
        drop_below=soc.int("drop_below", low=SCORE_MIN, high=SCORE_MAX),
        befriend_rate=soc.number("befriend_rate", low=0, high=1),
        decline_gap=soc.int("decline_gap", low=0, high=600),
        reversion=soc.number("reversion", low=0, high=1),
        trouble_weeks=soc.int("trouble_weeks", low=1, high=52),
        trouble_hit=soc.int("trouble_hit", low=0, high=300),
    )
    if society.degree % 2:
        raise soc.error("degree", "must be even (ties are laid out in pairs around a ring)")
    soc.finish()
    evidence_table = top.table("evidence")
    evidence = {key: evidence_table.text(key) for key in evidence_table.keys()}
    evidence_table.finish()
    dim_ids = tuple(d.id for d in dims)
    top.text("extends", default="")  # already merged by _scenario_document
    scenario = Scenario(
        id=top.identifier(), code=top.int("code", low=0, high=MAX_SCENARIO_CODE),
        weeks=top.int("weeks", low=2, high=52),
        mandatory_week=top.int("mandatory_week", low=0, high=52),
        start_money=top.int("start_money", low=0), income=top.int("income", low=0),
        living_costs=top.int("living_costs", low=0),
        missed_bill_penalty=top.int("missed_bill_penalty", low=0, high=200),
        hours_per_week=top.int("hours_per_week", low=1, high=100),
        start_wellbeing=top.int("start_wellbeing", low=0, high=100),
        report_reward=top.int("report_reward", low=0), report_hit=top.int("report_hit", low=0),
        drop_wellbeing=top.int("drop_wellbeing", low=0, high=50),
        silence_wellbeing=top.int("silence_wellbeing", low=0, high=50),
        wellbeing_anchor=top.int("wellbeing_anchor", low=0, high=100),
        wellbeing_pull=top.number("wellbeing_pull", low=0, high=1),
        support_closeness=top.int("support_closeness", low=0, high=100),
        support_cap=top.int("support_cap", low=0, high=50),
        lonely_below=top.int("lonely_below", low=0, high=50),
        lonely_wellbeing=top.int("lonely_wellbeing", low=0, high=50),
        help_cost=top.int("help_cost", low=0), help_hours=top.int("help_hours", low=0),
        help_boost=top.int("help_boost", low=0, high=600),
        befriend_hours=top.int("befriend_hours", low=0, high=100),
        new_friend_closeness=top.int("new_friend_closeness", low=0, high=100),
        help_closeness=top.int("help_closeness", low=0, high=100),
        help_wellbeing=top.int("help_wellbeing", low=-100, high=100),
        report_wellbeing=top.int("report_wellbeing", low=-100, high=100),
        report_points=top.int("report_points", low=-100, high=100),
        report_limit=top.int("report_limit", low=1, high=50),
        found_out_chance=top.number("found_out_chance", low=0, high=1),
        found_out_wellbeing=top.int("found_out_wellbeing", low=-100, high=0),
        found_out_closeness=top.int("found_out_closeness", low=-100, high=0),
        exploit_learn_after=top.int("exploit_learn_after", low=0, high=1000),
        exploit_clawback=top.int("exploit_clawback", low=0, high=100),
        mute_closeness=top.int("mute_closeness", low=-100, high=0),
        dimensions=tuple(dims), friend_rule=friend_rule, society=society, evidence=evidence,
        forced_events=_forced_events(top),
        perks=_id_list(top, "perks"), penalties=_id_list(top, "penalties"),
        excluded_events=_id_list(top, "excluded_events") or (),
        item_effects=_effect_overrides(top, "item_effects", dim_ids),
        post_effects=_effect_overrides(top, "post_effects", dim_ids),
        event_effects=_event_effects(top, dim_ids),
        posts=_id_list(top, "posts"), evidence_for=_evidence_for(top),
        reporting=top.flag("reporting", default=True),
        currency=top.identifier("currency") if top.has("currency") else "yuan",
    )
    top.finish()
    if scenario.id != scenario_id:
        raise ContentError(file, "", "id", f"must match the file name ({scenario_id!r})")
    _check_code_unique(reader, scenario, file)
    if scenario.mandatory_week > scenario.weeks:
        raise ContentError(file, "", "mandatory_week", "must fall within the season")
    return scenario


def _records(reader: _Reader, relative: str, key: str, what: str, build) -> tuple:
    """Build a record from each `[[key]]` table of a file; ids must be unique."""
    file, doc = reader.document(relative)
    built = []
    for entry in entries(file, doc, key, what):
        built.append(build(entry))
        entry.finish()
    unique_ids(file, key, [r.id for r in built])
    return tuple(built)


def _ordered_endings(endings: tuple[Ending, ...]) -> tuple[Ending, ...]:
    ordered = tuple(sorted(endings, key=lambda e: (e.priority, e.id)))
    if ordered[-1].conditions:
        raise ContentError("assets/data/endings.toml", f"ending '{ordered[-1].id}'",
                           "conditions", "the last ending by priority must have no "
                           "conditions, so every season has an ending")
    return ordered


def _by_id(built: tuple) -> dict:
    return {record.id: record for record in built}


def _check_references(content: Content) -> None:
    """Every evidence id and penalty id named anywhere must exist."""
    known_evidence = content.evidence
    penalties = {p.id for p in content.penalties}

    def need_evidence(file: str, entry: str, evidence_id: str) -> None:
        if evidence_id and evidence_id not in known_evidence:
            raise ContentError(file, entry, "evidence",
                               f"names evidence row {evidence_id!r}, which evidence.toml lacks")

    scenario_file = f"assets/data/scenarios/{content.scenario.id}.toml"
    for dim in content.scenario.dimensions:
        need_evidence(scenario_file, f"dimension '{dim.id}'", dim.evidence)
    for rule_id, evidence_id in content.scenario.evidence.items():
        need_evidence(scenario_file, f"evidence.{rule_id}", evidence_id)
    for key, evidence_id in content.scenario.evidence_for.items():
        if evidence_id and evidence_id not in known_evidence:
            raise ContentError(scenario_file, "evidence_for", key,
                               f"names evidence row {evidence_id!r}, which evidence.toml lacks")
    for item in content.items.values():
        need_evidence("assets/data/items.toml", f"item '{item.id}'", item.evidence)
        if item.blocked_by and item.blocked_by not in penalties:
            raise ContentError("assets/data/items.toml", f"item '{item.id}'", "blocked_by",
                               f"names penalty {item.blocked_by!r}, which penalties.toml lacks")
    for post in content.posts.values():
        need_evidence("assets/data/posts.toml", f"post '{post.id}'", post.evidence)
    for perk in content.perks:
        need_evidence("assets/data/perks.toml", f"perk '{perk.id}'", perk.evidence)
    for penalty in content.penalties:
        need_evidence("assets/data/penalties.toml", f"penalty '{penalty.id}'", penalty.evidence)
    friends = [f.id for f in content.friends]
    for event in content.events.values():
        need_evidence("assets/data/events.toml", f"event '{event.id}'", event.evidence)
        if (event.target == "named") != bool(event.friend) or \
                (event.friend and event.friend not in friends):
            raise ContentError("assets/data/events.toml", f"event '{event.id}'", "friend",
                               "an event with target \"named\" names one friend of "
                               f"friends.toml ({', '.join(friends)}), and only such an event does")
        for choice in event.choices:
            where = f"event '{event.id}' choice '{choice.id}'"
            need_evidence("assets/data/events.toml", where, choice.evidence)
            blocked = choice.requires.blocked_by
            if blocked and blocked not in penalties:
                raise ContentError("assets/data/events.toml", where, "requires.blocked_by",
                                   f"names penalty {blocked!r}, which penalties.toml lacks")


def _claims(reader: _Reader) -> dict[str, Claim]:
    """claims.toml: the evidence sheet's claims; a narrower statement names a row that exists."""
    claims = _by_id(_records(reader, "claims.toml", "claim", "claim", records.claim))
    for claim in claims.values():
        if claim.of and (claim.of not in claims or claims[claim.of].of):
            raise ContentError("assets/data/claims.toml", f"claim '{claim.id}'", "of",
                               f"names {claim.of!r}, which is not a row of the sheet")
    return claims


def load_content(data_dir: Path = DEFAULT_DATA_DIR, scenario_id: str = "default") -> Content:
    """Read and check every content file; raise `ContentError` on the first problem."""
    reader = _Reader(Path(data_dir))
    scenario = _load_scenario(reader, scenario_id)
    dims = tuple(d.id for d in scenario.dimensions)
    claims = _claims(reader)
    content = Content(
        scenario=scenario,
        items=_by_id(_records(reader, "items.toml", "item", "shop item",
                              lambda e: records.item(e, dims))),
        posts=_by_id(_records(reader, "posts.toml", "post", "post",
                              lambda e: records.post(e, dims))),
        perks=tuple(sorted(_records(reader, "perks.toml", "perk", "perk", records.perk),
                           key=lambda p: (p.threshold, p.id))),
        penalties=tuple(sorted(_records(reader, "penalties.toml", "penalty", "penalty",
                                        records.penalty), key=lambda p: (-p.threshold, p.id))),
        events=_by_id(_records(reader, "events.toml", "event", "event",
                               lambda e: records.event(e, dims))),
        endings=_ordered_endings(_records(reader, "endings.toml", "ending", "ending",
                                          records.ending)),
        friends=_records(reader, "friends.toml", "friend", "named friend", records.friend),
        topics=_records(reader, "topics.toml", "topic", "topic", records.topic),
        phrases=_records(reader, "coded.toml", "phrase", "coded phrase", records.phrase),
        evidence=_by_id(_records(reader, "evidence.toml", "evidence", "evidence row",
                                 lambda e: records.evidence_row(e, claims))),
        claims=claims,
    )
    _check_references(content)
    return _for_scenario(content)


def _for_scenario(content: Content) -> Content:
    """Narrow the shared files to what this scenario plays: its posts, perks, penalties and
    events, with its own score effects and evidence rows where it names them."""
    scenario = content.scenario
    file = f"assets/data/scenarios/{scenario.id}.toml"
    for field, known in (("perks", [p.id for p in content.perks]),
                         ("penalties", [p.id for p in content.penalties]),
                         ("excluded_events", list(content.events)),
                         ("item_effects", list(content.items)),
                         ("post_effects", list(content.posts)),
                         ("posts", list(content.posts)),
                         ("forced_events", list(content.events))):
        named = getattr(scenario, field)
        named = named.values() if isinstance(named, dict) and field == "forced_events" else named
        for entry_id in named or ():
            if entry_id not in known:
                raise ContentError(file, "", field, f"names {entry_id!r}, which is not defined")
    for week, event_id in scenario.forced_events.items():
        if event_id in scenario.excluded_events:
            raise ContentError(file, "", "excluded_events", f"leaves out {event_id!r}, which "
                               f"forced_events shows in week {week}")
    for (event_id, choice_id) in scenario.event_effects:
        if event_id not in content.events:
            raise ContentError(file, "event_effects", event_id,
                               f"names event {event_id!r}, which is not defined")
        if choice_id not in {c.id for c in content.events[event_id].choices}:
            raise ContentError(file, f"event_effects.{event_id}", choice_id,
                               f"is not a choice of event {event_id!r}")
    _check_evidence_for(content, file)
    own = scenario.evidence_for

    def evidence(kind: str, record) -> str:
        return own.get(f"{kind}.{record.id}", record.evidence)

    items = {i.id: replace(i, score=scenario.item_effects.get(i.id, i.score),
                           evidence=evidence("item", i)) for i in content.items.values()}
    posts = {p.id: replace(p, score=scenario.post_effects.get(p.id, p.score),
                           evidence=evidence("post", p)) for p in content.posts.values()
             if scenario.posts is None or p.id in scenario.posts}
    events = {e.id: replace(e, evidence=evidence("event", e), choices=tuple(
                  replace(c, score=scenario.event_effects.get((e.id, c.id), c.score))
                  for c in e.choices))
              for e in content.events.values() if e.id not in scenario.excluded_events}
    kept_perks = scenario.perks
    kept_penalties = scenario.penalties
    return replace(
        content, items=items, posts=posts, events=events,
        perks=tuple(replace(p, evidence=evidence("perk", p)) for p in content.perks
                    if kept_perks is None or p.id in kept_perks),
        penalties=tuple(replace(p, evidence=evidence("penalty", p)) for p in content.penalties
                        if kept_penalties is None or p.id in kept_penalties),
    )


def _check_evidence_for(content: Content, file: str) -> None:
    """Each `[evidence_for]` key names an item, post, perk, penalty or event that exists."""
    known = {"item": content.items, "post": content.posts, "event": content.events,
             "perk": {p.id for p in content.perks},
             "penalty": {p.id for p in content.penalties}}
    for key in content.scenario.evidence_for:
        kind, _, entry_id = key.partition(".")
        if entry_id not in known[kind]:
            raise ContentError(file, "evidence_for", key,
                               f"names {kind} {entry_id!r}, which is not defined")
