"""The data-quality guard: each rule, on the 24 real communes and the real catalogue."""

import datetime as dt

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gup_signalement_plugin.core import quality
from gup_signalement_plugin.core.catalogue import read_catalogue_csv
from gup_signalement_plugin.core.errors import Problem
from gup_signalement_plugin.core.incoming import FLAG_ZERO_COORDINATES, IncomingReport
from gup_signalement_plugin.core.open311_parse import parse_requests
from gup_signalement_plugin.core.quality import (
    QualityGuard,
    categories_requiring_description,
    communes_from_records,
    repair_mojibake,
)
from tests.helpers import DEFAULT_CATALOGUE, SHARED_DATA, commune_records

PARIS = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2025, 3, 1, 12, 0, tzinfo=PARIS)
SERVICE_MAP = {"0042": "graffitis", "CSROWR-12": "voirie.nid_de_poule"}


@pytest.fixture(scope="module")
def communes():
    return communes_from_records(commune_records())


@pytest.fixture(scope="module")
def guard(communes):
    categories = categories_requiring_description(
        read_catalogue_csv(DEFAULT_CATALOGUE.read_bytes())
    )
    return QualityGuard(communes, categories, SERVICE_MAP, now=NOW)


@pytest.fixture(scope="module")
def vitry_point(communes):
    """A real point inside Vitry-sur-Seine (94081)."""
    point = communes["94081"].representative_point()
    return point.x, point.y


def _report(lon_lat=(2.39859, 48.78901), **fields) -> IncomingReport:
    values = dict(
        source="test",
        external_id="1",
        service_code="proprete",
        description="Sacs d'ordures",
        requested_at=dt.datetime(2025, 2, 1, 9, tzinfo=PARIS),
        lon=lon_lat[0] if lon_lat else None,
        lat=lon_lat[1] if lon_lat else None,
    )
    values.update(fields)
    return IncomingReport(**values)


def _only(guard, report):
    verdicts = guard.check([report])
    assert len(verdicts) == 1 and verdicts[0].report is report
    return verdicts[0]


def test_good_report_is_ok_with_its_commune_and_category(guard, vitry_point):
    verdict = _only(guard, _report(vitry_point))
    assert verdict.ok and verdict.reasons == []
    assert verdict.insee_code == "94081" and verdict.category_code == "proprete"


def test_every_commune_is_found(guard, communes):
    reports = [
        _report((g.representative_point().x, g.representative_point().y), external_id=code)
        for code, g in communes.items()
    ]
    verdicts = guard.check(reports)
    assert [v.insee_code for v in verdicts] == list(communes)
    assert all(v.ok for v in verdicts)


@pytest.mark.parametrize(
    "flags, fragment", [([], "no coordinates"), ([FLAG_ZERO_COORDINATES], "0/0")]
)
def test_missing_coordinates(guard, flags, fragment):
    verdict = _only(guard, _report(None, flags=flags, address="12 rue Pasteur"))
    assert verdict.codes == ["missing_coordinates"]
    assert fragment in verdict.reasons[0].message and "12 rue Pasteur" in verdict.reasons[0].message
    assert verdict.insee_code is None


def test_swapped_coordinates_on_a_real_commune_point(guard, vitry_point):
    lon, lat = vitry_point
    verdict = _only(guard, _report((lat, lon)))
    assert verdict.codes == ["swapped_coordinates"]
    assert verdict.reasons[0].proposal == {"lon": lon, "lat": lat, "insee_code": "94081"}
    assert "swapped" in verdict.reasons[0].message
    assert verdict.reasons[0].sentence == "swapped_coordinates"
    assert verdict.reasons[0].parameters == {"lon": str(lat), "lat": str(lon), "insee": "94081"}
    fixed = _only(
        guard, _report((verdict.reasons[0].proposal["lon"], verdict.reasons[0].proposal["lat"]))
    )
    assert fixed.ok and fixed.insee_code == "94081"


# Chevilly-Larue (94021) and L'Haÿ-les-Roses (94038) share these border vertices in
# communes_gosb.geojson; the midpoint of their edge is exactly on it in floating point, and both
# points stay exactly on the border of the communes as read back from PostGIS (tests/postgis).
SHARED_BORDER = ("94021", "94038")
BORDER_VERTEX = (2.33893, 48.77445)
BORDER_EDGE = ((2.33584, 48.77024), (2.33378, 48.77074))
BORDER_MIDPOINT = (2.33481, 48.77049)


