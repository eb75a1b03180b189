"""The string table: every sentence the player sees, keyed by id, one folder per language.

`assets/data/strings/<lang>/*.toml` files are merged into one flat table of dotted keys
(`[item.diapers] name = "..."` becomes `item.diapers.name`). `required_keys(content)` lists
what the content needs, so a missing sentence is caught on load, not mid-game.
"""

from __future__ import annotations

import string
from pathlib import Path

from game.engine.content import DEFAULT_DATA_DIR, Content
from game.engine.errors import ContentError
from game.engine.model import EVIDENCE_LABELS
from game.engine.schema import read_toml

DEFAULT_LANGUAGE = "en"  # a folder under assets/data/strings

REFUSAL_KEYS = (
    "finished", "event_pending", "money", "hours", "limit", "blocked", "posted", "not_friend",
    "already_friend", "not_in_trouble", "already_muted", "already_enrolled", "not_enrolled",
    "min_score", "max_score", "no_event", "unknown", "already_shown", "no_reporting",
    "few_public_posts", "many_public_posts", "withdrawn", "report_limit",
)
OUTCOME_KEYS = (
    "bought", "posted", "coded_caught", "coded_slipped", "leaked", "kept_private",
    "stayed_silent", "befriended", "declined", "unfriended", "helped", "muted", "reported",
    "enrolled", "chose", "week_ended", "withdrew", "revealed", "bought_ignored",
)
MIN_QUESTIONS = 3


class Strings:
    """A flat, read-only table of sentences with `{name}` placeholders."""

    def __init__(self, table: dict[str, object], language: str) -> None:
        self.table = table
        self.language = language

    def has(self, key: str) -> bool:
        """Whether the table holds `key`."""
        return key in self.table

    def get(self, key: str, **params: object) -> str:
        """The sentence for `key` with its placeholders filled; the key itself if missing."""
        value = self.table.get(key)
        if not isinstance(value, str):
            return key
        if not params:
            return value
        try:
            return value.format_map(params)
        except (KeyError, IndexError, ValueError):
            return value

    def items(self, key: str) -> list[str]:
        """A list of sentences (e.g. discussion questions)."""
        value = self.table.get(key, [])
        return [str(v) for v in value] if isinstance(value, list) else []


def _flatten(prefix: str, table: dict, out: dict[str, object], file: str) -> None:
    for key, value in table.items():
        dotted = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            _flatten(dotted, value, out, file)
        elif isinstance(value, str) or (isinstance(value, list)
                                        and all(isinstance(v, str) for v in value)):
            if dotted in out:
                raise ContentError(file, dotted, "", "is defined twice")
            out[dotted] = value
        else:
            raise ContentError(file, dotted, "", "must be text or a list of texts")


def _check_placeholders(file_of: dict[str, str], table: dict[str, object]) -> None:
    formatter = string.Formatter()
    for key, value in table.items():
        texts = value if isinstance(value, list) else [value]
        for text in texts:
            try:
                list(formatter.parse(text))
            except ValueError as exc:
                raise ContentError(file_of[key], key, "",
                                   f"has a broken {{placeholder}}: {exc}") from exc


def required_keys(content: Content) -> list[str]:
    """Every key the content needs a sentence for."""
    keys: list[str] = []
    for dim in content.scenario.dimensions:
        keys += [f"dim.{dim.id}.name", f"dim.{dim.id}.desc"]
    for kind, ids in (("item", content.items), ("post", content.posts),
                      ("perk", [p.id for p in content.perks]),
                      ("penalty", [p.id for p in content.penalties])):
        for entry_id in ids:
            keys += [f"{kind}.{entry_id}.name", f"{kind}.{entry_id}.desc"]
    for event in content.events.values():
        keys += [f"event.{event.id}.title", f"event.{event.id}.text"]
        keys += [f"event.{event.id}.choice.{c.id}" for c in event.choices]
    for ending in content.endings:
        keys += [f"ending.{ending.id}.title", f"ending.{ending.id}.text"]
    for friend in content.friends:
        keys += [f"friend.{friend.id}.name", f"friend.{friend.id}.trait",
                 f"friend.{friend.id}.bio"]
    keys += [f"topic.{t.id}" for t in content.topics]
    keys += [f"phrase.{p.id}.text" for p in content.phrases]
    for row in content.evidence:
        keys += [f"evidence.{row}.claim", f"evidence.{row}.shows"]
    keys += [f"number.money.{content.scenario.currency}"]
    keys += [f"rule.{rule}" for rule in content.scenario.evidence]
    keys += [f"scenario.{content.scenario.id}.name", f"scenario.{content.scenario.id}.desc"]
    keys += [f"refuse.{k}" for k in REFUSAL_KEYS]
    keys += [f"outcome.{k}" for k in OUTCOME_KEYS]
    keys += [f"label.{label}" for label in EVIDENCE_LABELS]
    keys += [f"label_word.{label}" for label in EVIDENCE_LABELS]
    return keys


