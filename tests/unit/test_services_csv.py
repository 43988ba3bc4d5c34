"""The services CSV: reading (every bad line listed), writing, and reading back."""

import pytest

from gup_signalement_plugin.core.errors import InputError
from gup_signalement_plugin.core.routing import Service
from gup_signalement_plugin.core.services import check_services, read_services_csv, services_to_csv

COMMUNES = ["94081", "94041"]
SERVICES = [
    Service(0, "Voirie EPT", "ept", None, ("voirie@ept.fr", "astreinte@ept.fr")),
    Service(0, "Services techniques — Vitry", "commune", "94081", ("st@vitry.fr",)),
    Service(0, "Bailleur « Sud »; Habitat", "bailleur", None, (), False),
]


def test_written_file_reads_back_identical():
    data = services_to_csv(SERVICES)
    assert data.startswith(b"\xef\xbb\xbfname;type;insee_code;emails;active\n")
    assert sorted(read_services_csv(data, COMMUNES), key=lambda s: s.name) == sorted(
        SERVICES, key=lambda s: s.name
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1"])
@pytest.mark.parametrize("separator", [";", ","])
def test_encodings_separators_and_french_headers(encoding, separator):
    text = (
        separator.join(["nom", "type", "commune", "e-mail", "actif"])
        + "\n"
        + separator.join(["Propreté Ivry", "commune", "94041", '"a@ivry.fr, b@ivry.fr"', "non"])
        + "\n"
    )
    [service] = read_services_csv(text.encode(encoding), COMMUNES)
    assert service == Service(
        0, "Propreté Ivry", "commune", "94041", ("a@ivry.fr", "b@ivry.fr"), False
    )


def test_every_bad_line_is_listed_with_its_reason():
    text = (
        "name;type;insee_code;emails;active\n"
        "Voirie EPT;ept;;voirie@ept.fr;true\n"  # 2: fine
        "Eau;regie;;eau@sedif.fr;true\n"  # 3: unknown type
        "Vitry;commune;99999;;true\n"  # 4: unknown commune
        "Ivry;commune;94041;pas-une-adresse;true\n"  # 5: bad e-mail
        "VOIRIE Ept;ept;;;true\n"  # 6: duplicate (case ignored)
        ";ept;;;true\n"  # 7: empty name
        "Bailleur;bailleur;;;peut-être\n"
    )  # 8: not a yes/no
    with pytest.raises(InputError) as error:
        read_services_csv(text.encode(), COMMUNES, "s.csv")
    assert [str(p) for p in error.value.problems] == [
        "s.csv:3: unknown type 'regie' (expected: commune, ept, syndicat, bailleur, autre)",
        "s.csv:4: unknown commune code '99999'",
        "s.csv:5: 'pas-une-adresse' is not an e-mail address",
        "s.csv:6: the name 'VOIRIE Ept' is already used on s.csv:2",
        "s.csv:7: the name is empty",
        "s.csv:8: column 'active': 'peut-être' is not a yes/no value (write true or false, "
        "oui or non, 1 or 0)",
    ]


def test_missing_columns_and_empty_file():
    with pytest.raises(InputError, match="missing column.*type"):
        read_services_csv(b"name;emails\nVoirie;a@b.fr\n", COMMUNES)
    with pytest.raises(InputError, match="no data row"):
        read_services_csv(b"name;type\n", COMMUNES)


def test_dialog_check_still_says_rows():
    problems = check_services([Service(0, "A", "ept"), Service(0, "a", "nope")])
    assert [str(p) for p in problems] == [
        "row 2: the name 'a' is already used on row 1",
        "row 2: unknown type 'nope' (expected: commune, ept, syndicat, bailleur, autre)",
    ]
