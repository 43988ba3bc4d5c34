"""Triage in the database: reports' assignments, follow-ups, history (structure 0.5.0).

Write helpers take the cursor of the caller's transaction (usecases/triage.py opens it); read
helpers take the Database. Statuses and transitions are core/workflow.py's; the triggers of
upgrade_to_0.5.0.sql refuse any other change, whatever the client."""

import datetime as dt
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Sequence, Tuple

import pandas as pd
import psycopg2.extras

from ..core.open311_requests import FollowUp, RequestRecord
from ..core.workflow import OPEN_REPORT_STATUSES, Assignment, ReportState
from .database import SCHEMA, Database

S = SCHEMA
ORDER_COLUMNS = {
    "id": "s.id",
    "received": "s.date_signalement",
    "due": "s.date_prevue",
    "status": "s.statut_traitement",
    "commune": "s.code_insee",
    "category": "s.categorie_code",
    "source": "s.source",
}
COUNT_DIMENSIONS = {
    "status": "s.statut_traitement",
    "commune": "s.code_insee",
    "category": "s.categorie_code",
    "source": "s.source",
    "service": "a.service_id",
}


@dataclass(frozen=True)
class ReportFilter:
    """The dock's filters; every one given must hold (None: not filtered). Days are days of
    the territory (Europe/Paris), both limits included. ``service_ids``: reports assigned to
    one of them (not withdrawn); ``waiting_for_service``: that service's part is pending;
    ``overdue``: open and past its due day on ``today`` (default: today in Paris)."""

    statuses: Optional[Sequence[str]] = None
    insee_codes: Optional[Sequence[str]] = None
    service_ids: Optional[Sequence[int]] = None
    categories: Optional[Sequence[str]] = None
    sources: Optional[Sequence[str]] = None
    received_from: Optional[dt.date] = None
    received_to: Optional[dt.date] = None
    overdue: Optional[bool] = None
    waiting_for_service: Optional[int] = None
    today: Optional[dt.date] = None
    report_ids: Optional[Sequence[int]] = None


def _where(filters: ReportFilter) -> Tuple[str, Dict[str, Any]]:
    """The WHERE clause of a filter over ``signalement s`` and its parameters."""
    clauses, params = ["true"], {}

    def add(clause: str, **values):
        clauses.append(clause)
        params.update(values)

    f = filters
    if f.report_ids is not None:
        add("s.id = ANY(%(report_ids)s)", report_ids=[int(i) for i in f.report_ids])
    if f.statuses is not None:
        add("s.statut_traitement = ANY(%(statuses)s)", statuses=list(f.statuses))
    if f.insee_codes is not None:
        add("s.code_insee = ANY(%(insee)s)", insee=list(f.insee_codes))
    if f.categories is not None:
        add("s.categorie_code = ANY(%(categories)s)", categories=list(f.categories))
    if f.sources is not None:
        add("s.source = ANY(%(sources)s)", sources=list(f.sources))
    if f.received_from is not None:
        add(
            "s.date_signalement >= (%(day_from)s::date::timestamp AT TIME ZONE 'Europe/Paris')",
            day_from=f.received_from,
        )
    if f.received_to is not None:
        add(
            "s.date_signalement < ((%(day_to)s::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')",
            day_to=f.received_to,
        )
    if f.service_ids is not None:
        add(
            "EXISTS (SELECT 1 FROM {s}.affectation x WHERE x.signalement_id = s.id "
            "AND x.service_id = ANY(%(services)s) AND x.statut <> 'withdrawn')".format(s=S),
            services=list(f.service_ids),
        )
    if f.waiting_for_service is not None:
        add(
            "EXISTS (SELECT 1 FROM {s}.affectation x WHERE x.signalement_id = s.id "
            "AND x.service_id = %(waiting)s AND x.statut = 'pending')".format(s=S),
            waiting=f.waiting_for_service,
        )
    if f.overdue is not None:
        add(
            ("" if f.overdue else "NOT ")
            + "coalesce(s.statut_traitement = ANY(%(open)s) "
            "AND s.date_prevue < coalesce(%(today)s::date, {s}.report_day(now())), false)".format(
                s=S
            ),
            open=list(OPEN_REPORT_STATUSES),
            today=f.today,
        )
    return " AND ".join(clauses), params