def _apply_scenario_wording(table: dict[str, object], file_of: dict[str, str],
                            scenario: str, shown_folder: str) -> None:
    """`[scenario.<id>.say]` rewords sentences for that scenario alone: each key under it
    replaces the sentence with the same key (Here at home writes its own topics and money)."""
    prefix = f"scenario.{scenario}.say."
    for key in [k for k in table if k.startswith(prefix)]:
        target = key.removeprefix(prefix)
        if target not in table or target.startswith("scenario."):
            raise ContentError(file_of.get(key, shown_folder), key, "",
                               f"rewords {target!r}, which is not a sentence of the game")
        if isinstance(table[target], list) != isinstance(table[key], list):
            raise ContentError(file_of.get(key, shown_folder), key, "",
                               f"must be a {'list' if isinstance(table[target], list) else 'text'}"
                               f", like {target!r}")
        table[target] = table[key]


def _check_evidence_parts(content: Content, table: dict[str, object],
                          shown_folder: str) -> None:
    """A row of two or more parts names each in words: `evidence.<id>.parts`, one per part."""
    for row in content.evidence.values():
        key = f"evidence.{row.id}.parts"
        if len(row.parts) < 2:
            continue
        value = table.get(key)
        if not isinstance(value, list) or len(value) != len(row.parts):
            raise ContentError(shown_folder, key, "", f"must list {len(row.parts)} phrases, one "
                               "for each part of the row in evidence.toml")


def interface_keys(folder: Path) -> list[str]:
    """The keys of the screens' sentences (`ui.*`) in a language's folder: what every
    other language must also have (the screens ask for them by name)."""
    table: dict[str, object] = {}
    for path in sorted(folder.glob("*.toml")):
        _flatten("", read_toml(path, f"assets/data/strings/{folder.name}/{path.name}"), table,
                 path.name)
    return sorted(key for key in table if key.startswith("ui."))


def load_strings(content: Content, language: str = "en",
                 data_dir: Path = DEFAULT_DATA_DIR, extra_keys: tuple[str, ...] = ()) -> Strings:
    """Load a language's table and check it has every sentence the game needs."""
    folder = Path(data_dir) / "strings" / language
    shown_folder = f"assets/data/strings/{language}"
    files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    if not files:
        raise ContentError(shown_folder, "", "", "has no string files (*.toml)")
    table: dict[str, object] = {}
    file_of: dict[str, str] = {}
    for path in files:
        shown = f"{shown_folder}/{path.name}"
        before = set(table)
        _flatten("", read_toml(path, shown), table, shown)
        for key in set(table) - before:
            file_of[key] = shown
    _check_placeholders(file_of, table)
    _apply_scenario_wording(table, file_of, content.scenario.id, shown_folder)
    _check_evidence_parts(content, table, shown_folder)
    for key in [*required_keys(content), *extra_keys]:
        if key not in table:
            raise ContentError(shown_folder, key, "", "is missing a sentence")
    if language != DEFAULT_LANGUAGE:
        for key in interface_keys(Path(data_dir) / "strings" / DEFAULT_LANGUAGE):
            if key not in table:
                raise ContentError(shown_folder, key, "", "is missing a sentence the "
                                   f"{DEFAULT_LANGUAGE} table has")
    for list_key in ("names.given", "names.family", "debrief.questions"):
        if not isinstance(table.get(list_key), list) or not table[list_key]:
            raise ContentError(shown_folder, list_key, "", "must be a non-empty list of texts")
    if len(table["debrief.questions"]) < MIN_QUESTIONS:
        raise ContentError(shown_folder, "debrief.questions", "",
                           f"needs at least {MIN_QUESTIONS} questions")
    return Strings(table, language)