def test_the_border_points_are_exactly_on_the_shared_border(communes):
    first, second = (communes[code] for code in SHARED_BORDER)
    for commune in (first, second):
        vertices = {tuple(xy) for xy in shapely.get_coordinates(commune.exterior).tolist()}
        assert {BORDER_VERTEX, *BORDER_EDGE} <= vertices
    assert BORDER_MIDPOINT == tuple((a + b) / 2 for a, b in zip(*BORDER_EDGE))
    for point in (BORDER_VERTEX, BORDER_MIDPOINT):
        assert first.touches(shapely.Point(point)) and second.touches(shapely.Point(point))


@pytest.mark.parametrize("point", [BORDER_VERTEX, BORDER_MIDPOINT], ids=["vertex", "midpoint"])
def test_a_point_on_a_shared_commune_border_is_inside(guard, point):
    verdict = _only(guard, _report(point))
    assert verdict.ok and verdict.insee_code in SHARED_BORDER


@pytest.mark.parametrize(
    "point, fragment",
    [
        ((2.3522, 48.8566), "outside the communes"),  # Paris, Hôtel de Ville
        ((2.25, 48.70), "outside the communes"),  # Essonne, outside the EPT
        ((655000.0, 6850000.0), "Lambert-93"),  # projected coordinates given as lon/lat
    ],
)
def test_outside_territory(guard, point, fragment):
    verdict = _only(guard, _report(point))
    assert verdict.codes == ["outside_territory"] and fragment in verdict.reasons[0].message


@pytest.mark.parametrize(
    "code, expected",
    [("0042", "graffitis"), ("CSROWR-12", "voirie.nid_de_poule"), ("eclairage", "eclairage")],
)
def test_mapped_and_own_codes(guard, code, expected):
    assert _only(guard, _report(service_code=code)).category_code == expected


@pytest.mark.parametrize(
    "code, fragment",
    [("4ffa9cad6018277d4000007b", "« 4ffa9cad6018277d4000007b »"), ("", "No service code")],
)
def test_unknown_category_goes_to_triage(guard, code, fragment):
    verdict = _only(guard, _report(service_code=code, service_name="Alley Light Out"))
    assert verdict.codes == ["unknown_category"] and fragment in verdict.reasons[0].message
    assert verdict.category_code is None and verdict.insee_code == "94081"


def test_mapping_to_a_missing_category_is_unknown(communes):
    guard = QualityGuard(communes, {"proprete": False}, {"X1": "retired"}, now=NOW)
    assert _only(guard, _report(service_code="X1")).codes == ["unknown_category"]


@pytest.mark.parametrize(
    "when, code",
    [
        (NOW + dt.timedelta(days=2), "date_in_future"),
        (NOW + dt.timedelta(minutes=5), None),  # within the clock tolerance
        (dt.datetime(1999, 12, 31, 23, 59, tzinfo=PARIS), "date_before_2000"),
        (
            dt.datetime(1999, 12, 31, 23, 30, tzinfo=dt.timezone.utc),
            None,
        ),  # 2000-01-01 00:30 in Paris
        (dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc), "date_before_2000"),
    ],
)
def test_dates(guard, when, code):
    assert _only(guard, _report(requested_at=when)).codes == ([code] if code else [])


def test_future_uses_the_current_time_by_default(communes):
    guard = QualityGuard(communes, {"proprete": False})
    future = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)
    assert _only(guard, _report(requested_at=future)).codes == ["date_in_future"]


@pytest.mark.parametrize(
    "code, description, expected",
    [
        ("proprete.seringues", "", ["empty_description"]),
        ("proprete.seringues", " \n ", ["empty_description"]),
        ("proprete.seringues", "Seringue près du bac à sable", []),
        ("proprete", "", []),
    ],
)
def test_empty_description_when_required(guard, code, description, expected):
    assert _only(guard, _report(service_code=code, description=description)).codes == expected


def test_mojibake_is_flagged_with_the_repaired_text(guard):
    verdict = _only(
        guard,
        _report(
            description="DÃ©pÃ´t sauvage Ã\xa0 cÃ´tÃ© de lâ€™Ã©cole",
            address="12 rue de la RÃ©publique",
        ),
    )
    assert verdict.codes == ["mojibake", "mojibake"]
    assert verdict.reasons[0].proposal == {"description": "Dépôt sauvage à côté de l’école"}
    assert verdict.reasons[1].proposal == {"address": "12 rue de la République"}


