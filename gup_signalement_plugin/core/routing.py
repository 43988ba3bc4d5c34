"""Routing of reports to the competent service: the pure-Python executor (vectorised).

The database applies the same rules (function ``gup_signalement.route`` in sql/install/
50_routing.sql, run by a trigger on arrival); a parity test requires identical results.

Rules, in order:
1. commune: the commune intersecting the point (border included); on a shared border the
   LOWEST INSEE code. None -> ``quarantine`` / ``outside_territory``.
2. opening: the cell (commune, top-level category) must be open to the audience on the report's
   day, and the point must intersect the cell's experiment perimeter when there is one.
   Otherwise ``not_open`` / ``category_not_open`` or ``outside_experiment``, with the commune's
   closed message.
3. perimeters intersecting the point, of an active service, valid on the day, accepting the
   category (categories None = all; else they contain the category, its parent or the
   sub-category). Among those not flagged ``extra_recipient``: the LARGER priority wins, then
   the smaller area, then the lower id. None -> ``triage`` / ``no_competent_service``. Flagged
   perimeters add their services (other than the main one) as extra recipients.
The reason code of a routed report tells what decided: ``single_perimeter``,
``higher_priority``, ``smaller_perimeter`` or ``lowest_id``."""
import datetime as dt
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
import shapely

from .catalogue import Audience, Category, CommuneSetting, Stage
from .errors import InputError, Problem

ROUTED, TRIAGE, NOT_OPEN, QUARANTINE = "routed", "triage", "not_open", "quarantine"
STATUSES = (ROUTED, TRIAGE, NOT_OPEN, QUARANTINE)
REASON_CODES = ("outside_territory", "category_not_open", "outside_experiment",
                "no_competent_service", "single_perimeter", "higher_priority",
                "smaller_perimeter", "lowest_id")
_DAY_MIN = np.datetime64("0001-01-01", "D")
_DAY_MAX = np.datetime64("9999-12-31", "D")
_STAGE_RANK = {Stage.CLOSED: 0, Stage.AGENTS: 1, Stage.PUBLIC: 2}
_ROUTED_CODES = ("single_perimeter", "higher_priority", "smaller_perimeter", "lowest_id")


@dataclass
class CommuneArea:
    insee_code: str
    name: str
    geometry: object  # shapely (Multi)Polygon, Lambert-93
    default_closed_message: Optional[str] = None


@dataclass
class Service:
    id: int
    name: str
    kind: str = "autre"  # commune / ept / syndicat / bailleur / autre
    insee_code: Optional[str] = None
    emails: Tuple[str, ...] = ()
    active: bool = True


@dataclass
class Perimeter:
    id: int
    service_id: int
    name: str
    geometry: object  # shapely (Multi)Polygon, Lambert-93
    categories: Optional[FrozenSet[str]] = None  # None = every category
    priority: int = 0  # larger wins
    extra_recipient: bool = False
    valid_from: Optional[dt.date] = None
    valid_to: Optional[dt.date] = None
    area: Optional[float] = None  # as stored by the database; computed when None

    def accepts(self, keys: Sequence[Optional[str]]) -> bool:
        return self.categories is None or any(k in self.categories for k in keys if k)


@dataclass
class Reports:
    """Reports as columns: Lambert-93 points, category, sub-category, audience, day."""

    points: np.ndarray  # shapely Points
    categories: np.ndarray  # category codes
    sub_categories: np.ndarray  # sub-category codes or None
    audiences: np.ndarray  # 'agents' / 'public'
    days: np.ndarray  # datetime64[D]
    ids: Optional[np.ndarray] = None

    @classmethod
    def build(cls, points, categories, audiences, days, sub_categories=None, ids=None
              ) -> "Reports":
        n = len(points)
        subs = np.full(n, None, dtype=object) if sub_categories is None else np.asarray(
            sub_categories, dtype=object)
        return cls(points=np.asarray(points), categories=np.asarray(categories, dtype=object),
                   sub_categories=subs, audiences=np.asarray(audiences, dtype=object),
                   days=np.asarray(days, dtype="datetime64[D]"),
                   ids=None if ids is None else np.asarray(ids))

    def __len__(self) -> int:
        return len(self.points)


def paris_day(moment: dt.datetime) -> dt.date:
    """The day of a moment in the territory's time zone (naive moments are taken as UTC)."""
    from zoneinfo import ZoneInfo

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(ZoneInfo("Europe/Paris")).date()


