"""Routing of reports to the competent service: the pure-Python executor (vectorised).

The database applies the same rules (function ``gup_signalement.route``, defined in
sql/upgrade/upgrade_to_0.2.0.sql unless a later upgrade file replaces it, run by a trigger on
arrival); a parity test requires identical results.

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
from .schema import TIME_ZONE

ROUTED, TRIAGE, NOT_OPEN, QUARANTINE = "routed", "triage", "not_open", "quarantine"
STATUSES = (ROUTED, TRIAGE, NOT_OPEN, QUARANTINE)
REASON_CODES = (
    "outside_territory",
    "category_not_open",
    "outside_experiment",
    "no_competent_service",
    "single_perimeter",
    "higher_priority",
    "smaller_perimeter",
    "lowest_id",
)
_STATUS = {s: i for i, s in enumerate(STATUSES)}
_REASON = {c: i for i, c in enumerate(REASON_CODES)}
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
    """Reports as columns: Lambert-93 coordinates, category, sub-category, audience, day."""

    x: np.ndarray  # float, NaN for a report without a point
    y: np.ndarray
    categories: np.ndarray  # category codes
    sub_categories: np.ndarray  # sub-category codes or None
    audiences: np.ndarray  # 'agents' / 'public'
    days: np.ndarray  # datetime64[D]
    ids: Optional[np.ndarray] = None
    _points: Optional[np.ndarray] = field(default=None, repr=False)

    @classmethod
    def build(cls, points, categories, audiences, days, sub_categories=None, ids=None) -> "Reports":
        """From shapely Points (kept as given in ``points``)."""
        points = np.asarray(points)
        reports = cls.from_xy(
            shapely.get_x(points),
            shapely.get_y(points),
            categories,
            audiences,
            days,
            sub_categories,
            ids,
        )
        reports._points = points
        return reports

    @classmethod
    def from_xy(cls, x, y, categories, audiences, days, sub_categories=None, ids=None) -> "Reports":
        """From coordinate arrays (no shapely object is made unless ``points`` is read)."""
        n = len(x)
        subs = (
            np.full(n, None, dtype=object)
            if sub_categories is None
            else np.asarray(sub_categories, dtype=object)
        )
        return cls(
            x=np.asarray(x, dtype=float),
            y=np.asarray(y, dtype=float),
            categories=np.asarray(categories, dtype=object),
            sub_categories=subs,
            audiences=np.asarray(audiences, dtype=object),
            days=np.asarray(days, dtype="datetime64[D]"),
            ids=None if ids is None else np.asarray(ids),
        )

    @property
    def points(self) -> np.ndarray:
        """The reports as shapely Points (made on first use)."""
        if self._points is None:
            self._points = shapely.points(self.x, self.y)
        return self._points

    def __len__(self) -> int:
        return len(self.x)


class _PointGrid:
    """Points bucketed in a 256 x 256 grid over their extent (one radix sort), to pick those
    inside a bounding box: the cells it touches, strip by strip, then an exact test."""

    SIZE = 256

    def __init__(self, x: np.ndarray, y: np.ndarray):
        finite = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
        self.empty = not len(finite)
        if self.empty:
            return
        fx, fy = x[finite], y[finite]
        self.origin = np.array([fx.min(), fy.min()])
        self.step = np.maximum((np.array([fx.max(), fy.max()]) - self.origin) / self.SIZE, 1e-9)
        column, row = self._cell(fx, fy)
        cell = (column * self.SIZE + row).astype(np.uint16)
        order = np.argsort(cell, kind="stable")  # a radix sort on 16 bits
        self.index = finite[order]
        self.x, self.y = fx[order], fy[order]
        counts = np.bincount(cell, minlength=self.SIZE * self.SIZE)
        self.starts = np.r_[0, np.cumsum(counts)]

    def _cell(self, x, y):
        size = self.SIZE - 1
        # truncation and clipping are monotonic: a point on a box's edge falls in its cells
        return (
            np.clip(((x - self.origin[0]) / self.step[0]).astype(np.int64), 0, size),
            np.clip(((y - self.origin[1]) / self.step[1]).astype(np.int64), 0, size),
        )

    def in_box(self, bounds: np.ndarray) -> np.ndarray:
        """Indexes of the points inside (or on the edge of) ``(xmin, ymin, xmax, ymax)``."""
        if self.empty:
            return np.array([], dtype=np.int64)
        (c0, c1), (r0, r1) = self._cell(np.array(bounds[0::2]), np.array(bounds[1::2]))
        first = np.arange(c0, c1 + 1) * self.SIZE
        starts, stops = self.starts[first + r0], self.starts[first + r1 + 1]
        picked = np.concatenate([np.arange(a, b) for a, b in zip(starts, stops)])
        x, y = self.x[picked], self.y[picked]
        return self.index[
            picked[(x >= bounds[0]) & (x <= bounds[2]) & (y >= bounds[1]) & (y <= bounds[3])]
        ]


def _prepared(geometries) -> np.ndarray:
    """Geometries as an array, prepared for repeated point tests."""
    array = np.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    shapely.prepare(array)
    return array


def paris_day(moment: dt.datetime) -> dt.date:
    """The day of a moment in the territory's time zone (naive moments are taken as UTC)."""
    from zoneinfo import ZoneInfo

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(ZoneInfo(TIME_ZONE)).date()


