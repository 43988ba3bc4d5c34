"""Incoming reports in the database: sources and their category mapping, the rows of a batch
(trusted reports upserted and routed by the trigger, the others in quarantine), run logs and
the sync cursor, quarantine release and rejection."""

import datetime as dt
import io
import json
import math
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence

import psycopg2.extras

from ..core.errors import InputError, Problem
from ..core.ingest import (
    PENDING,
    RELEASED,
    STORED,
    BatchPlan,
    QuarantineRow,
    RunCounts,
    StoredState,
    TrustedRow,
    count_reasons,
)
from ..core.quality import QualityGuard, categories_requiring_description
from ..core.schema import TIME_ZONE
from . import repositories as repo
from .database import SCHEMA, Database

S = SCHEMA
_SOURCE_COLUMNS = (
    "nom",
    "libelle",
    "type",
    "url",
    "jurisdiction_id",
    "authcfg",
    "format",
    "taille_page",
    "fuseau",
    "audience",
    "synchro_depuis",
    "relecture_jours",
    "actif",
)


@dataclass
class Source:
    """An incoming channel as stored in ``source`` (column names kept, they are the UI's)."""

    nom: str
    type: str
    id: Optional[int] = None
    libelle: Optional[str] = None
    url: Optional[str] = None
    jurisdiction_id: Optional[str] = None
    authcfg: Optional[str] = None
    format: str = "json"
    taille_page: Optional[int] = 500
    fuseau: str = TIME_ZONE
    audience: str = "public"
    synchro_depuis: Optional[dt.datetime] = None
    relecture_jours: int = 7
    actif: bool = True
    derniere_synchro: Optional[dt.datetime] = None
    curseur: Optional[Dict[str, Any]] = None
    mapping: Dict[str, str] = field(default_factory=dict)


def _json(value: Any) -> psycopg2.extras.Json:
    return psycopg2.extras.Json(
        value, dumps=lambda v: json.dumps(v, ensure_ascii=False, default=str)
    )


# --- sources ------------------------------------------------------------------------------------


def list_sources(db: Database) -> List[Source]:
    rows = db.query(
        """
        SELECT s.*, coalesce((SELECT jsonb_object_agg(m.code_externe, m.categorie_code)
                              FROM {s}.correspondance_categorie m WHERE m.source_id = s.id),
                             '{{}}') AS mapping
        FROM {s}.source s ORDER BY s.nom""".format(s=S)
    )
    return [Source(**row) for row in rows]


def get_source(db: Database, name: str) -> Source:
    sources = list_sources(db)
    for source in sources:
        if source.nom == name:
            return source
    known = ", ".join(s.nom for s in sources) or "none yet"
    raise InputError([Problem(name, "no such source (known sources: {})".format(known))])


def save_source(db: Database, source: Source) -> int:
    """Insert or update a source matched on its name, with its category mapping (replaced)."""
    values = {name: getattr(source, name) for name in _SOURCE_COLUMNS}
    with db.transaction() as cur:
        cur.execute(
            """
            INSERT INTO {s}.source ({cols}) VALUES ({vals})
            ON CONFLICT (nom) DO UPDATE SET {updates}
            RETURNING id""".format(
                s=S,
                cols=", ".join(_SOURCE_COLUMNS),
                vals=", ".join("%({})s".format(c) for c in _SOURCE_COLUMNS),
                updates=", ".join("{0} = EXCLUDED.{0}".format(c) for c in _SOURCE_COLUMNS[1:]),
            ),
            values,
        )
        source_id = cur.fetchone()["id"]
        cur.execute(
            "DELETE FROM {}.correspondance_categorie WHERE source_id = %s".format(S), (source_id,)
        )
        psycopg2.extras.execute_values(
            cur,
            "INSERT INTO {}.correspondance_categorie VALUES %s".format(S),
            [(source_id, code, category) for code, category in sorted(source.mapping.items())],
        )
    return source_id


def ensure_source(db: Database, name: str, kind: str, label: Optional[str] = None) -> Source:
    """The source of that name, created with default settings when it does not exist yet."""
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO {}.source (nom, type, libelle) VALUES (%s, %s, %s) "
            "ON CONFLICT (nom) DO NOTHING".format(S),
            (name, kind, label),
        )
    return get_source(db, name)


