"""The before-and-after card: "Which of these rules are real?", asked before the season and
again after the reveal.

Its statements are data (`assets/data/quiz.toml`): each names a claim of the evidence sheet
(`claims.toml`) and the answer the evidence gives, which must be that claim's label, so the
card can never disagree with the debrief. A player's answers are small whole numbers (0 = not
answered, then one per label in `ANSWERS`' order) so both cards fit in a result code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.engine.errors import ContentError
from game.engine.model import Claim
from game.engine.schema import Entry, read_toml

QUIZ_FILE = "quiz.toml"
SHOWN_FILE = f"assets/data/{QUIZ_FILE}"
ANSWERS = ("documented", "reported", "contested", "invented")
"""What a statement can be, as the evidence labels say; answer n is ANSWERS[n - 1]."""
NOT_ANSWERED = 0
MIN_STATEMENTS = 6
MAX_STATEMENTS = 8  # the result code keeps room for this many answers per card
CHOICES = len(ANSWERS) + 1  # answers a statement can hold, "not answered" included


@dataclass(frozen=True)
class Statement:
    """One line of the card: its id (strings `quiz.<id>`), the claim it rests on and the
    answer the evidence gives (one of `ANSWERS`)."""

    id: str
    claim: str
    answer: str

    @property
    def answer_number(self) -> int:
        """The answer as stored in a result code (1..len(ANSWERS))."""
        return ANSWERS.index(self.answer) + 1


def load_quiz(data_dir: Path, claims: dict[str, Claim]) -> tuple[Statement, ...]:
    """The card's statements, checked against the claims (ContentError naming the file,
    the statement and the problem)."""
    document = read_toml(Path(data_dir) / QUIZ_FILE, SHOWN_FILE)
    rows = document.get("statement")
    if not isinstance(rows, list) or not MIN_STATEMENTS <= len(rows) <= MAX_STATEMENTS:
        raise ContentError(SHOWN_FILE, "", "statement", f"needs {MIN_STATEMENTS} to "
                           f"{MAX_STATEMENTS} [[statement]] tables")
    statements: list[Statement] = []
    for index, row in enumerate(rows):
        entry = Entry(SHOWN_FILE, f"statement {index + 1}", row)
        statement = Statement(entry.identifier(), entry.text("claim"), entry.text("answer"))
        entry.finish()
        where = f"statement '{statement.id}'"
        if any(s.id == statement.id for s in statements):
            raise ContentError(SHOWN_FILE, where, "id", "is used twice")
        if statement.answer not in ANSWERS:
            raise ContentError(SHOWN_FILE, where, "answer",
                               f"must be one of {', '.join(ANSWERS)}")
        claim = claims.get(statement.claim)
        if claim is None:
            raise ContentError(SHOWN_FILE, where, "claim",
                               f"names {statement.claim!r}, which claims.toml lacks")
        if claim.label != statement.answer:
            raise ContentError(SHOWN_FILE, where, "answer",
                               f"says {statement.answer} but claim {claim.id} is "
                               f"{claim.label}")
        statements.append(statement)
    return tuple(statements)


def pack_answers(answers: list[int] | tuple[int, ...]) -> int:
    """A card's answers as one number (base CHOICES, first answer highest); answers
    beyond MAX_STATEMENTS or outside 0..len(ANSWERS) are refused."""
    if len(answers) > MAX_STATEMENTS:
        raise ValueError(f"a card holds at most {MAX_STATEMENTS} answers")
    number = 0
    for answer in [*answers, *[NOT_ANSWERED] * (MAX_STATEMENTS - len(answers))]:
        if not NOT_ANSWERED <= answer < CHOICES:
            raise ValueError(f"an answer is 0..{CHOICES - 1}, not {answer}")
        number = number * CHOICES + answer
    return number


def unpack_answers(number: int) -> tuple[int, ...]:
    """The MAX_STATEMENTS answers `pack_answers` packed (ValueError if out of range)."""
    if not 0 <= number < CHOICES ** MAX_STATEMENTS:
        raise ValueError("not a packed card")
    answers = []
    for _ in range(MAX_STATEMENTS):
        number, answer = divmod(number, CHOICES)
        answers.append(answer)
    return tuple(reversed(answers))


def answered(answers: tuple[int, ...] | list[int]) -> bool:
    """Whether any statement of a card was answered."""
    return any(answer != NOT_ANSWERED for answer in answers)
