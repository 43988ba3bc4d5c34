"""Personal data in free texts: e-mails and French phone numbers, masked in what readers and
exports show. The SQL function masquer_donnees_personnelles (upgrade_to_0.8.0.sql) applies the
same patterns; tests/postgis/test_rights.py checks that both give the same text."""

import re
from dataclasses import dataclass
from typing import Optional

from .schema import MASKED_EMAIL, MASKED_PHONE

EMAIL_PATTERN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# 06 12 34 56 78, 0612345678, 01.23.45.67.89, +33 6 12 34 56 78, 0033 6...: not inside a number.
PHONE_PATTERN = re.compile(
    r"(?<![0-9+])(?:\+33[ .-]?|0033[ .-]?|0)[1-9](?:[ .-]?[0-9]{2}){4}"
    r"(?![0-9])"
)


def mask_personal_data(text: Optional[str]) -> Optional[str]:
    """The text with e-mails, then phone numbers, replaced by a mark (None stays None)."""
    if text is None:
        return None
    return PHONE_PATTERN.sub(MASKED_PHONE, EMAIL_PATTERN.sub(MASKED_EMAIL, text))


def has_personal_data(text: Optional[str]) -> bool:
    """Whether the text holds an e-mail or a phone number."""
    return text is not None and mask_personal_data(text) != text


@dataclass(frozen=True)
class ReporterContact:
    """What a reporter gave to be called back: stored apart from the report (contact_signalant)."""

    name: str = ""
    email: str = ""
    phone: str = ""

    def is_empty(self) -> bool:
        return not (self.name.strip() or self.email.strip() or self.phone.strip())
