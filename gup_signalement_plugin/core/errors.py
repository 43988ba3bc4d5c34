"""Errors raised by the domain core: each one says what is wrong and where."""

from dataclasses import dataclass
from typing import Any, Dict, List, Sequence, Tuple

MAX_LISTED = 50  # problems listed in a message; the others are counted


@dataclass(frozen=True)
class Problem:
    """One problem found in user input, with where it was found (file:line, feature, cell...).

    ``message`` is the plain English sentence (technical logs, non-QGIS readers); ``code`` and
    ``params`` let the QGIS side say it in the user's language (toolbelt/*_text.py)."""

    where: str
    message: str
    code: str = ""
    params: Tuple[Tuple[str, str], ...] = ()

    @classmethod
    def coded(cls, where: str, code: str, template: str, /, **params) -> "Problem":
        """A problem from its code, its English template and the template's parameters."""
        text = {key: str(value) for key, value in params.items()}
        return cls(where, template.format(**text), code, tuple(sorted(text.items())))

    @property
    def parameters(self) -> Dict[str, str]:
        return dict(self.params)

    def __str__(self) -> str:
        return "{}: {}".format(self.where, self.message) if self.where else self.message


class GupError(Exception):
    """Base class of the plugin's own errors; the message is meant for the user (in English).
    An error that has a ``code`` (and ``params``) is said in the user's language by the QGIS
    side (toolbelt/problem_text.py)."""

    code: str = ""
    params: Dict[str, Any] = {}


class InputError(GupError):
    """Input that cannot be used. Carries every problem found, not only the first one."""

    def __init__(
        self,
        problems: Sequence[Problem],
        summary: str = "",
        summary_code: str = "",
        summary_params: Sequence[Tuple[str, str]] = (),
    ):
        self.problems: List[Problem] = list(problems)
        self.summary = summary
        self.summary_code = summary_code  # the summary as a code, for the translated text
        self.summary_params: Dict[str, str] = dict(summary_params)
        lines = [summary] if summary else []
        lines += [str(p) for p in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            lines.append("... and {} more problems".format(len(self.problems) - MAX_LISTED))
        super().__init__("\n".join(lines))
