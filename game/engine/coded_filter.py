"""The censor's filter, which learns coded phrases from how often the society uses them."""

from __future__ import annotations

from game.engine.model import CodedPhrase


class CodedFilter:
    """Counts uses of each coded phrase; a phrase is learned once its uses reach its bar.

    Learning happens at the end of a week (`learn(week)`), so a phrase used heavily this week
    still slips through this week and is caught from the next.
    """

    def __init__(self, phrases: tuple[CodedPhrase, ...]) -> None:
        self.phrases = phrases
        self.uses = {p.id: 0 for p in phrases}
        self.learned_week: dict[str, int] = {}  # phrase id -> week the filter learned it

    def current(self) -> str | None:
        """The freshest phrase the filter does not know yet, or None when it knows them all."""
        for phrase in self.phrases:
            if phrase.id not in self.learned_week:
                return phrase.id
        return None

    def phrase_in_week(self, week: int) -> str | None:
        """The phrase a coded post used in `week`: the first the filter had not learned by
        that week's start (None if it knew them all)."""
        for phrase in self.phrases:
            if self.learned_week.get(phrase.id, week) >= week:
                return phrase.id
        return None

    def knows(self, phrase_id: str | None) -> bool:
        """Whether a phrase is caught (None, meaning no phrase left, is always caught)."""
        return phrase_id is None or phrase_id in self.learned_week

    def use(self, phrase_id: str | None, times: int = 1) -> None:
        """Count `times` uses of a phrase."""
        if phrase_id is not None:
            self.uses[phrase_id] += times

    def learn(self, week: int) -> list[str]:
        """Learn every phrase whose uses reached its bar; return the newly learned ids."""
        learned = []
        for phrase in self.phrases:
            if phrase.id not in self.learned_week and self.uses[phrase.id] >= phrase.learn_after:
                self.learned_week[phrase.id] = week
                learned.append(phrase.id)
        return learned

    def to_dict(self) -> dict:
        """JSON-ready state."""
        return {"uses": dict(self.uses), "learned_week": dict(self.learned_week)}

    @classmethod
    def from_dict(cls, data: dict, phrases: tuple[CodedPhrase, ...]) -> CodedFilter:
        """Rebuild a filter saved with `to_dict`."""
        coded = cls(phrases)
        for phrase_id, count in data["uses"].items():
            if phrase_id not in coded.uses:
                raise ValueError(f"unknown coded phrase {phrase_id!r}")
            coded.uses[phrase_id] = int(count)
        coded.learned_week = {k: int(v) for k, v in data["learned_week"].items()}
        return coded