def explain(
    code: str,
    commune: Optional[str] = None,
    category: Optional[str] = None,
    audience: Optional[str] = None,
    message: Optional[str] = None,
    perimeter: Optional[str] = None,
    service: Optional[str] = None,
    priority: Optional[int] = None,
    perimeter2: Optional[str] = None,
    service2: Optional[str] = None,
    priority2: Optional[int] = None,
    copies: Optional[str] = None,
) -> str:
    """The French sentence of a routing result, as SQL routing_sentence() stores it in the
    database (the two are compared by the parity tests). The QGIS side says it in the user's
    language from ``explanation()`` (toolbelt/routing_text.py)."""
    if code == "outside_territory":
        return "Point hors des communes du territoire : signalement mis en quarantaine."
    text = "{}, catégorie {} : ".format(commune, category)
    tail = " " + message if message is not None else ""
    if code == "category_not_open":
        text += (
            "catégorie non ouverte {} à cette date.".format(
                "aux agents" if audience == Audience.AGENTS.value else "au public"
            )
            + tail
        )
    elif code == "outside_experiment":
        text += "point hors du périmètre d'expérimentation de la catégorie." + tail
    elif code == "no_competent_service":
        text += (
            "aucun périmètre de compétence ne couvre ce point pour cette catégorie à cette "
            "date ; à trier."
        )
    else:
        text += "périmètre « {} » du service {}, priorité {}".format(perimeter, service, priority)
        if code == "single_perimeter":
            text += ", seul périmètre compétent."
        elif code == "higher_priority":
            text += " devant « {} » du service {}, priorité {}.".format(
                perimeter2, service2, priority2
            )
        elif code == "smaller_perimeter":
            text += ", plus petit que « {} » du service {} à priorité égale.".format(
                perimeter2, service2
            )
        else:
            text += (
                ", à égalité avec « {} » du service {} (priorité et surface) : départagé "
                "par le numéro de périmètre."
            ).format(perimeter2, service2)
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
        """The French sentence of a report's routing (as the database stores it)."""
        code, params = self.explanation(index)
        return explain(code, **params)

    def sentences(self) -> List[str]:
        return [self.sentence(i) for i in range(len(self))]

    def explanation(self, index: int) -> Tuple[str, Dict[str, str]]:
        """The reason code of a report and the parameters of its sentence (see explanation())."""
        router, reports = self.router, self.reports
        commune = router.communes_by_code.get(self.insee_code[index])
        label_code = reports.sub_categories[index] or reports.categories[index]
        message = None
        if self.reason_code[index] in ("category_not_open", "outside_experiment"):
            cell = router.cell(commune.insee_code, router.top_code(reports.categories[index]))
            message = cell.closed_message if cell is not None else None
            message = message if message is not None else commune.default_closed_message
        winner = router.perimeters_by_id.get(int(self.perimeter_id[index]))
        second = router.perimeters_by_id.get(int(self.runner_up_id[index]))
        return explanation(
            self.reason_code[index],
            commune=commune.name if commune else None,
            category=router.labels.get(label_code),
            audience=reports.audiences[index],
            message=message,
            perimeter=winner.name if winner else None,
            service=router.services[winner.service_id].name if winner else None,
            priority=winner.priority if winner else None,
            perimeter2=second.name if second else None,
            service2=router.services[second.service_id].name if second else None,
            priority2=second.priority if second else None,
            copies=", ".join(router.services[s].name for s in self.extras(index)) or None,
        )


def explanation(code: str, **values) -> Tuple[str, Dict[str, str]]:
    """The code of a routing result and the parameters its sentence uses (as text; a missing
    value is left out): commune, category, audience, message (of a closed category), perimeter,
    service, priority (of the deciding perimeter), perimeter2, service2, priority2 (of the
    runner-up) and copies (the extra recipients)."""
    return str(code), {key: str(value) for key, value in values.items() if value is not None}