def explain(code: str, commune: Optional[str] = None, category: Optional[str] = None,
            audience: Optional[str] = None, message: Optional[str] = None,
            perimeter: Optional[str] = None, service: Optional[str] = None,
            priority: Optional[int] = None, perimeter2: Optional[str] = None,
            service2: Optional[str] = None, priority2: Optional[int] = None,
            copies: Optional[str] = None) -> str:
    """The French sentence of a routing result (same text as SQL routing_sentence())."""
    if code == "outside_territory":
        return "Point hors des communes du territoire : signalement mis en quarantaine."
    text = "{}, catégorie {} : ".format(commune, category)
    tail = " " + message if message is not None else ""
    if code == "category_not_open":
        text += "catégorie non ouverte {} à cette date.".format(
            "aux agents" if audience == Audience.AGENTS.value else "au public") + tail
    elif code == "outside_experiment":
        text += "point hors du périmètre d'expérimentation de la catégorie." + tail
    elif code == "no_competent_service":
        text += ("aucun périmètre de compétence ne couvre ce point pour cette catégorie à cette "
                 "date ; à trier.")
    else:
        text += "périmètre « {} » du service {}, priorité {}".format(perimeter, service, priority)
        if code == "single_perimeter":
            text += ", seul périmètre compétent."
        elif code == "higher_priority":
            text += " devant « {} » du service {}, priorité {}.".format(perimeter2, service2,
                                                                        priority2)
        elif code == "smaller_perimeter":
            text += ", plus petit que « {} » du service {} à priorité égale.".format(
                perimeter2, service2)
        else:
            text += (", à égalité avec « {} » du service {} (priorité et surface) : départagé "
                     "par le numéro de périmètre.").format(perimeter2, service2)
    if copies is not None and (code in _ROUTED_CODES or code == "no_competent_service"):
        text += " En copie : {}.".format(copies)
    return text


@dataclass
class RoutingResult:
    """Per report: status, commune, main service (-1 none), extra services, decisive perimeter
    (-1 none), reason code; ``sentence(i)`` gives the French explanation."""

    status: np.ndarray
    insee_code: np.ndarray
    service_id: np.ndarray
    perimeter_id: np.ndarray
    reason_code: np.ndarray
    extra_services: Dict[int, Tuple[int, ...]]
    runner_up_id: np.ndarray
    router: "Router" = field(repr=False, default=None)
    reports: Reports = field(repr=False, default=None)

    def __len__(self) -> int:
        return len(self.status)

    def extras(self, index: int) -> Tuple[int, ...]:
        return self.extra_services.get(index, ())

    def sentence(self, index: int) -> str:
        router, reports = self.router, self.reports
        code = self.reason_code[index]
        commune = router.communes_by_code.get(self.insee_code[index])
        label_code = reports.sub_categories[index] or reports.categories[index]
        message = None
        if code in ("category_not_open", "outside_experiment"):
            cell = router.cell(commune.insee_code, router.top_code(reports.categories[index]))
            message = (cell.closed_message if cell is not None else None)
            message = message if message is not None else commune.default_closed_message
        winner = router.perimeters_by_id.get(int(self.perimeter_id[index]))
        second = router.perimeters_by_id.get(int(self.runner_up_id[index]))
        copies = ", ".join(router.services[s].name for s in self.extras(index)) or None
        return explain(
            code, commune.name if commune else None, router.labels.get(label_code),
            reports.audiences[index], message,
            winner.name if winner else None,
            router.services[winner.service_id].name if winner else None,
            winner.priority if winner else None,
            second.name if second else None,
            router.services[second.service_id].name if second else None,
            second.priority if second else None, copies)

    def sentences(self) -> List[str]:
        return [self.sentence(i) for i in range(len(self))]


