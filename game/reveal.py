"""The reveal in six rows (assets/data/reveal.toml): the few rules a class most needs to get
right, each citing claims of the evidence sheet, with the label of the weakest of them.

Pure data: no pygame. The debrief's Reveal page draws these rows; `tools/student_sheet.py`
and docs/teaching.md name the same six.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from game.engine import EVIDENCE_LABELS, Content, ContentError

REVEAL_FILE = "reveal.toml"
SHOWN_NAME = f"assets/data/{REVEAL_FILE}"


@dataclass(frozen=True)
class RevealRow:
    """One row: the claims it cites, their weakest label, and the sources by name."""

    id: str
    claims: tuple[str, ...]
    label: str
    sources: str

    def string_key(self, part: str) -> str:
        """The key of one of the row's sentences: `topic`, `claim` or `evidence`."""
        return f"ui.reveal.row.{self.id}.{part}"

    @property
    def sheet_rows(self) -> tuple[str, ...]:
        """The evidence sheet's rows it cites (G4-sesame is a statement of row G4)."""
        return tuple(dict.fromkeys(claim.split("-")[0] for claim in self.claims))


def weakest_label(claims: tuple[str, ...], content: Content) -> str:
    """The weakest label among the named claims (EVIDENCE_LABELS runs strongest first)."""
    return max((content.claims[c].label for c in claims), key=EVIDENCE_LABELS.index)


def load_reveal(data_dir: Path, content: Content) -> tuple[RevealRow, ...]:
    """The rows of reveal.toml, in order; a row citing an unknown claim, or labelled other
    than its weakest claim, raises ContentError naming the row and field."""
    try:
        table = tomllib.loads((Path(data_dir) / REVEAL_FILE).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(SHOWN_NAME, "", "", f"cannot be read ({exc})") from exc
    rows = []
    for entry in table.get("row", []):
        row_id = str(entry.get("id", ""))
        where = f"row '{row_id}'"
        named = tuple(entry.get("claims", ()))
        if not named:
            raise ContentError(SHOWN_NAME, where, "claims", "must name at least one claim")
        unknown = [c for c in named if c not in content.claims]
        if unknown:
            raise ContentError(SHOWN_NAME, where, "claims",
                               f"names {unknown[0]!r}, which claims.toml lacks")
        label = str(entry.get("label", ""))
        weakest = weakest_label(named, content)
        if label != weakest:
            raise ContentError(SHOWN_NAME, where, "label",
                               f"is {label!r}, but the weakest claim it cites is {weakest!r}")
        rows.append(RevealRow(row_id, named, label, str(entry.get("sources", ""))))
    if not rows:
        raise ContentError(SHOWN_NAME, "", "row", "must list the reveal's rows")
    return tuple(rows)
