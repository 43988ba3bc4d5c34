"""Reads and writes of the urban-renewal tables (structure 0.4.0)."""

import datetime as dt
import json
from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import psycopg2.extras

from ..core.renewal import Household, RelocationLine
from .database import Database

S = "gup_signalement"


@dataclass
class RenewalPerimeter:
    """A perimeter to store; geometry as WKB in Lambert-93."""

    code: str
    type: str
    name: str
    wkb: bytes
    insee_codes: Tuple[str, ...] = ()
    communes: Optional[str] = None
    qpv_codes: Tuple[str, ...] = ()
    programme: Optional[str] = None
    phase: Optional[str] = None
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    source: Optional[str] = None
    demo: bool = False
    attributes: Optional[Dict] = None


def save_perimeters(db: Database, perimeters: Sequence[RenewalPerimeter]) -> int:
    """Insert or update (on the code) in one statement; the triggers refresh the reports'
    codes once for the whole statement."""
    rows = [
        (
            p.code,
            p.type,
            p.name,
            list(p.insee_codes),
            p.communes,
            list(p.qpv_codes),
            p.programme,
            p.phase,
            p.start,
            p.end,
            p.source,
            p.demo,
            json.dumps(p.attributes, ensure_ascii=False, default=str) if p.attributes else None,
            psycopg2.Binary(p.wkb),
        )
        for p in perimeters
    ]
    if not rows:
        return 0
    with db.transaction() as cur:
        psycopg2.extras.execute_values(
            cur,
            """
            INSERT INTO {s}.perimetre_renouvellement AS t (code, type, nom, codes_insee, communes,
                codes_qpv, programme, phase, date_debut, date_fin, source, demo,
                attributs_source, geom)
            SELECT code, type, nom, codes_insee::text[]::varchar(5)[], communes, codes_qpv::text[],
                   programme,
                   phase, date_debut::date, date_fin::date, source, demo, attributs::jsonb,
                   ST_Multi(ST_CollectionExtract(ST_GeomFromWKB(wkb, 2154), 3))
            FROM (VALUES %s) v (code, type, nom, codes_insee, communes, codes_qpv, programme,
                                phase, date_debut, date_fin, source, demo, attributs, wkb)
            ON CONFLICT (code) DO UPDATE SET type = EXCLUDED.type, nom = EXCLUDED.nom,
                codes_insee = EXCLUDED.codes_insee, communes = EXCLUDED.communes,
                codes_qpv = EXCLUDED.codes_qpv, programme = EXCLUDED.programme,
                phase = EXCLUDED.phase, date_debut = EXCLUDED.date_debut,
                date_fin = EXCLUDED.date_fin, source = EXCLUDED.source, demo = EXCLUDED.demo,
                attributs_source = EXCLUDED.attributs_source, geom = EXCLUDED.geom
            """.format(s=S),
            rows,
            page_size=500,
        )
    return len(rows)


def perimeter_codes(db: Database, kind: Optional[str] = None) -> List[str]:
    rows = db.query(
        "SELECT code FROM {}.perimetre_renouvellement WHERE %s IS NULL OR type = %s "
        "ORDER BY code".format(S),
        (kind, kind),
    )
    return [r["code"] for r in rows]


def commune_geometries(db: Database) -> List[Tuple[str, str, bytes]]:
    """(INSEE code, name, WKB in Lambert-93) of the communes."""
    rows = db.query(
        "SELECT code_insee, nom, ST_AsBinary(geom) AS wkb FROM {}.commune "
        "ORDER BY code_insee".format(S)
    )
    return [(r["code_insee"], r["nom"], bytes(r["wkb"])) for r in rows]


def landlord_mapping(db: Database, landlord: str) -> Optional[Dict[str, str]]:
    value = db.scalar(
        "SELECT correspondance FROM {}.bailleur_colonnes WHERE bailleur = %s".format(S), (landlord,)
    )
    return dict(value) if value else None


def save_relocation(
    db: Database,
    landlord: str,
    file_name: str,
    sheet: Optional[str],
    mapping: Mapping[str, str],
    lines: Sequence[RelocationLine],
    read: int,
    refused: Sequence[Dict[str, str]],
    indicators,
) -> int:
    """In ONE transaction: the landlord's lines replaced by the sheet's, its mapping remembered,
    the import logged (refused lines: where and why, no personal value), and the published
    indicators recomputed by ``indicators(households)`` from every landlord's lines."""
    with db.transaction() as cur:
        cur.execute("DELETE FROM {}.relogement_menage WHERE bailleur = %s".format(S), (landlord,))
        psycopg2.extras.execute_values(
            cur,
            """
            INSERT INTO {}.relogement_menage (bailleur, reference_menage, perimetre_code,
                code_insee_origine, taille_menage, tranche_ressources, statut,
                code_insee_relogement, date_entree, date_relogement, fichier) VALUES %s
            """.format(S),
            [
                (
                    landlord,
                    line.reference,
                    line.perimeter,
                    line.origin_commune,
                    line.size,
                    line.resources,
                    line.status,
                    line.relocation_commune,
                    line.entry_date,
                    line.relocation_date,
                    file_name,
                )
                for line in lines
            ],
        )
        cur.execute(
            """
            INSERT INTO {s}.bailleur_colonnes (bailleur, correspondance) VALUES (%s, %s)
            ON CONFLICT (bailleur) DO UPDATE SET correspondance = EXCLUDED.correspondance,
                modifie_par = {s}.current_author(), modifie_le = now()""".format(s=S),
            (landlord, json.dumps(dict(mapping), ensure_ascii=False)),
        )
        cur.execute(
            """
            INSERT INTO {}.relogement_import (bailleur, fichier, feuille, lignes_lues,
                lignes_importees, lignes_refusees) VALUES (%s, %s, %s, %s, %s, %s)""".format(S),
            (
                landlord,
                file_name,
                sheet,
                read,
                len(lines),
                json.dumps(list(refused), ensure_ascii=False),
            ),
        )
        write_indicators(cur, indicators(households(cur)))
    return len(lines)


