"""Errors that carry a message meant for the person at the keyboard."""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken; ``str(error)`` is a sentence a user can read."""


class ValidationError(DomainError):
    """One or more fields are invalid: ``problems`` maps field name to message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(self.problems.values()))