def guard_for(db: Database, source: Source, now: Optional[dt.datetime] = None) -> QualityGuard:
    """The data-quality guard with the stored communes, catalogue and the source's mapping."""
    rows = db.query(
        "SELECT code_insee, ST_AsBinary(ST_Transform(geom, 4326)) AS wkb "
        "FROM {}.commune ORDER BY code_insee".format(S)
    )
    if not rows:
        raise InputError([], "There is no commune in the database: import the communes first.")
    import shapely

    communes = {r["code_insee"]: shapely.from_wkb(bytes(r["wkb"])) for r in rows}
    return QualityGuard(
        communes,
        categories_requiring_description(repo.list_categories(db)),
        source.mapping,
        now=now,
        tz_name=source.fuseau,
    )


# --- runs and cursor ----------------------------------------------------------------------------


def try_lock_source(db: Database, name: str) -> bool:
    """A session lock so that one source is synchronised by one run at a time."""
    return bool(
        db.scalar(
            "SELECT pg_try_advisory_lock(hashtext('gup_signalement.sync.' || %s)) AS ok", (name,)
        )
    )


def unlock_source(db: Database, name: str) -> None:
    db.scalar("SELECT pg_advisory_unlock(hashtext('gup_signalement.sync.' || %s)) AS ok", (name,))


def start_run(
    db: Database,
    source: str,
    window_start: Optional[dt.datetime] = None,
    window_end: Optional[dt.datetime] = None,
) -> int:
    """Log a new run; earlier runs of the source left 'running' (their session died) are closed."""
    with db.transaction() as cur:
        cur.execute(
            "UPDATE {}.synchronisation SET etat = 'failed', fin = now(), message = "
            "coalesce(message || ' ', '') || 'Interrupted (connection lost or QGIS closed).' "
            "WHERE source = %s AND etat = 'running'".format(S),
            (source,),
        )
        cur.execute(
            "INSERT INTO {}.synchronisation (source, fenetre_debut, fenetre_fin) "
            "VALUES (%s, %s, %s) RETURNING id".format(S),
            (source, window_start, window_end),
        )
        return cur.fetchone()["id"]


def add_run_counts(cur, run_id: int, counts: RunCounts) -> None:
    cur.execute(
        """
        UPDATE {s}.synchronisation SET pages = pages + %(pages)s, lus = lus + %(read)s,
            nouveaux = nouveaux + %(new)s, mis_a_jour = mis_a_jour + %(updated)s,
            inchanges = inchanges + %(unchanged)s, quarantaine = quarantaine + %(quarantined)s,
            liberes = liberes + %(released)s,
            quarantaine_par_raison = {s}.add_counts(quarantaine_par_raison, %(by_reason)s),
            routage_par_statut = {s}.add_counts(routage_par_statut, %(by_routing)s)
        WHERE id = %(id)s""".format(s=S),
        {
            "pages": counts.pages,
            "read": counts.read,
            "new": counts.new,
            "updated": counts.updated,
            "unchanged": counts.unchanged,
            "quarantined": counts.quarantined,
            "released": counts.released,
            "by_reason": _json(counts.by_reason),
            "by_routing": _json(counts.by_routing),
            "id": run_id,
        },
    )


def finish_run(
    db: Database,
    run_id: int,
    state: str,
    message: Optional[str] = None,
    source: Optional[str] = None,
    synced_until: Optional[dt.datetime] = None,
) -> None:
    """Log the end of a run; with ``synced_until`` the source's synchronisation reached that
    moment (the next incremental one starts there) and its cursor is cleared, in the same
    transaction."""
    with db.transaction() as cur:
        cur.execute(
            "UPDATE {}.synchronisation SET etat = %s, fin = now(), message = %s "
            "WHERE id = %s".format(S),
            (state, message, run_id),
        )
        if synced_until is not None:
            cur.execute(
                "UPDATE {}.source SET derniere_synchro = %s, curseur = NULL WHERE nom = %s".format(
                    S
                ),
                (synced_until, source),
            )


def set_cursor(cur, source: str, cursor: Optional[Dict[str, Any]]) -> None:
    cur.execute(
        "UPDATE {}.source SET curseur = %s WHERE nom = %s".format(S),
        (_json(cursor) if cursor is not None else None, source),
    )


# --- one batch ----------------------------------------------------------------------------------