def households(cur) -> List[Household]:
    """What the aggregates need: perimeter, commune (origin, else the perimeter's first),
    landlord, status, size. Administrator only (reads relogement_menage)."""
    cur.execute(
        """
        SELECT m.perimetre_code, coalesce(m.code_insee_origine, p.codes_insee[1], '?') AS commune,
               m.bailleur, m.statut, m.taille_menage
        FROM {s}.relogement_menage m
            JOIN {s}.perimetre_renouvellement p ON p.code = m.perimetre_code
        ORDER BY m.id""".format(s=S)
    )
    return [
        Household(r["perimetre_code"], r["commune"], r["bailleur"], r["statut"], r["taille_menage"])
        for r in cur.fetchall()
    ]


INDICATOR_COLUMNS = {
    "to_relocate": "a_reloger",
    "proposal": "proposition",
    "same_commune": "meme_commune",
    "other_commune_ept": "autre_commune_ept",
    "outside_ept": "hors_ept",
    "pending": "en_attente",
    "relocated": "reloges",
    "total": "total",
    "size_1": "menages_1",
    "size_2": "menages_2",
    "size_3": "menages_3",
    "size_4": "menages_4",
    "size_5": "menages_5",
    "size_6_plus": "menages_6_plus",
    "size_unknown": "menages_taille_inconnue",
}


def write_indicators(cur, indicators: Mapping[Tuple[str, str], Mapping[str, str]]) -> None:
    """Replace the published indicators (texts already suppressed), with their labels."""
    cur.execute("DELETE FROM {}.relogement_indicateur".format(S))
    names = list(INDICATOR_COLUMNS)
    rows = [
        (level, key) + tuple(texts.get(name) for name in names)
        for (level, key), texts in indicators.items()
    ]
    if rows:
        psycopg2.extras.execute_values(
            cur,
            """
            INSERT INTO {}.relogement_indicateur (niveau, cle, {}) VALUES %s""".format(
                S, ", ".join(INDICATOR_COLUMNS[name] for name in names)
            ),
            rows,
        )
    cur.execute(
        """UPDATE {s}.relogement_indicateur i SET libelle = coalesce(
        (SELECT nom FROM {s}.perimetre_renouvellement WHERE code = i.cle),
        (SELECT nom FROM {s}.commune WHERE code_insee = i.cle), i.cle)""".format(s=S)
    )


def indicators(db: Database, level: str) -> List[Dict]:
    """Published (suppressed) indicators of a level, as stored."""
    return db.query(
        "SELECT * FROM {}.relogement_indicateur WHERE niveau = %s "
        "ORDER BY cle = '__total__', libelle".format(S),
        (level,),
    )


def relocation_dates(db: Database) -> Dict[str, List[dt.date]]:
    """Perimeter -> dates of the relocated households (administrator only: for the chart)."""
    rows = db.query(
        "SELECT perimetre_code, date_relogement FROM {}.relogement_menage "
        "WHERE statut IN ('same_commune', 'other_commune_ept', 'outside_ept') "
        "AND date_relogement IS NOT NULL ORDER BY date_relogement".format(S)
    )
    dates: Dict[str, List[dt.date]] = {}
    for row in rows:
        dates.setdefault(row["perimetre_code"], []).append(row["date_relogement"])
    return dates


def report_counts(db: Database, period: str = "month") -> List[Dict]:
    """Reports per renewal perimeter, category and period (day/week/month/quarter/year)."""
    if period not in ("day", "week", "month", "quarter", "year"):
        raise ValueError(period)
    return db.query(
        """
        SELECT c.code AS perimetre, s.categorie_code AS categorie,
               date_trunc(%s, s.date_signalement AT TIME ZONE 'Europe/Paris')::date AS periode,
               count(*) AS n
        FROM {}.signalement s CROSS JOIN LATERAL unnest(s.codes_renouvellement) AS c (code)
        GROUP BY 1, 2, 3 ORDER BY 1, 3, 2""".format(S),
        (period,),
    )


def set_experiment_from_renewal(db: Database, code: str, insee_code: str, category: str) -> None:
    with db.transaction() as cur:
        cur.execute(
            "SELECT {}.set_experiment_from_renewal(%s, %s, %s)".format(S),
            (code, insee_code, category),
        )


def phase_history(db: Database, code: str) -> List[Dict]:
    return db.query(
        "SELECT ancienne_phase, nouvelle_phase, modifie_par FROM "
        "{}.perimetre_renouvellement_phase WHERE perimetre_code = %s ORDER BY id".format(S),
        (code,),
    )