class Router:
    """The routing rules loaded once (spatial indexes built), applied to batches of reports."""

    def __init__(
        self,
        communes: Sequence[CommuneArea],
        categories: Sequence[Category],
        settings: Sequence[CommuneSetting],
        services: Sequence[Service],
        perimeters: Sequence[Perimeter],
    ):
        self.communes = sorted(communes, key=lambda c: c.insee_code)
        self.communes_by_code = {c.insee_code: c for c in self.communes}
        self.commune_geoms = _prepared([c.geometry for c in self.communes])
        self.commune_bounds = shapely.bounds(self.commune_geoms)
        self.services = {s.id: s for s in services}
        self.category_codes = [c.code for c in categories]
        self.category_index = {code: i for i, code in enumerate(self.category_codes)}
        self.labels = {c.code: c.internal_label for c in categories}
        parents = {c.code: c.parent_code for c in categories}
        self.parents = parents
        ncat = len(self.category_codes)
        self.parent_of = np.array(
            [
                self.category_index.get(parents[c], ncat) if parents[c] else ncat
                for c in self.category_codes
            ]
            + [ncat]
        )
        self.top_of = np.array(
            [
                self.category_index[parents[c]] if parents[c] else i
                for i, c in enumerate(self.category_codes)
            ]
            + [ncat]
        )
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
        cells = [
            s
            for s in settings
            if s.insee_code in commune_index and s.category_code in self.category_index
        ]
        for i, s in enumerate(cells):
            self.cell_index[commune_index[s.insee_code], self.category_index[s.category_code]] = i
        self.cell_stage = np.array([_STAGE_RANK[s.stage] for s in cells] + [0], dtype=np.int8)
        self.cell_from = np.array(
            [s.valid_from or _DAY_MIN for s in cells] + [_DAY_MIN], dtype="datetime64[D]"
        )
        self.cell_to = np.array(
            [s.valid_to or _DAY_MAX for s in cells] + [_DAY_MAX], dtype="datetime64[D]"
        )
        self.cell_experiment = np.array(
            [
                shapely.from_wkt(s.experiment_perimeter_wkt) if s.experiment_perimeter_wkt else None
                for s in cells
            ]
            + [None],
            dtype=object,
        )
        shapely.prepare(self.cell_experiment)

    def _build_perimeters(self, perimeters: Sequence[Perimeter], ncat: int) -> None:
        usable = [
            p
            for p in perimeters
            if p.service_id in self.services and self.services[p.service_id].active
        ]
        self.perimeters = usable
        self.perimeters_by_id = {p.id: p for p in usable}
        self.per_geoms = _prepared([p.geometry for p in usable])
        self.per_bounds = shapely.bounds(self.per_geoms).reshape(-1, 4)
        self.per_id = np.array([p.id for p in usable], dtype=np.int64)
        self.per_service = np.array([p.service_id for p in usable], dtype=np.int64)
        self.per_priority = np.array([p.priority for p in usable], dtype=np.int64)
        self.per_area = np.array(
            [p.area if p.area is not None else shapely.area(p.geometry) for p in usable],
            dtype=float,
        )
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
        self.per_dated = (self.per_from > _DAY_MIN) | (self.per_to < _DAY_MAX)
        self.per_rank_order = np.lexsort((self.per_id, self.per_area, -self.per_priority))

    def _category_indices(self, codes: np.ndarray, allow_missing: bool) -> np.ndarray:
        ncat = len(self.category_codes)
        coded, uniques = pd.factorize(np.asarray(codes, dtype=object))  # missing: -1
        lookup = np.array(
            [self.category_index.get(u, -2) for u in uniques] + [ncat], dtype=np.int64
        )
        coded = lookup[coded]
        unknown = coded == -2
        missing = coded == ncat
        refused = unknown if allow_missing else unknown | missing
        if refused.any():
            bad = sorted(set(str(v) for v in np.asarray(codes, dtype=object)[refused]))
            raise InputError(
                [Problem("", "unknown category '{}'".format(b)) for b in bad],
                "Reports with unknown categories cannot be routed:",
            )
        return coded

    def route(self, reports: Reports) -> RoutingResult:
        """Route a batch of reports: array operations, one vectorised point test per commune
        and per perimeter on the points of its bounding box."""
        n = len(reports)
        ncom, ncat = len(self.communes), len(self.category_codes)
        x, y = reports.x, reports.y
        days = reports.days.astype("datetime64[D]")
        cat = self._category_indices(reports.categories, allow_missing=False)
        sub = self._category_indices(reports.sub_categories, allow_missing=True)
        top = self.top_of[cat]

        # 1. commune: lowest INSEE code among the communes intersecting the point (communes are
        # sorted by code: the first one found wins)
        commune = np.full(n, ncom, dtype=np.int64)
        grid = _PointGrid(x, y)
        for k in range(ncom):
            candidates = grid.in_box(self.commune_bounds[k])
            candidates = candidates[commune[candidates] == ncom]
            commune[
                candidates[
                    shapely.intersects_xy(self.commune_geoms[k], x[candidates], y[candidates])
                ]
            ] = k
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
        for one in np.unique(cell[with_experiment]):
            index = with_experiment[cell[with_experiment] == one]
            in_experiment[index] = shapely.intersects_xy(
                self.cell_experiment[one], x[index], y[index]
            )
        eligible = is_open & in_experiment

        # 3. competent perimeters, taken in the order that decides (larger priority, smaller
        # area, lower id): the first one containing a point wins, the next is the runner-up
        winner = np.full(n, -1, dtype=np.int64)
        second = np.full(n, -1, dtype=np.int64)
        extra_pts, extra_pers = [], []
        if len(self.perimeters):
            # each (category, sub-category) pair of the batch, and which perimeters accept it
            kinds, pairs = pd.factorize(cat * (ncat + 1) + sub)
            pair_cat, pair_sub = pairs // (ncat + 1), pairs % (ncat + 1)
            accepted = (
                self.per_accepts[:, pair_cat]
                | self.per_accepts[:, self.parent_of[pair_cat]]
                | self.per_accepts[:, pair_sub]
            )
            for j in self.per_rank_order.tolist():
                p = grid.in_box(self.per_bounds[j])
                p = p[eligible[p] & accepted[j][kinds[p]]]
                if self.per_dated[j]:
                    p = p[(days[p] >= self.per_from[j]) & (days[p] <= self.per_to[j])]
                p = p[shapely.intersects_xy(self.per_geoms[j], x[p], y[p])]
                if self.per_extra[j]:
                    extra_pts.append(p)
                    extra_pers.append(np.full(len(p), j, dtype=np.int64))
                    continue
                first = winner[p] < 0
                winner[p[first]] = j
                rest = p[~first]
                second[rest[second[rest] < 0]] = j
        extra_services = self._extra_services(extra_pts, extra_pers, winner)

        # status and reason codes, as indexes of STATUSES and REASON_CODES
        routed = winner >= 0
        status = np.where(routed, _STATUS[ROUTED], _STATUS[TRIAGE])
        reason = np.full(n, _REASON["no_competent_service"])
        w, s = winner[routed], second[routed]
        s_safe = np.where(s >= 0, s, 0)
        reason[routed] = np.where(
            s < 0,
            _REASON["single_perimeter"],
            np.where(
                self.per_priority[w] > self.per_priority[s_safe],
                _REASON["higher_priority"],
                np.where(
                    self.per_area[w] < self.per_area[s_safe],
                    _REASON["smaller_perimeter"],
                    _REASON["lowest_id"],
                ),
            ),
        )
        not_open = inside & ~eligible
        status[not_open] = _STATUS[NOT_OPEN]
        reason[not_open] = np.where(
            is_open[not_open], _REASON["outside_experiment"], _REASON["category_not_open"]
        )
        status[~inside] = _STATUS[QUARANTINE]
        reason[~inside] = _REASON["outside_territory"]
        status = np.array(STATUSES, dtype=object)[status]
        code = np.array(REASON_CODES, dtype=object)[reason]

        codes = np.array([c.insee_code for c in self.communes] + [None], dtype=object)
        per_ids = np.r_[self.per_id, -1]
        return RoutingResult(
            status=status,
            insee_code=codes[commune],
            service_id=np.where(routed, np.r_[self.per_service, -1][winner], -1),
            perimeter_id=per_ids[winner],
            reason_code=code,
            extra_services=extra_services,
            runner_up_id=per_ids[second],
            router=self,
            reports=reports,
        )

    def _extra_services(
        self, pts: List[np.ndarray], pers: List[np.ndarray], winner: np.ndarray
    ) -> Dict[int, Tuple[int, ...]]:
        """Services of the flagged perimeters (points found, perimeter of each, in chunks),
        other than the main one, per report."""
        if not pts:
            return {}
        pts, pers = np.concatenate(pts), np.concatenate(pers)
        services = self.per_service[pers]
        main_service = np.where(winner[pts] >= 0, np.r_[self.per_service, -1][winner[pts]], -1)
        keep = services != main_service
        pairs = np.unique(np.stack([pts[keep], services[keep]], axis=1), axis=0)
        extras: Dict[int, List[int]] = {}
        for point, service in pairs.tolist():
            extras.setdefault(point, []).append(service)
        return {p: tuple(s) for p, s in extras.items()}