class Router:
    """The routing rules loaded once (spatial indexes built), applied to batches of reports."""

    def __init__(self, communes: Sequence[CommuneArea], categories: Sequence[Category],
                 settings: Sequence[CommuneSetting], services: Sequence[Service],
                 perimeters: Sequence[Perimeter]):
        self.communes = sorted(communes, key=lambda c: c.insee_code)
        self.communes_by_code = {c.insee_code: c for c in self.communes}
        self.commune_tree = shapely.STRtree([c.geometry for c in self.communes])
        self.services = {s.id: s for s in services}
        self.category_codes = [c.code for c in categories]
        self.category_index = {code: i for i, code in enumerate(self.category_codes)}
        self.labels = {c.code: c.internal_label for c in categories}
        parents = {c.code: c.parent_code for c in categories}
        self.parents = parents
        ncat = len(self.category_codes)
        self.parent_of = np.array([self.category_index.get(parents[c], ncat)
                                   if parents[c] else ncat for c in self.category_codes] + [ncat])
        self.top_of = np.array([self.category_index[parents[c]] if parents[c] else i
                                for i, c in enumerate(self.category_codes)] + [ncat])
        self._build_cells(settings, ncat)
        self._build_perimeters(perimeters, ncat)

    # -- lookups used by explanations and tests
    def top_code(self, code: str) -> str:
        return self.parents.get(code) or code

    def cell(self, insee_code: str, top_code: str) -> Optional[CommuneSetting]:
        return self.cells.get((insee_code, top_code))

    def _build_cells(self, settings: Sequence[CommuneSetting], ncat: int) -> None:
        self.cells = {(s.insee_code, s.category_code): s for s in settings}
        ncom = len(self.communes)
        commune_index = {c.insee_code: i for i, c in enumerate(self.communes)}
        self.cell_index = np.full((ncom + 1, ncat + 1), -1, dtype=np.int64)
        cells = [s for s in settings if s.insee_code in commune_index
                 and s.category_code in self.category_index]
        for i, s in enumerate(cells):
            self.cell_index[commune_index[s.insee_code], self.category_index[s.category_code]] = i
        self.cell_stage = np.array([_STAGE_RANK[s.stage] for s in cells] + [0], dtype=np.int8)
        self.cell_from = np.array([s.valid_from or _DAY_MIN for s in cells] + [_DAY_MIN],
                                  dtype="datetime64[D]")
        self.cell_to = np.array([s.valid_to or _DAY_MAX for s in cells] + [_DAY_MAX],
                                dtype="datetime64[D]")
        self.cell_experiment = np.array(
            [shapely.from_wkt(s.experiment_perimeter_wkt) if s.experiment_perimeter_wkt else None
             for s in cells] + [None], dtype=object)

    def _build_perimeters(self, perimeters: Sequence[Perimeter], ncat: int) -> None:
        usable = [p for p in perimeters
                  if p.service_id in self.services and self.services[p.service_id].active]
        self.perimeters = usable
        self.perimeters_by_id = {p.id: p for p in usable}
        self.perimeter_tree = shapely.STRtree([p.geometry for p in usable])
        self.per_id = np.array([p.id for p in usable], dtype=np.int64)
        self.per_service = np.array([p.service_id for p in usable], dtype=np.int64)
        self.per_priority = np.array([p.priority for p in usable], dtype=np.int64)
        self.per_area = np.array([p.area if p.area is not None else shapely.area(p.geometry)
                                  for p in usable], dtype=float)
        self.per_extra = np.array([p.extra_recipient for p in usable], dtype=bool)
        self.per_from = np.array([p.valid_from or _DAY_MIN for p in usable], dtype="datetime64[D]")
        self.per_to = np.array([p.valid_to or _DAY_MAX for p in usable], dtype="datetime64[D]")
        accepts = np.zeros((len(usable), ncat + 1), dtype=bool)  # last column: no category
        for i, p in enumerate(usable):
            if p.categories is None:
                accepts[i, :ncat] = True
            else:
                for code in p.categories:
                    if code in self.category_index:
                        accepts[i, self.category_index[code]] = True
        self.per_accepts = accepts

    def _category_indices(self, codes: np.ndarray, allow_missing: bool) -> np.ndarray:
        ncat = len(self.category_codes)
        values = pd.Series(codes, dtype=object)
        coded = pd.Categorical(values, categories=self.category_codes).codes.astype(np.int64)
        unknown = (coded < 0) & values.notna().to_numpy()
        if unknown.any() or (not allow_missing and values.isna().any()):
            bad = sorted(set(str(v) for v in values[unknown | values.isna().to_numpy()]))
            raise InputError([Problem("", "unknown category '{}'".format(b)) for b in bad],
                             "Reports with unknown categories cannot be routed:")
        coded[coded < 0] = ncat
        return coded

    def route(self, reports: Reports) -> RoutingResult:
        """Route a batch of reports; every step is a vectorised array operation."""
        n = len(reports)
        ncom = len(self.communes)
        points = reports.points
        days = reports.days.astype("datetime64[D]")
        cat = self._category_indices(reports.categories, allow_missing=False)
        sub = self._category_indices(reports.sub_categories, allow_missing=True)
        parent = self.parent_of[cat]
        top = self.top_of[cat]

        # 1. commune: lowest INSEE code among the communes intersecting the point
        commune = np.full(n, ncom, dtype=np.int64)
        pts, geoms = self.commune_tree.query(points, predicate="intersects")
        if len(pts):
            order = np.lexsort((geoms, pts))
            pts, geoms = pts[order], geoms[order]
            first = np.r_[True, pts[1:] != pts[:-1]]
            commune[pts[first]] = geoms[first]
        inside = commune < ncom

        # 2. opening of the cell on the day, for the audience, inside the experiment perimeter
        cell = self.cell_index[commune, top]
        stage = self.cell_stage[cell]
        in_dates = (days >= self.cell_from[cell]) & (days <= self.cell_to[cell])
        stage = np.where(in_dates, stage, 0)
        required = np.where(reports.audiences == Audience.AGENTS.value, 1, 2)
        is_open = inside & (stage >= required)
        in_experiment = np.ones(n, dtype=bool)
        experiment = self.cell_experiment[cell]
        with_experiment = np.flatnonzero(is_open & ~shapely.is_missing(experiment))
        if len(with_experiment):
            in_experiment[with_experiment] = shapely.intersects(
                experiment[with_experiment].tolist(), points[with_experiment])
        eligible = is_open & in_experiment

        # 3. competent perimeters
        winner = np.full(n, -1, dtype=np.int64)
        second = np.full(n, -1, dtype=np.int64)
        extra_services: Dict[int, Tuple[int, ...]] = {}
        if len(self.perimeters):
            pts, pers = self.perimeter_tree.query(points, predicate="intersects")
            keep = eligible[pts]
            pts, pers = pts[keep], pers[keep]
            keep = (days[pts] >= self.per_from[pers]) & (days[pts] <= self.per_to[pers])
            keep &= (self.per_accepts[pers, cat[pts]] | self.per_accepts[pers, parent[pts]]
                     | self.per_accepts[pers, sub[pts]])
            pts, pers = pts[keep], pers[keep]
            main = ~self.per_extra[pers]
            m_pts, m_pers = pts[main], pers[main]
            order = np.lexsort((self.per_id[m_pers], self.per_area[m_pers],
                                -self.per_priority[m_pers], m_pts))
            m_pts, m_pers = m_pts[order], m_pers[order]
            starts = np.flatnonzero(np.r_[True, m_pts[1:] != m_pts[:-1]]) if len(m_pts) else \
                np.array([], dtype=np.int64)
            winner[m_pts[starts]] = m_pers[starts]
            nexts = starts + 1
            has_second = nexts < len(m_pts)
            has_second[has_second] = m_pts[nexts[has_second]] == m_pts[starts[has_second]]
            second[m_pts[starts[has_second]]] = m_pers[nexts[has_second]]
            extra_services = self._extra_services(pts[~main], pers[~main], winner)

        status = np.full(n, TRIAGE, dtype=object)
        code = np.full(n, "no_competent_service", dtype=object)
        routed = winner >= 0
        status[routed] = ROUTED
        w, s = winner[routed], second[routed]
        has_s = s >= 0
        s_safe = np.where(has_s, s, 0)
        decided = np.where(
            ~has_s, "single_perimeter", np.where(
                self.per_priority[w] > self.per_priority[s_safe], "higher_priority", np.where(
                    self.per_area[w] < self.per_area[s_safe], "smaller_perimeter", "lowest_id")))
        code[routed] = decided
        not_open = inside & ~eligible
        status[not_open] = NOT_OPEN
        code[not_open] = np.where(is_open[not_open], "outside_experiment", "category_not_open")
        status[~inside] = QUARANTINE
        code[~inside] = "outside_territory"

        codes = np.array([c.insee_code for c in self.communes] + [None], dtype=object)
        per_ids = np.r_[self.per_id, -1]
        return RoutingResult(
            status=status, insee_code=codes[commune],
            service_id=np.where(routed, np.r_[self.per_service, -1][winner], -1),
            perimeter_id=per_ids[winner], reason_code=code, extra_services=extra_services,
            runner_up_id=per_ids[second], router=self, reports=reports)

    def _extra_services(self, pts: np.ndarray, pers: np.ndarray, winner: np.ndarray
                        ) -> Dict[int, Tuple[int, ...]]:
        """Services of the flagged perimeters, other than the main one, per report."""
        if not len(pts):
            return {}
        services = self.per_service[pers]
        main_service = np.where(winner[pts] >= 0, np.r_[self.per_service, -1][winner[pts]], -1)
        keep = services != main_service
        pairs = np.unique(np.stack([pts[keep], services[keep]], axis=1), axis=0)
        extras: Dict[int, List[int]] = {}
        for point, service in pairs.tolist():
            extras.setdefault(point, []).append(service)
        return {p: tuple(s) for p, s in extras.items()}