def stored_states(cur, source: str, external_ids: Sequence[str]) -> Dict[str, StoredState]:
    """What is stored for these external ids. A quarantined newer version (pending or rejected)
    hides the stored one: it is the last thing received. Its category (chosen by a person in the
    quarantine, or kept from the stored report) is the one to keep; without one, the stored
    report's category is."""
    with cur.connection.cursor() as plain:  # tuples: a page asks for a thousand rows
        plain.execute(
            """
            WITH wanted AS (SELECT %(source)s::text AS source, %(ids)s::text[] AS ids)
            SELECT id_externe, %(stored)s AS place, empreinte, categorie_code, code_service_externe
            FROM {s}.signalement, wanted w
            WHERE signalement.source = w.source AND id_externe = ANY(w.ids)
            UNION ALL
            SELECT id_externe, etat, empreinte, categorie_code, code_service_externe
            FROM {s}.quarantaine, wanted w
            WHERE quarantaine.source = w.source AND id_externe = ANY(w.ids) AND etat <> %(released)s
            """.format(s=S),
            {"stored": STORED, "released": RELEASED, "source": source, "ids": list(external_ids)},
        )
        rows = plain.fetchall()
    states: Dict[str, StoredState] = {}
    stored: Dict[str, StoredState] = {}
    for external_id, place, print_, category, code in rows:
        state = StoredState(place, print_, category, code)
        if place == STORED:
            stored[external_id] = state
        else:
            states[external_id] = state
    for external_id, state in states.items():
        if state.category is None and external_id in stored:
            state.category = stored[external_id].category
            state.service_code = stored[external_id].service_code
    return {**stored, **states}