def list_reports(
    db: Database,
    filters: ReportFilter = ReportFilter(),
    order: str = "-received",
    offset: int = 0,
    limit: int = 200,
) -> List[Dict]:
    """One page of the reports matching ``filters``; ``order``: a key of ORDER_COLUMNS, '-'
    first for descending (ties broken by id)."""
    key = order.lstrip("-")
    if key not in ORDER_COLUMNS:
        raise ValueError("unknown order: {}".format(order))
    direction = "DESC" if order.startswith("-") else "ASC"
    where, params = _where(filters)
    params.update(
        offset=int(offset), limit=int(limit), open=list(OPEN_REPORT_STATUSES), today=filters.today
    )
    return db.query(
        """
        SELECT s.id, s.source, s.id_externe, s.categorie_code, s.sous_categorie_code,
               s.code_insee, s.service_id, sv.nom AS service, s.statut_traitement,
               s.statut_routage, s.date_signalement, s.date_prevue, s.doublon_de, s.version,
               coalesce(s.statut_traitement = ANY(%(open)s) AND s.date_prevue
                        < coalesce(%(today)s::date, {s}.report_day(now())), false) AS en_retard
        FROM {s}.signalement s LEFT JOIN {s}.service sv ON sv.id = s.service_id
        WHERE {where}
        ORDER BY {column} {direction} NULLS LAST, s.id {direction}
        OFFSET %(offset)s LIMIT %(limit)s""".format(
            s=S, where=where, column=ORDER_COLUMNS[key], direction=direction
        ),
        params,
    )


def count_by(
    db: Database, filters: ReportFilter = ReportFilter(), by: str = "status"
) -> Dict[Any, int]:
    """How many reports match ``filters`` per value of ``by`` (a key of COUNT_DIMENSIONS;
    per service: the services the reports are assigned to, withdrawn parts left out)."""
    if by not in COUNT_DIMENSIONS:
        raise ValueError("unknown dimension: {}".format(by))
    where, params = _where(filters)
    join = (
        "JOIN {s}.affectation a ON a.signalement_id = s.id AND a.statut <> 'withdrawn'".format(s=S)
        if by == "service"
        else ""
    )
    rows = db.query(
        "SELECT {col} AS value, count(*) AS n FROM {s}.signalement s {join} "
        "WHERE {where} GROUP BY 1".format(col=COUNT_DIMENSIONS[by], s=S, join=join, where=where),
        params,
    )
    return {row["value"]: row["n"] for row in rows}


# --- write side (inside the caller's transaction) -----------------------------------------------


def lock_reports(cur, ids: Iterable[int]) -> Dict[int, Dict]:
    """Lock the reports (in id order: two transactions never wait for each other in a cycle)
    and read their triage columns."""
    cur.execute(
        """
        SELECT id, categorie_code, sous_categorie_code, statut_traitement, cloture_par_operateur,
               doublon_de, routage_manuel, service_id, version, modifie_par, modifie_le
        FROM {s}.signalement WHERE id = ANY(%s) ORDER BY id FOR UPDATE""".format(s=S),
        (sorted(set(ids)),),
    )
    return {row["id"]: dict(row) for row in cur.fetchall()}


def report_states(cur, rows: Mapping[int, Dict]) -> Dict[int, ReportState]:
    """The core's view of locked reports (``lock_reports`` rows) with their assignments."""
    cur.execute(
        """
        SELECT signalement_id, service_id, statut, role, motif_refus_code, motif_refus_texte
        FROM {s}.affectation WHERE signalement_id = ANY(%s) ORDER BY signalement_id, id""".format(
            s=S
        ),
        (list(rows),),
    )
    parts: Dict[int, List[Assignment]] = {}
    for a in cur.fetchall():
        parts.setdefault(a["signalement_id"], []).append(
            Assignment(
                a["service_id"],
                a["statut"],
                a["role"] == "main",
                a["motif_refus_code"],
                a["motif_refus_texte"],
            )
        )
    return {
        i: ReportState(
            i,
            tuple(parts.get(i, ())),
            row["cloture_par_operateur"],
            row["doublon_de"],
            row["sous_categorie_code"],
            row["version"],
            row["modifie_par"],
        )
        for i, row in rows.items()
    }


