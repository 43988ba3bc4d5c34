"""Errors raised by the domain core: each one says what is wrong and where."""
from dataclasses import dataclass
from typing import List, Sequence


@dataclass(frozen=True)
class Problem:
    """One problem found in user input, with where it was found (file:line, feature, cell...)."""

    where: str
    message: str

    def __str__(self) -> str:
        return "{}: {}".format(self.where, self.message) if self.where else self.message


class GupError(Exception):
    """Base class of the plugin's own errors; the message is meant for the user."""


class InputError(GupError):
    """Input that cannot be used. Carries every problem found, not only the first one."""

    def __init__(self, problems: Sequence[Problem], summary: str = ""):
        self.problems: List[Problem] = list(problems)
        lines = [summary] if summary else []
        lines += [str(p) for p in self.problems[:50]]
        if len(self.problems) > 50:
            lines.append("... and {} more problems".format(len(self.problems) - 50))
        super().__init__("\n".join(lines))
