"""Phone numbers and e-mails masked in free texts (the SQL function does the same: see
tests/postgis/test_rights.py), and the checks made before a person's role is created."""

import pytest

from gup_signalement_plugin.core.personal_data import (
    ReporterContact,
    has_personal_data,
    mask_personal_data,
)
from gup_signalement_plugin.core.rights import person_problems

PHONE, EMAIL = "[téléphone masqué]", "[courriel masqué]"


@pytest.mark.parametrize(
    "text",
    [
        "06 12 34 56 78",
        "+33 6 12 34 56 78",
        "0612345678",
        "01.23.45.67.89",
        "07-12-34-56-78",
        "+33612345678",
        "0033 6 12 34 56 78",
        "09 87 65 43 21",
    ],
)
def test_french_phone_numbers_are_masked(text):
    assert (
        mask_personal_data("Rappeler au " + text + ", merci") == "Rappeler au " + PHONE + ", merci"
    )


@pytest.mark.parametrize(
    "text",
    [
        "n° 123456789012",
        "06 12 34 56",
        "0012345678",
        "06123456789",
        "le 12/03/2025",
        "4 rue du 8 mai 1945",
        "1.234.567,89 €",
        "00 12 34 56 78",
    ],
)
def test_other_numbers_are_kept(text):
    assert mask_personal_data(text) == text and not has_personal_data(text)


def test_emails_are_masked_and_none_stays_none():
    assert mask_personal_data("écrire à jeanne.martin+gup@mairie-ivry.fr.") == (
        "écrire à " + EMAIL + "."
    )
    assert mask_personal_data(None) is None and not has_personal_data(None)
    assert ReporterContact().is_empty() and ReporterContact(" ", "", "").is_empty()
    assert not ReporterContact(phone="06").is_empty()


def test_person_checks():
    assert person_problems("jdupont", "gup_agent", 3) == []
    assert person_problems("j.dupont-2", "gup_lecteur", None) == []
    for bad in ('x"; DROP TABLE t; --', "Jdupont", "", "gup_admin", "a" * 64, "1abc"):
        assert [p.where for p in person_problems(bad, "gup_lecteur", None)] == ["login"], bad
    assert person_problems("a" * 63, "gup_lecteur", None) == []
    assert [p.where for p in person_problems("x", "postgres", None)] == ["group"]
    assert [p.where for p in person_problems("x", "gup_agent", None)] == ["service"]