def refusal_reasons(cur) -> Dict[str, bool]:
    """The active refusal reasons: code -> free text required."""
    cur.execute("SELECT code, texte_requis FROM {s}.motif_refus WHERE actif".format(s=S))
    return {row["code"]: row["texte_requis"] for row in cur.fetchall()}


def sub_categories(cur, category: str) -> FrozenSet[str]:
    """The sub-categories a report of ``category`` may be given (its top category's)."""
    cur.execute(
        """
        SELECT c.code FROM {s}.categorie c
        WHERE c.parent_code = (SELECT coalesce(parent_code, code) FROM {s}.categorie
                               WHERE code = %s)""".format(s=S),
        (category,),
    )
    return frozenset(row["code"] for row in cur.fetchall())


def active_services(cur) -> FrozenSet[int]:
    cur.execute("SELECT id FROM {s}.service WHERE actif".format(s=S))
    return frozenset(row["id"] for row in cur.fetchall())


def triage_states(cur, ids: Sequence[int]) -> Dict[int, Any]:
    """The status and assignments of reports as the history keeps them."""
    cur.execute(
        "SELECT id, {s}.triage_state(id) AS etat FROM {s}.signalement WHERE id = ANY(%s)".format(
            s=S
        ),
        (list(ids),),
    )
    return {row["id"]: row["etat"] for row in cur.fetchall()}


def write_assignments(cur, report_id: int, old: ReportState, new: ReportState) -> None:
    """Write the assignments that changed; parts losing the main role first (one main)."""
    changed = [a for a in new.assignments if old.assignment(a.service_id) != a]
    changed.sort(key=lambda a: a.main)
    for a in changed:
        role = "main" if a.main else "copy"
        if old.assignment(a.service_id) is None:
            cur.execute(
                "INSERT INTO {s}.affectation (signalement_id, service_id, role) "
                "VALUES (%s, %s, %s)".format(s=S),
                (report_id, a.service_id, role),
            )
        else:
            cur.execute(
                """
                UPDATE {s}.affectation SET statut = %s, role = %s, motif_refus_code = %s,
                       motif_refus_texte = %s
                WHERE signalement_id = %s AND service_id = %s""".format(s=S),
                (a.status, role, a.refusal_reason, a.refusal_text, report_id, a.service_id),
            )


def update_report(
    cur, report_id: int, old: ReportState, new: ReportState, manual_route: Optional[str] = None
) -> None:
    """Write the report's triage columns and its status derived from its assignments (in
    SQL, from the rows just written); ``manual_route``: the reason of a re-routing by hand.
    The sub-category is written only when it changes: writing it re-routes the report."""
    main = next((a.service_id for a in new.assignments if a.main), None)
    qualify = "sous_categorie_code = %(sub)s, " if new.sub_category != old.sub_category else ""
    cur.execute(
        """
        UPDATE {s}.signalement
        SET {qualify}cloture_par_operateur = %(closed)s,
            doublon_de = %(duplicate_of)s,
            statut_traitement = {s}.derived_report_status(id, %(closed)s, %(duplicate_of)s),
            routage_manuel = routage_manuel OR %(manual)s,
            motif_routage_manuel = CASE WHEN %(manual)s THEN %(reason)s
                                        ELSE motif_routage_manuel END,
            service_id = CASE WHEN %(manual)s THEN %(main)s ELSE service_id END,
            statut_routage = CASE WHEN %(manual)s THEN 'routed' ELSE statut_routage END,
            raison_code = CASE WHEN %(manual)s THEN 'manual' ELSE raison_code END,
            raison = CASE WHEN %(manual)s THEN %(reason)s ELSE raison END,
            perimetre_id = CASE WHEN %(manual)s THEN NULL ELSE perimetre_id END,
            route_le = CASE WHEN %(manual)s THEN now() ELSE route_le END
        WHERE id = %(id)s""".format(s=S, qualify=qualify),
        {
            "sub": new.sub_category,
            "closed": new.closed_by_operator,
            "duplicate_of": new.duplicate_of,
            "manual": manual_route is not None,
            "reason": manual_route,
            "main": main,
            "id": report_id,
        },
    )