def test_correct_accents_are_not_mojibake(guard):
    verdict = _only(
        guard,
        _report(
            description="Dépôt sauvage à côté de l’école, 20 € « urgent »… "
            "L'Haÿ-les-Roses, Œuvre, naïve"
        ),
    )
    assert verdict.ok


@pytest.mark.parametrize(
    "broken, repaired",
    [
        ("Ã‰cole", "École"),
        ("Ã\x8dle", "Íle"),
        ("â‚¬ 5", "€ 5"),
        ("ÃƒÂ©tÃƒÂ©", "été"),
        ("cafÃ© crème", "café crème"),
        ("Ã", "Ã"),
        ("Ã bientÃ´t", "à bientôt"),
        ("Ã bientot", "Ã bientot"),
        ("plain", "plain"),
    ],
)
def test_repair_mojibake(broken, repaired):
    assert repair_mojibake(broken) == repaired


WORDS = [
    "dépôt",
    "rue",
    "éclairé",
    "l’école",
    "Œuvre",
    "à",
    "côté",
    "20 €",
    "«",
    "»",
    "Île-de-France",
    "maïs",
    "noël",
    "Ça",
    "où",
    "garçon",
    "État",
    "déjà…",
    "très",
    "hôtel",
    "L'Haÿ-les-Roses",
    "sûr",
    "âgé",
    "Ébréché",
    "—",
    "°C",
    "n°12",
    "œuf",
    "naïve",
    "Saint-Étienne",
]


def _double_encode(text: str) -> str:
    """What a program does when it decodes UTF-8 bytes as Windows-1252."""
    return "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8")
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join))
def test_mojibake_round_trip_and_no_false_alarm(text):
    assert repair_mojibake(text) == text
    assert repair_mojibake(_double_encode(text)) == text


def test_malformed_record_is_quarantined_not_dropped(guard):
    report = _report(external_id="", problems=[Problem("page 2, item 3", "no service_request_id")])
    verdict = _only(guard, report)
    assert verdict.codes[0] == "malformed" and "no service_request_id" in verdict.reasons[0].message


def test_reasons_accumulate(guard):
    verdict = _only(
        guard,
        _report(
            (48.78901, 2.39859),
            service_code="nope",
            requested_at=NOW + dt.timedelta(days=30),
            description="Ã©",
        ),
    )
    assert verdict.codes == [
        "swapped_coordinates",
        "unknown_category",
        "date_in_future",
        "mojibake",
    ]
    assert all(reason.message and reason.code in quality.REASON_CODES for reason in verdict.reasons)


def test_nothing_is_dropped_on_real_captures(guard):
    reports = []
    for name in (
        "bloomington_requests_2012.json",
        "chicago_requests_2014.json",
        "toronto_requests_2018.xml",
    ):
        reports += parse_requests((SHARED_DATA / "open311" / name).read_bytes(), name)
    reports.append(_report())
    verdicts = guard.check(reports)
    assert [v.report for v in verdicts] == reports
    assert all(not v.ok for v in verdicts[:-1]) and verdicts[-1].ok
    by_code = {}
    for verdict in verdicts[:-1]:
        by_code.setdefault(verdict.codes[0], 0)
        by_code[verdict.codes[0]] += 1
    assert by_code == {"missing_coordinates": 8, "outside_territory": 25 - 8}
    mapped = [v for v in verdicts[:-1] if "unknown_category" not in v.codes]
    assert [v.category_code for v in mapped] == ["voirie.nid_de_poule"] * 2  # Toronto's CSROWR-12


def test_empty_batch(guard):
    assert guard.check([]) == []


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.floats(2.28, 2.50), st.floats(48.64, 48.83)), min_size=1, max_size=40))
def test_vectorised_lookup_matches_one_by_one(guard, communes, points):
    verdicts = guard.check([_report(p) for p in points])
    for (lon, lat), verdict in zip(points, verdicts):
        point = shapely.Point(lon, lat)
        containing = [code for code, geom in communes.items() if geom.intersects(point)]
        if containing:
            assert verdict.insee_code in containing and verdict.ok
        else:
            assert verdict.insee_code is None and verdict.codes == ["outside_territory"]
