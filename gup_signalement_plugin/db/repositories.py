"""Reading and writing the catalogue, the communes and the communes x categories matrix."""

import datetime as dt
from typing import Dict, Iterable, List, Optional, Sequence

import psycopg2.extras

from ..core.catalogue import Category, CommuneSetting, Stage, read_settings_csv
from ..core.communes import CommuneRecord
from .database import SCHEMA, Database

S = SCHEMA


def save_communes(db: Database, records: Sequence[CommuneRecord], srid: int) -> int:
    """Insert or update communes (matched on INSEE code); geometries are transformed to 2154."""
    with db.transaction() as cur:
        psycopg2.extras.execute_values(
            cur,
            """
            INSERT INTO {s}.commune (code_insee, nom, departement, population, geom)
            SELECT v.code, v.nom, v.dep, v.pop,
                   ST_Multi(ST_Transform(ST_SetSRID(ST_GeomFromWKB(v.wkb), {srid}), 2154))
            FROM (VALUES %s) AS v (code, nom, dep, pop, wkb)
            ON CONFLICT (code_insee) DO UPDATE SET
                nom = EXCLUDED.nom, departement = EXCLUDED.departement,
                population = coalesce(EXCLUDED.population, commune.population),
                geom = EXCLUDED.geom
            """.format(s=S, srid=int(srid)),
            [
                (
                    r.insee_code,
                    r.name.strip(),
                    r.departement,
                    r.population,
                    psycopg2.Binary(bytes(r.wkb)),
                )
                for r in records
            ],
            template="(%s, %s, %s, %s::integer, %s::bytea)",
        )
    return len(records)


def list_communes(db: Database) -> List[Dict[str, str]]:
    """Communes ordered by name: code_insee, nom, message_fermeture_defaut."""
    return db.query(
        "SELECT code_insee, nom, message_fermeture_defaut FROM {}.commune ORDER BY nom".format(S)
    )


def save_categories(db: Database, categories: Sequence[Category]) -> int:
    """Insert or update categories (matched on code). Parents are written before children."""
    ordered = sorted(categories, key=lambda c: 0 if c.is_top_level else 1)
    with db.transaction() as cur:
        psycopg2.extras.execute_batch(
            cur,
            """
            INSERT INTO {s}.categorie (code, libelle_public, libelle_interne, groupe, parent_code,
                                       delai_jours_ouvres, actif, description_requise, ordre)
            VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
            ON CONFLICT (code) DO UPDATE SET
                libelle_public = EXCLUDED.libelle_public,
                libelle_interne = EXCLUDED.libelle_interne,
                groupe = EXCLUDED.groupe, parent_code = EXCLUDED.parent_code,
                delai_jours_ouvres = EXCLUDED.delai_jours_ouvres, actif = EXCLUDED.actif,
                description_requise = EXCLUDED.description_requise, ordre = EXCLUDED.ordre
            """.format(s=S),
            [
                (
                    c.code,
                    c.public_label,
                    c.internal_label,
                    c.group,
                    c.parent_code,
                    c.delay_working_days,
                    c.active,
                    c.description_required,
                    c.sort_order,
                )
                for c in ordered
            ],
        )
    return len(ordered)


def list_categories(db: Database) -> List[Category]:
    rows = db.query(
        """
        SELECT code, libelle_public, libelle_interne, groupe, parent_code, delai_jours_ouvres,
               actif, description_requise, ordre
        FROM {}.categorie ORDER BY groupe, ordre, code""".format(S)
    )
    return [
        Category(
            code=r["code"],
            public_label=r["libelle_public"],
            internal_label=r["libelle_interne"],
            group=r["groupe"],
            parent_code=r["parent_code"],
            delay_working_days=r["delai_jours_ouvres"],
            active=r["actif"],
            description_required=r["description_requise"],
            sort_order=r["ordre"],
        )
        for r in rows
    ]


def _setting(row) -> CommuneSetting:
    return CommuneSetting(
        insee_code=row["code_insee"],
        category_code=row["categorie_code"],
        stage=Stage(row["etape"]),
        closed_message=row["message_fermeture"],
        valid_from=row["valide_du"],
        valid_to=row["valide_au"],
        experiment_perimeter_wkt=row.get("perimetre"),
    )


def list_settings(db: Database, at: Optional[dt.datetime] = None) -> List[CommuneSetting]:
    """The matrix cells now, or as they were at a moment (rebuilt from the history)."""
    if at is None:
        rows = db.query(
            """
            SELECT code_insee, categorie_code, etape, message_fermeture, valide_du, valide_au,
                   ST_AsText(perimetre_experimentation) AS perimetre
            FROM {}.commune_categorie""".format(S)
        )
    else:
        rows = db.query("SELECT * FROM {}.matrix_at(%s)".format(S), (at,))
    return [_setting(r) for r in rows]


def read_settings_file(db: Database, data: bytes, source: str) -> List[CommuneSetting]:
    """A communes x categories CSV parsed and checked against the stored communes and
    catalogue (InputError listing every problem)."""
    return read_settings_csv(
        data, [c["code_insee"] for c in list_communes(db)], list_categories(db), source
    )


def save_settings(db: Database, settings: Iterable[CommuneSetting]) -> int:
    """Insert or update cells in one transaction; the history is written by a trigger.
    The experiment perimeter is kept as it is (it is edited on the map layer)."""
    values = [
        (s.insee_code, s.category_code, s.stage.value, s.closed_message, s.valid_from, s.valid_to)
        for s in settings
    ]
    with db.transaction() as cur:
        psycopg2.extras.execute_batch(
            cur,
            """
            INSERT INTO {s}.commune_categorie (code_insee, categorie_code, etape, message_fermeture,
                                               valide_du, valide_au)
            VALUES (%s, %s, %s, %s, %s, %s)
            ON CONFLICT (code_insee, categorie_code) DO UPDATE SET
                etape = EXCLUDED.etape, message_fermeture = EXCLUDED.message_fermeture,
                valide_du = EXCLUDED.valide_du, valide_au = EXCLUDED.valide_au
            """.format(s=S),
            values,
        )
    return len(values)


def cell_history(db: Database, insee_code: str, category_code: str) -> List[Dict]:
    """Changes of one cell, newest first: when, who, operation, old and new value (dicts)."""
    return db.query(
        """
        SELECT modifie_le, modifie_par, operation, ancienne_valeur, nouvelle_valeur
        FROM {}.commune_categorie_historique
        WHERE code_insee = %s AND categorie_code = %s
        ORDER BY modifie_le DESC, id DESC""".format(S),
        (insee_code, category_code),
    )


def log_publication(
    db: Database, effective_date: dt.date, folder: str, documents: int, fingerprint: str
) -> None:
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO {}.publication (date_effet, dossier, nb_documents, empreinte) "
            "VALUES (%s, %s, %s, %s)".format(S),
            (effective_date, folder, documents, fingerprint),
        )