def add_follow_up(
    cur, report_id: int, service_id: Optional[int], visibility: str, text: str
) -> None:
    cur.execute(
        "INSERT INTO {s}.suivi (signalement_id, service_id, visibilite, texte) "
        "VALUES (%s, %s, %s, %s)".format(s=S),
        (report_id, service_id, visibility, text),
    )


def add_history(cur, rows: Sequence[Tuple[int, Optional[int], str, Any, Any, Dict]]) -> None:
    """History rows: (report id, acting service, action, before, after, details)."""
    psycopg2.extras.execute_values(
        cur,
        """
        INSERT INTO {s}.historique_signalement
            (signalement_id, service_id, action, avant, apres, details)
        VALUES %s""".format(s=S),
        [
            (
                i,
                service,
                action,
                psycopg2.extras.Json(before),
                psycopg2.extras.Json(after),
                psycopg2.extras.Json(details),
            )
            for i, service, action, before, after, details in rows
        ],
    )


def versions(cur, ids: Sequence[int]) -> Dict[int, Dict]:
    cur.execute(
        "SELECT id, version, statut_traitement FROM {s}.signalement WHERE id = ANY(%s)".format(s=S),
        (list(ids),),
    )
    return {row["id"]: dict(row) for row in cur.fetchall()}


# --- read side ----------------------------------------------------------------------------------


def route_preview(db: Database, report_id: int, sub_category: Optional[str]) -> Optional[Dict]:
    """The routing the report would get with another sub-category (nothing written)."""
    rows = db.query(
        """
        SELECT r.statut_routage, r.service_id, sv.nom AS service, r.services_supplementaires,
               r.raison_code, r.raison, s.routage_manuel
        FROM {s}.signalement s
        CROSS JOIN LATERAL {s}.route(s.geom, s.categorie_code, %s, s.audience,
                                     {s}.report_day(s.date_signalement)) r
        LEFT JOIN {s}.service sv ON sv.id = r.service_id
        WHERE s.id = %s""".format(s=S),
        (sub_category, report_id),
    )
    return rows[0] if rows else None


def report_page(db: Database, report_id: int) -> Optional[Dict]:
    """Everything the report's page shows, or None for an unknown report."""
    rows = db.query(
        """
        SELECT s.id, s.source, s.id_externe, s.categorie_code, c.libelle_interne AS categorie,
               s.sous_categorie_code, s.audience, s.date_signalement, s.description, s.adresse,
               s.media_url, s.code_insee, cm.nom AS commune, ST_X(s.geom) AS x, ST_Y(s.geom) AS y,
               ST_X(ST_Transform(s.geom, 4326)) AS lon, ST_Y(ST_Transform(s.geom, 4326)) AS lat,
               s.statut_routage, s.service_id, sv.nom AS service, s.services_supplementaires,
               s.raison_code, s.raison, s.routage_manuel, s.motif_routage_manuel,
               s.statut_traitement, s.cloture_le, s.doublon_de, s.date_prevue, s.version,
               s.modifie_par, s.modifie_le
        FROM {s}.signalement s
        JOIN {s}.categorie c ON c.code = s.categorie_code
        LEFT JOIN {s}.commune cm ON cm.code_insee = s.code_insee
        LEFT JOIN {s}.service sv ON sv.id = s.service_id
        WHERE s.id = %s""".format(s=S),
        (report_id,),
    )
    if not rows:
        return None
    page = rows[0]
    page["assignments"] = db.query(
        """
        SELECT a.service_id, sv.nom AS service, a.role, a.statut, a.motif_refus_code,
               m.libelle AS motif_refus, a.motif_refus_texte, a.affecte_le, a.accepte_le,
               a.cloture_le
        FROM {s}.affectation a JOIN {s}.service sv ON sv.id = a.service_id
        LEFT JOIN {s}.motif_refus m ON m.code = a.motif_refus_code
        WHERE a.signalement_id = %s ORDER BY a.role DESC, a.id""".format(s=S),
        (report_id,),
    )
    page["follow_ups"] = db.query(
        """
        SELECT id, service_id, visibilite, texte, auteur, cree_le FROM {s}.suivi
        WHERE signalement_id = %s ORDER BY cree_le, id""".format(s=S),
        (report_id,),
    )
    page["history"] = history(db, report_id)
    return page


