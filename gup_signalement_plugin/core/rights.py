"""People and their rights: the checks made before any role is created or changed."""

import re
from typing import List, Optional

from .errors import Problem
from .schema import GROUP_AGENT, GROUPS

# A login role the plugin creates: lower-case letters, digits, underscore, dot, hyphen.
LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def person_problems(login: str, group: str, service_id: Optional[int]) -> List[Problem]:
    """What prevents creating (or changing) a person: a bad login name, an unknown group, an
    agent without a service."""
    problems = []
    if not LOGIN_PATTERN.match(login or "") or (login or "").startswith("gup_"):
        problems.append(
            Problem(
                "login",
                "'{}' cannot be a login name: lower-case letters, "
                "digits, '_', '.', '-', at most 63, not starting with "
                "'gup_'".format(login),
            )
        )
    if group not in GROUPS:
        problems.append(
            Problem("group", "'{}' is not a GUP group ({})".format(group, ", ".join(GROUPS)))
        )
    elif group == GROUP_AGENT and service_id is None:
        problems.append(Problem("service", "a service agent must be linked to a service"))
    return problems