def _jsonable(value: Any) -> Any:
    """A record as received, made storable as jsonb: NUL characters become U+FFFD, NaN and
    infinities become null (both would fail the whole page)."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {_jsonable(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _copy_field(value: Any) -> str:
    """One field of COPY's text format: \\N for NULL, dicts and lists as JSON. A NUL character,
    which PostgreSQL text cannot hold, becomes U+FFFD instead of failing the whole page."""
    if value is None:
        return "\\N"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        text = value.replace("\x00", "\ufffd")
    else:
        text = json.dumps(_jsonable(value), ensure_ascii=False, default=str)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _stage(cur, table: str, columns: str, rows: Iterable[Sequence[Any]]) -> None:
    """A temporary table for this transaction, filled with COPY (a page of a thousand rows is
    sent in one go, without formatting a thousand VALUES tuples)."""
    cur.execute("CREATE TEMP TABLE {} ({}) ON COMMIT DROP".format(table, columns))
    data = "".join("\t".join(_copy_field(v) for v in row) + "\n" for row in rows)
    cur.copy_expert("COPY {} FROM STDIN".format(table), io.StringIO(data))


def _upsert_trusted(cur, source: str, rows: Sequence[TrustedRow]) -> List[Dict[str, Any]]:
    """Insert or update trusted reports (routed by the trigger); a category a person corrected
    is kept while the external code stays the same."""
    if not rows:
        return []
    _stage(
        cur,
        "incoming_trusted",
        """source text, id_externe text, categorie_code text,
        audience text, date_signalement timestamptz, lon float8, lat float8, statut text,
        description text, adresse text, media_url text, date_maj timestamptz,
        code_service_externe text, empreinte text, donnees_source jsonb""",
        [
            (
                source,
                r.external_id,
                r.category,
                r.audience,
                r.requested_at,
                r.lon,
                r.lat,
                r.status,
                r.description,
                r.address or None,
                r.media_url,
                r.updated_at,
                r.service_code or None,
                r.fingerprint,
                r.raw,
            )
            for r in rows
        ],
    )
    cur.execute(
        """
        INSERT INTO {s}.signalement AS t (source, id_externe, categorie_code, audience,
            date_signalement, geom, statut, description, adresse, media_url, date_maj,
            code_service_externe, empreinte, donnees_source)
        SELECT source, id_externe, categorie_code, audience, date_signalement,
               ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 2154), statut, description,
               adresse, media_url, date_maj, code_service_externe, empreinte, donnees_source
        FROM incoming_trusted
        ON CONFLICT (source, id_externe) DO UPDATE SET
            categorie_code = CASE
                WHEN t.code_service_externe IS DISTINCT FROM EXCLUDED.code_service_externe
                THEN EXCLUDED.categorie_code ELSE t.categorie_code END,
            date_signalement = EXCLUDED.date_signalement, geom = EXCLUDED.geom,
            statut = EXCLUDED.statut, description = EXCLUDED.description,
            adresse = EXCLUDED.adresse, media_url = EXCLUDED.media_url,
            date_maj = EXCLUDED.date_maj, code_service_externe = EXCLUDED.code_service_externe,
            empreinte = EXCLUDED.empreinte, donnees_source = EXCLUDED.donnees_source
        RETURNING id, id_externe""".format(s=S)
    )
    return cur.fetchall()


def _upsert_quarantined(
    cur, source: str, rows: Sequence[QuarantineRow], run_id: Optional[int]
) -> None:
    if not rows:
        return
    _stage(
        cur,
        "incoming_quarantined",
        """source text, id_externe text, raisons text[],
        details jsonb, emplacement text, code_service_externe text, libelle_service_externe text,
        categorie_code text, statut text, description text, adresse text, media_url text,
        date_signalement timestamptz, date_maj timestamptz, longitude float8, latitude float8,
        audience text, empreinte text, donnees_source jsonb, synchronisation_id bigint""",
        [
            (
                source,
                r.external_id,
                "{" + ",".join(r.reasons) + "}",
                r.details,
                r.where,
                r.service_code or None,
                r.service_name or None,
                r.category,
                r.status,
                r.description,
                r.address or None,
                r.media_url,
                r.requested_at,
                r.updated_at,
                r.lon,
                r.lat,
                r.audience,
                r.fingerprint,
                r.raw,
                run_id,
            )
            for r in rows
        ],
    )
    cur.execute(
        """
        INSERT INTO {s}.quarantaine AS q (source, id_externe, raisons, details, emplacement,
            code_service_externe, libelle_service_externe, categorie_code, statut, description,
            adresse, media_url, date_signalement, date_maj, longitude, latitude, audience,
            empreinte, donnees_source, synchronisation_id, geom)
        SELECT *, {s}.quarantine_point(longitude, latitude) FROM incoming_quarantined
        ON CONFLICT (source, id_externe) DO UPDATE SET
            etat = 'pending', raisons = EXCLUDED.raisons, details = EXCLUDED.details,
            emplacement = EXCLUDED.emplacement,
            code_service_externe = EXCLUDED.code_service_externe,
            libelle_service_externe = EXCLUDED.libelle_service_externe,
            categorie_code = EXCLUDED.categorie_code, statut = EXCLUDED.statut,
            description = EXCLUDED.description, adresse = EXCLUDED.adresse,
            media_url = EXCLUDED.media_url, date_signalement = EXCLUDED.date_signalement,
            date_maj = EXCLUDED.date_maj, longitude = EXCLUDED.longitude,
            latitude = EXCLUDED.latitude, audience = EXCLUDED.audience,
            empreinte = EXCLUDED.empreinte, donnees_source = EXCLUDED.donnees_source,
            synchronisation_id = EXCLUDED.synchronisation_id, geom = EXCLUDED.geom, recu_le = now(),
            traite_par = NULL, traite_le = NULL, motif_rejet = NULL""".format(s=S)
    )


def _release_pending(cur, source: str, stored: Sequence[Dict[str, Any]], manual: bool) -> int:
    """Mark the pending quarantine rows of reports now stored as released; returns how many."""
    if not stored:
        return 0
    cur.execute(
        """
        UPDATE {s}.quarantaine q SET etat = 'released', traite_le = now(), signalement_id = s.id,
            traite_par = CASE WHEN %(manual)s THEN {s}.current_author() ELSE 'synchronisation' END
        FROM unnest(%(ids)s::bigint[], %(ext)s::text[]) AS s (id, id_externe)
        WHERE q.source = %(source)s AND q.id_externe = s.id_externe AND q.etat <> 'released'
        """.format(s=S),
        {
            "manual": manual,
            "source": source,
            "ids": [r["id"] for r in stored],
            "ext": [r["id_externe"] for r in stored],
        },
    )
    return cur.rowcount


def write_plan(
    cur,
    source: str,
    plan: BatchPlan,
    stored: Mapping[str, StoredState],
    run_id: Optional[int] = None,
    manual: bool = False,
) -> RunCounts:
    """Write a batch plan in the caller's transaction; returns its counts. A report is *new*
    when nothing was stored for it, else *updated*. Quarantined rows are tied to ``run_id``."""
    written = _upsert_trusted(cur, source, plan.trusted)
    _upsert_quarantined(cur, source, plan.quarantined, run_id)
    counts = RunCounts(
        read=plan.read,
        unchanged=plan.unchanged,
        quarantined=len(plan.quarantined),
        by_reason=count_reasons(plan.quarantined),
    )
    changed = [r.external_id for r in plan.trusted] + [r.external_id for r in plan.quarantined]
    counts.updated = sum(1 for external_id in changed if external_id in stored)
    counts.new = len(changed) - counts.updated
    if written:  # routed by the statement's trigger, after RETURNING: read the result back
        cur.execute(
            "SELECT statut_routage, count(*) AS n FROM {}.signalement WHERE id = ANY(%s) "
            "GROUP BY 1".format(S),
            ([r["id"] for r in written],),
        )
        counts.by_routing = {row["statut_routage"]: row["n"] for row in cur.fetchall()}
    was_quarantined = [
        r
        for r in written
        if manual or stored.get(r["id_externe"], StoredState(STORED, None)).place != STORED
    ]
    counts.released = _release_pending(cur, source, was_quarantined, manual)
    return counts


# --- quarantine ---------------------------------------------------------------------------------

_QUARANTINE_ROWS = """
    SELECT id, source, id_externe, etat, raisons, details, emplacement, code_service_externe,
           libelle_service_externe, categorie_code, statut, description, adresse, media_url,
           date_signalement, date_maj, longitude, latitude, audience, empreinte, donnees_source
    FROM {s}.quarantaine
    WHERE etat = %(state)s AND (%(ids)s::bigint[] IS NULL OR id = ANY(%(ids)s::bigint[]))
      AND (%(source)s::text IS NULL OR source = %(source)s)
    ORDER BY id""".format(s=S)


def quarantined(
    db: Database, ids: Optional[Sequence[int]] = None, state: str = PENDING
) -> List[Dict[str, Any]]:
    """Quarantine rows in ``state`` (all of them, or those of ``ids``), oldest first."""
    return db.query(
        _QUARANTINE_ROWS,
        {"state": state, "source": None, "ids": list(ids) if ids is not None else None},
    )


def pending_for_update(cur, source: str, ids: Optional[Sequence[int]]) -> List[Dict[str, Any]]:
    """The pending rows of one source, locked until the caller's transaction ends."""
    cur.execute(
        _QUARANTINE_ROWS + " FOR UPDATE",
        {"state": PENDING, "source": source, "ids": list(ids) if ids is not None else None},
    )
    return [dict(row) for row in cur.fetchall()]