def history(db: Database, report_id: int) -> List[Dict]:
    return db.query(
        """
        SELECT id, service_id, action, auteur, le, avant, apres, details
        FROM {s}.historique_signalement WHERE signalement_id = %s ORDER BY id""".format(s=S),
        (report_id,),
    )


def triage_settings(db: Database) -> Dict:
    return db.query(
        "SELECT doublon_distance_m, doublon_fenetre_jours, "
        "relance_sans_reponse_jours_ouvres, relance_sans_suivi_jours "
        "FROM {s}.parametre_triage".format(s=S)
    )[0]


def duplicate_candidates(db: Database, report_id: int, distance: float, days: int) -> pd.DataFrame:
    """The report and the reports of its category near it in space and time (a superset of
    the suggestions, by index; core/duplicates.py applies the exact rule). Columns:
    report_id, x, y, category, received_day, status."""
    rows = db.query(
        """
        SELECT o.id AS report_id, ST_X(o.geom) AS x, ST_Y(o.geom) AS y,
               o.categorie_code AS category, {s}.report_day(o.date_signalement) AS received_day,
               o.statut_traitement AS status
        FROM {s}.signalement r
        JOIN {s}.signalement o ON o.categorie_code = r.categorie_code
         AND ST_DWithin(o.geom, r.geom, %(distance)s)
         AND o.date_signalement BETWEEN r.date_signalement - make_interval(days => %(days)s + 1)
                                    AND r.date_signalement + make_interval(days => %(days)s + 1)
        WHERE r.id = %(id)s""".format(s=S),
        {"id": report_id, "distance": float(distance), "days": int(days)},
    )
    return pd.DataFrame(rows, columns=["report_id", "x", "y", "category", "received_day", "status"])


def _frame(rows: List[Dict], columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns))


REPORT_COLUMNS = (
    "report_id",
    "status",
    "category",
    "insee_code",
    "service_id",
    "received_day",
    "due_date",
    "last_follow_up_day",
    "accepted_day",
    "closed_day",
)


