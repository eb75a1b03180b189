"""Errors raised by the rules engine, kept free of any display code."""

from __future__ import annotations


class ContentError(Exception):
    """A content file is unreadable or breaks the schema.

    The message names the file, the entry, the field and the problem, so a teacher editing a
    data file can find and fix the mistake without reading a traceback.
    """

    def __init__(self, file: str, entry: str, field: str, problem: str) -> None:
        self.file = file
        self.entry = entry
        self.field = field
        self.problem = problem
        where = [file]
        if entry:
            where.append(entry)
        if field:
            where.append(f"field '{field}'")
        super().__init__(f"{', '.join(where)}: {problem}")


class SaveError(Exception):
    """A saved game cannot be restored (corrupt, from another version, or inconsistent)."""