# The quarantine column of each field the guard may fix (core.ingest.FIXABLE_FIELDS).
_FIXED_COLUMNS = {
    "lon": "longitude",
    "lat": "latitude",
    "description": "description",
    "address": "adresse",
    "service_name": "libelle_service_externe",
}


def update_quarantined(
    cur,
    row_id: int,
    reasons: Sequence[str],
    details: Sequence[Dict[str, Any]],
    fixes: Optional[Mapping[str, Any]] = None,
) -> None:
    """A pending row checked again: its new reasons, and the fixes a person accepted written
    into it (the trigger moves its point with the coordinates)."""
    values = {_FIXED_COLUMNS[name]: value for name, value in (fixes or {}).items()}
    values.update(raisons=list(reasons), details=_json(list(details)), id=row_id)
    cur.execute(
        "UPDATE {}.quarantaine SET {} WHERE id = %(id)s".format(
            S, ", ".join("{0} = %({0})s".format(column) for column in values if column != "id")
        ),
        values,
    )


def reject_quarantined(db: Database, ids: Sequence[int], reason: str) -> int:
    """A person decides these reports are not to be handled (spam, duplicate...): kept, marked."""
    if not (reason or "").strip():
        raise InputError([Problem("", "give the reason of the rejection")])
    with db.transaction() as cur:
        cur.execute(
            "UPDATE {s}.quarantaine SET etat = 'rejected', motif_rejet = %s, "
            "traite_par = {s}.current_author(), traite_le = now() "
            "WHERE id = ANY(%s) AND etat = 'pending'".format(s=S),
            (reason.strip(), list(ids)),
        )
        return cur.rowcount


def quarantine_summary(db: Database) -> List[Dict[str, Any]]:
    """Pending quarantine rows per source and reason."""
    return db.query(
        """
        SELECT source, unnest(raisons) AS raison, count(*) AS n FROM {}.quarantaine
        WHERE etat = 'pending' GROUP BY 1, 2 ORDER BY 1, 3 DESC""".format(S)
    )


def find_report(db: Database, source: str, external_id: str) -> Dict[str, Any]:
    """Where one report is: {'place': 'stored', routing...} or
    {'place': <quarantine state>, ...}."""
    rows = db.query(
        """
        SELECT * FROM (
            SELECT 2 AS rank, 'stored' AS place, statut_routage, raison, NULL::jsonb AS details,
                   id
            FROM {s}.signalement WHERE source = %(source)s AND id_externe = %(ext)s
            UNION ALL
            SELECT 1, etat, NULL, NULL, details, NULL FROM {s}.quarantaine
            WHERE source = %(source)s AND id_externe = %(ext)s AND etat <> 'released') r
        ORDER BY rank LIMIT 1""".format(s=S),
        {"source": source, "ext": external_id},
    )
    return rows[0] if rows else {}


def recent_runs(db: Database, limit: int = 20) -> List[Dict[str, Any]]:
    return db.query(
        "SELECT * FROM {}.synchronisation ORDER BY id DESC LIMIT %s".format(S), (limit,)
    )