def report_frame(
    db: Database,
    service_id: Optional[int] = None,
    received_from: Optional[dt.date] = None,
    received_to: Optional[dt.date] = None,
) -> pd.DataFrame:
    """Reports as the core's reminders, digest and statistics read them (days in Paris time);
    ``service_id``: only the reports assigned to it."""
    rows = db.query(
        """
        SELECT s.id AS report_id, s.statut_traitement AS status, s.categorie_code AS category,
               s.code_insee AS insee_code, s.service_id,
               {s}.report_day(s.date_signalement) AS received_day, s.date_prevue AS due_date,
               (SELECT {s}.report_day(max(f.cree_le)) FROM {s}.suivi f
                WHERE f.signalement_id = s.id) AS last_follow_up_day,
               (SELECT {s}.report_day(min(a.accepte_le)) FROM {s}.affectation a
                WHERE a.signalement_id = s.id) AS accepted_day,
               {s}.report_day(s.cloture_le) AS closed_day
        FROM {s}.signalement s
        WHERE (%(service)s::integer IS NULL OR EXISTS (
                   SELECT 1 FROM {s}.affectation a
                   WHERE a.signalement_id = s.id AND a.service_id = %(service)s))
          AND (%(start)s::date IS NULL OR {s}.report_day(s.date_signalement) >= %(start)s::date)
          AND (%(end)s::date IS NULL OR {s}.report_day(s.date_signalement) <= %(end)s::date)
        ORDER BY s.id""".format(s=S),
        {"service": service_id, "start": received_from, "end": received_to},
    )
    frame = _frame(rows, REPORT_COLUMNS)
    for column in ("received_day", "due_date", "last_follow_up_day", "accepted_day", "closed_day"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def assignment_frame(db: Database, service_id: Optional[int] = None) -> pd.DataFrame:
    """Assignments: report_id, service_id, status, assigned_day, closed_day."""
    rows = db.query(
        """
        SELECT signalement_id AS report_id, service_id, statut AS status,
               {s}.report_day(affecte_le) AS assigned_day, {s}.report_day(cloture_le) AS closed_day
        FROM {s}.affectation WHERE %(service)s::integer IS NULL OR service_id = %(service)s
        ORDER BY signalement_id, service_id""".format(s=S),
        {"service": service_id},
    )
    frame = _frame(rows, ("report_id", "service_id", "status", "assigned_day", "closed_day"))
    for column in ("assigned_day", "closed_day"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def follow_up_frame(db: Database, service_id: Optional[int] = None) -> pd.DataFrame:
    """Follow-ups (of the reports assigned to ``service_id``): report_id, day, visibility,
    text."""
    rows = db.query(
        """
        SELECT f.signalement_id AS report_id, {s}.report_day(f.cree_le) AS day,
               f.visibilite AS visibility, f.texte AS text
        FROM {s}.suivi f
        WHERE %(service)s::integer IS NULL OR EXISTS (
            SELECT 1 FROM {s}.affectation a
            WHERE a.signalement_id = f.signalement_id AND a.service_id = %(service)s)
        ORDER BY f.cree_le, f.id""".format(s=S),
        {"service": service_id},
    )
    frame = _frame(rows, ("report_id", "day", "visibility", "text"))
    frame["day"] = pd.to_datetime(frame["day"])
    return frame


def request_records(db: Database, source: Optional[str] = None) -> List[RequestRecord]:
    """The reports (of one source) as Open311 requests need them: PUBLIC follow-ups only,
    nothing personal (no description, address, contact, media)."""
    rows = db.query(
        """
        SELECT s.id, coalesce(s.id_externe, s.id::text) AS request_id, s.statut_traitement,
               s.categorie_code, c.libelle_public, s.date_signalement,
               coalesce(s.modifie_le, s.saisi_le) AS updated_at, sv.nom AS agency,
               s.date_prevue, s.cloture_le, o.statut_traitement AS original_status,
               ST_Y(ST_Transform(s.geom, 4326)) AS lat, ST_X(ST_Transform(s.geom, 4326)) AS lon
        FROM {s}.signalement s
        JOIN {s}.categorie c ON c.code = s.categorie_code
        LEFT JOIN {s}.service sv ON sv.id = s.service_id
        LEFT JOIN {s}.signalement o ON o.id = s.doublon_de
        WHERE %(source)s::text IS NULL OR s.source = %(source)s
        ORDER BY s.id""".format(s=S),
        {"source": source},
    )
    notes: Dict[int, List[FollowUp]] = {}
    for f in db.query(
        """
            SELECT f.signalement_id, f.cree_le, f.texte FROM {s}.suivi f
            JOIN {s}.signalement s ON s.id = f.signalement_id
            WHERE f.visibilite = 'public' AND (%(source)s::text IS NULL OR s.source = %(source)s)
            """.format(s=S),
        {"source": source},
    ):
        notes.setdefault(f["signalement_id"], []).append(
            FollowUp(f["cree_le"], "public", f["texte"])
        )
    return [
        RequestRecord(
            service_request_id=r["request_id"],
            status=r["statut_traitement"],
            service_code=r["categorie_code"],
            requested_at=r["date_signalement"],
            updated_at=r["updated_at"],
            service_name=r["libelle_public"],
            agency=r["agency"],
            expected_day=r["date_prevue"],
            closed_at=r["cloture_le"],
            original_status=r["original_status"],
            lat=r["lat"],
            lon=r["lon"],
            follow_ups=tuple(notes.get(r["id"], ())),
        )
        for r in rows
    ]


# --- choices the dock offers ----------------------------------------------------------------------


def current_service(db: Database) -> Optional[int]:
    """The service the connected role acts for (role_service); None: the triage operator."""
    return db.scalar("SELECT {s}.current_service()".format(s=S))


def refusal_reason_choices(db: Database) -> List[Dict]:
    """The active refusal reasons in the administrator's order: code, libelle, texte_requis."""
    return db.query(
        "SELECT code, libelle, texte_requis FROM {s}.motif_refus WHERE actif "
        "ORDER BY ordre, code".format(s=S)
    )


def sub_category_choices(db: Database, report_id: int) -> List[Dict]:
    """The sub-categories a report may be given (its top category's): code, libelle."""
    return db.query(
        """
        SELECT c.code, c.libelle_interne AS libelle FROM {s}.categorie c
        WHERE c.parent_code = (SELECT coalesce(p.parent_code, p.code)
                               FROM {s}.signalement r JOIN {s}.categorie p
                                    ON p.code = r.categorie_code WHERE r.id = %s)
        ORDER BY c.code""".format(s=S),
        (report_id,),
    )
